// inventory-drift (spec section 7.3): the runbook against the mixed 2007 + 2010 + Edge
// inventory in test/fixtures/inventory/, with a planted difference in each fact it checks.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lint, type LintOptions } from '../../../src/core';
import { importInventory, inventoryToYaml, type InventoryFile } from '../../../src/core/inventory';
import { describeFindings, ofRule } from '../helpers';
import { parseRunbook } from '../../../src/core/parse';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'inventory');
const MIXED = 'mixed-2007-2010-edge';

function files(folder: string): InventoryFile[] {
  const dir = path.join(DIR, folder);
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({ name, content: fs.readFileSync(path.join(dir, name)) }));
}

let reads = 0;
const readInventory: LintOptions['readInventory'] = (relative) => {
  reads++;
  if (relative === 'missing') return undefined;
  if (relative === '../elsewhere') return { refused: 'outside' };
  if (relative === 'versions') return files('versions').filter((f) => f.name === 'ex2016-cu23.xml');
  if (relative === 'empty') return [{ name: 'notes.txt', content: 'hello' }];
  return files(relative);
};

const options: LintOptions = {
  asOf: '2026-11-23',
  readInventory,
  rules: { 'end-of-support': 'off', 'source-remains': 'off', 'public-folders': 'off' },
};

function drift(text: string, extra: LintOptions = {}) {
  return ofRule(lint(text, { ...options, ...extra }).findings, 'inventory-drift');
}

const TAIL = `target:
  platform: exchange-online
  method: staged
phases:
  - id: prepare
    title: Prepare
    steps:
      - action: configure-directory-sync
`;

/** The runbook the inventory gives, as `exchange-runbook inventory` prints it. */
function fromInventory(inventory = MIXED): string {
  return `runbook: 1\ntitle: Contoso\nasOf: 2026-11-23\ninventory: ${inventory}\n${inventoryToYaml(importInventory(files(inventory)))}${TAIL}`;
}

const PLANTED = fs.readFileSync(path.join(DIR, 'drift.runbook.yaml'), 'utf8');

