// The assistant's decisions and the runbooks it writes: the decision table of
// docs/assistant.md case by case, with exact expectations.
import * as assert from 'assert';
import { lint, Finding } from '../../src/core';
import {
  Answers,
  decide,
  newRunbook,
  planHops,
  serverPrefix,
  slugOf,
  supportedTargetAt,
  versionPath,
  GeneratedRunbook,
} from '../../src/core/assistant';
import { parseCsv } from '../../src/core/csv';
import { parseRunbook } from '../../src/core/parse';

const TODAY = '2026-11-23';

function answers(partial: Partial<Answers>): Answers {
  return {
    sources: ['2007'],
    mailboxes: 85,
    publicFolders: false,
    target: 'online',
    keepOnPremises: false,
    name: 'Tailspin Toys',
    domain: 'tailspintoys.com',
    ...partial,
  };
}

function generated(partial: Partial<Answers>, locale: 'en' | 'sv' = 'en'): GeneratedRunbook {
  const result = newRunbook(answers(partial), { today: TODAY, locale });
  if (!result.ok) assert.fail(`refused: ${result.refusal.message}`);
  return result.runbook;
}

function findingsOf(runbook: GeneratedRunbook, text = runbook.text): Finding[] {
  const files = new Map(runbook.csvFiles.map((c) => [c.path, c.content]));
  return lint(text, { readFile: (p) => files.get(p) }).findings;
}

