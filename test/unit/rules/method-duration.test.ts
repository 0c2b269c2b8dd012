// method-duration: the steps' durations against how long the migration method is meant
// to take (a cutover a week, a staged migration a few weeks; 1d = 24 h, 1w = 7 d).
import * as assert from 'assert';
import { RuleTester, yaml } from '../rule-tester';
import { CUTOVER, STAGED, edit, findings } from './online-helpers';

new RuleTester().run('method-duration', {
  valid: [
    {
      name: 'a cutover of exactly a week',
      code: yaml`
      runbook: 1
      title: Contoso cutover
      asOf: 2026-11-23
      organization:
        name: Contoso
        mailboxes: 120
        domains: [contoso.com]
      servers:
        - name: CON-EX10
          version: "2010"
          update: SP3 RU32
          roles: [mailbox, clientAccess, hubTransport]
      target:
        platform: exchange-online
        method: cutover
      phases:
        - id: prepare
          title: Prepare
          steps:
            - action: configure-outlook-anywhere
              server: CON-EX10
              certificate: trusted
            - action: grant-migration-permissions
              account: admin@contoso.com
            - action: verify-domain
              domain: contoso.com
            - action: create-migration-endpoint
              type: outlook-anywhere
        - id: migrate
          title: Migrate
          steps:
            - action: create-migration-batch
              batch: all
              method: cutover
            - action: start-migration-batch
              batch: all
            - action: switch-mx
              duration: 7d
            - action: complete-migration-batch
              batch: all
            - action: assign-licenses
            - action: decommission
              server: CON-EX10
    `,
    },
    {
      name: 'a hybrid migration of any length',
      code: yaml`
      runbook: 1
      title: Northwind hybrid
      asOf: 2019-09-01
      organization:
        name: Northwind
        mailboxes: 1800
        domains: [northwindtraders.com]
      servers:
        - name: NT-EX07
          version: "2007"
          update: SP3 RU23
          roles: [mailbox, clientAccess, hubTransport]
      target:
        platform: exchange-online
        method: hybrid
      phases:
        - id: hybrid-server
          title: Hybrid server
          steps:
            - action: prepare-schema
              version: "2013"
            - action: prepare-ad
              version: "2013"
            - action: install-exchange
              server: NT-HYB13
              version: "2013"
              update: CU23
              roles: [mailbox, clientAccess]
              hybrid: true
        - id: hybrid
          title: Hybrid
          steps:
            - action: verify-domain
              domain: northwindtraders.com
            - action: configure-directory-sync
            - action: grant-migration-permissions
              account: admin@northwindtraders.com
            - action: run-hybrid-wizard
              server: NT-HYB13
            - action: create-migration-endpoint
              type: remote-move
            - action: move-mailboxes
              from: NT-EX07
              to: exchange-online
            - action: switch-mx
              duration: 30w
    `,
    },
  ],
  invalid: [
    {
      name: 'a cutover whose durations add up to more than a week, at target.method',
      code: yaml`
      runbook: 1
      title: Contoso cutover
      asOf: 2026-11-23
      organization:
        name: Contoso
        mailboxes: 120
        domains: [contoso.com]
      servers:
        - name: CON-EX10
          version: "2010"
          update: SP3 RU32
          roles: [mailbox, clientAccess, hubTransport]
      target:
        platform: exchange-online
        method: cutover
      phases:
        - id: prepare
          title: Prepare
          steps:
            - action: configure-outlook-anywhere
              server: CON-EX10
              certificate: trusted
            - action: grant-migration-permissions
              account: admin@contoso.com
            - action: verify-domain
              domain: contoso.com
            - action: create-migration-endpoint
              type: outlook-anywhere
        - id: migrate
          title: Migrate
          steps:
            - action: create-migration-batch
              batch: all
              method: cutover
            - action: start-migration-batch
              batch: all
              duration: 1w
            - action: switch-mx
              duration: 12h
            - action: complete-migration-batch
              batch: all
            - action: assign-licenses
            - action: decommission
              server: CON-EX10
    `,
      errors: [
        {
          message:
            'the steps’ durations add up to 7.5 days (calendar time), but a cutover migration is meant to take a week or less (7 days); plan a staged or hybrid migration, or check the durations',
          line: 15,
          column: 11,
          endColumn: 18,
          severity: 'info',
        },
      ],
      output: null,
    },
    {
      name: 'a staged migration longer than four weeks, in Swedish with a decimal comma',
      code: yaml`
      runbook: 1
      title: Wingtip staged
      asOf: 2026-11-23
      organization:
        name: Wingtip
        mailboxes: 5
        domains: [wingtiptoys.com]
      servers:
        - name: WT-EX07
          version: "2007"
          update: SP3 RU23
          roles: [mailbox, clientAccess, hubTransport]
      target:
        platform: exchange-online
        method: staged
      phases:
        - id: prepare
          title: Prepare
          steps:
            - action: configure-outlook-anywhere
              server: WT-EX07
              certificate: trusted
            - action: grant-migration-permissions
              account: admin@wingtiptoys.com
            - action: verify-domain
              domain: wingtiptoys.com
            - action: configure-directory-sync
            - action: create-migration-endpoint
              type: outlook-anywhere
        - id: waves
          title: Waves
          steps:
            - action: create-migration-batch
              batch: wave-1
              method: staged
              csv: staged-wave1.csv
            - action: start-migration-batch
              batch: wave-1
              duration: 3w
            - action: convert-to-mail-users
              batch: wave-1
            - action: create-migration-batch
              batch: wave-2
              method: staged
              csv: staged-wave2.csv
            - action: start-migration-batch
              batch: wave-2
              duration: 7d
            - action: convert-to-mail-users
              batch: wave-2
            - action: switch-mx
              duration: 36h
            - action: complete-migration-batch
              batch: wave-1
            - action: complete-migration-batch
              batch: wave-2
            - action: decommission
              server: WT-EX07
    `,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'stegens varaktighet blir sammanlagt 29,5 dagar (kalendertid), men en stegvis migrering ska ta några veckor (högst 28 dagar); överväg en hybridmigrering, eller kontrollera varaktigheterna',
          line: 15,
        },
      ],
      output: null,
    },
  ],
});

