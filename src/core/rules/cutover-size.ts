// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'cutover-size',
  defaultSeverity: 'warning',
  description: { en: 'cutover-size', sv: 'cutover-size' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
