// schedule at its edges (issue 17): the end-of-support advice on the plan's first instant,
// and which servers it names (only those of the version whose support ends, all of them).
import { RuleTester, at, edit, yaml } from '../rule-tester';
import { VERSION_FACTS } from '../../../src/core/knowledge/versions';

// Exchange 2010's support ended on 2020-10-13: the first instant without it is
// 2020-10-14T00:00 in the plan's offset. The plan's steps take no time but the two given.
const plan = (start: string) => yaml`
  runbook: 1
  title: Contoso cutover
  asOf: 2020-10-01
  schedule:
    start: ${start}
  organization:
    name: Contoso
    mailboxes: 120
    domains: [contoso.com]
  servers:
    - name: CON-EX10
      version: "2010"
      update: SP3 RU32
      roles: [mailbox, clientAccess, hubTransport]
    - name: CON-EX16
      version: "2016"
      update: CU23
      roles: [mailbox]
    - name: CON-EX10B
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
        - action: verify-domain
          domain: contoso.com
          duration: 24h
        - action: create-migration-endpoint
          type: outlook-anywhere
          duration: 1h
`;

const past = plan('2020-10-13T00:00+02:00');

new RuleTester().run('schedule', {
  valid: [
    {
      name: 'a plan that starts on the first instant without support: the end-of-support rule judges that, not the calendar',
      code: plan('2020-10-14T00:00+02:00'),
    },
    {
      name: 'a plan that ends on the first instant without support',
      code: edit(past, '      duration: 1h\n', '      duration: 0h\n'),
    },
  ],
  invalid: [
    {
      name: 'a plan that starts one minute before it: both 2010 servers are named, not the 2016 one',
      code: plan('2020-10-13T23:59+02:00'),
      errors: [
        {
          message:
            'support for Exchange 2010 ends on 2020-10-13, while this step is planned (2020-10-13 23:59 +02:00 – 2020-10-14 23:59 +02:00) and the organization still runs CON-EX10, CON-EX10B on it; the plan ends 2020-10-15 00:59 +02:00: retire them before, or accept running unsupported',
          ...at(plan('2020-10-13T23:59+02:00'), 'action: verify-domain', 'verify-domain'),
          severity: 'info',
          details: { source: VERSION_FACTS['2010'].source },
        },
      ],
      output: null,
    },
    {
      name: 'a plan that runs one hour past it: the step running then is named',
      code: past,
      errors: [
        {
          message:
            /^support for Exchange 2010 ends on 2020-10-13, while this step is planned \(2020-10-14 00:00 \+02:00 – 2020-10-14 01:00 \+02:00\)/,
          ...at(past, 'action: create-migration-endpoint', 'create-migration-endpoint'),
        },
      ],
      output: null,
    },
  ],
});
