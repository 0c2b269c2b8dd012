// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'method-duration',
  defaultSeverity: 'info',
  description: { en: 'method-duration', sv: 'method-duration' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
