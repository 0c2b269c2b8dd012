// staged-source: a staged migration reads only Exchange 2003 and 2007 mailboxes (the
// finding at `target.method`, naming every newer server that hosts mailboxes).
import * as assert from 'assert';
import { RuleTester, yaml } from '../rule-tester';
import { STAGED, edit, findings } from './online-helpers';

new RuleTester().run('staged-source', {
  valid: [
    { name: 'Exchange 2007 mailboxes', code: STAGED },
    {
      name: 'Exchange 2003 mailboxes',
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
          version: "2003"
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
      name: 'a newer server without mailboxes (client access only)',
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
        - name: WT-EX10-CAS
          version: "2010"
          roles: [clientAccess]
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
  invalid: [
    {
      name: 'Exchange 2010 mailboxes, at target.method',
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
          version: "2010"
          update: SP3 RU32
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
            'a staged migration cannot move mailboxes from Exchange 2010 or later, but there are mailboxes on WT-EX07 (Exchange 2010 SP3 RU32): staged migration reads only Exchange 2003 and 2007; use a cutover migration (up to 2,000 mailboxes) or a hybrid migration',
          line: 15,
          column: 11,
          endColumn: 17,
          severity: 'error',
        },
      ],
      output: null,
    },
    {
      name: 'every newer server that hosts mailboxes in a mixed organization, in Swedish',
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
          mailboxes: 3
        - name: WT-EX13
          version: "2013"
          roles: [mailbox, clientAccess]
          mailboxes: 2
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
      options: { locale: 'sv' },
      errors: [
        {
          message:
            /^en stegvis migrering kan inte flytta postlådor från Exchange 2010 eller senare, men det finns postlådor på WT-EX13 \(Exchange 2013\):/,
          line: 20,
        },
      ],
      output: null,
    },
  ],
});

// Edges: a newer server judged by its mailboxes, and every one of them named in the finding's data.
describe('staged-source: edges', () => {
  it('a newer mailbox server is judged by its mailboxes: quiet at 0, reported from 1, every one named in data', () => {
    const newer = (n10: number, n13: number) =>
      edit(
        STAGED,
        '    roles: [mailbox, clientAccess, hubTransport]\n',
        '    roles: [mailbox, clientAccess, hubTransport]\n    mailboxes: 3\n' +
          `  - name: WT-EX10\n    version: "2010"\n    roles: [mailbox]\n    mailboxes: ${n10}\n` +
          `  - name: WT-EX13\n    version: "2013"\n    roles: [mailbox]\n    mailboxes: ${n13}\n`,
      );
    findings(newer(0, 0), 'staged-source', 0);
    assert.deepStrictEqual(findings(newer(1, 0), 'staged-source', 1)[0].data, { servers: ['WT-EX10'] });
    const [both] = findings(newer(1, 1), 'staged-source', 1);
    assert.deepStrictEqual(both.data, { servers: ['WT-EX10', 'WT-EX13'] });
    assert.match(both.message, /mailboxes on WT-EX10 \(Exchange 2010\), WT-EX13 \(Exchange 2013\): /);
  });
});
