// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'os-requirement',
  defaultSeverity: 'error',
  description: { en: 'os-requirement', sv: 'os-requirement' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
