import { RuleTester } from '../rule-tester';
import { CUTOVER, at, edit } from './online-helpers';

const HYBRID_FIX = 'Switch to hybrid migration (remote-move batches)';
const STAGED_FIX = 'Switch to staged migration';
/** CUTOVER with `n` mailboxes in the organization. */
const mailboxes = (n: number, text = CUTOVER) => edit(text, 'mailboxes: 120', `mailboxes: ${n}`);
/** The organization on Exchange 2007 instead of 2010. */
const on2007 = (text: string) => edit(text, '"2010"', '"2007"', 'SP3 RU32', 'SP3 RU23');
/** The cutover runbook without its batches, with 600 mailboxes (over the recommended 150). */
const NO_BATCHES = mailboxes(600, CUTOVER.replace(/ {2}- id: migrate[\s\S]*$/, ''));
const ON_2007 = on2007(NO_BATCHES);
/** ON_2007 with a second server of `version` holding `count` mailboxes. */
const second = (version: string, count: number) =>
  edit(
    ON_2007,
    'target:',
    `  - name: CON-EX2\n    version: "${version}"\n    roles: [mailbox]\n    mailboxes: ${count}\ntarget:`,
  );
const OVER = mailboxes(151);
const OVER_600 = mailboxes(600);
/** `text` switched to hybrid by the fix, with `pairs` edits more. */
const toHybrid = (text: string, ...pairs: string[]) =>
  edit(text, 'method: cutover\nphases', 'method: hybrid\nphases', ...pairs);
/** The fix turns directory sync on before `step`. */
const syncOnBefore = (step: string) => [
  `      - action: ${step}\n`,
  `      - action: configure-directory-sync\n        enabled: true\n      - action: ${step}\n`,
];
/** …and makes the cutover batch a remote-move batch. */
const REMOTE_MOVE = [
  '        method: cutover\n      - action: start-migration-batch',
  '        method: remote-move\n      - action: start-migration-batch',
];
const BATCH_STAGED = edit(OVER_600, '        method: cutover\n', '        method: staged\n');
const STRAY_METHOD = edit(
  OVER_600,
  '      - action: start-migration-batch\n        batch: all\n',
  '      - action: start-migration-batch\n        batch: all\n        method: cutover\n',
);
const NO_CREATE = edit(
  OVER_600,
  '      - action: create-migration-batch\n        batch: all\n        method: cutover\n',
  '',
);
const SYNC_OFF_AFTER = edit(
  OVER_600,
  '      - action: switch-mx\n',
  '      - action: configure-directory-sync\n        enabled: false\n      - action: switch-mx\n',
);
const SYNC_ON = edit(
  OVER_600,
  '      - action: create-migration-endpoint\n',
  '      - action: configure-directory-sync\n      - action: create-migration-endpoint\n',
);
const STRAY_ENABLED = edit(
  OVER_600,
  '      - action: verify-domain\n        domain: contoso.com\n',
  '      - action: configure-directory-sync\n        enabled: false\n      - action: verify-domain\n        domain: contoso.com\n        enabled: false\n',
);
/** Thousands grouped as Intl groups them in Swedish (a no-break space on Node 20). */
const sv = (n: number) => new Intl.NumberFormat('sv-SE').format(n);

