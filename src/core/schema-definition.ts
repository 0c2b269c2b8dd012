// Builds the runbook's JSON Schema (draft-07) from the vocabulary in knowledge/actions.ts.
// scripts/compile-schema.js writes it to schemas/runbook.schema.json and compiles it to
// standalone validation code; a unit test checks that the committed file is up to date.
//
// Steps use Ajv's `discriminator` on `action`, so a wrong step yields "install-exchange
// needs server" instead of one failure per action. Other YAML tools ignore the keyword
// and still pick the branch by its `const`.
import {
  ACTIONS,
  ActionSpec,
  COMMON_STEP_FIELDS,
  EXTENSION_KEY_PATTERN,
  FieldSpec,
  ObjectSpec,
  ORGANIZATION,
  PHASE,
  SCHEDULE,
  SERVER,
  STEP_FIELDS,
  TARGET,
  TOP_LEVEL,
} from './knowledge/actions';

export const SCHEMA_ID = 'https://github.com/exchange-runbook/exchange-runbook/blob/main/schemas/runbook.schema.json';

type JsonSchema = Record<string, unknown>;

/** `x-` keys (a team's own) are allowed beside the known ones on every mapping, with any value. */
const EXTENSIONS = { patternProperties: { [EXTENSION_KEY_PATTERN]: {} } };

const REFS: Record<string, string> = {
  organization: '#/definitions/organization',
  schedule: '#/definitions/schedule',
  servers: '#/definitions/server',
  target: '#/definitions/target',
  phases: '#/definitions/phase',
  steps: '#/definitions/step',
};

function describe(field: FieldSpec): { description: string; markdownDescription: string } {
  const extras: string[] = [];
  if (field.enum && field.kind !== 'stringList')
    extras.push(`One of: ${field.enum.map((v) => `\`${v}\``).join(', ')}.`);
  if (field.enum && field.kind === 'stringList')
    extras.push(`Each one of: ${field.enum.map((v) => `\`${v}\``).join(', ')}.`);
  if (field.patternHint) extras.push(`Write ${field.patternHint.en}.`);
  if (field.default !== undefined) extras.push(`Default: \`${String(field.default)}\`.`);
  return {
    description: field.description.en,
    markdownDescription: [field.description.en, ...extras].join('\n\n'),
  };
}

function fieldSchema(name: string, field: FieldSpec): JsonSchema {
  const text = describe(field);
  const scalar = (type: string): JsonSchema => ({
    type,
    ...(field.enum ? { enum: [...field.enum] } : {}),
    ...(field.pattern ? { pattern: field.pattern } : {}),
  });
  switch (field.kind) {
    case 'string':
    case 'markdown':
    case 'date':
      return { ...text, ...scalar('string'), ...(field.default !== undefined ? { default: field.default } : {}) };
    case 'integer':
      return {
        ...text,
        type: 'integer',
        ...(field.const !== undefined ? { const: field.const } : {}),
        ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
      };
    case 'boolean':
      return { ...text, type: 'boolean', ...(field.default !== undefined ? { default: field.default } : {}) };
    case 'nameOrList':
      // One type keyword with both forms rather than anyOf: Ajv then reports a wrong value
      // once, not once per branch.
      return {
        ...text,
        type: ['string', 'array'],
        ...(field.pattern ? { pattern: field.pattern } : {}),
        items: scalar('string'),
        minItems: 1,
      };
    case 'stringList':
      return { ...text, type: 'array', items: scalar('string') };
    case 'textOrList':
      return { ...text, type: ['string', 'array'], items: { type: 'string' } };
    case 'object':
      return { ...text, $ref: REFS[name] };
    case 'objectList':
      return {
        ...text,
        type: 'array',
        items: { $ref: REFS[name] },
        ...(field.minItems !== undefined ? { minItems: field.minItems } : {}),
      };
  }
}

function objectSchema(spec: ObjectSpec, extra: JsonSchema = {}): JsonSchema {
  return {
    type: 'object',
    description: spec.description.en,
    markdownDescription: spec.description.en,
    ...extra,
    required: [...spec.required],
    properties: Object.fromEntries(
      Object.entries(spec.fields).map(([name, field]) => [name, fieldSchema(name, field)]),
    ),
    ...EXTENSIONS,
    additionalProperties: false,
  };
}

function snippetValue(field: FieldSpec, tabstop: number): unknown {
  const example = field.example;
  if (Array.isArray(example)) return example;
  if (typeof example === 'number' || typeof example === 'boolean') return example;
  return `\${${tabstop}:${example ?? ''}}`;
}

