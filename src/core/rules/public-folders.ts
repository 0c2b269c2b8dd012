// TODO(issue 3): not implemented yet.
import type { RuleDefinition } from '../rule';

export const rule: RuleDefinition = {
  id: 'public-folders',
  defaultSeverity: 'error',
  description: { en: 'public-folders', sv: 'public-folders' },
  fixable: false,
  messages: { en: { problem: '{problem}' } },
  create: () => ({}),
};
