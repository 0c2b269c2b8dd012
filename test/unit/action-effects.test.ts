// The model's handler table (src/core/knowledge/action-effects.ts), one action at a time: each
// runbook below runs through stateAt, and the test reads the state the steps leave behind.
import * as assert from 'assert';
import { ACTION_EFFECTS } from '../../src/core/knowledge/action-effects';
import { ACTION_IDS } from '../../src/core/knowledge/actions';
import { updateRank } from '../../src/core/knowledge/versions';
import { parseRunbook } from '../../src/core/parse';
import { PresentServers } from '../../src/core/present-servers';
import { CsvRowCounter, OrgState, stateAt } from '../../src/core/model';

const ORGANIZATION = `runbook: 1
title: Effects
organization:
  name: Fabrikam
  mailboxes: 300
  publicFolders: true
  domains: [fabrikam.com]
servers:
  - name: EX2010
    version: "2010"
    update: SP3 RU32
    mailboxes: 200
  - name: EX2016
    version: "2016"
    update: CU22
    mailboxes: 100
target:
  platform: exchange-online
  method: hybrid
phases:
  - id: work
    title: Work
    steps:
`;

/** The state after every step; `steps` is a YAML list written from column 0. */
function stateAfter(steps: string, countCsvRows?: CsvRowCounter): OrgState {
  const indented = steps
    .split('\n')
    .map((line) => (line ? `      ${line}` : line))
    .join('\n');
  const parsed = parseRunbook(ORGANIZATION + indented);
  assert.ok(parsed.steps.length > 0, 'the runbook has steps');
  return stateAt(parsed, parsed.steps.length, countCsvRows);
}

function server(state: OrgState, name: string) {
  const found = state.servers.get(name);
  assert.ok(found, `${name} is present`);
  return found;
}

/** What the model tracks, for comparing two states. */
function summary(state: OrgState): unknown {
  return {
    servers: [...state.servers.values()].map((s) => ({ ...s, entry: undefined })),
    retired: [...state.retired.keys()],
    schema: state.schemaPreparedFor,
    ad: state.adPreparedFor,
    domains: [...state.verifiedDomains],
    directorySync: state.directorySync,
    outlookAnywhere: [...state.outlookAnywhere],
    permissions: state.permissionsGranted,
    endpoints: [...state.endpoints],
    hybridWizard: state.hybridWizard?.server,
    batches: [...state.batches.keys()],
    mx: state.mx,
    online: state.onlineMailboxes,
    publicFoldersOnline: state.publicFoldersOnline,
    serversRevision: state.serversRevision,
  };
}

