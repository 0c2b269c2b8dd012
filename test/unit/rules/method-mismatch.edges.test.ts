// method-mismatch at its edges (mutation run of 2026-12-06): every tenant-only action in an
// on-premises runbook, convert-to-mail-users by method, moves to the tenant by action, and
// which installs a hybrid migration accepts.
import { RuleTester } from '../rule-tester';
import { flowPlan } from './flow-plan';

const ON_PREMISES = 'platform: on-premises, version: "2016"';
const CUTOVER = 'platform: exchange-online, method: cutover';
const STAGED = 'platform: exchange-online, method: staged';
const HYBRID = 'platform: exchange-online, method: hybrid';
const EX13 = '{name: EX13, version: "2013", roles: [mailbox], mailboxes: 0}';
const TO_TENANT = (action: string) => `{action: ${action}, from: EX13, to: exchange-online}`;
const onPremises = (action: string) =>
  `\`${action}\` acts on Exchange Online, but this runbook’s target is on-premises Exchange 2016: remove the step, or change \`target\` to exchange-online`;
const convert = (method: string) =>
  `\`convert-to-mail-users\` belongs to a staged migration (it turns the migrated on-premises mailboxes into mail users), but this runbook is a ${method} migration`;

new RuleTester().run('method-mismatch', {
  valid: [
    {
      name: 'staged: convert-to-mail-users is its own step',
      code: flowPlan(STAGED, [EX13], ['{action: convert-to-mail-users}']),
    },
    {
      name: 'cutover: public folders migrated to the tenant are not a mailbox move',
      code: flowPlan(CUTOVER, [EX13], [TO_TENANT('migrate-public-folders')]),
    },
    {
      name: 'on premises: a move of client access or transport that names exchange-online is no move to the tenant (only mailboxes and public folders go there)',
      code: flowPlan(ON_PREMISES, [EX13], [TO_TENANT('move-client-access'), TO_TENANT('move-transport')]),
    },
    {
      name: 'staged: a `method` written on a step other than create-migration-batch is the schema’s finding, not a batch of another method',
      code: flowPlan(STAGED, [EX13], ['{action: start-migration-batch, batch: b, method: cutover}']),
    },
    {
      name: 'hybrid: an install marked as the hybrid server',
      code: flowPlan(HYBRID, [EX13], ['{action: install-exchange, server: HYB16, version: "2016", hybrid: true}']),
    },
  ],
  invalid: [
    ...[
      'start-migration-batch',
      'complete-migration-batch',
      'convert-to-mail-users',
      'assign-licenses',
      'run-hybrid-wizard',
    ].map((action) => ({
      name: `on premises: \`${action}\` acts on the tenant`,
      code: flowPlan(ON_PREMISES, [EX13], [`{action: ${action}}`]),
      errors: [{ message: onPremises(action) }],
      output: null,
    })),
    {
      name: 'on premises without a target version: "?" for it',
      code: flowPlan('platform: on-premises', [EX13], ['{action: switch-mx}']),
      errors: [
        {
          message:
            '`switch-mx` acts on Exchange Online, but this runbook’s target is on-premises Exchange ?: remove the step, or change `target` to exchange-online',
        },
      ],
      output: null,
    },
    {
      name: 'on premises: public folders migrated to the tenant',
      code: flowPlan(ON_PREMISES, [EX13], [TO_TENANT('migrate-public-folders')]),
      errors: [
        {
          message:
            'this step moves to Exchange Online, but the runbook’s target is on-premises Exchange 2016: move to a server of the organization instead',
        },
      ],
      output: null,
    },
    {
      name: 'cutover: convert-to-mail-users belongs to a staged migration',
      code: flowPlan(CUTOVER, [EX13], ['{action: convert-to-mail-users}']),
      errors: [{ message: convert('cutover') }],
      output: null,
    },
    {
      name: 'hybrid: convert-to-mail-users belongs to a staged migration',
      code: flowPlan(HYBRID, [EX13], ['{action: convert-to-mail-users}']),
      errors: [{ message: convert('hybrid') }],
      output: null,
    },
    {
      name: 'hybrid: an install neither marked hybrid nor named by the wizard',
      code: flowPlan(HYBRID, [EX13], ['{action: install-exchange, server: EX16, version: "2016", hybrid: false}']),
      errors: [
        {
          message:
            'a hybrid migration installs only hybrid servers, and EX16 is neither marked `hybrid: true` nor named by `run-hybrid-wizard`: mark it as the hybrid server, or remove the install',
        },
      ],
      output: null,
    },
  ],
});