function problemsOf(runbook: GeneratedRunbook): string[] {
  return findingsOf(runbook)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}: ${f.message}`);
}

/** action + its server fields, one line per step: the runbook's shape. */
function shape(runbook: GeneratedRunbook): string[] {
  const parsed = parseRunbook(runbook.text);
  return parsed.steps.map((s) => {
    const node = s.node.toJSON() as Record<string, unknown>;
    const parts = [node.action];
    for (const key of [
      'server',
      'version',
      'update',
      'from',
      'to',
      'batch',
      'method',
      'csv',
      'mailboxes',
      'enabled',
      'hybrid',
    ]) {
      if (node[key] !== undefined)
        parts.push(`${key}=${Array.isArray(node[key]) ? (node[key] as string[]).join('+') : String(node[key])}`);
    }
    return parts.join(' ');
  });
}

/** The header comment as one line of text (it is wrapped at 100 columns). */
function headerOf(runbook: GeneratedRunbook): string {
  const lines = runbook.text.split('\n');
  return lines
    .slice(
      0,
      lines.findIndex((l) => !l.startsWith('#')),
    )
    .map((l) => l.replace(/^#\s*/, ''))
    .join(' ');
}

function refusalOf(partial: Partial<Answers>, locale: 'en' | 'sv' = 'en') {
  const result = newRunbook(answers(partial), { today: TODAY, locale });
  assert.ok(!result.ok, 'expected a refusal');
  return result.refusal;
}

describe('assistant: recommendations (exchange-facts.md section 0)', () => {
  it('85 mailboxes on Exchange 2007: cutover, because 150 or fewer', () => {
    const d = decide(answers({}), { today: TODAY });
    assert.ok(d.ok);
    assert.strictEqual(d.recommendation.method, 'cutover');
    assert.strictEqual(d.recommendation.reasonId, 'cutover.small');
    assert.strictEqual(
      d.recommendation.reason,
      '85 mailboxes: a cutover migration moves them all in one batch within about a week; Microsoft calls cutover reasonable for 150 mailboxes or fewer and supports it up to 2,000.',
    );
    assert.deepStrictEqual(
      d.recommendation.methods.map((m) => [m.method, m.allowed, m.recommended, m.reasonId]),
      [
        ['cutover', true, true, 'cutover.small'],
        ['staged', true, false, 'staged.small'],
        ['hybrid', true, false, 'hybrid.small'],
      ],
    );
  });

  it('150 is still cutover; 151 on Exchange 2003/2007 is staged; 151 on Exchange 2010 is hybrid', () => {
    const method = (partial: Partial<Answers>) => {
      const d = decide(answers(partial), { today: TODAY });
      assert.ok(d.ok);
      return `${d.recommendation.method} ${d.recommendation.reasonId}`;
    };
    assert.strictEqual(method({ mailboxes: 150 }), 'cutover cutover.small');
    assert.strictEqual(method({ mailboxes: 151 }), 'staged staged.large');
    assert.strictEqual(method({ sources: ['2003'], mailboxes: 5000 }), 'staged staged.large');
    assert.strictEqual(method({ sources: ['2010'], mailboxes: 151 }), 'hybrid hybrid.large');
    assert.strictEqual(method({ sources: ['2016', '2019'], mailboxes: 5000 }), 'hybrid hybrid.large');
    assert.strictEqual(method({ sources: ['2013'], mailboxes: 50 }), 'cutover cutover.small');
  });

  it('on-premises Exchange that must stay means hybrid, whatever the size', () => {
    const d = decide(answers({ mailboxes: 20, keepOnPremises: true }), { today: TODAY });
    assert.ok(d.ok);
    assert.strictEqual(d.recommendation.method, 'hybrid');
    assert.strictEqual(d.recommendation.reasonId, 'hybrid.stay');
  });

  it('public folders on Exchange 2007 alone: hybrid, the only method that brings in a server to pass them through', () => {
    const d = decide(answers({ mailboxes: 50, publicFolders: true }), { today: TODAY });
    assert.ok(d.ok);
    assert.strictEqual(d.recommendation.method, 'hybrid');
    assert.strictEqual(d.recommendation.reasonId, 'hybrid.publicFolders');
    assert.deepStrictEqual(d.recommendation.installs, ['2013']);
  });

  it('refuses impossible choices with the reason and the recommended alternative', () => {
    const staged = refusalOf({ sources: ['2010'], mailboxes: 420, method: 'staged' });
    assert.strictEqual(staged.reasonId, 'staged.source');
    assert.strictEqual(
      staged.message,
      'a staged migration reads only Exchange 2003 and 2007 mailboxes, and this organization has Exchange 2010.',
    );
    assert.strictEqual(staged.suggestion, 'Recommended for these answers: full hybrid migration (--method hybrid).');
    assert.strictEqual(
      refusalOf({ sources: ['2013'], mailboxes: 2001, method: 'cutover' }).reasonId,
      'cutover.tooMany',
    );
    assert.strictEqual(
      refusalOf({ mailboxes: 50, publicFolders: true, method: 'cutover' }).reasonId,
      'publicFolders.legacy',
    );
    assert.strictEqual(
      refusalOf({ mailboxes: 500, publicFolders: true, method: 'staged' }).reasonId,
      'publicFolders.legacy',
    );
    assert.strictEqual(refusalOf({ keepOnPremises: true, method: 'cutover' }).reasonId, 'method.stay');
    assert.strictEqual(refusalOf({ sources: ['2007', '2016'] }).reasonId, 'sources.cannotCoexist');
    assert.strictEqual(
      refusalOf({ sources: ['2007', '2016'] }).message,
      'Exchange 2016 cannot be installed in an organization that has Exchange 2007 (Setup refuses it), so no organization has both; check the versions',
    );
    assert.strictEqual(refusalOf({ mailboxes: 0 }).reasonId, 'invalid.mailboxes');
    assert.strictEqual(refusalOf({ domain: 'not a domain' }).reasonId, 'invalid.domain');
    assert.strictEqual(refusalOf({ name: '  ' }).reasonId, 'invalid.name');
    assert.strictEqual(refusalOf({ target: '2016', method: 'cutover' }).reasonId, 'method.onPremises');
    assert.strictEqual(refusalOf({ sources: ['2019'], target: '2016', asOf: '2024-06-01' }).reasonId, 'target.older');
    assert.strictEqual(refusalOf({ sources: ['SE'], target: 'SE' }).reasonId, 'target.same');
    assert.strictEqual(refusalOf({ target: 'SE', asOf: '2024-06-01' }).reasonId, 'target.notReleased');
  });

  it('refuses an on-premises target past its end of support and proposes Exchange SE', () => {
    const r = refusalOf({ target: '2016' });
    assert.strictEqual(r.reasonId, 'target.endOfSupport');
    assert.strictEqual(
      r.message,
      'Exchange 2016 reached its end of support on 2025-10-14: on 2026-11-23 a migration that ends on it leaves the organization without security updates (end-of-support); Exchange SE is supported',
    );
    assert.strictEqual(r.suggestion, 'Target Exchange SE instead (--target SE).');
    // Judged on a date when 2016 was supported, the same answers give a runbook.
    assert.deepStrictEqual(problemsOf(generated({ target: '2016', asOf: '2024-06-01' })), []);
  });

  it('Exchange 2013 exists from its RTM release on 2012-12-03 (builds.ts), not from 2013-01-09', () => {
    assert.strictEqual(
      refusalOf({ sources: ['2010'], target: '2013', asOf: '2012-12-02' }).message,
      'Exchange 2013 was released on 2012-12-03, after 2012-12-02: a plan dated 2012-12-02 cannot install it',
    );
    assert.strictEqual(
      refusalOf({ sources: ['2013'], target: 'online', asOf: '2012-12-02' }).reasonId,
      'sources.notReleased',
    );
    for (const partial of [
      { sources: ['2010' as const], target: '2013' as const },
      { sources: ['2013' as const], target: 'online' as const },
    ])
      assert.ok(decide(answers({ ...partial, asOf: '2012-12-03' }), { today: TODAY }).ok, JSON.stringify(partial));
  });

  it('suggests only a target that can be chosen, is released and in support on asOf, and is newer than every source', () => {
    // 2016 RTM: 2015-10-01. The day before, 2010 → 2016 is told to target 2013, and 2013 → 2016 has no newer target.
    assert.strictEqual(
      refusalOf({ sources: ['2010'], target: '2016', asOf: '2015-09-30' }).suggestion,
      'Target Exchange 2013 instead (--target 2013).',
    );
    assert.strictEqual(refusalOf({ sources: ['2013'], target: '2016', asOf: '2015-09-30' }).suggestion, undefined);
    // Exchange 2010 is not a --target: no suggestion for 2010 → 2013 before 2013 existed.
    const early = refusalOf({ sources: ['2010'], target: '2013', asOf: '2012-12-02' });
    assert.strictEqual(early.reasonId, 'target.notReleased');
    assert.strictEqual(early.suggestion, undefined);
    // Past 2019's end of support an SE organization has nothing newer to be told to target.
    assert.strictEqual(refusalOf({ sources: ['SE'], target: '2019' }).suggestion, undefined);
  });

  it('refuses a hybrid server no update of which it needs was released by asOf (2013 CU2: 2013-07-09)', () => {
    const hybrid2007 = { sources: ['2007' as const], mailboxes: 300, method: 'hybrid' as const };
    const r = refusalOf({ ...hybrid2007, asOf: '2013-07-08' });
    assert.strictEqual(r.reasonId, 'hybrid.notReleased');
    assert.strictEqual(
      r.message,
      'a hybrid deployment with Exchange 2007 needs an Exchange 2013 CU2 server, released on 2013-07-09, after 2013-07-08: a plan dated 2013-07-08 cannot install it',
    );
    assert.strictEqual(r.suggestion, 'Recommended for these answers: staged migration (--method staged).');
    assert.deepStrictEqual(problemsOf(generated({ ...hybrid2007, asOf: '2013-07-09' })), []);
    // Exchange 2003: 2010 SP3 (2013-02-12).
    assert.strictEqual(
      refusalOf({ sources: ['2003'], mailboxes: 300, method: 'hybrid', asOf: '2013-02-11' }).reasonId,
      'hybrid.notReleased',
    );
    assert.ok(decide(answers({ sources: ['2003'], mailboxes: 300, method: 'hybrid', asOf: '2013-02-12' })).ok);
  });

  it('refuses in Swedish too', () => {
    assert.strictEqual(
      refusalOf({ sources: ['2010'], method: 'staged' }, 'sv').message,
      'en stegvis migrering läser bara postlådor i Exchange 2003 och 2007, och organisationen har Exchange 2010.',
    );
  });
});

describe('assistant: chains of versions on premises (coexistence matrix)', () => {
  it('goes through the versions each can be installed next to, newest intermediate first', () => {
    assert.deepStrictEqual(versionPath('2007', '2016'), ['2013', '2016']);
    assert.deepStrictEqual(versionPath('2007', 'SE'), ['2013', '2019', 'SE']);
    assert.deepStrictEqual(versionPath('2010', 'SE'), ['2016', 'SE']);
    assert.deepStrictEqual(versionPath('2013', 'SE'), ['2019', 'SE']);
    assert.deepStrictEqual(versionPath('2003', '2013'), ['2010', '2013']);
    assert.deepStrictEqual(versionPath('2003', 'SE'), ['2010', '2016', 'SE']);
    assert.deepStrictEqual(versionPath('2016', 'SE'), ['SE']);
    assert.deepStrictEqual(versionPath('2019', '2019'), []);
  });

  it('hands older versions over to the newest present one when the next install cannot sit next to them', () => {
    assert.deepStrictEqual(planHops(['2007', '2010'], '2016'), [
      { kind: 'consolidate', from: ['2007'], onto: '2010' },
      { kind: 'install', version: '2016' },
    ]);
    assert.deepStrictEqual(planHops(['2007', '2010'], '2013'), [{ kind: 'install', version: '2013' }]);
    assert.deepStrictEqual(planHops(['2016', '2019'], '2019'), [{ kind: 'consolidate', from: ['2016'], onto: '2019' }]);
    assert.strictEqual(planHops(['2019'], '2016'), undefined);
  });

  it('knows which version is in support on a date', () => {
    assert.strictEqual(supportedTargetAt('2026-11-23'), 'SE');
    assert.strictEqual(supportedTargetAt('2024-06-01'), '2019');
    assert.strictEqual(supportedTargetAt('2022-01-01'), '2019');
  });
});

describe('assistant: the runbooks it writes', () => {
  it('cutover from Exchange 2007: the steps of the cutover procedure, and it lints clean', () => {
    const runbook = generated({});
    assert.strictEqual(runbook.fileName, 'tailspin-toys.runbook.yaml');
    assert.deepStrictEqual(runbook.csvFiles, []);
    assert.deepStrictEqual(shape(runbook), [
      'custom',
      'custom',
      'configure-outlook-anywhere server=TT-EX07',
      'verify-domain',
      'configure-directory-sync enabled=false',
      'grant-migration-permissions',
      'create-migration-endpoint',
      'create-migration-batch batch=cutover-all method=cutover',
      'start-migration-batch batch=cutover-all',
      'switch-mx',
      'complete-migration-batch batch=cutover-all',
      'assign-licenses',
      'reconfigure-outlook',
      'decommission server=TT-EX07',
    ]);
    assert.deepStrictEqual(findingsOf(runbook), []);
    const lines = runbook.text.split('\n');
    assert.strictEqual(
      lines[0],
      '# Generated by the Exchange Runbook assistant (exchange-runbook new) on 2026-11-23 from these answers:',
    );
    assert.ok(runbook.text.includes('\ntitle: Tailspin Toys – cutover migration to Microsoft 365\nasOf: 2026-11-23\n'));
    assert.ok(
      runbook.text.includes(
        '\n  - name: TT-EX07\n    version: "2007"\n    update: SP3 RU23\n    os: "2008"\n    roles: [mailbox, clientAccess, hubTransport]\n    mailboxes: 85\n',
      ),
    );
    assert.ok(runbook.text.includes('`New-MigrationBatch -Name cutover-all -SourceEndpoint OAEndpoint`'));
  });

  it('cutover chosen above 150: the cutover-size warning is silenced on target.method, visibly', () => {
    const runbook = generated({ sources: ['2010'], mailboxes: 500, method: 'cutover' });
    assert.ok(runbook.text.includes('  # runbook-disable-next-line cutover-size\n  method: cutover\n'));
    assert.deepStrictEqual(problemsOf(runbook), []);
    const unsilenced = runbook.text.replace('  # runbook-disable-next-line cutover-size\n', '');
    assert.deepStrictEqual(
      findingsOf(runbook, unsilenced)
        .filter((f) => f.ruleId === 'cutover-size')
        .map((f) => `${f.severity} ${f.range.line}`),
      [`warning ${unsilenced.split('\n').indexOf('  method: cutover') + 1}`],
    );
  });

  it('staged: one CSV per wave, rows = the wave’s mailboxes, each batch pointing at its file', () => {
    const runbook = generated({ mailboxes: 2501 });
    assert.deepStrictEqual(
      runbook.csvFiles.map((c) => [c.path, c.rows]),
      [
        ['tailspin-toys-wave1.csv', 834],
        ['tailspin-toys-wave2.csv', 834],
        ['tailspin-toys-wave3.csv', 833],
      ],
    );
    const csv = parseCsv('x', runbook.csvFiles[0].content);
    assert.deepStrictEqual(csv.header, ['EmailAddress', 'Password', 'ForceChangePassword']);
    assert.deepStrictEqual(csv.rows[0].cells, ['user0001@tailspintoys.com', 'Replace-0001!', 'True']);
    assert.deepStrictEqual(parseCsv('x', runbook.csvFiles[2].content).rows.at(-1)!.cells, [
      'user2501@tailspintoys.com',
      'Replace-2501!',
      'True',
    ]);
    assert.deepStrictEqual(
      shape(runbook).filter((s) => s.startsWith('create-migration-batch')),
      [1, 2, 3].map((w) => `create-migration-batch batch=wave-${w} method=staged csv=tailspin-toys-wave${w}.csv`),
    );
    assert.ok(
      headerOf(runbook).includes(
        'The staged batches read tailspin-toys-wave1.csv, tailspin-toys-wave2.csv, tailspin-toys-wave3.csv next to this file',
      ),
    );
    assert.deepStrictEqual(problemsOf(runbook), []);
    // Without its CSV files the runbook is not clean: the batches really read them.
    const alone = lint(runbook.text, { readFile: () => undefined }).findings.filter((f) => f.ruleId === 'staged-csv');
    assert.strictEqual(alone.length, 3);
  });

  it('hybrid from Exchange 2007: a 2013 hybrid server, public folders through it, everything retired at the end', () => {
    const runbook = generated({ mailboxes: 1500, publicFolders: true, method: 'hybrid' });
    assert.deepStrictEqual(shape(runbook), [
      'custom',
      'prepare-schema version=2013',
      'prepare-ad version=2013',
      'install-exchange server=TT-HYB13 version=2013 update=CU23 hybrid=true',
      'custom',
      'verify-domain',
      'configure-directory-sync enabled=true',
      'grant-migration-permissions',
      'run-hybrid-wizard server=TT-HYB13',
      'create-migration-endpoint',
      'create-migration-batch batch=pilot method=remote-move mailboxes=20',
      'start-migration-batch batch=pilot',
      'complete-migration-batch batch=pilot',
      'create-migration-batch batch=wave-1 method=remote-move mailboxes=740',
      'start-migration-batch batch=wave-1',
      'complete-migration-batch batch=wave-1',
      'create-migration-batch batch=wave-2 method=remote-move mailboxes=740',
      'start-migration-batch batch=wave-2',
      'complete-migration-batch batch=wave-2',
      'switch-mx',
      'assign-licenses',
      'migrate-public-folders from=TT-EX07 to=TT-HYB13',
      'migrate-public-folders from=TT-HYB13 to=exchange-online',
      'decommission server=TT-EX07',
      'decommission server=TT-HYB13',
    ]);
    assert.deepStrictEqual(problemsOf(runbook), []);
  });

  it('hybrid where on-premises stays: the hybrid server is carried to the version in support (2013 → 2019 → SE)', () => {
    const runbook = generated({ keepOnPremises: true, mailboxes: 400 });
    const steps = shape(runbook);
    assert.deepStrictEqual(
      steps.filter((s) => /^(install-exchange|run-hybrid-wizard|decommission)/.test(s)),
      [
        'install-exchange server=TT-HYB13 version=2013 update=CU23 hybrid=true',
        'run-hybrid-wizard server=TT-HYB13',
        'decommission server=TT-EX07',
        'install-exchange server=TT-HYB19 version=2019 update=CU14 hybrid=true',
        'run-hybrid-wizard server=TT-HYB19',
        'decommission server=TT-HYB13',
        'install-exchange server=TT-HYBSE version=SE update=RTM hybrid=true',
        'run-hybrid-wizard server=TT-HYBSE',
        'decommission server=TT-HYB19',
      ],
    );
    assert.strictEqual(steps.at(-1), 'custom');
    assert.ok(runbook.text.includes('title: TT-HYBSE stays on premises for recipient management and hybrid'));
    assert.deepStrictEqual(problemsOf(runbook), []);
  });

  it('hybrid from Exchange 2003: an Exchange 2010 SP3 hybrid server', () => {
    const runbook = generated({ sources: ['2003'], mailboxes: 600, method: 'hybrid' });
    assert.ok(shape(runbook).includes('install-exchange server=TT-HYB10 version=2010 update=SP3 RU32 hybrid=true'));
    assert.deepStrictEqual(problemsOf(runbook), []);
  });

  it('cutover from mixed 2007 + 2010 with public folders: they pass through Exchange 2010 on their way', () => {
    const runbook = generated({ sources: ['2007', '2010'], mailboxes: 100, publicFolders: true });
    assert.deepStrictEqual(
      shape(runbook).filter((s) => s.startsWith('migrate-public-folders')),
      ['migrate-public-folders from=TT-EX07 to=TT-EX10', 'migrate-public-folders from=TT-EX10 to=exchange-online'],
    );
    assert.ok(runbook.text.includes('    mailboxes: 50\n    publicFolders: true\n'));
    assert.deepStrictEqual(problemsOf(runbook), []);
  });

  it('on premises 2007 → SE with public folders: through 2013 and 2019, legacy folders migrated by batch', () => {
    const runbook = generated({ target: 'SE', mailboxes: 640, publicFolders: true, name: 'Fabrikam' });
    assert.deepStrictEqual(runbook.recommendation.installs, ['2013', '2019', 'SE']);
    assert.ok(runbook.text.includes('\ntitle: Fabrikam – Exchange 2007 to Exchange SE through 2013 and 2019\n'));
    assert.deepStrictEqual(
      shape(runbook).filter((s) => /^(install-exchange|migrate-public-folders|decommission)/.test(s)),
      [
        'install-exchange server=FAB-EX13-01 version=2013 update=CU23',
        'migrate-public-folders from=FAB-EX07 to=FAB-EX13-01',
        'decommission server=FAB-EX07',
        'install-exchange server=FAB-EX19-01 version=2019 update=CU14',
        'migrate-public-folders from=FAB-EX13-01 to=FAB-EX19-01',
        'decommission server=FAB-EX13-01',
        'install-exchange server=FAB-EXSE-01 version=SE update=RTM',
        'migrate-public-folders from=FAB-EX19-01 to=FAB-EXSE-01',
        'decommission server=FAB-EX19-01',
      ],
    );
    assert.ok(runbook.text.includes('`New-MigrationBatch -Name PFMigration -SourcePublicFolderDatabase'));
    const findings = findingsOf(runbook);
    assert.deepStrictEqual(
      findings.filter((f) => f.severity !== 'info'),
      [],
    );
    // The out-of-support transitions are advice, as the rule says.
    assert.deepStrictEqual(
      findings.map((f) => `${f.ruleId} ${f.severity}`),
      ['end-of-support info', 'end-of-support info'],
    );
  });

  it('on premises 2007 + 2010 → 2016 (as of 2024): Exchange 2007 hands over to 2010 first', () => {
    const runbook = generated({ sources: ['2007', '2010'], target: '2016', mailboxes: 300, asOf: '2024-06-01' });
    assert.strictEqual(runbook.recommendation.reasonId, 'onPremises.consolidate');
    assert.deepStrictEqual(shape(runbook).slice(1, 6), [
      'move-client-access from=TT-EX07 to=TT-EX10',
      'move-transport from=TT-EX07 to=TT-EX10',
      'move-mailboxes from=TT-EX07 to=TT-EX10',
      'decommission server=TT-EX07',
      'prepare-schema version=2016',
    ]);
    assert.deepStrictEqual(problemsOf(runbook), []);
  });

  it('writes Swedish titles and notes with Microsoft’s Swedish terms, and still lints clean', () => {
    const runbook = generated({ mailboxes: 400 }, 'sv');
    assert.ok(runbook.text.includes('\ntitle: Tailspin Toys – stegvis migrering till Microsoft 365\n'));
    assert.ok(headerOf(runbook).includes('Rekommendation: stegvis migrering. 400 postlådor på Exchange 2007'));
    assert.ok(runbook.text.includes('title: "Omgång 1: 200 postlådor"'));
    assert.ok(runbook.text.includes('title: Konvertera postlådorna i wave-1 till e-postaktiverade användare'));
    assert.deepStrictEqual(problemsOf(runbook), []);
    const cutover = generated({}, 'sv');
    assert.ok(cutover.text.includes('\ntitle: Tailspin Toys – snabb migrering till Microsoft 365\n'));
    const hybrid = generated({ sources: ['2010'], mailboxes: 400, publicFolders: true }, 'sv');
    assert.ok(hybrid.text.includes('\ntitle: Tailspin Toys – fullständig hybridmigrering till Microsoft 365\n'));
    assert.ok(hybrid.text.includes('title: Migrera de gemensamma mapparna från TT-EX10 till Exchange Online'));
  });

  it('names servers and files after the organization', () => {
    assert.strictEqual(serverPrefix('Tailspin Toys'), 'TT');
    assert.strictEqual(serverPrefix('Fabrikam'), 'FAB');
    assert.strictEqual(serverPrefix('Åbo Akademi'), 'AA');
    assert.strictEqual(serverPrefix('Ölands Bank AB'), 'OBA');
    assert.strictEqual(serverPrefix('!!!'), 'EX');
    assert.strictEqual(slugOf('Åbo Akademi'), 'abo-akademi');
    assert.strictEqual(slugOf('  Contoso, Ltd. '), 'contoso-ltd');
    assert.strictEqual(slugOf('???'), 'exchange');
  });

  it('quotes an organization name YAML would misread', () => {
    for (const name of ['Yes', '2024', 'Contoso: Nordic', 'Contoso #1']) {
      const runbook = generated({ name });
      const parsed = parseRunbook(runbook.text);
      assert.strictEqual((parsed.doc!.toJS() as { organization: { name: unknown } }).organization.name, name);
      assert.deepStrictEqual(problemsOf(runbook), [], name);
    }
  });
});