// The cases of the fix are each one edge of the choice between the staged and the hybrid
// fix, or of what the hybrid fix rewrites; found by mutation testing (docs/testing.md).
new RuleTester().run('cutover-size', {
  valid: [
    { name: 'exactly 150 mailboxes', code: mailboxes(150) },
    { name: 'another method', code: edit(mailboxes(3000), 'method: cutover\nphases', 'method: hybrid\nphases') },
  ],
  invalid: [
    {
      name: 'above 150 mailboxes: a warning at target.method',
      code: OVER,
      errors: [
        {
          ...at(OVER, 'method: cutover', 'cutover'),
          severity: 'warning',
          message:
            'a cutover migration of 151 mailboxes takes longer than Microsoft recommends: cutover is meant for 150 mailboxes or fewer, migrated within a week; consider a staged migration (Exchange 2003/2007 sources) or a hybrid migration',
          fix: HYBRID_FIX,
          details: { mailboxes: 151 },
        },
      ],
      output: toHybrid(OVER, ...syncOnBefore('create-migration-batch'), ...REMOTE_MOVE),
    },
    {
      name: 'above 2,000 mailboxes: an error',
      code: mailboxes(2001),
      errors: [
        {
          severity: 'error',
          message: /^a cutover migration of 2,001 mailboxes is not supported: a cutover moves at most 2,000 mailboxes;/,
          fix: HYBRID_FIX,
        },
      ],
    },
    {
      name: 'the mailboxes the servers list count when they exceed organization.mailboxes',
      code: edit(
        CUTOVER,
        '    roles: [mailbox, clientAccess, hubTransport]\n',
        '    roles: [mailbox, clientAccess, hubTransport]\n    mailboxes: 400\n',
      ),
      errors: [{ message: /of 400 mailboxes/, fix: HYBRID_FIX }],
    },
    {
      name: 'in Swedish, with the no-break space Intl gives between thousands',
      code: mailboxes(2500),
      options: { locale: 'sv' },
      errors: [
        {
          message: new RegExp(
            `^(?!.*2 500)en snabb migrering av ${sv(2500)} postlådor stöds inte: en snabb migrering flyttar högst ${sv(2000)} postlådor`,
          ),
          fix: 'Byt till hybridmigrering (batchar med fjärrflytt)',
        },
      ],
    },
    {
      name: 'the recommendation and the staged fix in Swedish',
      code: edit(ON_2007, 'mailboxes: 600', 'mailboxes: 151'),
      options: { locale: 'sv' },
      errors: [
        {
          message:
            'en snabb migrering av 151 postlådor tar längre tid än Microsoft rekommenderar: snabb migrering är avsedd för högst 150 postlådor som migreras inom en vecka; överväg stegvis migrering (källa Exchange 2003/2007) eller hybridmigrering',
          fix: 'Byt till stegvis migrering',
        },
      ],
    },
    {
      name: 'staged for an Exchange 2007 organization without cutover batches',
      code: ON_2007,
      errors: [{ fix: STAGED_FIX }],
      output: edit(ON_2007, 'method: cutover', 'method: staged'),
    },
    {
      name: 'hybrid, not staged, when an Exchange 2010 server holds the mailboxes (no batches yet)',
      code: NO_BATCHES,
      errors: [{ fix: HYBRID_FIX }],
      output: toHybrid(NO_BATCHES),
    },
    {
      name: 'still staged when the only non-staged-source server holds no mailboxes (mailboxes: 0)',
      code: second('2010', 0),
      errors: [{ fix: STAGED_FIX }],
    },
    {
      name: 'hybrid when that server holds even one mailbox',
      code: second('2010', 1),
      errors: [{ fix: HYBRID_FIX }],
    },
    {
      name: 'a server of a version it does not know does not rule out staged',
      code: second('2008', 50),
      errors: [{ fix: STAGED_FIX }],
    },
    {
      name: 'hybrid for an Exchange 2007 organization once a cutover batch exists (the batch would need a CSV)',
      code: on2007(OVER_600),
      errors: [{ fix: HYBRID_FIX }],
    },
    {
      name: 'a batch whose method is not cutover is not a cutover batch: staged stays possible',
      code: edit(on2007(OVER_600), '        method: cutover\n', '        method: staged\n        csv: wave.csv\n'),
      errors: [{ fix: STAGED_FIX }],
    },
    {
      name: 'the hybrid fix leaves a batch whose method is not cutover as it is',
      code: BATCH_STAGED,
      errors: [{ fix: HYBRID_FIX }],
      output: toHybrid(BATCH_STAGED, ...syncOnBefore('create-migration-batch')),
    },
    {
      name: 'it rewrites only the method of create-migration-batch steps (a stray method elsewhere stays)',
      code: STRAY_METHOD,
      errors: [{ fix: HYBRID_FIX }],
      output: toHybrid(STRAY_METHOD, ...syncOnBefore('create-migration-batch'), ...REMOTE_MOVE),
    },
    {
      name: 'a start-migration-batch step is a first batch too: directory sync comes on before it',
      code: NO_CREATE,
      errors: [{ fix: HYBRID_FIX }],
      output: toHybrid(NO_CREATE, ...syncOnBefore('start-migration-batch')),
    },
    {
      name: 'it turns on only a "sync off" step before the first batch; one after it stays and a step is inserted',
      code: SYNC_OFF_AFTER,
      errors: [{ fix: HYBRID_FIX }],
      output: toHybrid(SYNC_OFF_AFTER, ...syncOnBefore('create-migration-batch'), ...REMOTE_MOVE),
    },
    {
      name: 'no directory sync edit when a sync step without "enabled" (on) runs before the batch',
      code: SYNC_ON,
      errors: [{ fix: HYBRID_FIX }],
      output: toHybrid(SYNC_ON, ...REMOTE_MOVE),
    },
    {
      name: 'a stray enabled: false on another step is not a "sync off" step',
      code: STRAY_ENABLED,
      errors: [{ fix: HYBRID_FIX }],
      output: toHybrid(STRAY_ENABLED, 'sync\n        enabled: false', 'sync\n        enabled: true', ...REMOTE_MOVE),
    },
  ],
});
