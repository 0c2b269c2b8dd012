// The inventory import (spec section 7.3): CLIXML fixtures written from the documented
// object shapes, one per version plus a mixed 2007 + 2010 + Edge organization as the
// collector writes it (test/fixtures/inventory/).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILDS, lookupBuild } from '../../src/core/knowledge/builds';
import { forestLevelOf, importInventory, readClixml, windowsOf, type InventoryFile } from '../../src/core/inventory';
import { inventoryToYaml } from '../../src/core/inventory/format';
import { parseRunbook } from '../../src/core/parse';
import { runCli, ROOT } from '../cli-helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'inventory');
const MIXED = path.join(FIXTURES, 'mixed-2007-2010-edge');

function folder(dir: string): InventoryFile[] {
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => ({ name, content: fs.readFileSync(path.join(dir, name)) }));
}

function file(name: string, content: string | Uint8Array): InventoryFile[] {
  return [{ name, content }];
}

describe('inventory import', () => {
  it('reads the mixed 2007 + 2010 + Edge organization exactly', () => {
    const inv = importInventory(folder(MIXED));
    assert.deepStrictEqual(inv.organization, {
      name: 'Contoso',
      mailboxes: 420,
      publicFolders: true,
      forestFunctionalLevel: '2008R2',
      domains: ['contoso.com', 'fabrikam.com'],
    });
    assert.deepStrictEqual(inv.servers, [
      {
        name: 'EX07-MBX1',
        roles: ['mailbox', 'clientAccess', 'hubTransport'],
        updateExact: true,
        version: '2007',
        update: 'SP3 RU10',
        build: '8.3.298.3',
        os: '2008',
        site: 'Stockholm',
        mailboxes: 300,
        publicFolders: true,
      },
      {
        name: 'EX07-MBX2',
        roles: ['mailbox'],
        updateExact: true,
        version: '2007',
        update: 'SP3 RU23',
        build: '8.3.517.0',
        os: '2008R2',
        site: 'Malmo',
        mailboxes: 120,
      },
      {
        name: 'EX10-CAS1',
        roles: ['clientAccess', 'hubTransport'],
        updateExact: true,
        version: '2010',
        update: 'SP3 RU32',
        build: '14.3.513.0',
        os: '2008R2',
        site: 'Stockholm',
        mailboxes: 0,
      },
      {
        name: 'EDGE10',
        roles: ['edgeTransport'],
        updateExact: false,
        version: '2010',
        update: 'SP3',
        build: '14.3.123.4',
        os: '2008R2',
      },
    ]);
    assert.deepStrictEqual(inv.notes, [
      {
        kind: 'ignored-objects',
        file: 'HealthChecker-EX10-CAS1.xml',
        type: 'System.Management.Automation.PSCustomObject',
        count: 1,
      },
      { kind: 'ignored-file', file: 'notes.txt', reason: 'not CLIXML (Export-Clixml output)' },
      { kind: 'update-unknown', server: 'EDGE10', update: 'SP3' },
    ]);
  });

  it('recognizes objects by type name, not file name', () => {
    const servers = fs.readFileSync(path.join(MIXED, 'ExchangeServer.xml'));
    const org = fs.readFileSync(path.join(MIXED, 'OrganizationConfig.xml'));
    const inv = importInventory([
      { name: 'OrganizationConfig.xml', content: servers },
      { name: 'whatever.clixml', content: org },
    ]);
    assert.strictEqual(inv.servers.length, 4);
    assert.strictEqual(inv.organization.name, 'Contoso');
  });

  it('gives one server per version fixture, its version and update from AdminDisplayVersion', () => {
    const expected: Record<string, [string, string, string, string[]]> = {
      'ex2007-sp3.xml': ['EX07-MBX1', '2007', 'SP3', ['mailbox', 'clientAccess', 'hubTransport']],
      'ex2010-sp3.xml': ['EX10-MBX1', '2010', 'SP3', ['mailbox', 'clientAccess', 'hubTransport']],
      'ex2013-cu23.xml': ['EX13-01', '2013', 'CU23', ['mailbox', 'clientAccess']],
      'ex2016-cu23.xml': ['EX16-01', '2016', 'CU23', ['mailbox']],
      'ex2019-cu14.xml': ['EX19-01', '2019', 'CU14', ['mailbox']],
      'exse-rtm.xml': ['EXSE-01', 'SE', 'RTM', ['mailbox']],
      'edge2010-sp3.xml': ['EDGE10', '2010', 'SP3', ['edgeTransport']],
    };
    const dir = path.join(FIXTURES, 'versions');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), Object.keys(expected).sort());
    for (const [name, [server, version, update, roles]] of Object.entries(expected)) {
      const inv = importInventory(folder(dir).filter((f) => f.name === name));
      assert.strictEqual(inv.servers.length, 1, name);
      const s = inv.servers[0];
      assert.deepStrictEqual(
        [s.name, s.version, s.update, s.roles, s.updateExact],
        [server, version, update, roles, false],
        name,
      );
      // AdminDisplayVersion never tells the RU/SU: the importer says so.
      assert.deepStrictEqual(inv.notes, [{ kind: 'update-unknown', server, update }], name);
    }
  });

  it('finds every AdminDisplayVersion and ExSetup version in the fixtures in the build table', () => {
    let seen = 0;
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const f of walk(FIXTURES)) {
      const text = fs.readFileSync(f, 'utf8');
      for (const m of text.matchAll(
        /<ToString>(Version \d+\.\d+ \(Build \d+\.\d+\))<\/ToString>|<S N="ExSetupVersion">([\d.]+)<\/S>/g,
      )) {
        const value = m[1] ?? m[2];
        const match = lookupBuild(value);
        assert.ok(match?.row, `${path.relative(FIXTURES, f)}: ${value}`);
        assert.strictEqual(match.row.build, match.build, `${value} is a listed build, not a neighbour`);
        seen++;
      }
    }
    assert.ok(seen >= 14, `only ${seen} versions found in the fixtures`);
  });

  it('reads Windows PowerShell’s UTF-16LE Export-Clixml and UTF-8 with a BOM', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'versions', 'ex2016-cu23.xml'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    assert.strictEqual(importInventory(file('a.xml', utf16)).servers[0].name, 'EX16-01');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    assert.strictEqual(importInventory(file('b.xml', bom)).servers[0].name, 'EX16-01');
    // Windows-1252 bytes are not guessed at.
    const latin = Buffer.from('<Objs><Obj><S N="Name">EX\xe5</S></Obj></Objs>', 'latin1');
    assert.strictEqual(importInventory(file('c.xml', latin)).notes[0].kind, 'ignored-file');
  });

  it('prefers ExSetup’s version (exact RU/SU) over AdminDisplayVersion', () => {
    const servers = fs.readFileSync(path.join(FIXTURES, 'versions', 'ex2016-cu23.xml'), 'utf8');
    const info = `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><Obj RefId="0"><TN RefId="0"><T>ExchangeRunbook.Inventory.ServerInfo</T><T>System.Management.Automation.PSCustomObject</T></TN><Props><S N="Server">ex16-01</S><S N="ExSetupVersion">15.01.2507.037</S></Props></Obj></Objs>`;
    const inv = importInventory([...file('s.xml', servers), ...file('i.xml', info)]);
    assert.deepStrictEqual(
      [inv.servers[0].update, inv.servers[0].updateDetail, inv.servers[0].updateExact],
      ['CU23', 'Mar24SU', true],
    );
    assert.deepStrictEqual(inv.notes, []);
  });

  it('turns the inventory into runbook YAML that parses without schema findings', () => {
    const yaml = inventoryToYaml(importInventory(folder(MIXED)));
    const text = `runbook: 1\ntitle: T\n${yaml}target:\n  platform: exchange-online\n  method: staged\nphases:\n  - id: p\n    title: P\n    steps:\n      - action: switch-mx\n`;
    const parsed = parseRunbook(text);
    assert.deepStrictEqual(
      [...parsed.fatal, ...parsed.problems].map((p) => p.message),
      [],
    );
    assert.match(yaml, /- name: EDGE10\n {4}version: "2010"\n {4}update: SP3 {2}# RU\/SU unknown/);
  });
});