function actionMarkdown(action: ActionSpec): string {
  const lines = [action.description.en];
  if (action.required.length) lines.push(`Needs: ${action.required.map((f) => `\`${f}\``).join(', ')}.`);
  if (action.optional.length) lines.push(`Optional: ${action.optional.map((f) => `\`${f}\``).join(', ')}.`);
  if (action.commands.length)
    lines.push(`Carried out with: ${action.commands.map((c) => `[\`${c.text}\`](${c.url})`).join(', ')}.`);
  lines.push(`[Microsoft documentation](${action.source})`);
  return lines.join('\n\n');
}

function stepSchema(action: ActionSpec): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    action: { const: action.id, description: action.description.en, markdownDescription: actionMarkdown(action) },
  };
  for (const [name, field] of Object.entries(action.fields)) properties[name] = fieldSchema(name, field);
  // Shared definitions keep the compiled validator small (one function per common field).
  for (const name of COMMON_STEP_FIELDS) properties[name] = { $ref: `#/definitions/step-field-${name}` };
  return {
    type: 'object',
    description: action.description.en,
    markdownDescription: actionMarkdown(action),
    required: ['action', ...action.required],
    properties,
    ...EXTENSIONS,
    additionalProperties: false,
  };
}

function stepSnippets(): JsonSchema[] {
  return ACTIONS.map((action) => {
    const body: Record<string, unknown> = { action: action.id };
    let tabstop = 1;
    for (const name of action.required) {
      const field = action.fields[name] ?? STEP_FIELDS[name];
      body[name] = snippetValue(field, tabstop++);
    }
    return { label: action.id, description: action.description.en, body };
  });
}

export function buildRunbookSchema(): JsonSchema {
  const top = objectSchema(TOP_LEVEL);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'Exchange Runbook',
    ...top,
    definitions: {
      organization: objectSchema(ORGANIZATION),
      schedule: objectSchema(SCHEDULE, {
        defaultSnippets: [
          { label: 'schedule', description: SCHEDULE.description.en, body: { start: '${1:2026-03-28T09:00+01:00}' } },
        ],
      }),
      server: objectSchema(SERVER, {
        defaultSnippets: [
          {
            label: 'server',
            description: SERVER.description.en,
            body: {
              name: '${1:EX07-MBX1}',
              version: '${2:2007}',
              update: '${3:SP3 RU10}',
              roles: ['mailbox', 'clientAccess', 'hubTransport'],
            },
          },
        ],
      }),
      target: {
        ...objectSchema(TARGET),
        // What else the target needs depends on the platform.
        allOf: [
          {
            if: { properties: { platform: { const: 'on-premises' } }, required: ['platform'] },
            then: { required: ['version'] },
          },
          {
            if: { properties: { platform: { const: 'exchange-online' } }, required: ['platform'] },
            then: { required: ['method'] },
          },
        ],
        defaultSnippets: [
          { label: 'on-premises', body: { platform: 'on-premises', version: '${1:2016}' } },
          { label: 'exchange-online', body: { platform: 'exchange-online', method: '${1|cutover,staged,hybrid|}' } },
        ],
      },
      phase: objectSchema(PHASE, {
        defaultSnippets: [
          {
            label: 'phase',
            description: PHASE.description.en,
            body: {
              id: '${1:prepare}',
              title: '${2:Prepare Active Directory}',
              steps: [{ action: '${3:custom}', title: '${4}' }],
            },
          },
        ],
      }),
      step: {
        type: 'object',
        description: 'A step: an action and the fields that action needs.',
        markdownDescription: 'A step: an `action` and the fields that action needs.',
        required: ['action'],
        discriminator: { propertyName: 'action' },
        oneOf: ACTIONS.map((action) => ({ $ref: `#/definitions/step-${action.id}` })),
        defaultSnippets: stepSnippets(),
      },
      ...Object.fromEntries(
        COMMON_STEP_FIELDS.map((name) => [`step-field-${name}`, fieldSchema(name, STEP_FIELDS[name])]),
      ),
      ...Object.fromEntries(ACTIONS.map((action) => [`step-${action.id}`, stepSchema(action)])),
    },
  };
}

/** The schema as it is committed: two-space JSON with a final newline. */
export function runbookSchemaText(): string {
  return JSON.stringify(buildRunbookSchema(), null, 2) + '\n';
}
