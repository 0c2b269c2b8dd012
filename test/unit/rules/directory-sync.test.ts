// directory-sync: a cutover needs directory sync off when its batch runs; staged and hybrid
// migrations need it on by their first batch or move. The fix turns it off (or on) there.
import * as assert from 'assert';
import { RuleTester, yaml } from '../rule-tester';
import { CUTOVER, HYBRID_2007, STAGED, edit, findings } from './online-helpers';

new RuleTester().run('directory-sync', {
  valid: [
    { name: 'a cutover without directory sync', code: CUTOVER },
    { name: 'a staged migration with directory sync on', code: STAGED },
    { name: 'a hybrid migration with directory sync on', code: HYBRID_2007 },
    {
      name: 'a cutover that turns directory sync off before the batch',
      code: yaml`
        runbook: 1
        title: Contoso cutover
        asOf: 2026-11-23
        organization:
          name: Contoso
          mailboxes: 120
          domains: [contoso.com]
          directorySync: true
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
              - action: configure-directory-sync
                enabled: false
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
              - action: complete-migration-batch
                batch: all
              - action: assign-licenses
              - action: decommission
                server: CON-EX10
      `,
    },
    {
      name: 'a cutover that turns directory sync on after the batch (the normal next step)',
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
              - action: complete-migration-batch
                batch: all
              - action: assign-licenses
              - action: configure-directory-sync
              - action: decommission
                server: CON-EX10
      `,
    },
  ],
  invalid: [
    {
      name: 'a cutover with directory sync on: at organization.directorySync',
      code: yaml`
        runbook: 1
        title: Contoso cutover
        asOf: 2026-11-23
        organization:
          name: Contoso
          mailboxes: 120
          domains: [contoso.com]
          directorySync: true
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
              - action: complete-migration-batch
                batch: all
              - action: assign-licenses
              - action: decommission
                server: CON-EX10
      `,
      errors: [
        {
          message:
            'directory sync is on when the cutover batch `all` (line 33) runs: a cutover migration creates the cloud accounts itself, and Microsoft requires directory sync to be turned off first',
          line: 8,
          column: 18,
          endColumn: 22,
          severity: 'error',
        },
      ],
      output: yaml`
        runbook: 1
        title: Contoso cutover
        asOf: 2026-11-23
        organization:
          name: Contoso
          mailboxes: 120
          domains: [contoso.com]
          directorySync: true
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
              - action: configure-directory-sync
                enabled: false
              - action: create-migration-batch
                batch: all
                method: cutover
              - action: start-migration-batch
                batch: all
              - action: switch-mx
              - action: complete-migration-batch
                batch: all
              - action: assign-licenses
              - action: decommission
                server: CON-EX10
      `,
    },
    {
      name: 'a cutover whose configure-directory-sync step turns it on: at that step, in Swedish',
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
              - action: configure-directory-sync
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
              - action: complete-migration-batch
                batch: all
              - action: assign-licenses
              - action: decommission
                server: CON-EX10
      `,
      options: { locale: 'sv' },
      errors: [
        {
          message: /^katalogsynkronisering är påslagen när den snabba migreringens batch `all` \(rad 33\) körs/,
          line: 25,
          column: 9,
          endColumn: 41,
        },
      ],
      output: yaml`
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
              - action: configure-directory-sync
              - action: verify-domain
                domain: contoso.com
              - action: create-migration-endpoint
                type: outlook-anywhere
          - id: migrate
            title: Migrate
            steps:
              - action: configure-directory-sync
                enabled: false
              - action: create-migration-batch
                batch: all
                method: cutover
              - action: start-migration-batch
                batch: all
              - action: switch-mx
              - action: complete-migration-batch
                batch: all
              - action: assign-licenses
              - action: decommission
                server: CON-EX10
      `,
    },
    {
      name: 'a staged migration without directory sync: at the first batch',
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
              - action: convert-to-mail-users
                batch: wave-1
              - action: create-migration-batch
                batch: wave-2
                method: staged
                csv: staged-wave2.csv
              - action: start-migration-batch
                batch: wave-2
              - action: convert-to-mail-users
                batch: wave-2
              - action: switch-mx
              - action: complete-migration-batch
                batch: wave-1
              - action: complete-migration-batch
                batch: wave-2
              - action: decommission
                server: WT-EX07
      `,
      errors: [
        {
          message:
            'directory sync is not on by this staged migration step: the cloud accounts of a staged migration come from directory sync (Microsoft Entra Connect), and Exchange Online checks that it is enabled; configure it before the first batch',
          line: 32,
          column: 9,
          endColumn: 39,
        },
      ],
      output: yaml`
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
              - action: create-migration-endpoint
                type: outlook-anywhere
          - id: waves
            title: Waves
            steps:
              - action: configure-directory-sync
                enabled: true
              - action: create-migration-batch
                batch: wave-1
                method: staged
                csv: staged-wave1.csv
              - action: start-migration-batch
                batch: wave-1
              - action: convert-to-mail-users
                batch: wave-1
              - action: create-migration-batch
                batch: wave-2
                method: staged
                csv: staged-wave2.csv
              - action: start-migration-batch
                batch: wave-2
              - action: convert-to-mail-users
                batch: wave-2
              - action: switch-mx
              - action: complete-migration-batch
                batch: wave-1
              - action: complete-migration-batch
                batch: wave-2
              - action: decommission
                server: WT-EX07
      `,
    },
    {
      name: 'a hybrid migration without directory sync: at the first move',
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
      `,
      errors: [{ line: 41, column: 9, endColumn: 31 }],
      output: yaml`
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
              - action: grant-migration-permissions
                account: admin@northwindtraders.com
              - action: run-hybrid-wizard
                server: NT-HYB13
              - action: create-migration-endpoint
                type: remote-move
              - action: configure-directory-sync
                enabled: true
              - action: move-mailboxes
                from: NT-EX07
                to: exchange-online
              - action: switch-mx
      `,
    },
    {
      name: 'directory sync turned off between two staged batches: at the second batch',
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
              - action: convert-to-mail-users
                batch: wave-1
              - action: configure-directory-sync
                enabled: false
              - action: create-migration-batch
                batch: wave-2
                method: staged
                csv: staged-wave2.csv
              - action: start-migration-batch
                batch: wave-2
              - action: convert-to-mail-users
                batch: wave-2
              - action: switch-mx
              - action: complete-migration-batch
                batch: wave-1
              - action: complete-migration-batch
                batch: wave-2
              - action: decommission
                server: WT-EX07
      `,
      errors: [{ line: 43, column: 9, endColumn: 39 }],
      output: yaml`
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
              - action: convert-to-mail-users
                batch: wave-1
              - action: configure-directory-sync
                enabled: false
              - action: configure-directory-sync
                enabled: true
              - action: create-migration-batch
                batch: wave-2
                method: staged
                csv: staged-wave2.csv
              - action: start-migration-batch
                batch: wave-2
              - action: convert-to-mail-users
                batch: wave-2
              - action: switch-mx
              - action: complete-migration-batch
                batch: wave-1
              - action: complete-migration-batch
                batch: wave-2
              - action: decommission
                server: WT-EX07
      `,
    },
  ],
});

describe('directory-sync: fix titles', () => {
  it('says which way the fix turns directory sync', () => {
    const on = edit(CUTOVER, '  domains: [contoso.com]\n', '  domains: [contoso.com]\n  directorySync: true\n');
    assert.strictEqual(
      findings(on, 'directory-sync', 1)[0].fix?.title,
      'Turn directory sync off before the cutover batch',
    );
    const off = edit(STAGED, '      - action: configure-directory-sync\n', '');
    assert.strictEqual(
      findings(off, 'directory-sync', 1)[0].fix?.title,
      'Turn directory sync on before the first batch',
    );
  });
});
