// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'method-mismatch',
  defaultSeverity: 'error',
  description: { en: 'method-mismatch', sv: 'method-mismatch' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
