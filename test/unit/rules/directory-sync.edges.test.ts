// directory-sync at its edges (issue 17): which steps are batches (a start of a batch, a
// move to Exchange Online but not one between servers), which batch is a cutover one,
// and what each fix writes when applied alone (fix-all would repair a wrong first fix).
import * as assert from 'assert';
import { applyEdits, lint } from '../../../src/core';
import { RuleTester, at, edit } from '../rule-tester';
import { CUTOVER, HYBRID_2007, STAGED } from './online-helpers';

const SYNC_ON = edit(CUTOVER, 'servers:\n', '  directorySync: true\nservers:\n');
const CREATE = '      - action: create-migration-batch\n';
const START = '      - action: start-migration-batch\n';
const OFF = '      - action: configure-directory-sync\n        enabled: false\n';
const between = edit(CUTOVER, START, '      - action: configure-directory-sync\n' + START);
const enabledTrue = edit(
  CUTOVER,
  '      - action: verify-domain\n',
  '      - action: configure-directory-sync\n        enabled: true\n      - action: verify-domain\n',
);
const noName = edit(SYNC_ON, '        batch: all\n        method: cutover\n', '        method: cutover\n');
const stagedOffBetween = edit(
  STAGED,
  '        csv: staged-wave1.csv\n' + START,
  '        csv: staged-wave1.csv\n' + OFF + START,
);
const hybridLocalMove = edit(
  HYBRID_2007,
  '      - action: configure-directory-sync\n',
  '',
  '      - action: move-mailboxes\n        from: NT-EX07\n        to: exchange-online\n',
  '      - action: move-mailboxes\n        from: NT-EX07\n        to: NT-HYB13\n      - action: move-mailboxes\n        from: NT-EX07\n        to: exchange-online\n',
);

const hybridPublicFoldersFirst = edit(
  HYBRID_2007,
  '      - action: configure-directory-sync\n',
  '',
  '      - action: move-mailboxes\n',
  '      - action: migrate-public-folders\n        from: NT-EX07\n        to: exchange-online\n      - action: move-mailboxes\n',
);

new RuleTester().run('directory-sync', {
  valid: [
    {
      name: 'a cutover runbook with directory sync on whose batch is created as staged: no cutover batch runs',
      code: edit(SYNC_ON, '        method: cutover\n', '        method: staged\n        csv: staged-wave1.csv\n'),
    },
  ],
  invalid: [
    {
      name: 'a cutover that writes `enabled: true`: at that value, and the fix writes false there',
      code: enabledTrue,
      errors: [
        { ...at(enabledTrue, 'enabled: true', 'true'), fix: 'Turn directory sync off before the cutover batch' },
      ],
      output: (code) => edit(code, 'enabled: true', 'enabled: false'),
    },
    {
      name: 'a cutover that turns sync on between creating and starting the batch: at the start, which is a batch too',
      code: between,
      errors: [
        {
          message: /^directory sync is on when the cutover batch `all` \(line 36\) runs/,
          ...at(between, 'action: configure-directory-sync'),
        },
      ],
      output: (code) => edit(code, START, OFF + START),
    },
    {
      name: 'a cutover batch without a name',
      code: noName,
      errors: [{ message: /^directory sync is on when the cutover batch `\?` \(line 33\) runs/ }],
      output: (code) => edit(code, CREATE, OFF + CREATE),
    },
    {
      name: 'a staged migration that turns sync off between creating and starting the first batch: at the start',
      code: stagedOffBetween,
      errors: [{ ...at(stagedOffBetween, 'action: start-migration-batch') }],
      output: (code) =>
        edit(code, OFF + START, OFF + '      - action: configure-directory-sync\n        enabled: true\n' + START),
    },
    {
      name: 'a hybrid migration without directory sync: a move between servers is no batch, the move to Exchange Online is',
      code: hybridLocalMove,
      errors: [{ ...at(hybridLocalMove, 'action: move-mailboxes', 'action: move-mailboxes', 2) }],
      output: (code) =>
        edit(
          code,
          '        to: NT-HYB13\n',
          '        to: NT-HYB13\n      - action: configure-directory-sync\n        enabled: true\n',
        ),
    },
    {
      name: 'a hybrid migration without directory sync: public folders moved to Exchange Online are no batch',
      code: hybridPublicFoldersFirst,
      errors: [{ ...at(hybridPublicFoldersFirst, 'action: move-mailboxes') }],
      output: (code) =>
        edit(
          code,
          '        to: exchange-online\n      - action: move-mailboxes\n',
          '        to: exchange-online\n      - action: configure-directory-sync\n        enabled: true\n      - action: move-mailboxes\n',
        ),
    },
  ],
});

describe('directory-sync: each fix applied alone', () => {
  const fixedOnce = (text: string) => {
    const [f] = lint(text, { today: '2026-11-23' }).findings.filter((x) => x.ruleId === 'directory-sync');
    return applyEdits(text, f.fix!.edits);
  };

  it('sync on in the organization: the inserted step turns it off', () => {
    assert.strictEqual(fixedOnce(SYNC_ON), edit(SYNC_ON, CREATE, OFF + CREATE));
  });

  it('sync turned on by a step without `enabled`: the inserted step turns it off', () => {
    assert.strictEqual(fixedOnce(between), edit(between, START, OFF + START));
  });
});
