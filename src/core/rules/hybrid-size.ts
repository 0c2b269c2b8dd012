// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'hybrid-size',
  defaultSeverity: 'info',
  description: { en: 'hybrid-size', sv: 'hybrid-size' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