// Edges: the sum of several steps at the method's limit, and the units read in any case.
describe('method-duration: edges', () => {
  /** Two steps with durations (a custom step, then switch-mx) where the runbook has switch-mx. */
  const withDurations = (base: string, first: string, second: string) =>
    edit(
      base,
      '      - action: switch-mx\n',
      `      - action: custom\n        title: Prepare\n        duration: ${first}\n      - action: switch-mx\n        duration: ${second}\n`,
    );

  it('cutover: one hour past a week (durations of several steps summed) is noted, with the hours as data', () => {
    findings(withDurations(CUTOVER, '6d', '24h'), 'method-duration', 0);
    const [f] = findings(withDurations(CUTOVER, '6d', '25h'), 'method-duration', 1);
    assert.deepStrictEqual(f.data, { hours: 169 });
  });

  it('staged: quiet at exactly 28 days, noted one hour past them', () => {
    findings(withDurations(STAGED, '3w', '7d'), 'method-duration', 0);
    const [f] = findings(withDurations(STAGED, '3w', '169h'), 'method-duration', 1);
    assert.match(f.message, /a staged migration is meant to take a few weeks \(up to 28 days\)/);
  });

  it('reads the unit in any case (1W = 1w, 2D = 2d) and leaves out what is no duration', () => {
    const [f] = findings(withDurations(CUTOVER, '1W', '2D'), 'method-duration', 1);
    assert.deepStrictEqual(f.data, { hours: 216 });
    findings(withDurations(CUTOVER, '1 week', '8 days'), 'method-duration', 0);
  });
});
