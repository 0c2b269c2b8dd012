// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'coexistence',
  defaultSeverity: 'error',
  description: { en: 'coexistence', sv: 'coexistence' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
