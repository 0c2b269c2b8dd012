import { RuleTester, yaml } from '../rule-tester';
import { CUTOVER, HYBRID_2007, STAGED, at, edit } from './online-helpers';

const SWITCH = '      - action: switch-mx\n';
const CONVERT = (batch: string) => `      - action: convert-to-mail-users\n        batch: ${batch}\n`;
const COMPLETE = (batch: string) => `      - action: complete-migration-batch\n        batch: ${batch}\n`;
/** The line `switch-mx` is on, as the messages name it. */
const switchLine = (text: string) => at(text, '- action: switch-mx').line;
const completeAt = (text: string, batch: string) =>
  at(text, `- action: complete-migration-batch\n        batch: ${batch}`, 'action: complete-migration-batch');

/** CUTOVER with switch-mx moved after assign-licenses, behind the batch's completion. */
const CUTOVER_LATE_MX = edit(
  CUTOVER,
  SWITCH,
  '',
  '      - action: assign-licenses\n',
  `      - action: assign-licenses\n${SWITCH}`,
);
const STAGED_NO_MX = edit(STAGED, SWITCH, '', CONVERT('wave-1'), '', CONVERT('wave-2'), '');
// MX moves to the very end; each batch is completed right after its conversion step (Microsoft's PowerShell procedure).
const EARLY = edit(
  STAGED,
  SWITCH + COMPLETE('wave-1') + COMPLETE('wave-2'),
  '',
  CONVERT('wave-1'),
  CONVERT('wave-1') + COMPLETE('wave-1'),
  CONVERT('wave-2'),
  CONVERT('wave-2') + COMPLETE('wave-2'),
  '      - action: decommission\n',
  SWITCH + '      - action: decommission\n',
);
const NOT_CONVERTED = edit(EARLY, CONVERT('wave-1') + COMPLETE('wave-1'), COMPLETE('wave-1') + CONVERT('wave-1'));
const HYBRID_LAST_GONE = edit(
  HYBRID_2007,
  SWITCH,
  '      - action: decommission\n        server: NT-HYB13\n      - action: decommission\n        server: NT-EX07\n' +
    SWITCH,
);
/** Server A (Exchange 2013, `roles`, `mailboxes`) decommissioned before switch-mx, in a runbook whose target is `target`. */
const only = (roles: string, mailboxes: number, target = 'platform: exchange-online, method: cutover') => yaml`
  runbook: 1
  title: t
  organization: {name: o, mailboxes: 0}
  servers:
    - name: A
      version: "2013"
      roles: [${roles}]
      mailboxes: ${mailboxes}
  target: {${target}}
  phases:
    - id: p
      title: P
      steps:
        - action: decommission
          server: A
        - action: switch-mx
`;

