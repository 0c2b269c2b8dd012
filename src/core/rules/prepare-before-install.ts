// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'prepare-before-install',
  defaultSeverity: 'warning',
  description: { en: 'prepare-before-install', sv: 'prepare-before-install' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
