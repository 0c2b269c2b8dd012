// decommission-with-data at its edges with Exchange Online (mutation run of 2026-12-06):
// what it leaves to public-folders and mail-flow-order in a runbook that goes to the
// tenant, and where it takes them back (another mailbox server remains, MX already moved,
// on premises); "it" and "them" by load.
import * as assert from 'assert';
import { fixAll } from '../../../src/core';
import { RuleTester } from '../rule-tester';
import { flowPlan } from './flow-plan';

const ONLINE = 'platform: exchange-online, method: cutover';
const ON_PREMISES = 'platform: on-premises, version: "2016"';

const plan = flowPlan;

// Exchange 2016 with the mailbox role also serves client access and transport.
const A = (extra = 'mailboxes: 0') => `{name: A, version: "2016", roles: [mailbox], ${extra}}`;
const B = '{name: B, version: "2016", roles: [mailbox], mailboxes: 0}';
const DECOMMISSION_A = '{action: decommission, server: A}';
const SWITCH_MX = '{action: switch-mx}';
const FIX = 'Insert the moves that empty A before its decommission';
/** A 2010 SP3 server's public folders to the only other server, a 2013 one, in a runbook dated `asOf`. */
const PF_2010_TO_2013 = (asOf: string) =>
  plan(
    'platform: on-premises, version: "2013"',
    [
      '{name: A, version: "2010", update: SP3, roles: [mailbox], mailboxes: 0, publicFolders: true}',
      '{name: B, version: "2013", roles: [mailbox], mailboxes: 0}',
    ],
    [DECOMMISSION_A],
  ).replace('title: t\n', `title: t\nasOf: ${asOf}\n`);
const hosting = (what: string, them = 'them') =>
  `A still hosts ${what} when it is decommissioned: Setup cannot uninstall a server with mailbox or public folder databases, ` +
  `and users and mail flow still depend on it. Move ${them} to another server first`;

new RuleTester().run('decommission-with-data', {
  valid: [
    {
      name: 'online: the last mailbox server before switch-mx; its client access and transport are mail-flow-order’s',
      code: plan(ONLINE, [A()], [DECOMMISSION_A, SWITCH_MX]),
    },
    {
      name: 'online: public folders are the public-folders rule’s (the last server, before switch-mx)',
      code: plan(ONLINE, [A('mailboxes: 0, publicFolders: true')], [DECOMMISSION_A, SWITCH_MX]),
    },
    {
      name: 'online: once MX points to Exchange Online the last server serves neither client access nor transport',
      code: plan(ONLINE, [A()], [SWITCH_MX, DECOMMISSION_A]),
    },
  ],
  invalid: [
    {
      name: 'online: another mailbox server remains, so client access and transport are this rule’s; public folders still are not',
      code: plan(ONLINE, [A('mailboxes: 0, publicFolders: true'), B], [DECOMMISSION_A, SWITCH_MX]),
      errors: [{ message: hosting('client access and transport (mail flow)'), fix: FIX }],
    },
    {
      name: 'online: client access moved back to the last server after switch-mx is this rule’s again (mail-flow-order judges only before MX moves)',
      code: plan(ONLINE, [A()], [SWITCH_MX, '{action: move-client-access, from: X, to: A}', DECOMMISSION_A]),
      errors: [{ message: hosting('client access', 'it') }],
    },
    {
      name: 'on premises: the last mailbox server’s client access and transport are this rule’s',
      code: plan(ON_PREMISES, [A(), '{name: C, version: "2016", roles: [edge]}'], [DECOMMISSION_A]),
      errors: [{ message: hosting('client access and transport (mail flow)') }],
      output: null,
    },
    {
      name: 'online: the last server with mailboxes before switch-mx: only its mailboxes, and they go to the tenant',
      code: plan(ONLINE, [A('mailboxes: 5')], [DECOMMISSION_A, SWITCH_MX]),
      errors: [
        {
          message:
            'A still hosts 5 mailboxes when it is decommissioned: Setup cannot uninstall a server with mailbox databases, and those mailboxes are not in Exchange Online yet. ' +
            'Complete their migration (the batch or the move) before this step',
        },
      ],
      output: null,
    },
    {
      name: 'on premises: public folders whose source needs 2010 SP3 RU8 first, the day before it came out (2014-12-09): no fix, and the message says why',
      code: PF_2010_TO_2013('2014-12-08'),
      errors: [
        {
          message:
            hosting('public folders') +
            '; no fix is offered: no update of Exchange 2010 at SP3 RU8 or later was released by 2014-12-08',
          fix: null,
        },
      ],
      output: null,
    },
    {
      name: 'on premises: the same on the day 2010 SP3 RU8 came out: the fix updates the source first',
      code: PF_2010_TO_2013('2014-12-09'),
      errors: [{ message: hosting('public folders'), fix: FIX }],
      output: (code) => {
        const fixed = fixAll(code, {}, 'decommission-with-data').text;
        assert.match(
          fixed,
          /action: update-server\n\s+server: A\n\s+update: SP3 RU8\n[^]*action: migrate-public-folders\n\s+from: A\n\s+to: B\n[^]*action: decommission, server: A/,
        );
        return fixed;
      },
    },
    {
      name: 'on premises: public folders alone are "them"',
      code: plan(
        ON_PREMISES,
        ['{name: A, version: "2010", roles: [mailbox], mailboxes: 0, publicFolders: true}', B],
        [DECOMMISSION_A],
      ),
      errors: [{ message: hosting('public folders'), fix: FIX }],
    },
  ],
});