new RuleTester().run('mail-flow-order', {
  valid: [
    { name: 'a cutover in the documented order', code: CUTOVER },
    { name: 'a staged migration in the documented order', code: STAGED },
    {
      name: 'a hybrid migration may decommission a server while another mailbox server remains',
      code: edit(HYBRID_2007, SWITCH, '      - action: decommission\n        server: NT-EX07\n' + SWITCH),
    },
    {
      name: 'on premises',
      code: yaml`
        runbook: 1
        title: t
        organization: {name: o, mailboxes: 0}
        servers:
          - name: A
            version: "2013"
            mailboxes: 0
          - name: B
            version: "2016"
            mailboxes: 0
        target: {platform: on-premises, version: "2016"}
        phases:
          - id: p
            title: P
            steps:
              - action: decommission
                server: A
      `,
    },
    { name: 'a staged batch completed once a convert-to-mail-users naming it came before', code: EARLY },
    {
      name: "a staged batch completed after a convert-to-mail-users without a batch that follows the batch's creation",
      code: edit(EARLY, CONVERT('wave-2'), '      - action: convert-to-mail-users\n'),
    },
    {
      name: 'the last server left to decommission-with-data while mailboxes are on it (one is enough)',
      code: only('mailbox', 1),
    },
    { name: 'the last server without the mailbox role', code: only('clientAccess', 0) },
    { name: 'the last server, on premises', code: only('mailbox', 0, 'platform: on-premises, version: "2016"') },
  ],
  invalid: [
    {
      name: 'a cutover batch completed before switch-mx, naming where switch-mx is',
      code: CUTOVER_LATE_MX,
      errors: [
        {
          ...completeAt(CUTOVER_LATE_MX, 'all'),
          severity: 'error',
          message: `the cutover batch \`all\` is completed before MX points to Microsoft 365 (\`switch-mx\` comes later, on line ${switchLine(CUTOVER_LATE_MX)}): completing stops the sync, so mail that still arrives on premises is left behind; switch MX first and complete the batch about 72 hours later`,
        },
      ],
      output: null,
    },
    {
      name: 'staged batches completed with no switch-mx and no conversion at all, in Swedish',
      code: STAGED_NO_MX,
      options: { locale: 'sv' },
      errors: [
        {
          ...completeAt(STAGED_NO_MX, 'wave-1'),
          message:
            'batchen `wave-1` (stegvis migrering) slutförs innan dess användare har konverterats till e-postanvändare och innan MX pekar på Microsoft 365 (körboken har inget `switch-mx`-steg): slutförandet stoppar synkroniseringen, så e-post som fortfarande kommer till den lokala miljön blir kvar; konvertera batchens användare först (`convert-to-mail-users`), eller byt MX först och slutför batchen ungefär 72 timmar senare',
        },
        {},
        {
          // The last mailbox server goes while MX still points at it.
          ...at(STAGED_NO_MX, '- action: decommission', 'action: decommission'),
          message: /^WT-EX07 är den sista lokala postlådeservern och avvecklas innan MX pekar på Microsoft 365/,
        },
      ],
      output: null,
    },
    {
      name: 'a staged batch completed before switch-mx while its users are not converted yet (exchange-facts.md section 0)',
      code: NOT_CONVERTED,
      errors: [
        {
          ...completeAt(NOT_CONVERTED, 'wave-1'),
          message: `the staged batch \`wave-1\` is completed before its users are converted to mail users and before MX points to Microsoft 365 (\`switch-mx\` comes later, on line ${switchLine(NOT_CONVERTED)}): completing stops the sync, so mail that still arrives on premises is left behind; convert the batch's users first (\`convert-to-mail-users\`), or switch MX first and complete the batch about 72 hours later`,
        },
      ],
      output: null,
    },
    {
      name: 'a staged batch completed before switch-mx after the conversion of another batch',
      code: edit(EARLY, CONVERT('wave-2') + COMPLETE('wave-2'), CONVERT('wave-1') + COMPLETE('wave-2')),
      errors: [{}],
      output: null,
    },
    {
      name: 'a staged batch completed before switch-mx after a conversion that came before the batch existed',
      code: edit(
        EARLY,
        CONVERT('wave-2'),
        '',
        '      - action: create-migration-batch\n        batch: wave-2\n',
        '      - action: convert-to-mail-users\n      - action: create-migration-batch\n        batch: wave-2\n',
      ),
      errors: [{}],
      output: null,
    },
    {
      name: 'cutover is unchanged: a conversion does not allow completing before switch-mx',
      code: edit(
        CUTOVER_LATE_MX,
        '      - action: complete-migration-batch\n',
        '      - action: convert-to-mail-users\n      - action: complete-migration-batch\n',
      ),
      errors: [{ message: /^the cutover batch `all` is completed before MX/ }],
      output: null,
    },
    {
      name: 'the last on-premises mailbox server decommissioned before switch-mx',
      code: HYBRID_LAST_GONE,
      errors: [
        {
          ...at(HYBRID_LAST_GONE, '- action: decommission\n        server: NT-EX07', 'action: decommission'),
          message: `NT-EX07 is the last on-premises mailbox server and is decommissioned before MX points to Microsoft 365 (\`switch-mx\` comes later, on line ${switchLine(HYBRID_LAST_GONE)}): mail would still arrive at an organization with nowhere to deliver it; switch MX first`,
        },
      ],
      output: null,
    },
    {
      name: 'the last mailbox server, with no mailboxes left, decommissioned before switch-mx',
      code: only('mailbox', 0),
      errors: [{ message: /^A is the last on-premises mailbox server .*on line 16\)/ }],
      output: null,
    },
  ],
});
