// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'coexistence-update',
  defaultSeverity: 'warning',
  description: { en: 'coexistence-update', sv: 'coexistence-update' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
