import { RuleTester } from '../rule-tester';
import { CUTOVER, HYBRID_2007, ON_PREMISES, STAGED, STAGED_BATCH_IN_CUTOVER, at, edit } from './online-helpers';

const ONLINE_ON_PREMISES =
  ON_PREMISES +
  '      - action: switch-mx\n      - action: create-migration-batch\n        batch: b\n        method: remote-move\n';
const MOVE_ONLINE = edit(ON_PREMISES, 'to: FAB-EX16', 'to: exchange-online');
const HYBRID_IN_CUTOVER = edit(
  CUTOVER,
  '      - action: verify-domain\n',
  '      - action: install-exchange\n        server: CON-EX13\n        version: "2013"\n      - action: verify-domain\n',
  'method: cutover\n      - action: start',
  'method: remote-move\n      - action: start',
  '      - action: assign-licenses\n',
  '      - action: assign-licenses\n      - action: run-hybrid-wizard\n        server: CON-EX10\n',
);
const IN_STAGED = edit(
  STAGED,
  '      - action: switch-mx\n',
  '      - action: move-mailboxes\n        from: WT-EX07\n        to: exchange-online\n      - action: switch-mx\n',
  'method: staged\n        csv: staged-wave2.csv',
  'method: cutover',
);
const IN_HYBRID = edit(
  HYBRID_2007,
  '      - action: switch-mx\n',
  '      - action: install-exchange\n        server: NT-EX13-02\n        version: "2013"\n      - action: create-migration-batch\n        batch: w\n        method: staged\n        csv: staged-wave1.csv\n      - action: convert-to-mail-users\n      - action: switch-mx\n',
);
const NAMED_BY_WIZARD = edit(HYBRID_2007, '        hybrid: true\n', '');

new RuleTester().run('method-mismatch', {
  valid: [
    { name: 'a cutover', code: CUTOVER },
    { name: 'a staged migration', code: STAGED },
    { name: 'on premises', code: ON_PREMISES },
    { name: 'a server the wizard names is a hybrid server', code: NAMED_BY_WIZARD },
    {
      name: 'Outlook Anywhere and permissions fit every method',
      code: edit(
        NAMED_BY_WIZARD,
        '      - action: switch-mx\n',
        '      - action: configure-outlook-anywhere\n        server: NT-HYB13\n        certificate: trusted\n      - action: switch-mx\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'online actions in an on-premises runbook, at the action',
      code: ONLINE_ON_PREMISES,
      errors: [
        {
          ...at(ONLINE_ON_PREMISES, '- action: switch-mx', 'switch-mx'),
          severity: 'error',
          message:
            '`switch-mx` acts on Exchange Online, but this runbook’s target is on-premises Exchange 2016: remove the step, or change `target` to exchange-online',
        },
        { ...at(ONLINE_ON_PREMISES, '- action: create-migration-batch', 'create-migration-batch') },
      ],
      output: null,
    },
    {
      name: 'a move to exchange-online in an on-premises runbook, at `to`',
      code: MOVE_ONLINE,
      options: { locale: 'sv' },
      errors: [
        {
          ...at(MOVE_ONLINE, 'to: exchange-online', 'exchange-online'),
          message:
            'steget flyttar till Exchange Online, men körbokens mål är lokala Exchange 2016: flytta till en server i organisationen i stället',
        },
      ],
      output: null,
    },
    {
      name: 'install-exchange and the hybrid wizard in a cutover, and a batch of another method',
      code: HYBRID_IN_CUTOVER,
      errors: [
        {
          ...at(HYBRID_IN_CUTOVER, '- action: install-exchange', 'install-exchange'),
          message:
            '`install-exchange` belongs to a hybrid deployment, but this runbook is a cutover migration, which needs no on-premises server installed or configured for hybrid: remove the step, or change `target.method` to hybrid',
        },
        {
          ...at(HYBRID_IN_CUTOVER, 'method: remote-move', 'remote-move'),
          message: 'a `remote-move` batch in a cutover migration: this runbook’s batches are `cutover` batches',
        },
        {
          ...at(HYBRID_IN_CUTOVER, '- action: run-hybrid-wizard', 'run-hybrid-wizard'),
          message: /^`run-hybrid-wizard` belongs to a hybrid deployment, but this runbook is a cutover migration/,
        },
      ],
      output: null,
    },
    {
      name: 'a staged batch in a cutover (online-prerequisites leaves it to this rule)',
      code: STAGED_BATCH_IN_CUTOVER,
      errors: [{}],
      output: null,
    },
    {
      name: 'remote moves and cutover batches in a staged runbook',
      code: IN_STAGED,
      errors: [
        { ...at(IN_STAGED, 'method: cutover', 'cutover') },
        {
          ...at(IN_STAGED, 'to: exchange-online', 'exchange-online'),
          message:
            'a mailbox move to Exchange Online is a hybrid remote move, but this runbook is a staged migration: migrate with `staged` migration batches instead',
        },
      ],
      output: null,
    },
    {
      name: 'a non-hybrid install, a staged batch and convert-to-mail-users in a hybrid runbook',
      code: IN_HYBRID,
      errors: [
        {
          ...at(IN_HYBRID, '- action: install-exchange\n        server: NT-EX13-02', 'install-exchange'),
          message:
            'a hybrid migration installs only hybrid servers, and NT-EX13-02 is neither marked `hybrid: true` nor named by `run-hybrid-wizard`: mark it as the hybrid server, or remove the install',
        },
        { ...at(IN_HYBRID, 'method: staged\n        csv', 'staged') },
        { ...at(IN_HYBRID, '- action: convert-to-mail-users', 'convert-to-mail-users') },
      ],
      output: null,
    },
  ],
});
