// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'source-remains',
  defaultSeverity: 'warning',
  description: { en: 'source-remains', sv: 'source-remains' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
