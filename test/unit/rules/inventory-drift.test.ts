// inventory-drift (spec section 7.3): the runbook against the mixed 2007 + 2010 + Edge
// inventory in test/fixtures/inventory/, with a planted difference in each fact it checks.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { lint, type LintOptions } from '../../../src/core';
import { importInventory, inventoryToYaml, type InventoryFile } from '../../../src/core/inventory';
import { describeFindings, ofRule } from '../helpers';
import { RuleTester, edit, yaml } from '../rule-tester';
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

const FROM_INVENTORY = fromInventory();
/** The EDGE10 entry's update (known from AdminDisplayVersion as SP3) set to `update`. */
const edge = (update: string) =>
  FROM_INVENTORY.replace(/(- name: EDGE10\n {4}version: "2010"\n {4}update: )SP3[^\n]*/, `$1${update}`);
/** FROM_INVENTORY with `inventory:` set to `value`. */
const inventory = (value: string) => edit(FROM_INVENTORY, `inventory: ${MIXED}`, `inventory: "${value}"`);
const MISSING_AND_WRONG = edit(
  FROM_INVENTORY,
  '    os: "2008"\n',
  '',
  'roles: [clientAccess, hubTransport]',
  'roles: [mailbox]',
);

/** What the fixes make of PLANTED: minimal edits; comments and untouched lines stay byte for byte. */
const PLANTED_FIXED = edit(
  PLANTED,
  '  mailboxes: 400\n',
  '  mailboxes: 420\n',
  '  domains: [contoso.com]\n',
  '  domains: [contoso.com, fabrikam.com]\n',
  '    update: SP2\n',
  '    update: SP3 RU23\n',
  '    roles: [clientAccess, hubTransport]\ntarget:\n',
  yaml`
          roles: [clientAccess, hubTransport]
        - name: EDGE10
          version: "2010"
          update: SP3  # RU/SU unknown: only AdminDisplayVersion was read (the collector reads ExSetup.exe)
          os: "2008R2"
          roles: [edgeTransport]
      target:
  `,
);
const MISSING_AND_WRONG_FIXED = edit(
  MISSING_AND_WRONG,
  '    publicFolders: true\n  - name: EX07-MBX2',
  '    publicFolders: true\n    os: "2008"\n  - name: EX07-MBX2',
  'roles: [mailbox]\n    mailboxes: 0',
  'roles: [clientAccess, hubTransport]\n    mailboxes: 0',
);