describe('assistant: updates released by the runbook’s date', () => {
  interface Js {
    servers: { name: string; update: string; os: string }[];
    phases: { steps: { action: string; server?: string; update?: string; os?: string }[] }[];
  }
  function js(partial: Partial<Answers>): Js {
    return parseRunbook(generated(partial).text).doc!.toJS() as Js;
  }
  function installs(partial: Partial<Answers>): string[] {
    return js(partial)
      .phases.flatMap((p) => p.steps)
      .filter((s) => s.action === 'install-exchange')
      .map((s) => `${s.update} on ${s.os}`);
  }

  it('lists a server at the latest update released on or before asOf (2019 CU15: 2025-02-10)', () => {
    const online = { sources: ['2019' as const], target: 'online' as const };
    assert.strictEqual(js({ ...online, asOf: '2025-02-09' }).servers[0].update, 'CU14');
    assert.strictEqual(js({ ...online, asOf: '2025-02-10' }).servers[0].update, 'CU15');
    // 2016 CU23 came out on 2022-04-20.
    assert.strictEqual(js({ sources: ['2016'], target: 'online', asOf: '2022-04-19' }).servers[0].update, 'CU22');
  });

  it('lists a server on its typical Windows Server only when its update supports it (2016 CU3: 2016-09-20)', () => {
    const listed = (asOf: string) => {
      const [server] = js({ sources: ['2016'], target: 'online', asOf }).servers;
      return `${server.update} on ${server.os}`;
    };
    assert.strictEqual(listed('2016-09-19'), 'CU2 on 2012R2');
    assert.strictEqual(listed('2016-09-20'), 'CU3 on 2016');
  });

  it('installs the latest update released on or before asOf, on a Windows Server that update supports', () => {
    const to2019 = { sources: ['2016' as const], target: '2019' as const };
    // 2019 CU12 (2022-04-20) added Windows Server 2022; CU14 (2024-02-13) added 2025.
    assert.deepStrictEqual(installs({ ...to2019, asOf: '2022-04-20' }), ['CU12 on 2022']);
    assert.deepStrictEqual(installs({ ...to2019, asOf: '2024-02-12' }), ['CU13 on 2022']);
    assert.deepStrictEqual(installs({ ...to2019, asOf: '2024-02-13' }), ['CU14 on 2025']);
    assert.deepStrictEqual(installs({ ...to2019, asOf: '2025-02-10' }), ['CU15 on 2025']);
    // Next to Exchange 2013 it still stops at CU14 (2019 CU15 Setup refuses 2013).
    assert.deepStrictEqual(installs({ sources: ['2013'], target: '2019', asOf: '2025-02-10' }), ['CU14 on 2025']);
  });
});

