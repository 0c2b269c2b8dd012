// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'hybrid-server',
  defaultSeverity: 'error',
  description: { en: 'hybrid-server', sv: 'hybrid-server' },
  fixable: true,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
