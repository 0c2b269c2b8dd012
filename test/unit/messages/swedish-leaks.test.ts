// Messages speak one language (issue 10 item 6): with locale sv no English word list leaks
// into a Swedish sentence, neither from a rule's own templates nor from the knowledge
// tables that fill their placeholders (public-folders once printed "…bara från Exchange
// 2010 SP3 RU8 or later, or Exchange 2013"). Two checks: every Swedish template of every
// rule rendered with sample values, and every finding and fix title of a corpus that makes
// every rule fire and renders most of their messages with real values (the repository's
// runbooks plus runbooks made here), linted in Swedish.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, RULES } from '../../../src/core';
import { formatMessage } from '../../../src/core/l10n/format';

/** English words that are not Swedish words: a sentence holding one speaks English. */
const ENGLISH =
  /\b(or later|or|and|before|after|the|The|must|needs?|cannot|first|then|with|without|when|which|has|have|install|update|move|it|them|only|of|to|by|was|released|no fix|is offered)\b/;

/** What may stay as written in any language: code, links, names of products, roles and format values. */
function prose(text: string): string {
  return (
    text
      .replace(/`[^`]*`/g, ' ')
      // The YAML parser words its errors in English only; the Swedish sentence quotes it (parse.yaml in l10n/sv.ts).
      .replace(/YAML-tolken: ”[^”]*”/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(
        /\b(Exchange Online|Exchange Server SE|Exchange Server|Outlook Anywhere|Microsoft 365|Microsoft Entra Connect|Hybrid Configuration Wizard|Setup\.exe)\b/g,
        ' ',
      )
      .replace(/\b(on-premises|exchange-online|remote-move|self-signed|outlook-anywhere)\b/g, ' ')
      // Role ids and other camelCase format values (clientAccess, hubTransport) and the role id `mailbox` next to them.
      .replace(/\(([a-z]+[A-Z]?[a-z]*)( \+ [a-z]+[A-Z]?[a-z]*)*\)/g, ' ')
      .replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, ' ')
  );
}

function leak(text: string): string | undefined {
  return ENGLISH.exec(prose(text))?.[0];
}

function runbooksUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? runbooksUnder(path.join(dir, e.name))
        : e.name.endsWith('.runbook.yaml')
          ? [path.join(dir, e.name)]
          : [],
    );
}

const HEAD = (target: string, servers: string, org = '  name: Contoso\n  mailboxes: 100\n  domains: [contoso.com]') =>
  `runbook: 1\ntitle: T\nasOf: 2024-01-15\norganization:\n${org}\nservers:\n${servers}target:\n${target}\nphases:\n  - id: p\n    title: P\n    steps:\n`;
const EX07 = '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n    publicFolders: true\n    mailboxes: 100\n';

/**
 * Runbooks that make the rules the repository's runbooks leave quiet fire, and the cases this issue added,
 * so that most messages of every rule are rendered with real values (notReleased of six rules, the
 * coexistence caps, unknown-server's line lists, inventory-drift with its inventory).
 */
const MADE: string[] = [
  // yaml-syntax
  'runbook: 1\ntitle: [unclosed\n',
  // duplicate-id, unknown-server in other cases, method-duration, method-mismatch, hybrid-size
  HEAD('  platform: exchange-online\n  method: hybrid', EX07, '  name: C\n  mailboxes: 20\n  domains: [c.com]') +
    '      - id: a\n        action: switch-mx\n      - id: a\n        action: create-migration-batch\n        batch: b\n        method: cutover\n        duration: 9w\n' +
    '      - action: run-hybrid-wizard\n        server: EX07\n',
  // public-folders straight from Exchange 2007 to Exchange Online (the message of the issue); method-duration
  HEAD('  platform: exchange-online\n  method: cutover', EX07) +
    '      - action: migrate-public-folders\n        from: EX07\n        to: exchange-online\n      - action: switch-mx\n        duration: 3w\n',
  // public folders left on premises at the end
  HEAD('  platform: exchange-online\n  method: cutover', EX07) + '      - action: switch-mx\n',
  // coexistence: 2019 CU15 next to 2013; coexistence-update without a released update
  HEAD('  platform: on-premises\n  version: "2019"', '  - name: EX13\n    version: "2013"\n    update: CU20\n') +
    '      - action: install-exchange\n        server: EX19\n        version: "2019"\n        update: CU15\n',
  HEAD(
    '  platform: on-premises\n  version: "2013"',
    '  - name: EX07\n    version: "2007"\n    update: SP3 RU8\n',
  ).replace('asOf: 2024-01-15', 'asOf: 2013-01-01') +
    '      - action: install-exchange\n        server: EX13\n        version: "2013"\n        update: CU1\n',
  // a pinned MX switch before the steps ahead of it end (schedule)
  HEAD('  platform: exchange-online\n  method: cutover', EX07).replace(
    'asOf: 2024-01-15',
    'asOf: 2024-01-15\nschedule:\n  start: 2026-03-27T18:00+01:00',
  ) +
    '      - action: custom\n        title: Vänta\n        duration: 2d\n      - action: switch-mx\n        at: 2026-03-28T18:00+01:00\n',
  // a staged batch completed before its users were converted, and before MX
  HEAD('  platform: exchange-online\n  method: staged', '  - name: EX07\n    version: "2007"\n    update: SP3 RU23\n') +
    '      - action: create-migration-batch\n        batch: w1\n        method: staged\n        mailboxes: 10\n      - action: complete-migration-batch\n        batch: w1\n',
  // Fixes that need an update not released by asOf say so (2010 SP3 RU8: 2014-12-09; 2013 CU2: 2013-07-09):
  // decommission-with-data, source-remains with public-folders (left on premises)
  ...['      - action: decommission\n        server: EX10\n', '      - action: custom\n        title: Vänta\n'].map(
    (step) =>
      HEAD(
        '  platform: on-premises\n  version: "2013"',
        '  - name: EX10\n    version: "2010"\n    update: SP3 RU1\n    roles: [mailbox]\n    publicFolders: true\n' +
          '  - name: EX13\n    version: "2013"\n    update: CU6\n',
      ).replace('asOf: 2024-01-15', 'asOf: 2014-12-08') + step,
  ),
  // online-prerequisites and hybrid-server: no 2013 hybrid server to install before 2013 CU2
  HEAD(
    '  platform: exchange-online\n  method: hybrid',
    '  - name: EX07\n    version: "2007"\n    update: SP3 RU10\n    roles: [mailbox, clientAccess, hubTransport]\n',
  ).replace('asOf: 2024-01-15', 'asOf: 2013-07-08') +
    '      - action: verify-domain\n        domain: contoso.com\n      - action: grant-migration-permissions\n        account: admin@contoso.com\n' +
    '      - action: create-migration-endpoint\n        type: remote-move\n      - action: move-mailboxes\n        from: EX07\n        to: exchange-online\n' +
    '      - action: run-hybrid-wizard\n        server: EX07\n',
  // coexistence without a released transition update; a client access server decommissioned (one load: "den")
  HEAD(
    '  platform: on-premises\n  version: "2016"',
    '  - name: EX07\n    version: "2007"\n    update: SP3 RU10\n    mailboxes: 10\n',
  ).replace('asOf: 2024-01-15', 'asOf: 2013-07-08') +
    '      - action: install-exchange\n        server: EX16\n        version: "2016"\n        update: RTM\n',
  HEAD(
    '  platform: on-premises\n  version: "2016"',
    '  - name: CAS10\n    version: "2010"\n    roles: [clientAccess]\n  - name: EX16\n    version: "2016"\n',
  ) + '      - action: decommission\n        server: CAS10\n',
  // coexistence: the hybrid server of a 2007 organization; 2019 updated past CU14 next to 2013
  HEAD('  platform: exchange-online\n  method: hybrid', EX07) +
    '      - action: install-exchange\n        server: EX16\n        version: "2016"\n        update: CU23\n        hybrid: true\n',
  HEAD(
    '  platform: on-premises\n  version: "2019"',
    '  - name: EX13\n    version: "2013"\n    update: CU23\n  - name: EX19\n    version: "2019"\n    update: CU14\n',
  ) + '      - action: update-server\n        server: EX19\n        update: CU15\n',
  // coexistence-update: a new 2013 server below CU2 next to 2007, after CU2 was released
  HEAD('  platform: on-premises\n  version: "2013"', '  - name: EX07\n    version: "2007"\n    update: SP3 RU10\n') +
    '      - action: install-exchange\n        server: EX13\n        version: "2013"\n        update: CU1\n',
  // duplicate-id (server, installed), unknown-server (retired, named on more lines), prepare-before-install (schema),
  // os-requirement (unsupported)
  HEAD(
    '  platform: on-premises\n  version: "2016"',
    '  - name: EX10\n    version: "2010"\n  - name: EX10\n    version: "2010"\n  - name: EX16\n    version: "2016"\n',
  ) +
    '      - action: install-exchange\n        server: EX16\n        version: "2016"\n' +
    '      - action: prepare-ad\n        version: "2019"\n      - action: install-exchange\n        server: EX19\n        version: "2019"\n        os: "2012"\n' +
    '      - action: decommission\n        server: EX10\n      - action: update-server\n        server: EX10\n        update: SP3 RU32\n' +
    '      - action: update-server\n        server: NOPE\n        update: CU1\n      - action: update-server\n        server: NOPE\n        update: CU2\n' +
    '      - action: update-server\n        server: NOPE\n        update: CU3\n' +
    '      - action: update-server\n        server: GONE\n        update: CU1\n      - action: update-server\n        server: GONE\n        update: CU2\n',
  // hybrid-size: a hybrid migration of a few mailboxes; public folders never migrated online; 2010 public folders too old
  HEAD(
    '  platform: exchange-online\n  method: hybrid',
    '  - name: EX10\n    version: "2010"\n    update: SP3 RU1\n    publicFolders: true\n    mailboxes: 5\n',
    '  name: Contoso\n  mailboxes: 5\n  domains: [contoso.com]',
  ) + '      - action: migrate-public-folders\n        from: EX10\n        to: exchange-online\n',
  HEAD(
    '  platform: exchange-online\n  method: cutover',
    '  - name: EX10\n    version: "2010"\n    update: SP3 RU32\n    publicFolders: true\n    mailboxes: 100\n',
  ) + '      - action: decommission\n        server: EX10\n',
  // method-duration of cutover and staged, no domain known to verify
  HEAD(
    '  platform: exchange-online\n  method: cutover',
    '  - name: EX10\n    version: "2010"\n    update: SP3 RU32\n',
    '  name: C\n  mailboxes: 100',
  ) +
    '      - action: create-migration-batch\n        batch: b\n        method: cutover\n      - action: start-migration-batch\n        batch: b\n        duration: 3w\n',
  HEAD('  platform: exchange-online\n  method: staged', EX07) +
    '      - action: custom\n        title: Vänta\n        duration: 20w\n',
  // schedule: a 2016 server still running past its end of support
  HEAD('  platform: on-premises\n  version: "2019"', '  - name: EX16\n    version: "2016"\n    update: CU23\n').replace(
    'asOf: 2024-01-15',
    'asOf: 2025-09-01\nschedule:\n  start: 2025-10-01T18:00+02:00',
  ) + '      - action: custom\n        title: Vänta\n        duration: 30d\n',
];

describe('review: Swedish messages have no English in them', () => {
  it('every Swedish template of every rule, rendered with sample values', () => {
    const leaks: string[] = [];
    for (const rule of RULES) {
      for (const [id, template] of Object.entries(rule.messages.sv ?? {})) {
        const rendered = formatMessage(
          'sv',
          template,
          new Proxy({}, { has: () => true, get: () => 'X' }) as Record<string, string>,
        );
        const word = leak(rendered);
        if (word) leaks.push(`${rule.id}.${id}: "${word}" in ${rendered}`);
      }
      const word = leak(rule.description.sv);
      if (word) leaks.push(`${rule.id} description: "${word}"`);
    }
    assert.deepStrictEqual(leaks, []);
  });

  it('every finding and fix title of a corpus that makes every rule fire, linted in Swedish', () => {
    const texts: { name: string; text: string; dir?: string }[] = runbooksUnder(path.join(__dirname, '..', '..')).map(
      (file) => ({
        name: path.relative(path.join(__dirname, '..', '..'), file),
        text: fs.readFileSync(file, 'utf8'),
        dir: path.dirname(file),
      }),
    );
    MADE.forEach((text, i) => texts.push({ name: `made #${i}`, text }));
    // inventory-drift: facts the inventory has and the runbook leaves out, an inventory with no server, none at all.
    const inventories = path.join(__dirname, '..', '..', 'fixtures', 'inventory');
    const drift = fs.readFileSync(path.join(inventories, 'drift.runbook.yaml'), 'utf8');
    texts.push(
      {
        name: 'drift, facts left out',
        text: drift.replace('    os: "2008"\n', '').replace('  forestFunctionalLevel: "2008R2"\n', ''),
        dir: inventories,
      },
      {
        name: 'drift, no server',
        text: drift.replace('inventory: mixed-2007-2010-edge', 'inventory: .'),
        dir: inventories,
      },
      { name: 'drift, no inventory', text: drift },
    );
    const fired = new Set<string>();
    const leaks: string[] = [];
    lintAll();
    function lintAll() {
      for (const { name, text, dir } of texts) {
        const readFile = (p: string) => {
          try {
            return dir ? fs.readFileSync(path.join(dir, p), 'utf8') : undefined;
          } catch {
            return undefined;
          }
        };
        // An inventory (inventory-drift) is a folder of Export-Clixml files next to the runbook.
        const readInventory = (p: string) => {
          if (!dir) return undefined;
          const full = path.join(dir, p);
          try {
            return fs
              .readdirSync(full, { withFileTypes: true })
              .filter((e) => e.isFile())
              .map((e) => e.name)
              .sort()
              .map((name) => ({ name, content: fs.readFileSync(path.join(full, name)) }));
          } catch {
            return undefined;
          }
        };
        for (const f of lint(text, { locale: 'sv', readFile, readInventory }).findings) {
          fired.add(f.ruleId);
          for (const shown of [f.message, f.fix?.title ?? '']) {
            const word = leak(shown);
            if (word) leaks.push(`${name} ${f.ruleId}: "${word}" in ${shown}`);
          }
        }
      }
    }
    assert.deepStrictEqual(
      RULES.map((r) => r.id).filter((id) => !fired.has(id)),
      [],
      'rules the corpus never made fire',
    );
    assert.deepStrictEqual(leaks, []);
  });

  it('knows English when it sees it (the check itself)', () => {
    assert.strictEqual(leak('bara från Exchange 2010 SP3 RU8 or later, or Exchange 2013'), 'or later');
    assert.strictEqual(leak('uppdatera servern before the wizard'), 'before');
    assert.strictEqual(
      leak('flytta klientåtkomst till Exchange Online och `exchange-online` (mailbox + clientAccess)'),
      undefined,
    );
  });
});
