// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'decommission-with-data',
  defaultSeverity: 'error',
  description: { en: 'decommission-with-data', sv: 'decommission-with-data' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
