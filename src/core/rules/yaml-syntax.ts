// Reported by the engine itself from the parser's errors: once the YAML does not parse,
// no other rule runs (docs/rules/yaml-syntax.md).
import { defineRule } from '../rule';

export const rule = defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: {
    en: 'The file is not valid YAML (or not text at all).',
    sv: 'Filen är inte giltig YAML (eller inte text alls).',
  },
  fixable: false,
  tags: [],
  messages: {
    en: { problem: 'YAML syntax: {problem}' },
    sv: { problem: 'YAML-syntax: {problem}' },
  },
  create: () => ({}),
});
