// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'end-of-support',
  defaultSeverity: 'warning',
  description: { en: 'end-of-support', sv: 'end-of-support' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