describe('inventory output from hostile CLIXML', () => {
  // An AD site whose name holds line breaks would end its YAML comment and add a server.
  const exchangeServer = fs
    .readFileSync(path.join(MIXED, 'ExchangeServer.xml'), 'utf8')
    .replace(
      'contoso.local/Configuration/Sites/Stockholm</ToString>',
      'contoso.local/Configuration/Sites/Stock_x000A_  - name: INJECTED_x000D__x2028_holm_x001B_[2J</ToString>',
    )
    .replace('<S N="Name">EX07-MBX2</S>', '<S N="Name">EX07_x009B_2J_x202E_B_x001B_]0;x_x0007_</S>');

  it('a site name cannot leave its comment, and names keep their value as escapes', () => {
    const yaml = inventoryToYaml(importInventory([{ name: 'ExchangeServer.xml', content: exchangeServer }]));
    assert.ok(
      yaml.includes('- name: EX07-MBX1  # site Stock\\u000a  - name: INJECTED\\u000d\\u2028holm\\u001b[2J\n'),
      yaml,
    );
    assert.doesNotMatch(yaml, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    const servers = (parseRunbook(`runbook: 1\n${yaml}`).doc!.toJS() as { servers: { name: string }[] }).servers;
    assert.deepStrictEqual(
      servers.map((s) => s.name),
      ['EX07-MBX1', 'EX07\u009b2J\u202eB\u001b]0;x\u0007', 'EX10-CAS1', 'EDGE10'],
    );
  });

  it('the CLI prints the notes about such names as one line each, escaped', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-hostile-'));
    try {
      fs.writeFileSync(path.join(dir, 'ExchangeServer.xml'), exchangeServer);
      const run = runCli(['inventory', dir]);
      assert.strictEqual(run.status, 0, run.stderr);
      assert.doesNotMatch(run.stderr + run.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
      assert.match(run.stderr, /^exchange-runbook: EX07\\u009b2J\\u202eB\\u001b\]0;x\\u0007: update SP3/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CLIXML reader on bad input', () => {
  it('never throws and says what is wrong', () => {
    const cases: [string, RegExp][] = [
      ['', /not well-formed|no <Objs>/],
      ['not xml at all', /not well-formed|no <Objs>/],
      ['<html><body/></html>', /root element is <html>/],
      ['<Objs><Obj><S N="Name">EX1</S>', /not well-formed/],
      [
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Objs><S>&b;</S></Objs>',
        /not well-formed/,
      ],
      ['<Objs>' + '<Obj><Props>'.repeat(200) + '</Props></Obj>'.repeat(200) + '</Objs>', /deeper/],
    ];
    for (const [text, error] of cases) assert.match(readClixml(text).error ?? '', error, text.slice(0, 40));
  });

  it('keeps hostile property names as names', () => {
    const r = readClixml(
      '<Objs><Obj><TN RefId="0"><T>X</T></TN><Props><S N="__proto__">p</S><S N="constructor">c</S></Props></Obj></Objs>',
    );
    assert.strictEqual(r.error, undefined);
    const obj = r.objects[0] as { props: Record<string, unknown> };
    assert.strictEqual(obj.props['__proto__'], 'p');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('resolves <TNRef> and <Ref> and strips Deserialized.', () => {
    const r = readClixml(`<Objs>
      <Obj RefId="0"><TN RefId="0"><T>Deserialized.A.B</T></TN><ToString>one</ToString></Obj>
      <Obj RefId="1"><TNRef RefId="0" /><Props><Ref N="Same" RefId="0" /><S N="Text">a_x000A_b</S></Props></Obj>
    </Objs>`);
    const [a, b] = r.objects as { typeNames: string[]; props: Record<string, unknown>; text?: string }[];
    assert.deepStrictEqual(b.typeNames, ['A.B']);
    assert.strictEqual(b.props.Same, a);
    assert.strictEqual(b.props.Text, 'a\nb');
  });
});

describe('inventory mappings at their edges', () => {
  it('reads Windows Server builds 2016 / 2019 / 2022 / 2025 at their first build', () => {
    const cases: [string, string | undefined][] = [
      ['6.0.6002', '2008'],
      ['6.1.7601', '2008R2'],
      ['6.2.9200', '2012'],
      ['6.3.9600', '2012R2'],
      ['10.0.14392', undefined],
      ['10.0.14393', '2016'],
      ['10.0.17762', '2016'],
      ['10.0.17763', '2019'],
      ['10.0.20347', '2019'],
      ['10.0.20348', '2022'],
      ['10.0.26099', '2022'],
      ['10.0.26100', '2025'],
      ['11.0.1', undefined],
      ['', undefined],
    ];
    for (const [v, os] of cases) assert.strictEqual(windowsOf(v), os, v);
  });

  it('reads forest modes by name and number', () => {
    const cases: [string, string | undefined][] = [
      ['Windows2003Forest', '2003'],
      ['Windows2008R2Forest', '2008R2'],
      ['4', '2008R2'],
      ['Windows2012R2Forest', '2012R2'],
      ['Windows2016Forest', '2016'],
      ['Windows2025Forest', '2025'],
      ['Windows2000Forest', undefined],
      ['0', undefined],
    ];
    for (const [mode, level] of cases) assert.strictEqual(forestLevelOf(mode), level, mode);
  });

  it('has every version a fixture shows', () => {
    const versions = new Set(BUILDS.map((b) => b.version));
    for (const v of ['2007', '2010', '2013', '2016', '2019', 'SE']) assert.ok(versions.has(v as never), v);
  });
});

describe('exchange-runbook inventory', () => {
  const cli = (args: string[]) => runCli(args);

  it('prints JSON with the documented keys and lists what it ignored on stderr', () => {
    const run = cli(['inventory', 'test/fixtures/inventory/mixed-2007-2010-edge', '--format', 'json']);
    assert.strictEqual(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as { organization: Record<string, unknown>; servers: Record<string, unknown>[] };
    assert.deepStrictEqual(Object.keys(out), ['organization', 'servers']);
    assert.deepStrictEqual(
      out.servers.map((s) => s.name),
      ['EX07-MBX1', 'EX07-MBX2', 'EX10-CAS1', 'EDGE10'],
    );
    for (const key of ['name', 'version', 'update', 'roles', 'os', 'site', 'mailboxes'])
      assert.ok(key in out.servers[0], key);
    assert.match(run.stderr, /HealthChecker-EX10-CAS1\.xml: ignored 1 object/);
    assert.match(run.stderr, /EDGE10: update SP3, rollup\/security update unknown/);
  });

  it('exits 2 with one line for a missing path, a bad format and a folder without servers', () => {
    for (const args of [
      ['inventory', 'nope'],
      ['inventory', 'test/fixtures/inventory/mixed-2007-2010-edge', '--format', 'xml'],
      ['inventory', 'test/fixtures/inventory/mixed-2007-2010-edge/notes.txt'],
      ['inventory'],
    ]) {
      const run = cli(args);
      assert.strictEqual(run.status, 2, args.join(' '));
      assert.strictEqual(run.stdout, '');
      assert.strictEqual(
        run.stderr.trim().split('\n').length >= 1 &&
          run.stderr.trim().split('\n').pop()!.startsWith('exchange-runbook: '),
        true,
        run.stderr,
      );
    }
  });
});
