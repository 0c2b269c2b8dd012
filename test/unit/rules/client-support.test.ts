// client-support: Outlook older than an Exchange version supports, judged at the version's
// first install (or at the oldest client in `outlookClients` when the target version is never
// installed); quiet without `outlookClients`.
import { PLATFORM } from '../../../src/core/knowledge/platform';
import { RuleTester, edit, yaml } from '../rule-tester';
import { onPremises } from './onprem-helpers';

/** Outlook `clients` in use (none: not said), the `target` version, and N0, N1… installed with each of `installs`. */
function plan(clients: string | undefined, installs: string[], target = '2016'): string {
  return onPremises({
    mailboxes: 10,
    organization: clients ? `outlookClients: [${clients}]\n` : undefined,
    servers: yaml`
      - name: OLD
        version: "2013"
        update: CU23
    `,
    version: target,
    steps: installs.map((v, i) => `- action: install-exchange\n  server: N${i}\n  version: "${v}"\n`).join(''),
  });
}
const SE_WITH_OLD_OUTLOOK = plan('"2010", "2013", "365"', ['SE'], 'SE');

// Edges: the finding's source, clients oldest first whatever their order, each version judged
// once, and a target that is no Exchange version.
new RuleTester().run('client-support', {
  valid: [
    { name: 'supported clients', code: plan('"2010", "365"', ['2016']) },
    { name: 'outlookClients not given', code: plan(undefined, ['2019'], '2019') },
    { name: 'Outlook 2007 with Exchange 2013', code: plan('"2007"', ['2013'], '2013') },
    {
      name: 'an Exchange Online target is not an Exchange version the clients must support',
      code: edit(plan('"2007"', []), '  platform: on-premises\n', '  platform: exchange-online\n'),
    },
  ],
  invalid: [
    {
      name: 'Outlook 2007 meets Exchange 2016: at the install',
      code: plan('"2007", "2013"', ['2016']),
      errors: [
        {
          message:
            'Exchange 2016 does not support Outlook 2007, which is in use here: the oldest Outlook it supports is Outlook 2010. Upgrade those clients before users move to Exchange 2016',
          line: 21,
          column: 18,
          endLine: 21,
          endColumn: 24,
          severity: 'warning',
          // The platform table's source.
          details: { source: PLATFORM['2016']!.outlookSource },
        },
      ],
      output: null,
    },
    {
      name: 'every client too old for SE',
      code: SE_WITH_OLD_OUTLOOK,
      errors: [
        {
          message:
            /^Exchange SE does not support Outlook 2010 and 2013, which is in use here: the oldest Outlook it supports is Outlook 2016\./,
        },
      ],
      output: null,
    },
    {
      name: 'every client too old for SE, in Swedish',
      code: SE_WITH_OLD_OUTLOOK,
      options: { locale: 'sv' },
      errors: [
        {
          message:
            /^Exchange SE stöder inte Outlook 2010 och 2013, som används här: den äldsta Outlook som stöds är Outlook 2016\./,
        },
      ],
      output: null,
    },
    {
      name: 'the target version never installed: at the oldest client in outlookClients',
      code: plan('"2016", "2007"', []) + '      - action: custom\n        title: nothing\n',
      errors: [
        {
          messageId: 'old',
          data: { version: '2016', clients: '2007', minimum: '2010' },
          line: 7,
          column: 28,
          endLine: 7,
          endColumn: 34,
        },
      ],
      output: null,
    },
    {
      name: 'the old clients named oldest first whatever their order in outlookClients',
      code: plan('"2013", "365", "2010"', ['SE'], 'SE'),
      errors: [{ message: /^Exchange SE does not support Outlook 2010 and 2013, which is in use here/ }],
      output: null,
    },
    {
      name: 'each version judged once: a second install of it is not reported again',
      code: plan('"2007"', ['2016', '2016']),
      errors: [{}],
      output: null,
    },
  ],
});
