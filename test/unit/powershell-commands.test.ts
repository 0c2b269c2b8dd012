// A step's PowerShell (src/core/powershell): the runbook's values filled in and quoted so
// that no value can leave its string, a parameter (a placeholder on a terminal line) for
// every value the runbook lacks, manual instructions for what no cmdlet does.
import * as assert from 'assert';
import {
  parseRunbook,
  psString,
  renderCommand,
  stepCommandLines,
  stepCommands,
  type StepCommands,
} from '../../src/core';
import { ACTIONS } from '../../src/core/knowledge/actions';

const HEAD = `runbook: 1
title: T
organization: { name: C, mailboxes: 10, domains: [contoso.com, fabrikam.co.uk] }
servers:
  - { name: EX07, version: "2007", update: SP3 RU23 }
  - { name: EX10, version: "2010", update: SP3 }
target: { platform: on-premises, version: "2016" }
phases:
  - id: p
    title: P
    steps:
`;

/** The steps (YAML flow mappings, one a line) in a runbook, and each one's commands. */
function commandsOf(...steps: string[]): StepCommands[] {
  const parsed = parseRunbook(HEAD + steps.map((s) => `      - ${s}\n`).join(''));
  assert.deepStrictEqual(parsed.fatal, []);
  return parsed.steps.map((step) => stepCommands(parsed, step));
}

const lines = (...steps: string[]) => commandsOf(...steps).map((c) => stepCommandLines(c));

