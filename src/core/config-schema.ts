// The JSON Schemas of the configuration, from the rule catalogue, so completion and
// checks in an editor know exactly the rules the linter runs:
// - schemas/exchange-runbook-config.schema.json for `.exchange-runbook.json`
//   (package.json `contributes.jsonValidation`);
// - the `exchangeRunbook.rules` setting in package.json, with its per-rule descriptions
//   in package.nls.json / package.nls.sv.json.
// scripts/write-config-schema.ts writes them; test/unit/config-schema.test.ts fails when
// a committed copy differs.
import { RULES } from './rules';
import { SEVERITY_SETTINGS } from './config';
import { coreMessage } from './l10n/messages';

export const CONFIG_SCHEMA_ID =
  'https://github.com/exchange-runbook/exchange-runbook/blob/main/schemas/exchange-runbook-config.schema.json';

const SEVERITY_DESCRIPTIONS = [
  'turn the rule off',
  'report as information',
  'report as a warning',
  'report as an error',
];

function ruleDescription(rule: (typeof RULES)[number], locale: 'en' | 'sv'): string {
  return coreMessage(locale, 'config.schema.rule', {
    description: rule.description[locale] ?? rule.description.en,
    severity: rule.defaultSeverity,
  });
}

/** The schema of `.exchange-runbook.json` (draft-07, which VS Code's JSON support reads). */
export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'Exchange Runbook configuration (.exchange-runbook.json)',
    description:
      'Rule severities and a fixed asOf for the runbooks in this folder and below; the nearest file applies. See docs/configuration.md.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'Ignored by the linter; lets editors find this schema.' },
      rules: {
        type: 'object',
        description: 'Rule id → off, info, warning or error. Rules not named keep their default severity.',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [
            rule.id,
            {
              enum: [...SEVERITY_SETTINGS],
              enumDescriptions: SEVERITY_DESCRIPTIONS,
              description: ruleDescription(rule, 'en'),
            },
          ]),
        ),
      },
      asOf: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description:
          "YYYY-MM-DD: the date lifecycle rules judge against, for every runbook the file applies to (overrides each runbook's asOf; --as-of overrides it).",
      },
    },
  };
}

/** `contributes.configuration.properties["exchangeRunbook.rules"]` of package.json. */
export function rulesSettingSchema(): Record<string, unknown> {
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    properties: Object.fromEntries(
      RULES.map((rule) => [
        rule.id,
        { type: 'string', enum: [...SEVERITY_SETTINGS], description: `%config.rules.${rule.id}%` },
      ]),
    ),
    additionalProperties: false,
    markdownDescription: '%config.rules%',
  };
}

/** The per-rule descriptions the setting's schema refers to, for package.nls(.sv).json. */
export function rulesSettingStrings(locale: 'en' | 'sv'): Record<string, string> {
  return Object.fromEntries(RULES.map((rule) => [`config.rules.${rule.id}`, ruleDescription(rule, locale)]));
}
