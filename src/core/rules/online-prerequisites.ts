// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'online-prerequisites',
  defaultSeverity: 'warning',
  description: { en: 'online-prerequisites', sv: 'online-prerequisites' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
