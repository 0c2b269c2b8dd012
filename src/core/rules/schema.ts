// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'schema',
  defaultSeverity: 'error',
  description: { en: 'schema', sv: 'schema' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
