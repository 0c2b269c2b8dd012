// The shared examples behave as their comments say.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { describeFindings, FIXTURES, lintFixture, problems } from './helpers';
import { lint } from '../../src/core/lint';
import { buildChecklist } from '../../src/core/checklist/model';
import { renderTimeline } from '../../src/core/timeline-svg';

describe('shared examples', () => {
  it('cutover-small lints clean', () => {
    const found = lintFixture('cutover-small.runbook.yaml');
    assert.deepStrictEqual(problems(found), [], describeFindings(found));
  });

  it('hybrid-2007 lints clean as of its asOf (2019-06-01)', () => {
    const found = lintFixture('hybrid-2007.runbook.yaml');
    assert.deepStrictEqual(problems(found), [], describeFindings(found));
  });

  it('hybrid-2007 judged today warns about the 2013 server that stays (end-of-support)', () => {
    const found = problems(lintFixture('hybrid-2007.runbook.yaml', { asOf: '2026-11-23' }));
    assert.deepStrictEqual(
      found.map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}`),
      ['34:18 warning end-of-support'],
    );
  });

  it('onprem-2007-to-2016 lints clean, with the 2013 transition reported as info', () => {
    const found = lintFixture('onprem-2007-to-2016.runbook.yaml');
    assert.deepStrictEqual(problems(found), [], describeFindings(found));
    assert.deepStrictEqual(
      found.map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}`),
      ['41:18 info end-of-support'],
    );
  });

  it('staged-two-waves lints clean', () => {
    const found = lintFixture('staged-two-waves.runbook.yaml');
    assert.deepStrictEqual(problems(found), [], describeFindings(found));
  });

  it('invalid-2016-over-2007 has exactly the findings its "expect:" comments mark', () => {
    const name = 'invalid-2016-over-2007.runbook.yaml';
    const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    const expected = text
      .split('\n')
      .map((line, i) => ({ line: i + 1, m: /#\s*expect:\s*([\w-]+)/.exec(line) }))
      .filter((e) => e.m)
      .map((e) => `${e.line}:${text.split('\n')[e.line - 1].search(/[^\s-]/) + 1} error ${e.m![1]}`);
    assert.deepStrictEqual(expected, ['31:9 error coexistence']);
    const found = problems(lintFixture(name));
    assert.deepStrictEqual(
      found.map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}`),
      expected,
      describeFindings(found),
    );
  });
});

describe('shared examples on the timeline', () => {
  for (const name of ['cutover-small', 'hybrid-2007', 'onprem-2007-to-2016']) {
    it(`${name} has a schedule.start and draws one bar per phase`, () => {
      const text = fs.readFileSync(path.join(FIXTURES, `${name}.runbook.yaml`), 'utf8');
      const checklist = buildChecklist(lint(text, {}));
      assert.ok(checklist.timeline, 'a timeline');
      const svg = renderTimeline(checklist.timeline, { locale: 'en', mode: 'export' });
      assert.strictEqual((svg.match(/<g class="tl-phase /g) ?? []).length, checklist.phases.length);
      assert.ok(checklist.timeline.end.epochMs > checklist.timeline.start.epochMs, 'the plan takes time');
    });
  }
});