describe('inventory-drift', () => {
  it('is silent on the runbook the inventory itself gives: its servers match exactly', () => {
    const text = fromInventory();
    assert.strictEqual(describeFindings(drift(text)), '');
    assert.match(
      text,
      /- name: EX07-MBX1.*\n {4}version: "2007"\n {4}update: SP3 RU10\n {4}os: "2008"\n {4}roles: \[mailbox, clientAccess, hubTransport\]/,
    );
    // Every server of the inventory, in its order, and nothing else.
    assert.deepStrictEqual(
      [...text.matchAll(/- name: (\S+)/g)].map((m) => m[1]),
      ['EX07-MBX1', 'EX07-MBX2', 'EX10-CAS1', 'EDGE10'],
    );
  });

  it('flags each planted difference where it is written', () => {
    const found = drift(PLANTED).map((f) => `${f.range.line}:${f.range.column} ${f.message}`);
    assert.deepStrictEqual(found, [
      '7:14 `organization.mailboxes` is 400, the inventory says 420',
      '10:12 the inventory has accepted domains fabrikam.com, which `organization.domains` does not list',
      '11:1 the inventory has Exchange 2010 server EDGE10, which `servers` does not list',
      '21:13 ex07-mbx2: the runbook says update SP2, the inventory says SP3 RU23',
    ]);
    for (const f of drift(PLANTED)) assert.strictEqual(f.severity, 'warning');
  });

  it('fixes every difference with minimal edits, keeping comments, and then is silent', () => {
    const result = fixAll(PLANTED, options, 'inventory-drift');
    assert.strictEqual(describeFindings(drift(result.text)), '');
    assert.ok(result.text.includes('  - name: EX07-MBX1   # main site\n'), 'the comment survives');
    assert.ok(result.text.includes('  domains: [contoso.com, fabrikam.com]\n'));
    assert.ok(result.text.includes('    update: SP3 RU23\n'));
    assert.ok(
      / {2}- name: EDGE10\n {4}version: "2010"\n {4}update: SP3 {2}# RU\/SU unknown[^\n]*\n {4}os: "2008R2"\n {4}roles: \[edgeTransport\]\n/.test(
        result.text,
      ),
      result.text,
    );
    // Lines the fixes did not touch are byte for byte the same.
    const before = PLANTED.split('\n').filter((l) => !/mailboxes: 400|domains:|update: SP2/.test(l));
    const after = result.text.split('\n');
    for (const line of before) assert.ok(after.includes(line), `lost: ${line}`);
  });

  it('adds a missing value to the server, and rewrites a wrong one', () => {
    const text = fromInventory()
      .replace('    os: "2008"\n', '')
      .replace('roles: [clientAccess, hubTransport]', 'roles: [mailbox]');
    const found = drift(text);
    assert.deepStrictEqual(
      found.map((f) => f.message),
      [
        'EX07-MBX1: the inventory says os 2008; the runbook does not say',
        'EX10-CAS1: the runbook says roles [mailbox], the inventory says [clientAccess, hubTransport]',
      ],
    );
    assert.strictEqual(describeFindings(drift(fixAll(text, options, 'inventory-drift').text)), '');
  });

  it('reads an update known only from AdminDisplayVersion as any rollup of that service pack', () => {
    // EDGE10 is SP3 by AdminDisplayVersion: SP3 RU10 agrees, SP2 RU5 does not.
    const ok = fromInventory().replace(/(- name: EDGE10\n {4}version: "2010"\n {4}update: )SP3[^\n]*/, '$1SP3 RU10');
    assert.strictEqual(describeFindings(drift(ok)), '');
    const bad = ok.replace(/(- name: EDGE10\n {4}version: "2010"\n {4}update: )SP3 RU10/, '$1SP2 RU5');
    assert.deepStrictEqual(
      drift(bad).map((f) => f.message),
      ['EDGE10: the runbook says update SP2 RU5, the inventory says SP3'],
    );
    // An exact ExSetup version is exact: RU22 is not RU23.
    const exact = fromInventory().replace('update: SP3 RU23', 'update: SP3 RU22');
    assert.deepStrictEqual(
      drift(exact).map((f) => f.message),
      ['EX07-MBX2: the runbook says update SP3 RU22, the inventory says SP3 RU23'],
    );
    // Exchange 2016 CU23 by AdminDisplayVersion: CU22 disagrees.
    const cu = fromInventory('versions').replace(
      /(- name: EX16-01[^\n]*\n {4}version: "2016"\n {4}update: )CU23/,
      '$1CU22',
    );
    assert.deepStrictEqual(
      drift(cu).map((f) => f.message),
      ['EX16-01: the runbook says update CU22, the inventory says CU23'],
    );
  });

  it('compares server names case-insensitively', () => {
    const text = fromInventory().replace('- name: EX10-CAS1', '- name: ex10-cas1');
    assert.strictEqual(describeFindings(drift(text)), '');
    // Mixed case in the runbook too, so that folding only one side of the compare fails.
    const mixed = fromInventory().replace('- name: EX10-CAS1', '- name: Ex10-cAS1');
    assert.strictEqual(describeFindings(drift(mixed)), '');
  });

  it('reports an inventory it cannot read, and refuses paths outside the root as errors', () => {
    const base = fromInventory();
    const cases: [string, string, string][] = [
      ['missing', 'warning', 'inventory missing cannot be read: no such file or folder'],
      ['../elsewhere', 'error', 'inventory ../elsewhere cannot be read: it is outside the runbook’s root folder'],
      [
        '/etc/exchange',
        'error',
        'inventory /etc/exchange cannot be read: an absolute path; name it relative to the runbook, inside its folder',
      ],
      [
        'C:\\\\inventory',
        'error',
        'inventory C:\\inventory cannot be read: an absolute path; name it relative to the runbook, inside its folder',
      ],
      [
        'empty',
        'warning',
        'inventory empty holds no Get-ExchangeServer objects (docs/inventory.md says how to export them)',
      ],
    ];
    for (const [value, severity, message] of cases) {
      const text = base.replace(`inventory: ${MIXED}`, `inventory: "${value}"`);
      const found = drift(text);
      assert.deepStrictEqual(
        found.map((f) => [f.severity, f.message]),
        [[severity, message]],
        value,
      );
    }
  });

  it('never reads anything without `inventory:`, and an absolute path never reaches the reader', () => {
    reads = 0;
    assert.strictEqual(drift(fromInventory().replace(`inventory: ${MIXED}\n`, '')).length, 0);
    drift(fromInventory().replace(`inventory: ${MIXED}`, 'inventory: /etc'));
    assert.strictEqual(reads, 0);
  });

  it('says it in Swedish', () => {
    const found = drift(PLANTED, { locale: 'sv' }).map((f) => f.message);
    assert.ok(found.includes('ex07-mbx2: körboken säger `update` SP2, inventeringen säger SP3 RU23'), found.join('\n'));
    assert.ok(
      found.includes('inventeringen har Exchange 2010-servern EDGE10, som `servers` inte tar upp'),
      found.join('\n'),
    );
  });

  it('offers no fix it cannot write minimally (a flow-style server)', () => {
    const text = fromInventory().replace(
      / {2}- name: EX10-CAS1[^\n]*\n(?: {4}[^\n]*\n)+/,
      '  - {name: EX10-CAS1, version: "2010", update: SP3 RU32, roles: [clientAccess, hubTransport]}\n',
    );
    const found = drift(text);
    assert.deepStrictEqual(
      found.map((f) => [f.message, Boolean(f.fix)]),
      [['EX10-CAS1: the inventory says os 2008R2; the runbook does not say', false]],
    );
  });
});

describe('exchange-runbook new --inventory', () => {
  const BIN = path.join(__dirname, '..', '..', '..', 'bin', 'exchange-runbook.js');

  it('starts a runbook whose servers are the mixed 2007 + 2010 + Edge inventory’s, exactly', () => {
    const run = spawnSync(process.execPath, [BIN, 'new', '--inventory', MIXED, '--as-of', '2026-11-23'], {
      cwd: DIR,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: '' },
    });
    assert.strictEqual(run.status, 0, run.stderr);
    const text = run.stdout;
    assert.match(text, new RegExp(`\\ninventory: ${MIXED}\\n`));
    const parsed = parseRunbook(text);
    const data = parsed.data as { organization: Record<string, unknown>; servers: Record<string, unknown>[] };
    const inv = importInventory(files(MIXED));
    assert.deepStrictEqual(
      data.servers.map((s) => [s.name, s.version, s.update, s.os, s.roles]),
      inv.servers.map((s) => [s.name, s.version, s.update, s.os, s.roles]),
    );
    assert.deepStrictEqual(
      [
        data.organization.name,
        data.organization.mailboxes,
        data.organization.publicFolders,
        data.organization.forestFunctionalLevel,
        data.organization.domains,
      ],
      ['Contoso', 420, true, '2008R2', ['contoso.com', 'fabrikam.com']],
    );
    // The runbook and its inventory agree, and every accepted domain is verified.
    assert.strictEqual(describeFindings(drift(text)), '');
    assert.deepStrictEqual(
      [...text.matchAll(/action: verify-domain\n\s+domain: (\S+)/g)].map((m) => m[1]),
      ['contoso.com', 'fabrikam.com'],
    );
  });
});
