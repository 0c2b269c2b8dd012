// The new-runbook assistant: answers in, a recommendation with its reason and a runbook
// that lints clean out (or a refusal that says why). Pure: no file system, no `vscode`.
import { decide } from './decide';
import { generate } from './generate';
import { say } from './text';
import type { Answers, AssistantOptions, AssistantResult } from './types';

export function newRunbook(answers: Answers, options: AssistantOptions = {}): AssistantResult {
  const decision = decide(answers, options);
  if (!decision.ok) return decision;
  const locale = options.locale ?? 'en';
  const runbook = generate(answers, decision, locale);
  // The promise is a runbook that lints clean. On a past `asOf` a plan can need what did not
  // exist yet (a 2010 public folder migration before SP3 RU8, 2013 CU2 next to 2010): the
  // linter knows, so its first problem is the refusal's reason. Not for an inventory's
  // servers: they are the organization as it is, and what the linter says about them (2007
  // below SP3 RU15 for public folders) is work the runbook must plan, not a reason to refuse.
  if (!options.lint || answers.inventory) return { ok: true, runbook };
  const files = new Map(runbook.csvFiles.map((c) => [c.path, c.content]));
  const problem = options
    .lint(runbook.text, { locale, readFile: (p) => files.get(p) })
    .findings.find((f) => f.severity !== 'info');
  if (problem)
    return {
      ok: false,
      refusal: {
        reasonId: 'plan.problem',
        message: say(locale, 'refuse.plan.problem', { asOf: decision.asOf, problem: problem.message }),
      },
    };
  return { ok: true, runbook };
}

export { decide, planHops, versionPath, supportedTargetAt, refusalText } from './decide';
export type { Decision, Hop, Plan } from './decide';
export { sentence } from './generate';
export { serverPrefix, slugOf } from './builder';
export { say } from './text';
export * from './types';
export * from './interview';
