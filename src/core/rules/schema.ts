// A value that breaks the format (unknown key, wrong type, missing field, bad enum value)
// is a mistake the checker can be sure of. The validation itself lives in ../schema.ts;
// this rule words its problems and offers the fixes. The engine also reports the parser's
// content problems (duplicate keys, the empty file) through the `problem` message.
import type { Messages, RuleContext, RuleDefinition } from '../rule';
import type { SchemaArg, SchemaProblem } from '../schema';
import type { StepEntry } from '../parse';

const ROOT_KEYS = '`runbook`, `title`, `organization`, `servers`, `target`, `phases`';

export const rule: RuleDefinition = {
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'A value breaks the runbook format: an unknown key, a wrong type, a missing field or a value that is not allowed.',
    sv: 'Ett värde bryter mot körbokens format: en okänd nyckel, fel typ, ett fält som saknas eller ett otillåtet värde.',
  },
  fixable: true,
  tags: [],
  messages: {
    en: {
      problem: '{problem}',
      rootList: `a runbook is a mapping of keys (${ROOT_KEYS}), not a list`,
      rootScalar: `a runbook is a mapping of keys (${ROOT_KEYS}), not a single value`,
      unknownKey: 'unknown key `{key}`; allowed here: {allowed}',
      unknownKeySuggest: 'unknown key `{key}` (did you mean `{suggestion}`?)',
      missingTop: 'the runbook needs {fields}',
      missingIn: '`{owner}` needs {fields}',
      missingWhen: '`{owner}` needs {fields} when `{field}` is `{value}`',
      missingStep: '`{action}` needs {fields}',
      missingServer: 'a server needs {fields}',
      missingServerNamed: 'server `{name}` needs {fields}',
      missingPhase: 'a phase needs {fields}',
      missingPhaseNamed: 'phase `{id}` needs {fields}',
      missingAction: 'a step needs `action` (what the step does, e.g. `{example}`)',
      unknownAction: 'unknown action `{value}`; write one of {allowed}',
      unknownActionSuggest: 'unknown action `{value}` (did you mean `{suggestion}`?)',
      actionType: '`action` must be the name of an action, e.g. `{example}`',
      typeQuote: '`{field}` must be a string: write "{value}"',
      typeQuoteItem: 'entries of `{field}` must be strings: write "{value}"',
      type: '`{field}` must be {expected}; got {got}',
      typeItem: 'entries of `{field}` must be {expected}; got {got}',
      enum: '`{field}` must be one of {allowed}; got `{value}`',
      enumSuggest: '`{field}` must be one of {allowed}; got `{value}` (did you mean `{suggestion}`?)',
      enumItem: 'entries of `{field}` must be one of {allowed}; got `{value}`',
      enumItemSuggest: 'entries of `{field}` must be one of {allowed}; got `{value}` (did you mean `{suggestion}`?)',
      runbookVersion: '`{field}` must be {value} (the format version); got {got}',
      pattern: '`{field}` must be {hint}; got {got}',
      patternItem: 'entries of `{field}` must be {hint}; got {got}',
      minimum: '`{field}` must be {minimum} or more; got {got}',
      minItems: '`{field}` needs at least one entry',
      other: '`{field}`: {detail}',
      fixRename: 'Rename `{key}` to `{suggestion}`',
      fixReplace: 'Change `{value}` to `{suggestion}`',
      fixQuote: 'Write {quoted}',
      term_string: 'a string',
      term_integer: 'a whole number',
      term_boolean: 'true or false',
      term_list: 'a list',
      term_mapping: 'a mapping (indented `key: value` lines)',
      term_nameOrList: 'a server name or a list of server names',
      term_textOrList: 'a text or a list of texts',
      term_number: 'a number',
      term_empty: 'nothing',
      term_object: 'a mapping',
    },
    sv: {
      problem: '{problem}',
      rootList: `en körbok är en mappning av nycklar (${ROOT_KEYS}), inte en lista`,
      rootScalar: `en körbok är en mappning av nycklar (${ROOT_KEYS}), inte ett enskilt värde`,
      unknownKey: 'okänd nyckel `{key}`; tillåtna här: {allowed}',
      unknownKeySuggest: 'okänd nyckel `{key}` (menade du `{suggestion}`?)',
      missingTop: 'körboken behöver {fields}',
      missingIn: '`{owner}` behöver {fields}',
      missingWhen: '`{owner}` behöver {fields} när `{field}` är `{value}`',
      missingStep: '`{action}` behöver {fields}',
      missingServer: 'en server behöver {fields}',
      missingServerNamed: 'servern `{name}` behöver {fields}',
      missingPhase: 'en fas behöver {fields}',
      missingPhaseNamed: 'fasen `{id}` behöver {fields}',
      missingAction: 'ett steg behöver `action` (vad steget gör, t.ex. `{example}`)',
      unknownAction: 'okänd åtgärd `{value}`; skriv en av {allowed}',
      unknownActionSuggest: 'okänd åtgärd `{value}` (menade du `{suggestion}`?)',
      actionType: '`action` måste vara namnet på en åtgärd, t.ex. `{example}`',
      typeQuote: '`{field}` måste vara en sträng: skriv "{value}"',
      typeQuoteItem: 'posterna i `{field}` måste vara strängar: skriv "{value}"',
      type: '`{field}` måste vara {expected}; fick {got}',
      typeItem: 'posterna i `{field}` måste vara {expected}; fick {got}',
      enum: '`{field}` måste vara en av {allowed}; fick `{value}`',
      enumSuggest: '`{field}` måste vara en av {allowed}; fick `{value}` (menade du `{suggestion}`?)',
      enumItem: 'posterna i `{field}` måste vara en av {allowed}; fick `{value}`',
      enumItemSuggest: 'posterna i `{field}` måste vara en av {allowed}; fick `{value}` (menade du `{suggestion}`?)',
      runbookVersion: '`{field}` måste vara {value} (formatversionen); fick {got}',
      pattern: '`{field}` måste vara {hint}; fick {got}',
      patternItem: 'posterna i `{field}` måste vara {hint}; fick {got}',
      minimum: '`{field}` måste vara {minimum} eller mer; fick {got}',
      minItems: '`{field}` behöver minst en post',
      other: '`{field}`: {detail}',
      fixRename: 'Byt namn på `{key}` till `{suggestion}`',
      fixReplace: 'Ändra `{value}` till `{suggestion}`',
      fixQuote: 'Skriv {quoted}',
      term_string: 'en sträng',
      term_integer: 'ett heltal',
      term_boolean: 'true eller false',
      term_list: 'en lista',
      term_mapping: 'en mappning (indragna rader med `nyckel: värde`)',
      term_nameOrList: 'ett servernamn eller en lista av servernamn',
      term_textOrList: 'en text eller en lista av texter',
      term_number: 'ett tal',
      term_empty: 'ingenting',
      term_object: 'en mappning',
    },
  },
  create(context) {
    const messages: Partial<Messages> = { ...rule.messages.en, ...(rule.messages[context.locale] ?? {}) };
    return {
      onStart() {
        const stepAt = stepsByPath(context.parsed.steps);
        for (const problem of context.schemaProblems()) {
          const args = renderArgs(problem.args, messages, context);
          context.report({
            range: problem.range,
            messageId: problem.messageId,
            args,
            step: stepAt(problem.path),
            data: {
              path: problem.path,
              ...(problem.fix?.args.suggestion ? { suggestion: problem.fix.args.suggestion } : {}),
            },
            ...(problem.fix
              ? { fix: { title: context.message(problem.fix.titleId, problem.fix.args), edits: problem.fix.edits } }
              : {}),
          });
        }
      },
    };
  },
};

