// The new-runbook assistant: answers in, a recommendation with its reason and a runbook
// that lints clean out (or a refusal that says why). Pure: no file system, no `vscode`.
import { decide } from './decide';
import { generate } from './generate';
import type { Answers, AssistantOptions, AssistantResult } from './types';

export function newRunbook(answers: Answers, options: AssistantOptions = {}): AssistantResult {
  const decision = decide(answers, options);
  if (!decision.ok) return decision;
  return { ok: true, runbook: generate(answers, decision, options.locale ?? 'en') };
}

export { decide, planHops, versionPath, supportedTargetAt, refusalText } from './decide';
export type { Decision, Hop, Plan } from './decide';
export { sentence } from './generate';
export { serverPrefix, slugOf } from './builder';
export { say } from './text';
export * from './types';
export * from './interview';
