// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'forest-level',
  defaultSeverity: 'error',
  description: { en: 'forest-level', sv: 'forest-level' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