describe('model: the handler table', () => {
  it('has one handler for every action of the vocabulary, and none for anything else', () => {
    assert.deepStrictEqual([...ACTION_EFFECTS.keys()].sort(), [...ACTION_IDS].sort());
  });

  it('has no handler for keys every object inherits', () => {
    assert.strictEqual(ACTION_EFFECTS.get('constructor'), undefined);
    assert.strictEqual(ACTION_EFFECTS.get('toString'), undefined);
  });

  it('assign-licenses, reconfigure-outlook and custom change nothing the model tracks', () => {
    const before = summary(stateAfter('- action: custom\n  title: Nothing yet\n'));
    for (const action of ['assign-licenses', 'reconfigure-outlook']) {
      const after = stateAfter(`- action: custom\n  title: Nothing yet\n- action: ${action}\n`);
      assert.deepStrictEqual(summary(after), before, action);
    }
  });

  it('update-server sets the update of the server it means, a typo read as the nearest name', () => {
    const state = stateAfter('- action: update-server\n  server: EX2O16\n  update: CU23\n');
    assert.strictEqual(server(state, 'EX2016').update, 'CU23');
    assert.strictEqual(server(state, 'EX2010').update, 'SP3 RU32');
    // The present servers' index learns of the change: the lowest 2016 update is now CU23.
    assert.strictEqual((state.servers as PresentServers).lowestUpdateRank('2016'), updateRank('2016', 'CU23'));
    // Without `update`, the server keeps its own.
    assert.strictEqual(stateAfter('- action: update-server\n  server: EX2016\n').servers.get('EX2016')?.update, 'CU22');
  });

  it('prepare-schema and prepare-ad keep the highest version prepared', () => {
    const state = stateAfter(
      [
        '- action: prepare-schema\n  version: "2019"',
        '- action: prepare-schema\n  version: "2016"',
        '- action: prepare-ad\n  version: "2016"',
        '- action: prepare-ad\n  version: "2019"',
        '- action: prepare-ad\n  version: "2013"',
        '',
      ].join('\n'),
    );
    assert.strictEqual(state.schemaPreparedFor, '2019');
    assert.strictEqual(state.adPreparedFor, '2019');
  });

  it('prepare-schema and prepare-ad of a version the tables do not know prepare nothing (it ranks with none prepared)', () => {
    const state = stateAfter('- action: prepare-schema\n  version: "2099"\n- action: prepare-ad\n  version: "2099"\n');
    assert.strictEqual(state.schemaPreparedFor, undefined);
    assert.strictEqual(state.adPreparedFor, undefined);
  });

  it('install-exchange adds an installed server with its version’s default roles and nothing on it', () => {
    const state = stateAfter(
      '- action: install-exchange\n  server: EX2019\n  version: "2019"\n  update: CU14\n  os: "2022"\n',
    );
    const added = server(state, 'EX2019');
    assert.deepStrictEqual(
      { ...added, installedBy: undefined },
      {
        name: 'EX2019',
        version: '2019',
        update: 'CU14',
        os: '2022',
        roles: ['mailbox'],
        hybrid: false,
        hosts: { mailboxes: 0, publicFolders: false, clientAccess: false, transport: false },
        origin: 'installed',
        installedBy: undefined,
      },
    );
    assert.strictEqual(added.installedBy?.index, 0);
    assert.strictEqual(state.serversRevision, 1);
  });

  it('install-exchange takes listed roles and `hybrid`, leaves a present server of the same name alone, and un-retires a name', () => {
    const state = stateAfter(
      [
        '- action: install-exchange\n  server: CAS\n  version: "2013"\n  roles: [clientAccess]\n  hybrid: true',
        '- action: install-exchange\n  server: ex2016\n  version: "2019"',
        '- action: decommission\n  server: CAS',
        '- action: install-exchange\n  server: CAS\n  version: "2019"',
        '',
      ].join('\n'),
    );
    assert.strictEqual(server(state, 'EX2016').version, '2016');
    assert.strictEqual(server(state, 'EX2016').origin, 'listed');
    assert.strictEqual(server(state, 'CAS').version, '2019');
    assert.strictEqual(state.retired.has('CAS'), false);
    assert.strictEqual(state.serversRevision, 2);
    const first = stateAfter(
      '- action: install-exchange\n  server: CAS\n  version: "2013"\n  roles: [clientAccess]\n  hybrid: true\n',
    );
    assert.deepStrictEqual(server(first, 'CAS').roles, ['clientAccess']);
    assert.strictEqual(server(first, 'CAS').hybrid, true);
  });

  for (const [action, key] of [
    ['move-client-access', 'clientAccess'],
    ['move-transport', 'transport'],
  ] as const) {
    it(`${action} takes ${key} off the sources and onto the target; without \`from\`, off every other server`, () => {
      const before = stateAfter('- action: custom\n  title: Start\n');
      assert.strictEqual(server(before, 'EX2010').hosts[key], true);
      const moved = stateAfter(
        `- action: install-exchange\n  server: EX2019\n  version: "2019"\n- action: ${action}\n  from: EX2010\n  to: EX2019\n`,
      );
      assert.strictEqual(server(moved, 'EX2010').hosts[key], false);
      assert.strictEqual(server(moved, 'EX2016').hosts[key], true);
      assert.strictEqual(server(moved, 'EX2019').hosts[key], true);
      const all = stateAfter(`- action: ${action}\n  to: EX2016\n`);
      assert.strictEqual(server(all, 'EX2010').hosts[key], false);
      assert.strictEqual(server(all, 'EX2016').hosts[key], true);
    });
  }

  it('move-mailboxes moves `count` (at most what the source has), or all, to a server or the tenant', () => {
    const some = stateAfter('- action: move-mailboxes\n  from: EX2010\n  to: EX2016\n  count: 50\n');
    assert.strictEqual(server(some, 'EX2010').hosts.mailboxes, 150);
    assert.strictEqual(server(some, 'EX2016').hosts.mailboxes, 150);
    const capped = stateAfter(
      '- action: move-mailboxes\n  from: [EX2010, EX2016]\n  to: exchange-online\n  count: 150\n',
    );
    assert.strictEqual(server(capped, 'EX2010').hosts.mailboxes, 50);
    assert.strictEqual(server(capped, 'EX2016').hosts.mailboxes, 0);
    assert.strictEqual(capped.onlineMailboxes, 250);
    const all = stateAfter('- action: move-mailboxes\n  from: EX2010\n  to: exchange-online\n');
    assert.strictEqual(server(all, 'EX2010').hosts.mailboxes, 0);
    assert.strictEqual(all.onlineMailboxes, 200);
  });

  it('migrate-public-folders takes them off the sources, onto a server or the tenant', () => {
    const before = stateAfter('- action: custom\n  title: Start\n');
    assert.strictEqual(server(before, 'EX2010').hosts.publicFolders, true);
    const onPremises = stateAfter('- action: migrate-public-folders\n  from: EX2010\n  to: EX2016\n');
    assert.strictEqual(server(onPremises, 'EX2010').hosts.publicFolders, false);
    assert.strictEqual(server(onPremises, 'EX2016').hosts.publicFolders, true);
    assert.strictEqual(onPremises.publicFoldersOnline, false);
    const online = stateAfter('- action: migrate-public-folders\n  to: exchange-online\n');
    assert.strictEqual(server(online, 'EX2010').hosts.publicFolders, false);
    assert.strictEqual(server(online, 'EX2016').hosts.publicFolders, false);
    assert.strictEqual(online.publicFoldersOnline, true);
  });

  it('migrate-public-folders onto a server that had none puts them there', () => {
    const state = stateAfter(
      '- action: install-exchange\n  server: EX2019\n  version: "2019"\n- action: migrate-public-folders\n  from: EX2010\n  to: EX2019\n',
    );
    assert.strictEqual(server(state, 'EX2019').hosts.publicFolders, true);
    assert.strictEqual(server(state, 'EX2010').hosts.publicFolders, false);
  });

  it('decommission moves the server, data and all, to the retired ones', () => {
    const state = stateAfter('- action: decommission\n  server: EX2010\n- action: decommission\n  server: NOSUCH\n');
    assert.strictEqual(state.servers.has('EX2010'), false);
    const retired = state.retired.get('EX2010');
    assert.strictEqual(retired?.hosts.mailboxes, 200);
    assert.strictEqual(retired?.decommissionedBy?.index, 0);
    assert.deepStrictEqual([...state.servers.keys()], ['EX2016']);
  });

  it('verify-domain records the domain in lower case', () => {
    assert.deepStrictEqual(
      [...stateAfter('- action: verify-domain\n  domain: Fabrikam.COM\n').verifiedDomains],
      ['fabrikam.com'],
    );
  });

  it('configure-outlook-anywhere records the server with its certificate', () => {
    const state = stateAfter(
      '- action: configure-outlook-anywhere\n  server: EX2010\n  certificate: mail.fabrikam.com\n- action: configure-outlook-anywhere\n  server: EX2016\n',
    );
    assert.deepStrictEqual(
      [...state.outlookAnywhere],
      [
        ['EX2010', 'mail.fabrikam.com'],
        ['EX2016', undefined],
      ],
    );
  });

  it('grant-migration-permissions and create-migration-endpoint record them (an endpoint is Outlook Anywhere unless typed)', () => {
    const state = stateAfter(
      '- action: grant-migration-permissions\n- action: create-migration-endpoint\n- action: create-migration-endpoint\n  type: imap\n',
    );
    assert.strictEqual(state.permissionsGranted, true);
    assert.deepStrictEqual([...state.endpoints], ['outlook-anywhere', 'imap']);
    assert.strictEqual(stateAfter('- action: custom\n  title: Start\n').permissionsGranted, false);
  });

  it('configure-directory-sync turns sync on unless `enabled: false`', () => {
    assert.strictEqual(stateAfter('- action: configure-directory-sync\n').directorySync, true);
    assert.strictEqual(stateAfter('- action: configure-directory-sync\n  enabled: false\n').directorySync, false);
  });

  it('run-hybrid-wizard records the run and makes its server a hybrid server, counting the change once', () => {
    const state = stateAfter(
      '- action: run-hybrid-wizard\n  server: EX2016\n- action: run-hybrid-wizard\n  server: EX2016\n',
    );
    assert.strictEqual(state.hybridWizard?.server, 'EX2016');
    assert.strictEqual(state.hybridWizard?.step.index, 1);
    assert.strictEqual(server(state, 'EX2016').hybrid, true);
    assert.strictEqual(state.serversRevision, 1);
    assert.strictEqual(stateAfter('- action: run-hybrid-wizard\n').hybridWizard, undefined);
  });

  it('create-migration-batch sizes a batch by `mailboxes`, else by its CSV’s rows; a CSV without rows leaves it unknown', () => {
    const rows: CsvRowCounter = (csv) => ({ 'wave1.csv': 40, 'empty.csv': 0 })[csv];
    const state = stateAfter(
      [
        '- action: create-migration-batch\n  batch: listed\n  method: staged\n  csv: wave1.csv\n  mailboxes: 7',
        '- action: create-migration-batch\n  batch: counted\n  method: staged\n  csv: wave1.csv',
        '- action: create-migration-batch\n  batch: empty\n  method: staged\n  csv: empty.csv',
        '- action: create-migration-batch\n  batch: unreadable\n  method: staged\n  csv: missing.csv',
        '- action: create-migration-batch\n  method: staged',
        '',
      ].join('\n'),
      rows,
    );
    assert.deepStrictEqual(
      [...state.batches.values()].map((b) => [b.name, b.method, b.csv, b.mailboxes, b.createdBy.index]),
      [
        ['listed', 'staged', 'wave1.csv', 7, 0],
        ['counted', 'staged', 'wave1.csv', 40, 1],
        ['empty', 'staged', 'empty.csv', undefined, 2],
        ['unreadable', 'staged', 'missing.csv', undefined, 3],
      ],
    );
  });

  it('start-migration-batch marks the batch it names as started', () => {
    const state = stateAfter(
      '- action: create-migration-batch\n  batch: w1\n- action: start-migration-batch\n  batch: w1\n- action: start-migration-batch\n  batch: w2\n',
    );
    assert.strictEqual(state.batches.get('w1')?.started?.index, 1);
    assert.strictEqual(state.batches.has('w2'), false);
  });

  it('convert-to-mail-users converts the batch it names, or every batch so far, each once', () => {
    const named = stateAfter(
      '- action: create-migration-batch\n  batch: w1\n- action: create-migration-batch\n  batch: w2\n- action: convert-to-mail-users\n  batch: w2\n',
    );
    assert.strictEqual(named.batches.get('w1')?.converted, undefined);
    assert.strictEqual(named.batches.get('w2')?.converted?.index, 2);
    const all = stateAfter(
      '- action: create-migration-batch\n  batch: w1\n- action: convert-to-mail-users\n- action: create-migration-batch\n  batch: w2\n- action: convert-to-mail-users\n',
    );
    assert.strictEqual(all.batches.get('w1')?.converted?.index, 1);
    assert.strictEqual(all.batches.get('w2')?.converted?.index, 3);
  });

  it('complete-migration-batch of a cutover moves every mailbox online', () => {
    const state = stateAfter(
      '- action: create-migration-batch\n  batch: all\n  method: cutover\n- action: complete-migration-batch\n  batch: all\n',
    );
    assert.strictEqual(state.batches.get('all')?.completed?.index, 1);
    assert.strictEqual(state.onlineMailboxes, 300);
    assert.strictEqual(server(state, 'EX2010').hosts.mailboxes, 0);
    assert.strictEqual(server(state, 'EX2016').hosts.mailboxes, 0);
  });

  it('complete-migration-batch of a staged batch moves its mailboxes, oldest servers first; of an unknown size, all', () => {
    const staged = stateAfter(
      '- action: create-migration-batch\n  batch: w1\n  method: staged\n  mailboxes: 250\n- action: complete-migration-batch\n  batch: w1\n',
    );
    assert.strictEqual(server(staged, 'EX2010').hosts.mailboxes, 0);
    assert.strictEqual(server(staged, 'EX2016').hosts.mailboxes, 50);
    assert.strictEqual(staged.onlineMailboxes, 250);
    const unknown = stateAfter(
      '- action: create-migration-batch\n  batch: w1\n  method: remote-move\n- action: complete-migration-batch\n  batch: w1\n',
    );
    assert.strictEqual(unknown.onlineMailboxes, 300);
  });

  it('complete-migration-batch sorts servers of every version, the oldest (2003) and newest (SE) and an unknown one, without losing any', () => {
    const state = stateAfter(
      [
        '- action: install-exchange\n  server: EXSE\n  version: "SE"',
        '- action: install-exchange\n  server: EX2003\n  version: "2003"',
        '- action: install-exchange\n  server: ODD\n  version: "2099"',
        '- action: create-migration-batch\n  batch: w1\n  method: staged\n  mailboxes: 250',
        '- action: complete-migration-batch\n  batch: w1',
        '',
      ].join('\n'),
    );
    assert.strictEqual(state.onlineMailboxes, 250);
    assert.strictEqual(server(state, 'EX2010').hosts.mailboxes, 0);
    assert.strictEqual(server(state, 'EX2016').hosts.mailboxes, 50);
    for (const name of ['EXSE', 'EX2003', 'ODD']) assert.strictEqual(server(state, name).hosts.mailboxes, 0);
  });

  it('complete-migration-batch of a batch without a known method moves nothing', () => {
    const state = stateAfter(
      '- action: create-migration-batch\n  batch: w1\n  mailboxes: 20\n- action: complete-migration-batch\n  batch: w1\n- action: complete-migration-batch\n  batch: w9\n',
    );
    assert.strictEqual(state.batches.get('w1')?.completed?.index, 1);
    assert.strictEqual(state.onlineMailboxes, 0);
    assert.strictEqual(server(state, 'EX2010').hosts.mailboxes, 200);
  });

  it('switch-mx points mail at Exchange Online and takes client access and transport off every server', () => {
    const state = stateAfter('- action: switch-mx\n');
    assert.strictEqual(state.mx, 'exchange-online');
    assert.strictEqual(state.mxSwitchedBy?.index, 0);
    for (const s of state.servers.values())
      assert.deepStrictEqual([s.hosts.clientAccess, s.hosts.transport], [false, false]);
  });

  it('a misspelt action is run as the action it nearly names; a step without one changes nothing', () => {
    assert.strictEqual(stateAfter('- action: decomission\n  server: EX2010\n').servers.has('EX2010'), false);
    const before = summary(stateAfter('- action: custom\n  title: Start\n'));
    assert.deepStrictEqual(summary(stateAfter('- title: No action\n')), before);
  });
});
