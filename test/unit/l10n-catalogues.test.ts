// Every catalogue read through the one mechanism (src/core/l10n/), checked as data: both
// languages have every key, every template parses, Swedish uses exactly the arguments
// English declares, and every call a rule writes with literal arguments passes them all.
import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';
import { templateArguments } from '../../src/core/l10n/format';
import { CORE } from '../../src/core/l10n/messages';
import type { Catalogue } from '../../src/core/l10n/catalogue';
import { CLI_MESSAGES } from '../../src/cli/messages';
import { CHECKLIST_MESSAGES } from '../../src/core/checklist/messages';
import { CHANGE_REQUEST_MESSAGES } from '../../src/core/change-request/messages';
import { ASSISTANT_MESSAGES } from '../../src/core/assistant/text';
import { PROCEDURE_MESSAGES } from '../../src/core/knowledge/procedures';
import { RULES } from '../../src/core/rules';

const CATALOGUES: [string, Catalogue][] = [
  ['core (l10n/en.ts, sv.ts)', CORE],
  ['cli (cli/messages.ts)', CLI_MESSAGES],
  ['checklist (checklist/messages.ts)', CHECKLIST_MESSAGES],
  ['change request (change-request/messages.en.ts, .sv.ts)', CHANGE_REQUEST_MESSAGES],
  ['assistant (assistant/text.en.ts, .sv.ts)', ASSISTANT_MESSAGES],
  ['procedures (knowledge/procedures.en.ts, .sv.ts)', PROCEDURE_MESSAGES],
  ...RULES.map((r): [string, Catalogue] => [`rule ${r.id}`, r.messages]),
];

/** Where a language deliberately words a message from other arguments, and why. */
const DIFFERENT_ARGUMENTS: Record<string, string> = {
  'core (l10n/en.ts, sv.ts) parse.yaml':
    'the yaml library words its errors in English only: Swedish quotes its text and names its error code',
  'core (l10n/en.ts, sv.ts) parse.mergeSource':
    'the yaml library words this error in English only: Swedish says it in its own words instead of quoting it',
};

function argumentNames(template: string): string[] {
  return [...templateArguments(template).keys()].sort();
}

describe('l10n: every catalogue', () => {
  it('has every key in both languages, and no key only in Swedish', () => {
    const problems: string[] = [];
    for (const [name, catalogue] of CATALOGUES) {
      const sv = catalogue.sv ?? {};
      for (const id of Object.keys(catalogue.en))
        if (sv[id] === undefined) problems.push(`${name}: ${id} has no Swedish`);
      for (const id of Object.keys(sv)) if (!(id in catalogue.en)) problems.push(`${name}: ${id} is only in Swedish`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('has templates that parse, in both languages', () => {
    const problems: string[] = [];
    for (const [name, catalogue] of CATALOGUES) {
      for (const locale of ['en', 'sv'] as const) {
        for (const [id, template] of Object.entries(catalogue[locale] ?? {})) {
          try {
            templateArguments(template as string);
          } catch (err) {
            problems.push(`${name} ${locale} ${id}: ${(err as Error).message}`);
          }
        }
      }
    }
    assert.deepStrictEqual(problems, []);
  });

  it('uses in Swedish the arguments the English template declares (a grammar-only selector may be left out)', () => {
    // A plural or select that only picks a word (English has/have) needs no counterpart
    // in a language without that grammar (Swedish har); every value shown must be shown in both.
    const shown = (template: string) =>
      [...templateArguments(template)]
        .filter(([, kinds]) => [...kinds].some((k) => k !== 'plural' && k !== 'select'))
        .map(([name]) => name);
    const problems: string[] = [];
    for (const [name, catalogue] of CATALOGUES) {
      for (const [id, template] of Object.entries(catalogue.sv ?? {})) {
        const english = catalogue.en[id];
        if (english === undefined || template === undefined || DIFFERENT_ARGUMENTS[`${name} ${id}`]) continue;
        const [en, sv] = [argumentNames(english), argumentNames(template as string)];
        const missingInSv = shown(english).filter((a) => !sv.includes(a));
        const missingInEn = shown(template as string).filter((a) => !en.includes(a));
        if (missingInSv.length || missingInEn.length)
          problems.push(`${name} ${id}: en {${en.join(', ')}} sv {${sv.join(', ')}}`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });
});

// ---- Calls in the rules' source: `messageId: 'x', args: { … }` and `context.message('x', { … })` ----

const RULES_DIR = join(__dirname, '../../src/core/rules');

interface Call {
  file: string;
  line: number;
  id: string;
  /** Undefined when the arguments are not an object literal of plain keys (a spread, a variable). */
  keys: string[] | undefined;
}

function literalKeys(node: ts.Expression | undefined): string[] | undefined {
  if (!node) return [];
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const keys: string[] = [];
  for (const p of node.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && !ts.isComputedPropertyName(p.name))
      keys.push(p.name.text);
    else return undefined;
  }
  return keys;
}

function callsIn(file: string): Call[] {
  const text = readFileSync(join(RULES_DIR, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const calls: Call[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) =>
        node.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name,
        );
      const messageId = prop('messageId');
      if (messageId && ts.isStringLiteral(messageId.initializer)) {
        const args = node.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'args');
        calls.push({
          file,
          line: line(node),
          id: messageId.initializer.text,
          keys: !args ? [] : ts.isPropertyAssignment(args) ? literalKeys(args.initializer) : undefined,
        });
      }
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'message' &&
      node.arguments.length >= 1 &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      calls.push({ file, line: line(node), id: node.arguments[0].text, keys: literalKeys(node.arguments[1]) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

describe('l10n: the rules call their messages with every argument', () => {
  const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  const rulesByFile = new Map(RULES.map((r) => [`${r.id}.ts`, r]));

  it('finds calls to check (the scan works)', () => {
    const all = files.flatMap(callsIn);
    assert.ok(all.filter((c) => c.keys !== undefined).length > 40, `only ${all.length} calls found`);
  });

  it('passes every argument a template uses, where the call writes its arguments out', () => {
    const problems: string[] = [];
    for (const file of files) {
      const rule = rulesByFile.get(file);
      if (!rule) continue;
      for (const call of callsIn(file)) {
        if (call.keys === undefined) continue;
        const own = call.id in rule.messages.en;
        const template = own ? rule.messages.en[call.id] : (CORE.en as Record<string, string>)[call.id];
        if (template === undefined) {
          problems.push(`${file}:${call.line}: no message ${call.id}`);
          continue;
        }
        const swedish = (own ? rule.messages.sv?.[call.id] : (CORE.sv as Record<string, string>)[call.id]) ?? '';
        const needed = new Set([...argumentNames(template), ...argumentNames(swedish)]);
        const missing = [...needed].filter((a) => !call.keys!.includes(a));
        if (missing.length) problems.push(`${file}:${call.line}: ${call.id} needs ${missing.join(', ')}`);
      }
    }
    assert.deepStrictEqual(problems, []);
  });
});