function renderArgs(
  args: Record<string, SchemaArg>,
  messages: Partial<Messages>,
  context: RuleContext,
): Record<string, string | number> {
  const locale = context.locale;
  const out: Record<string, string | number> = {};
  for (const [name, arg] of Object.entries(args)) {
    if (typeof arg === 'string' || typeof arg === 'number') out[name] = arg;
    else if ('list' in arg) out[name] = arg.conjunction ? context.text.list(arg.list) : arg.list.join(', ');
    else if ('term' in arg) out[name] = messages[`term_${arg.term}`] ?? arg.term;
    else if ('localized' in arg) out[name] = arg.localized[locale] ?? arg.localized.en;
    else out[name] = `\`${arg.code}\``;
  }
  return out;
}

/** The step a JSON pointer is in, found through an index built once (a search per problem was quadratic). */
function stepsByPath(steps: StepEntry[]): (path: string) => StepEntry | undefined {
  let index: Map<string, StepEntry> | undefined;
  return (path) => {
    const match = /^\/phases\/(\d+)\/steps\/(\d+)(\/|$)/.exec(path);
    if (!match) return undefined;
    if (!index) {
      index = new Map();
      for (const s of steps)
        if (!index.has(`${s.phase.index}/${s.indexInPhase}`)) index.set(`${s.phase.index}/${s.indexInPhase}`, s);
    }
    return index.get(`${match[1]}/${match[2]}`);
  };
}

export type { SchemaProblem };
