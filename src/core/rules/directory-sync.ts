// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'directory-sync',
  defaultSeverity: 'error',
  description: { en: 'directory-sync', sv: 'directory-sync' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
