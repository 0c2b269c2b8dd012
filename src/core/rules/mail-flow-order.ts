// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'mail-flow-order',
  defaultSeverity: 'error',
  description: { en: 'mail-flow-order', sv: 'mail-flow-order' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
