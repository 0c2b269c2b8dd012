// client-support at its edges (issue 17): a client name that is no Outlook version is not
// judged (not "older than" anything), and only an install step judges its version (another
// step carrying `version` leaves the judging to the end, at the list of clients).
import { at, edit, RuleTester } from '../rule-tester';
import { flowPlan } from './flow-plan';

const OLD = '{name: OLD, version: "2013", update: CU23}';
const plan = (clients: string, action: string) =>
  edit(
    flowPlan('platform: on-premises, version: "2016"', [OLD], [`{action: ${action}, version: "2016"}`]),
    'organization: {name: o, mailboxes: 0}',
    `organization: {name: o, mailboxes: 10, outlookClients: ${clients}}`,
  );
const OLDEST_CLIENT = plan('["2016", "2007"]', 'prepare-schema');
const AT_INSTALL = plan('["2016", "2007"]', 'install-exchange');

new RuleTester().run('client-support', {
  valid: [
    { name: 'an unknown client name next to supported ones', code: plan('["Outlook 97", "2016"]', 'install-exchange') },
    { name: 'an unknown client name alone', code: plan('["97"]', 'install-exchange') },
  ],
  invalid: [
    {
      name: 'a prepare-schema step with the version: judged at the end, at the oldest client',
      code: OLDEST_CLIENT,
      errors: [{ message: /^Exchange 2016 does not support Outlook 2007,/, ...at(OLDEST_CLIENT, '"2007"') }],
      output: null,
    },
    {
      name: 'the same clients with an install: judged at the install',
      code: AT_INSTALL,
      errors: [
        { message: /^Exchange 2016 does not support Outlook 2007,/, line: at(AT_INSTALL, 'install-exchange').line },
      ],
      output: null,
    },
  ],
});