describe('PowerShell: a step’s commands', () => {
  it('fills in the step’s values: servers, batch, count', () => {
    assert.deepStrictEqual(lines('{ action: move-mailboxes, from: EX07, to: EX16, count: 100 }'), [
      ["Get-Mailbox -Server 'EX07' -ResultSize 100 | New-MoveRequest -TargetDatabase <TargetDatabase>"],
    ]);
    assert.deepStrictEqual(lines('{ action: start-migration-batch, batch: wave-1 }'), [
      ["Start-MigrationBatch -Identity 'wave-1'"],
    ]);
  });

  it('moves from several servers through one filter, the count taken over all of them', () => {
    assert.deepStrictEqual(lines('{ action: move-mailboxes, from: [EX07, EX10], to: EX16, count: 5 }'), [
      [
        "Get-Mailbox -ResultSize 'Unlimited' | Where-Object -FilterScript { @('EX07', 'EX10') -contains $_.ServerName } | Select-Object -First 5 | New-MoveRequest -TargetDatabase <TargetDatabase>",
      ],
    ]);
  });

  it('a count that is no positive whole number is not written: all mailboxes', () => {
    for (const count of ['0', '-3', '"all"', '1.5', '99999999999'])
      assert.deepStrictEqual(lines(`{ action: move-mailboxes, from: EX07, to: EX16, count: ${count} }`), [
        ["Get-Mailbox -Server 'EX07' -ResultSize 'Unlimited' | New-MoveRequest -TargetDatabase <TargetDatabase>"],
      ]);
    assert.deepStrictEqual(
      lines('{ action: move-mailboxes, from: EX07, to: EX16, count: 999999999 }')[0][0].split(' ')[4],
      '999999999',
    );
  });

  it('a value the runbook lacks is a parameter, never invented; on a terminal line a placeholder', () => {
    const [step] = commandsOf('{ action: start-migration-batch }');
    assert.deepStrictEqual(step.parameters, [
      { name: 'Step1Batch', label: 'Batch', type: 'string', description: 'Step 1: the name of the migration batch' },
    ]);
    assert.deepStrictEqual(stepCommandLines(step), ['Start-MigrationBatch -Identity <Batch>']);
  });

  it('values no runbook holds are parameters shared by every step that needs them', () => {
    const steps = commandsOf(
      '{ action: create-migration-endpoint }',
      '{ action: create-migration-batch, batch: w1, method: cutover }',
    );
    assert.deepStrictEqual(
      steps.map((s) => s.parameters.map((p) => `${p.name}:${p.type}`)),
      [
        ['MigrationCredential:credential', 'MigrationEndpoint:string', 'MigrationMailbox:string'],
        ['MigrationEndpoint:string'],
      ],
    );
    assert.deepStrictEqual(stepCommandLines(steps[1]), [
      "New-MigrationBatch -Name 'w1' -SourceEndpoint <MigrationEndpoint>",
    ]);
  });

  it('reads a staged batch’s CSV by its full path; without a csv the path is a parameter', () => {
    assert.deepStrictEqual(lines('{ action: create-migration-batch, batch: w1, method: staged, csv: wave 1.csv }'), [
      [
        "New-MigrationBatch -Name 'w1' -SourceEndpoint <MigrationEndpoint> -CSVData ([System.IO.File]::ReadAllBytes((Resolve-Path -LiteralPath 'wave 1.csv').ProviderPath))",
      ],
    ]);
    const [remote] = commandsOf('{ action: create-migration-batch, batch: w1, method: remote-move }');
    assert.deepStrictEqual(
      remote.parameters.map((p) => p.name),
      ['MigrationEndpoint', 'TargetDeliveryDomain', 'Step1Csv'],
    );
  });

  it('completes a hybrid batch, removes a cutover or staged one (after the MX switch)', () => {
    const [, , remote, staged, unknown] = lines(
      '{ action: create-migration-batch, batch: r, method: remote-move }',
      '{ action: create-migration-batch, batch: s, method: staged, csv: s.csv }',
      '{ action: complete-migration-batch, batch: r }',
      '{ action: complete-migration-batch, batch: s }',
      '{ action: complete-migration-batch, batch: nowhere }',
    );
    assert.deepStrictEqual(
      [remote, staged, unknown],
      [
        ["Complete-MigrationBatch -Identity 'r'"],
        ["Remove-MigrationBatch -Identity 's'"],
        ["Complete-MigrationBatch -Identity 'nowhere'"],
      ],
    );
  });

  it('Outlook Anywhere: enabled on 2007/2010 (found in servers or by its install step), set from 2013 on', () => {
    const [ex07, ex13, unknown] = lines(
      '{ action: configure-outlook-anywhere, server: ex07 }',
      '{ action: configure-outlook-anywhere, server: NEW13 }',
      '{ action: configure-outlook-anywhere, server: NOWHERE }',
      '{ action: install-exchange, server: new13, version: "2013" }',
    );
    assert.match(ex07[0], /^Enable-OutlookAnywhere -Server 'ex07' /);
    assert.match(ex13[0], /^Get-OutlookAnywhere -Server 'NEW13' \| Set-OutlookAnywhere /);
    assert.match(unknown[0], /^Get-OutlookAnywhere /);
  });

  it('client access on 2013 and earlier is Set-ClientAccessServer, from 2016 on Set-ClientAccessService', () => {
    const [to10, to16] = lines(
      '{ action: move-client-access, from: EX07, to: EX10 }',
      '{ action: move-client-access, from: EX07, to: EX16 }',
    );
    assert.match(to10[0], /^Set-ClientAccessServer -Identity 'EX10' /);
    assert.match(to16[0], /^Set-ClientAccessService -Identity 'EX16' /);
  });

  it('steps with no cmdlet are manual: Setup.exe with the values filled in, DNS per domain, checks', () => {
    const steps = commandsOf(
      '{ action: install-exchange, server: EX16, version: "2016", update: CU23, roles: [mailbox, edgeTransport] }',
      '{ action: switch-mx }',
      '{ action: custom, title: "Check\\nthe backups" }',
      '{ action: update-server }',
      '{ action: not-an-action, title: X }',
      '{ title: no action }',
    );
    assert.deepStrictEqual(
      steps.map((s) => s.manual),
      [true, true, true, true, true, true],
    );
    assert.deepStrictEqual(
      steps.map((s) => s.items.map((i) => (i.kind === 'manual' ? i.text : '?'))),
      [
        [
          'On EX16, from the Exchange 2016 CU23 media: Setup.exe /Mode:Install /Roles:Mailbox,EdgeTransport /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF',
        ],
        [
          'DNS for contoso.com: MX → contoso-com.mail.protection.outlook.com; CNAME autodiscover → autodiscover.outlook.com',
          'DNS for fabrikam.co.uk: MX → fabrikam-co-uk.mail.protection.outlook.com; CNAME autodiscover → autodiscover.outlook.com',
        ],
        ['Carry out by hand: Check the backups'],
        [
          'On <server>, from the <update> media: Setup.exe /Mode:Upgrade /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF',
        ],
        ['Carry out by hand: X'],
        ['Carry out by hand: no action'],
      ],
    );
    assert.deepStrictEqual(steps[0].parameters, []);
  });

  it('-WhatIf only on cmdlets that change something, and only when asked for', () => {
    const [step] = commandsOf('{ action: create-migration-endpoint, type: remote-move }');
    assert.deepStrictEqual(stepCommandLines(step, { whatIf: true }), [
      'Test-MigrationServerAvailability -ExchangeRemoteMove -RemoteServer <MrsProxyServer> -Credentials <MigrationCredential>',
      'New-MigrationEndpoint -ExchangeRemoteMove -Name <MigrationEndpoint> -RemoteServer <MrsProxyServer> -Credentials <MigrationCredential> -WhatIf',
    ]);
  });
});

