// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'client-support',
  defaultSeverity: 'warning',
  description: { en: 'client-support', sv: 'client-support' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
