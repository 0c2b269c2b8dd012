// Every combination of answers either gets a refusal that says why, or a runbook that
// lints clean (no error, no warning) with its CSV templates served to the linter.
import * as assert from 'assert';
import { lint } from '../../src/core';
import { newRunbook, Answers, OnlineMethodChoice, TargetChoice } from '../../src/core/assistant';
import type { ExchangeVersion } from '../../src/core/knowledge/versions';

export const SOURCE_SETS: ExchangeVersion[][] = [
  ['2003'],
  ['2007'],
  ['2010'],
  ['2013'],
  ['2016'],
  ['2019'],
  ['SE'],
  ['2003', '2007'],
  ['2003', '2010'],
  ['2007', '2010'],
  ['2007', '2013'],
  ['2010', '2013'],
  ['2010', '2016'],
  ['2013', '2016'],
  ['2013', '2019'],
  ['2016', '2019'],
  ['2016', 'SE'],
  ['2019', 'SE'],
  ['2007', '2010', '2013'],
  ['2010', '2013', '2016'],
  ['2013', '2016', '2019'],
  ['2003', '2007', '2010'],
  // Organizations that cannot exist (Setup refuses the newer version next to the older one).
  ['2003', '2013'],
  ['2007', '2016'],
  ['2010', '2019'],
  ['2013', 'SE'],
];
export const TARGETS: TargetChoice[] = ['online', '2013', '2016', '2019', 'SE'];
export const METHODS: (OnlineMethodChoice | undefined)[] = [undefined, 'cutover', 'staged', 'hybrid'];
export const SIZES = [50, 150, 151, 1500, 2001, 5000];
export const DATES = ['2026-11-23', '2024-06-01'];

export interface Outcome {
  answers: Answers;
  refused?: { reasonId: string; message: string };
  problems?: string[];
}

export function* allAnswers(sources: ExchangeVersion[]): Generator<Answers> {
  for (const target of TARGETS)
    for (const method of METHODS)
      for (const mailboxes of SIZES)
        for (const publicFolders of [false, true])
          for (const keepOnPremises of [false, true])
            for (const asOf of DATES)
              yield {
                sources,
                target,
                method,
                mailboxes,
                publicFolders,
                keepOnPremises,
                asOf,
                name: 'Tailspin Toys',
                domain: 'tailspintoys.com',
              };
}

export function judge(answers: Answers): Outcome {
  const result = newRunbook(answers, { locale: 'en' });
  if (!result.ok) return { answers, refused: { reasonId: result.refusal.reasonId, message: result.refusal.message } };
  const files = new Map(result.runbook.csvFiles.map((c) => [c.path, c.content]));
  const { findings } = lint(result.runbook.text, { readFile: (p) => files.get(p), locale: 'en' });
  return {
    answers,
    problems: findings
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}: ${f.message}`),
  };
}

function label(a: Answers): string {
  return `${a.sources.join('+')} → ${a.target}${a.method ? ` (${a.method})` : ''}, ${a.mailboxes} mbx${a.publicFolders ? ', PF' : ''}${a.keepOnPremises ? ', stay' : ''}, ${a.asOf}`;
}

describe('assistant: every combination of answers', function () {
  this.timeout(600_000);
  let total = 0;
  let clean = 0;
  let refused = 0;
  for (const sources of SOURCE_SETS) {
    it(`${sources.join('+')}: a refusal with its reason, or a runbook that lints clean`, () => {
      const failures: string[] = [];
      for (const answers of allAnswers(sources)) {
        total++;
        const outcome = judge(answers);
        if (outcome.refused) {
          refused++;
          if (!outcome.refused.message || !outcome.refused.reasonId)
            failures.push(`${label(answers)}: refusal without a reason`);
        } else if (outcome.problems!.length > 0) {
          failures.push(`${label(answers)}:\n    ${outcome.problems!.join('\n    ')}`);
        } else clean++;
      }
      assert.deepStrictEqual(failures.slice(0, 15), [], `${failures.length} combinations fail`);
    });
  }
  after(() => {
    console.log(
      `      ${total} combinations: ${clean} runbooks lint clean, ${refused} refused with a reason, ${total - clean - refused} failed`,
    );
  });
});