new RuleTester(options).run('inventory-drift', {
  valid: [
    { name: 'the runbook the inventory itself gives: its servers match exactly', code: FROM_INVENTORY },
    { name: 'an update known only from AdminDisplayVersion (SP3) matches any rollup of it', code: edge('SP3 RU10') },
    {
      name: 'server names compare without case',
      code: edit(FROM_INVENTORY, '- name: EX10-CAS1', '- name: ex10-cas1'),
    },
    {
      // Mixed case in the runbook too, so that folding only one side of the compare fails.
      name: 'server names compare without case, mixed on both sides',
      code: edit(FROM_INVENTORY, '- name: EX10-CAS1', '- name: Ex10-cAS1'),
    },
    { name: 'what the fixes make of the planted differences', code: PLANTED_FIXED },
    { name: 'a value added and a value rewritten by the fix', code: MISSING_AND_WRONG_FIXED },
    { name: 'no `inventory:`', code: edit(FROM_INVENTORY, `inventory: ${MIXED}\n`, '') },
  ],
  invalid: [
    {
      name: 'each planted difference, where it is written',
      code: PLANTED,
      errors: [
        {
          line: 7,
          column: 14,
          severity: 'warning',
          message: '`organization.mailboxes` is 400, the inventory says 420',
        },
        {
          line: 10,
          column: 12,
          severity: 'warning',
          message: 'the inventory has accepted domains fabrikam.com, which `organization.domains` does not list',
        },
        {
          line: 11,
          column: 1,
          severity: 'warning',
          message: 'the inventory has Exchange 2010 server EDGE10, which `servers` does not list',
        },
        {
          line: 21,
          column: 13,
          severity: 'warning',
          message: 'ex07-mbx2: the runbook says update SP2, the inventory says SP3 RU23',
        },
      ],
      output: PLANTED_FIXED,
    },
    {
      name: 'the same in Swedish',
      code: PLANTED,
      options: { locale: 'sv' },
      errors: [
        { fix: 'Ta `organization.mailboxes` 420 från inventeringen' },
        { fix: 'Lägg till fabrikam.com från inventeringen' },
        {
          message: 'inventeringen har Exchange 2010-servern EDGE10, som `servers` inte tar upp',
          fix: 'Lägg till EDGE10 från inventeringen',
        },
        {
          message: 'ex07-mbx2: körboken säger `update` SP2, inventeringen säger SP3 RU23',
          fix: 'Ta `update` SP3 RU23 från inventeringen',
        },
      ],
    },
    {
      name: 'a missing value is added to the server, a wrong one rewritten',
      code: MISSING_AND_WRONG,
      errors: [
        { message: 'EX07-MBX1: the inventory says os 2008; the runbook does not say' },
        { message: 'EX10-CAS1: the runbook says roles [mailbox], the inventory says [clientAccess, hubTransport]' },
      ],
      output: MISSING_AND_WRONG_FIXED,
    },
    {
      name: 'an update known only from AdminDisplayVersion (SP3): another service pack disagrees',
      code: edge('SP2 RU5'),
      errors: [
        {
          message: 'EDGE10: the runbook says update SP2 RU5, the inventory says SP3',
          fix: 'Take update SP3 from the inventory',
        },
      ],
    },
    {
      name: 'an exact ExSetup version is exact: RU22 is not RU23',
      code: edit(FROM_INVENTORY, 'update: SP3 RU23', 'update: SP3 RU22'),
      errors: [{ message: 'EX07-MBX2: the runbook says update SP3 RU22, the inventory says SP3 RU23' }],
      output: FROM_INVENTORY,
    },
    {
      name: 'Exchange 2016 CU23 by AdminDisplayVersion: CU22 disagrees',
      code: fromInventory('versions').replace(
        /(- name: EX16-01[^\n]*\n {4}version: "2016"\n {4}update: )CU23/,
        '$1CU22',
      ),
      errors: [{ message: 'EX16-01: the runbook says update CU22, the inventory says CU23' }],
      output: fromInventory('versions'),
    },
    ...(
      [
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
      ] as const
    ).map(([value, severity, message]) => ({
      name: `an inventory it cannot read: ${value}`,
      code: inventory(value),
      errors: [{ severity, message }],
      output: null,
    })),
    {
      name: 'no fix it cannot write minimally (a flow-style server)',
      code: FROM_INVENTORY.replace(
        / {2}- name: EX10-CAS1[^\n]*\n(?: {4}[^\n]*\n)+/,
        '  - {name: EX10-CAS1, version: "2010", update: SP3 RU32, roles: [clientAccess, hubTransport]}\n',
      ),
      errors: [{ message: 'EX10-CAS1: the inventory says os 2008R2; the runbook does not say', fix: null }],
      output: null,
    },
  ],
});

describe('inventory-drift: the inventory and its reader', () => {
  it('the runbook the inventory gives lists every server of the inventory, in its order, and nothing else', () => {
    assert.match(
      FROM_INVENTORY,
      /- name: EX07-MBX1.*\n {4}version: "2007"\n {4}update: SP3 RU10\n {4}os: "2008"\n {4}roles: \[mailbox, clientAccess, hubTransport\]/,
    );
    assert.deepStrictEqual(
      [...FROM_INVENTORY.matchAll(/- name: (\S+)/g)].map((m) => m[1]),
      ['EX07-MBX1', 'EX07-MBX2', 'EX10-CAS1', 'EDGE10'],
    );
  });

  it('never reads anything without `inventory:`, and an absolute path never reaches the reader', () => {
    reads = 0;
    assert.strictEqual(drift(edit(FROM_INVENTORY, `inventory: ${MIXED}\n`, '')).length, 0);
    drift(edit(FROM_INVENTORY, `inventory: ${MIXED}`, 'inventory: /etc'));
    assert.strictEqual(reads, 0);
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
