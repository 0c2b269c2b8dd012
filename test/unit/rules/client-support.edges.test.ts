// client-support at its edges (issue 17): a client name that is no Outlook version is not
// judged (not "older than" anything), and only an install step judges its version (another
// step carrying `version` leaves the judging to the end, at the list of clients).
import { RuleTester, yaml } from '../rule-tester';

const plan = (clients: string, step: string) => yaml`
  runbook: 1
  title: Test
  asOf: 2024-01-15
  organization:
    name: Contoso
    mailboxes: 10
    outlookClients: ${clients}
  servers:
    - name: OLD
      version: "2013"
      update: CU23
  target:
    platform: on-premises
    version: "2016"
  phases:
    - id: go
      title: Go
      steps:
        - action: ${step}
          version: "2016"
`;

new RuleTester().run('client-support', {
  valid: [
    { name: 'an unknown client name next to supported ones', code: plan('["Outlook 97", "2016"]', 'install-exchange') },
    { name: 'an unknown client name alone', code: plan('["97"]', 'install-exchange') },
  ],
  invalid: [
    {
      name: 'a prepare-schema step with the version: judged at the end, at the oldest client',
      code: plan('["2016", "2007"]', 'prepare-schema'),
      errors: [{ message: /^Exchange 2016 does not support Outlook 2007,/, line: 7, column: 28, endColumn: 34 }],
      output: null,
    },
    {
      name: 'the same clients with an install: judged at the install',
      code: plan('["2016", "2007"]', 'install-exchange'),
      errors: [{ message: /^Exchange 2016 does not support Outlook 2007,/, line: 20 }],
      output: null,
    },
  ],
});
