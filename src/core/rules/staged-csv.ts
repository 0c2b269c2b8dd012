// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'staged-csv',
  defaultSeverity: 'error',
  description: { en: 'staged-csv', sv: 'staged-csv' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
