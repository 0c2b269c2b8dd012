// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'staged-source',
  defaultSeverity: 'error',
  description: { en: 'staged-source', sv: 'staged-source' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