describe('PowerShell: a command for the script', () => {
  it('writes parameters as variables, -WhatIf unless -Execute, CSVs relative to the runbook', () => {
    const [step] = commandsOf('{ action: create-migration-batch, batch: w1, method: staged, csv: w1.csv }');
    const item = step.items[0];
    assert.ok(item.kind === 'command');
    assert.strictEqual(
      renderCommand(item.pipeline, { mode: 'script' }),
      "New-MigrationBatch -Name 'w1' -SourceEndpoint $MigrationEndpoint -CSVData ([System.IO.File]::ReadAllBytes((Resolve-Path -LiteralPath (Join-Path -Path $RunbookFolder -ChildPath 'w1.csv')).ProviderPath)) -WhatIf:(-not $Execute)",
    );
  });
});

describe('PowerShell: hostile values', () => {
  it('single-quotes every value, doubling each of PowerShell’s five single-quote characters', () => {
    assert.strictEqual(psString("it's"), "'it''s'");
    assert.strictEqual(
      psString('a\u2018b\u2019c\u201ad\u201be'),
      "'a\u2018\u2018b\u2019\u2019c\u201a\u201ad\u201b\u201be'",
    );
    assert.strictEqual(psString('$(Remove-Item C:\\) `n "x"'), '\'$(Remove-Item C:\\) `n "x"\'');
    assert.strictEqual(psString(''), "''");
  });

  it('a batch name that tries to end its string stays one string', () => {
    const [line] = lines(`{ action: start-migration-batch, batch: "x'; Remove-Item -Recurse C:\\\\; '" }`);
    assert.deepStrictEqual(line, ["Start-MigrationBatch -Identity 'x''; Remove-Item -Recurse C:\\; '''"]);
    const [curly] = lines('{ action: start-migration-batch, batch: "x’; Stop-Computer; ’" }');
    assert.deepStrictEqual(curly, ["Start-MigrationBatch -Identity 'x’’; Stop-Computer; ’’'"]);
  });

  it('a value with a line break, an escape or a bidi control is not written: the script asks for it', () => {
    for (const hostile of [
      '"a\\nStop-Computer"',
      '"a\\rb"',
      '"a\\u001b[31mb"',
      '"a\\u202eb"',
      '"a\\u2028b"',
      '"a\\u0085b"',
    ])
      for (const [step] of [commandsOf(`{ action: start-migration-batch, batch: ${hostile} }`)]) {
        assert.deepStrictEqual(stepCommandLines(step), ['Start-MigrationBatch -Identity <Batch>'], hostile);
        assert.match(step.parameters[0].description, /cannot be written into a command/);
      }
  });

  it('a manual instruction is one comment line whatever the title holds', () => {
    const [step] = lines('{ action: custom, title: "a\\n#> Stop-Computer\\r\\nb\\u001b" }');
    assert.deepStrictEqual(step, ['# Carry out by hand: a # > Stop-Computer b<U+001B>']);
  });
});

describe('PowerShell: the commands come from the knowledge table', () => {
  // Cmdlets that only read or feed another (Get-, Select-, Where-) and the older names of a
  // table cmdlet are not in the table.
  const FEEDERS = /^(Get|Select|Where)-/;
  const ALSO = new Set(['Set-ClientAccessServer', 'Start-MigrationBatch', 'Remove-MigrationBatch']);
  const EXAMPLE: Record<string, string> = {
    'move-mailboxes': '{ action: move-mailboxes, from: EX07, to: EX16 }',
    'move-mailboxes-online': '{ action: move-mailboxes, from: EX07, to: exchange-online }',
  };

  it('every cmdlet a step runs is one the table names for its action', () => {
    for (const action of ACTIONS) {
      const fields = Object.entries(action.fields)
        .filter(([, f]) => f.example !== undefined)
        .map(([k, f]) => `${k}: ${JSON.stringify(f.example)}`);
      const variants = [`{ action: ${action.id}, ${fields.join(', ')} }`, EXAMPLE[action.id]].filter(
        Boolean,
      ) as string[];
      for (const variant of variants) {
        const [step] = commandsOf(variant);
        for (const item of step.items) {
          if (item.kind !== 'command') continue;
          for (const command of item.pipeline) {
            if (FEEDERS.test(command.cmdlet) || ALSO.has(command.cmdlet)) continue;
            assert.ok(
              action.commands.some((c) => c.text.split(' ')[0] === command.cmdlet),
              `${action.id}: ${command.cmdlet} is not in the table`,
            );
          }
        }
        if (action.commands.every((c) => !/^[A-Z][a-z]+-[A-Za-z]+/.test(c.text)))
          assert.strictEqual(step.manual, true, `${action.id} has no cmdlet in the table: manual`);
      }
    }
  });
});