describe('assistant: a plan the linter finds fault with is refused (the CLI passes lint)', () => {
  it('2010 public folders to Exchange Online need 2010 SP3 RU8 (2014-12-09): refused the day before, a runbook on it', () => {
    const pf = answers({ sources: ['2010'], mailboxes: 300, publicFolders: true });
    const before = newRunbook({ ...pf, asOf: '2014-12-08' }, { today: TODAY, lint });
    assert.ok(!before.ok);
    assert.deepStrictEqual(before.refusal, {
      reasonId: 'plan.problem',
      message:
        'on 2014-12-08 this plan cannot be carried out as written: public folders cannot be migrated from TT-EX10 (Exchange 2010 SP3 RU7) to Exchange Online: Exchange 2010 public folders need Exchange 2010 SP3 RU8 or later; update the server first',
    });
    const on = newRunbook({ ...pf, asOf: '2014-12-09' }, { today: TODAY, lint });
    assert.ok(on.ok);
    assert.deepStrictEqual(problemsOf(on.runbook), []);
    // Without the linter (the editor lints the runbook when it opens) the runbook is written.
    assert.ok(newRunbook({ ...pf, asOf: '2014-12-08' }, { today: TODAY }).ok);
  });
});

describe('assistant: names from an inventory', () => {
  it('a server or domain name with line breaks or control characters stays one quoted value', () => {
    const hostile = 'EX07\r  - name: INJ\n\u0085\u2028\u009b2J\u202eB\u001b]0;x\u0007';
    const runbook = generated({
      sources: ['2007'],
      inventory: {
        servers: [
          { name: 'EX07-MBX1', version: '2007', update: 'SP3 RU10', roles: ['mailbox'], mailboxes: 40 },
          { name: hostile, version: '2007', update: 'SP3 RU10', roles: ['mailbox'], mailboxes: 45 },
        ],
        domains: ['contoso.com], evil: [x', 'contoso\u001b.com'],
      },
    });
    assert.doesNotMatch(runbook.text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    const js = parseRunbook(runbook.text).doc!.toJS() as {
      organization: { domains: string[] };
      servers: { name: string }[];
    };
    assert.deepStrictEqual(
      js.servers.map((s) => s.name),
      ['EX07-MBX1', hostile],
    );
    assert.deepStrictEqual(js.organization.domains, ['contoso.com], evil: [x', 'contoso\u001b.com']);
  });
});
