// Completion logic (core/editor/completion.ts, context.ts) on exact cursor positions:
// the cursor is marked with `§` in the text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { completionsAt, cursorContext } from '../../../src/core/editor';
import type { CompletionEntry } from '../../../src/core/editor';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** Text with a `§` where the cursor is (`|` would clash with YAML's block scalars). */
function at(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('§');
  assert.ok(offset >= 0, 'no cursor mark');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function complete(marked: string, locale: 'en' | 'sv' = 'en'): CompletionEntry[] {
  const { text, offset } = at(marked);
  return completionsAt(text, offset, { locale }).sort((a, b) => a.sortText.localeCompare(b.sortText));
}

const labels = (entries: CompletionEntry[]) => entries.map((e) => e.label);

/** Puts the cursor mark into a fixture: replaces `find` by `replace` (which holds the `§`). */
function inFixture(name: string, find: string, replace: string): string {
  const text = fixture(name);
  assert.ok(text.includes(find), `${find} not in ${name}`);
  return text.replace(find, replace);
}

const HEAD =
  'runbook: 1\ntitle: T\norganization:\n  name: C\n  mailboxes: 10\nservers:\n  - name: EX07\n    version: "2007"\ntarget:\n  platform: on-premises\n  version: "2013"\nphases:\n  - id: p\n    title: P\n    steps:\n';

describe('editor completion', () => {
  it('offers every action, with its description and required fields, after `action: `', () => {
    const entries = complete(HEAD + '      - action: §\n');
    assert.strictEqual(entries.length, 23);
    const install = entries.find((e) => e.label === 'install-exchange')!;
    assert.deepStrictEqual(install, {
      label: 'install-exchange',
      kind: 'action',
      detail: 'server: version:',
      documentation: 'Install a new Exchange server.',
      insertText: 'install-exchange',
      sortText: '003',
      range: install.range,
    });
    const { offset } = at(HEAD + '      - action: §\n');
    assert.deepStrictEqual(install.range, { start: offset, end: offset });
  });

  it('replaces the whole word around the cursor, and describes actions in Swedish', () => {
    const marked = HEAD + '      - action: inst§all\n';
    const { offset } = at(marked);
    const entries = complete(marked, 'sv');
    const install = entries.find((e) => e.label === 'install-exchange')!;
    assert.deepStrictEqual(install.range, { start: offset - 4, end: offset + 3 });
    assert.strictEqual(install.documentation, 'Installera en ny Exchange-server.');
  });

  it("offers the fields of the step's action not yet written, required first, as `key: `", () => {
    const entries = complete(HEAD + '      - action: install-exchange\n        version: "2013"\n        §\n');
    assert.deepStrictEqual(labels(entries), [
      'server',
      'update',
      'os',
      'roles',
      'hybrid',
      'id',
      'title',
      'owner',
      'done',
      'duration',
      'at',
      'notes',
      'verify',
      'rollback',
      'doneAt',
      'doneBy',
      'skipped',
      'evidence',
    ]);
    assert.deepStrictEqual(
      entries.slice(0, 2).map((e) => [e.insertText, e.detail, e.retrigger]),
      [
        ['server: ', 'required', false],
        ['update: ', 'optional', false],
      ],
    );
    assert.strictEqual(entries.find((e) => e.label === 'os')!.retrigger, true);
  });

  it('offers `action` first in a new step, and a half-typed key is completed in place', () => {
    assert.deepStrictEqual(
      labels(complete(HEAD + '      - action: prepare-ad\n        version: "2013"\n      - §\n')).slice(0, 2),
      ['action', 'id'],
    );
    const marked = HEAD + '      - action: decommission\n        ser§\n';
    const { offset } = at(marked);
    const entries = complete(marked);
    assert.deepStrictEqual(labels(entries)[0], 'server');
    assert.deepStrictEqual(entries[0].range, { start: offset - 3, end: offset });
  });

  it("completes only the key's name when a colon already follows it", () => {
    const entries = complete(HEAD + '      - action: decommission\n        ser§ver: EX07\n');
    assert.strictEqual(entries.find((e) => e.label === 'server')!.insertText, 'server');
  });

  it('offers top-level, organization, server and target fields', () => {
    assert.deepStrictEqual(labels(complete('runbook: 1\n§\n')), [
      'title',
      'organization',
      'servers',
      'target',
      'phases',
      'asOf',
      'schedule',
      'inventory',
    ]);
    assert.deepStrictEqual(labels(complete('organization:\n  name: C\n  §\n')), [
      'mailboxes',
      'publicFolders',
      'forestFunctionalLevel',
      'outlookClients',
      'domains',
      'directorySync',
    ]);
    assert.deepStrictEqual(labels(complete('servers:\n  - name: A\n    §\n')), [
      'version',
      'update',
      'os',
      'roles',
      'mailboxes',
      'publicFolders',
    ]);
    assert.deepStrictEqual(labels(complete('target:\n  §\n')), ['platform', 'version', 'method']);
  });

  it('inserts versions quoted, and completes inside quotes without adding another', () => {
    const entries = complete(HEAD + '      - action: prepare-schema\n        version: §\n');
    assert.deepStrictEqual(labels(entries), ['2003', '2007', '2010', '2013', '2016', '2019', 'SE']);
    assert.deepStrictEqual(entries.map((e) => e.insertText).slice(3, 5), ['"2013"', '"2016"']);
    assert.strictEqual(entries[4].detail, 'Exchange Server 2016, end of support 2025-10-14');
    const quoted = complete(HEAD + '      - action: prepare-schema\n        version: "20§"\n');
    assert.strictEqual(quoted.find((e) => e.label === '2016')!.insertText, '2016');
    const open = complete(HEAD + '      - action: prepare-schema\n        version: "20§\n');
    assert.strictEqual(open.find((e) => e.label === '2016')!.insertText, '2016"');
  });

  it('offers roles not yet in the list, in flow and block lists', () => {
    assert.deepStrictEqual(
      labels(
        complete(
          HEAD +
            '      - action: install-exchange\n        server: B\n        version: "2013"\n        roles: [mailbox, §]\n',
        ),
      ),
      ['clientAccess', 'hubTransport', 'edgeTransport', 'unifiedMessaging'],
    );
    assert.deepStrictEqual(
      labels(
        complete(
          HEAD +
            '      - action: install-exchange\n        server: B\n        version: "2013"\n        roles:\n          - clientAccess\n          - §\n',
        ),
      ),
      ['mailbox', 'hubTransport', 'edgeTransport', 'unifiedMessaging'],
    );
  });

  it('offers OS, forest level, Outlook versions, target platform and method, certificate, endpoint type and batch method', () => {
    assert.deepStrictEqual(labels(complete('servers:\n  - name: A\n    os: §\n')), [
      '2003',
      '2008',
      '2008R2',
      '2012',
      '2012R2',
      '2016',
      '2019',
      '2022',
      '2025',
    ]);
    assert.strictEqual(complete('organization:\n  forestFunctionalLevel: §\n')[2].insertText, '"2008R2"');
    assert.deepStrictEqual(labels(complete('organization:\n  outlookClients: ["2010", §\n')), [
      '2003',
      '2007',
      '2013',
      '2016',
      '2019',
      '2021',
      '2024',
      '365',
    ]);
    assert.deepStrictEqual(labels(complete('target:\n  platform: §\n')), ['on-premises', 'exchange-online']);
    assert.deepStrictEqual(labels(complete('target:\n  method: §\n')), ['cutover', 'staged', 'hybrid']);
    assert.deepStrictEqual(
      labels(complete(HEAD + '      - action: configure-outlook-anywhere\n        certificate: §\n')),
      ['trusted', 'self-signed'],
    );
    assert.deepStrictEqual(labels(complete(HEAD + '      - action: create-migration-endpoint\n        type: §\n')), [
      'outlook-anywhere',
      'remote-move',
    ]);
    assert.deepStrictEqual(labels(complete(HEAD + '      - action: create-migration-batch\n        method: §\n')), [
      'cutover',
      'staged',
      'remote-move',
    ]);
    assert.deepStrictEqual(labels(complete(HEAD + '      - action: install-exchange\n        hybrid: §\n')), [
      'true',
      'false',
    ]);
  });

  it('offers the servers that exist at the step, never the other end of a move', () => {
    const text = inFixture(
      'onprem-2007-to-2016.runbook.yaml',
      '      - action: move-client-access\n        from: FAB-EX13-01',
      '      - action: move-client-access\n        from: §',
    );
    // Before moving to 2016: the 2007 servers are gone, 2013 and 2016 are present; `to` is FAB-EX16-01.
    const entries = complete(text);
    assert.deepStrictEqual(
      entries.map((e) => [e.label, e.detail]),
      [['FAB-EX13-01', 'Exchange 2013 CU23']],
    );
    assert.strictEqual(entries[0].documentation, 'Hosts 640 mailboxes, public folders, client access, transport');
    const first = inFixture(
      'onprem-2007-to-2016.runbook.yaml',
      '      - action: move-mailboxes\n        from: FAB-EX07-MBX\n        to: FAB-EX13-01',
      '      - action: move-mailboxes\n        from: FAB-EX07-MBX\n        to: §',
    );
    assert.deepStrictEqual(labels(complete(first)), ['FAB-EX07-CAS', 'FAB-EX13-01']);
  });

  it('offers exchange-online for a move to the tenant, and not for client access', () => {
    const text = inFixture(
      'hybrid-2007.runbook.yaml',
      '        to: exchange-online\n        count: 100',
      '        to: §\n        count: 100',
    );
    assert.deepStrictEqual(
      complete(text).map((e) => [e.label, e.kind]),
      [
        ['NT-HYB13', 'server'],
        ['exchange-online', 'tenant'],
      ],
    );
    assert.ok(
      !labels(complete(HEAD + '      - action: move-client-access\n        from: EX07\n        to: §\n')).includes(
        'exchange-online',
      ),
    );
  });

  it("offers the batches created before the step, and nothing for a new batch's name", () => {
    const text = inFixture(
      'staged-two-waves.runbook.yaml',
      '      - action: start-migration-batch\n        batch: wave-2',
      '      - action: start-migration-batch\n        batch: §',
    );
    assert.deepStrictEqual(
      complete(text).map((e) => [e.label, e.detail]),
      [
        ['wave-2', 'staged · created'],
        ['wave-1', 'staged · started'],
      ],
    );
    assert.deepStrictEqual(
      complete(
        inFixture(
          'staged-two-waves.runbook.yaml',
          '        batch: wave-1\n        method: staged',
          '        batch: §\n        method: staged',
        ),
      ),
      [],
    );
  });

  it("offers the organization's domains not verified yet", () => {
    const text =
      'organization:\n  name: C\n  mailboxes: 1\n  domains: [a.com, b.com]\nservers: []\ntarget:\n  platform: exchange-online\n  method: cutover\nphases:\n  - id: p\n    title: P\n    steps:\n      - action: verify-domain\n        domain: a.com\n      - action: verify-domain\n        domain: §\n';
    assert.deepStrictEqual(labels(complete(text)), ['b.com']);
  });

  it('completes in a file that does not parse elsewhere, from the key alone', () => {
    const entries = complete(
      'title: "unclosed\nphases:\n  - id: p\n    steps:\n      - action: prepare-ad\n        version: §\n',
    );
    assert.deepStrictEqual(labels(entries), ['2003', '2007', '2010', '2013', '2016', '2019', 'SE']);
    assert.strictEqual(complete('title: "unclosed\n  - action: §\n').length, 23);
  });

  it('offers nothing in comments, free text, after a complete flow list, or for unknown keys; the top-level keys in an empty file', () => {
    assert.deepStrictEqual(complete(HEAD + '      - action: prepare-ad   # §\n'), []);
    assert.deepStrictEqual(complete(HEAD + '      - action: custom\n        title: Call the §\n'), []);
    assert.deepStrictEqual(complete(HEAD + '      - action: install-exchange\n        roles: [mailbox] §\n'), []);
    assert.deepStrictEqual(complete(HEAD + '      - action: custom\n        wibble: §\n'), []);
    assert.deepStrictEqual(labels(complete('§')).slice(0, 2), ['runbook', 'title']);
    assert.deepStrictEqual(complete('\u0000\u0001§'), []);
  });

  it('reads the cursor context of a step (repairing the line being typed)', () => {
    const { text, offset } = at(
      HEAD +
        '      - action: prepare-ad\n        version: "2013"\n      - action: install-exchange\n        serv§\n        version: "2013"\n',
    );
    const context = cursorContext(text, offset)!;
    assert.strictEqual(context.position, 'key');
    assert.strictEqual(context.container, 'step');
    assert.strictEqual(context.action, 'install-exchange');
    assert.strictEqual(context.step!.index, 1);
    assert.deepStrictEqual(context.presentKeys, ['action', 'version']);
  });
});
