// A rule's tests as two tables, in ESLint's RuleTester shape: runbooks the rule accepts
// (`valid`) and runbooks it reports (`invalid`), each with the exact findings and, for a
// fixable rule, the text after its fixes. Runbooks are written as YAML with the `yaml`
// tag, so a case reads like the file a user would have.
//
//   new RuleTester().run('forest-level', {
//     valid: [yaml`...`],
//     invalid: [{ code: yaml`...`, errors: [{ messageId: 'tooLow', data: {...}, line: 12 }], output: null }],
//   });
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAll, lint, RULES_BY_ID, type Finding, type LintOptions } from '../../src/core';
import { formatMessage } from '../../src/core/l10n/format';
import { readerFor, FIXTURES, GOLDEN, describeFindings } from './helpers';

/**
 * A runbook in a template literal, dedented: the first line break and the indentation the
 * lines share are removed, and the text ends with exactly one line break.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = strings.reduce((text, part, i) => text + part + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw
    .replace(/^[ \t]*\n/, '')
    .replace(/\s+$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

/** `text` (a `yaml` block, e.g. the steps a fix inserts) indented by `spaces`, to splice into a runbook. */
export function indent(spaces: number, text: string): string {
  return text.replace(/^(?=.)/gm, ' '.repeat(spaces));
}

/**
 * `text` with each `from` replaced by its `to` (pairs, in order); each `from` must occur
 * exactly once, so a case fails loudly when its base runbook changes under it.
 */
export function edit(text: string, ...pairs: string[]): string {
  assert.ok(pairs.length % 2 === 0, 'edit takes from/to pairs');
  for (let i = 0; i < pairs.length; i += 2) {
    const [from, to] = [pairs[i], pairs[i + 1]];
    const index = text.indexOf(from);
    assert.ok(index >= 0, `"${from}" not in the runbook`);
    assert.strictEqual(text.indexOf(from, index + 1), -1, `"${from}" occurs more than once`);
    text = text.slice(0, index) + to + text.slice(index + from.length);
  }
  return text;
}

/**
 * Where a finding is expected: the 1-based line and columns (end exclusive) of the
 * `occurrence`-th `needle` in `text`, or of `part` inside it (spread into an error).
 */
export function at(
  text: string,
  needle: string,
  part = needle,
  occurrence = 1,
): { line: number; column: number; endColumn: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (#${occurrence}) not in the runbook`);
  }
  assert.ok(needle.includes(part), `"${part}" not in "${needle}"`);
  const offset = index + needle.indexOf(part);
  const before = text.slice(0, offset);
  const column = offset - before.lastIndexOf('\n');
  return { line: before.split('\n').length, column, endColumn: column + part.length };
}

/** A golden file of a rule's fix (test/golden/<rule>/<name>.input|expected.runbook.yaml). */
export function golden(ruleId: string, name: string, kind: 'input' | 'expected' = 'input'): string {
  return fs.readFileSync(path.join(GOLDEN, ruleId, `${name}.${kind}.runbook.yaml`), 'utf8');
}

export interface ExpectedFinding {
  /** A key of the rule's `messages`, with the values of its placeholders (the locale's template is used). */
  messageId?: string;
  data?: Record<string, string | number>;
  /** The whole message, or a pattern it matches (instead of messageId). */
  message?: string | RegExp;
  /** 1-based, where the finding starts; endLine/endColumn where it ends (end exclusive). */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Finding['severity'];
  /** The title of the finding's fix; `null`: the finding has no fix. */
  fix?: string | null;
  /** The finding's `data` for clients, whole. */
  details?: Record<string, unknown>;
}

export interface ValidCase {
  code: string;
  name?: string;
  options?: LintOptions;
}

export interface InvalidCase extends ValidCase {
  /** The rule's findings, in the order of the file. */
  errors: ExpectedFinding[];
  /**
   * The text after fix-all with this rule's fixes only (and fixing it again changes
   * nothing); `null`: the rule offers no fix here. Required when the rule fixes the case (as in
   * ESLint), unless each error names its `fix` title and another case shows the fixed text.
   * A function gives it from the case's code: `(code) => edit(code, from, to)`, what the fix changes.
   */
  output?: string | null | ((code: string) => string);
}

export class RuleTester {
  /** `defaults` go to every lint; a case's runbook judges at its own `asOf` (else 2026-11-23), CSVs come from test/fixtures. */
  constructor(private readonly defaults: LintOptions = {}) {}

  run(ruleId: string, tests: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    const rule = RULES_BY_ID.get(ruleId);
    describe(ruleId, () => {
      it('is a rule of the catalogue', () => assert.ok(rule, `no rule ${ruleId}`));
      tests.valid.forEach((test, i) => {
        const c = typeof test === 'string' ? { code: test } : test;
        it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
          const all = this.lint(c);
          const found = all.filter((f) => f.ruleId === ruleId);
          assert.deepStrictEqual(found.map(show), [], `expected no ${ruleId} finding:\n${describeFindings(all)}`);
        });
      });
      tests.invalid.forEach((c, i) => {
        it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
          const all = this.lint(c);
          const found = all.filter((f) => f.ruleId === ruleId);
          assert.strictEqual(
            found.length,
            c.errors.length,
            `expected ${c.errors.length} ${ruleId} finding(s), got:\n${describeFindings(all)}`,
          );
          c.errors.forEach((expected, j) => this.check(ruleId, found[j], expected, c.options?.locale ?? 'en', j));
          const fixable = found.some((f) => f.fix);
          if (c.output === null) assert.ok(!fixable, 'output: null, but the rule offers a fix');
          else {
            // A case about the finding may leave the fixed text to another case of the table, but
            // then it names the fix it expects.
            assert.ok(
              c.output !== undefined || !fixable || c.errors.every((e) => e.fix !== undefined),
              'the rule fixes this case: add `output`, or the `fix` title of each error',
            );
            if (c.output !== undefined) {
              assert.ok(fixable, 'an output is given, but the rule offers no fix');
              const fixed = fixAll(c.code, this.options(c), ruleId).text;
              if (process.env.RULE_TESTER_DUMP) dump(ruleId, i, c.code, fixed);
              const output = typeof c.output === 'function' ? c.output(c.code) : c.output;
              assert.strictEqual(fixed, output);
              // Fixed means fixed: the output has nothing left for the rule's fixes to do.
              assert.strictEqual(fixAll(output, this.options(c), ruleId).text, output, 'the output is not fixed');
            }
          }
        });
      });
    });
  }

  private options(c: ValidCase): LintOptions {
    return { today: '2026-11-23', readFile: readerFor(FIXTURES), ...this.defaults, ...c.options };
  }

  private lint(c: ValidCase): Finding[] {
    return lint(c.code, this.options(c)).findings;
  }

  private check(ruleId: string, f: Finding, e: ExpectedFinding, locale: 'en' | 'sv', j: number): void {
    const at = `${ruleId} finding ${j + 1} (${show(f)})`;
    if (e.messageId !== undefined) {
      const messages = RULES_BY_ID.get(ruleId)!.messages;
      const template = messages[locale]?.[e.messageId] ?? messages.en[e.messageId];
      assert.ok(template, `${ruleId} has no message ${e.messageId}`);
      assert.strictEqual(f.message, formatMessage(locale, template, e.data), at);
    }
    if (typeof e.message === 'string') assert.strictEqual(f.message, e.message, at);
    if (e.message instanceof RegExp) assert.match(f.message, e.message, at);
    const actual = {
      line: f.range.line,
      column: f.range.column,
      endLine: f.range.endLine,
      endColumn: f.range.endColumn,
    };
    for (const key of ['line', 'column', 'endLine', 'endColumn'] as const)
      if (e[key] !== undefined) assert.strictEqual(actual[key], e[key], `${at}: ${key}`);
    if (e.severity !== undefined) assert.strictEqual(f.severity, e.severity, `${at}: severity`);
    if (e.fix !== undefined) assert.strictEqual(f.fix?.title ?? null, e.fix, `${at}: fix title`);
    if (e.details !== undefined) assert.deepStrictEqual(f.data, e.details, `${at}: data`);
  }
}

/** RULE_TESTER_DUMP=dir: writes each invalid case's input and fixed text there, to write `output` from. */
function dump(ruleId: string, i: number, code: string, fixed: string): void {
  const dir = process.env.RULE_TESTER_DUMP!;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${ruleId}-${i + 1}.input.yaml`), code);
  fs.writeFileSync(path.join(dir, `${ruleId}-${i + 1}.output.yaml`), fixed);
}

function show(f: Finding): string {
  return `${f.range.line}:${f.range.column} ${f.severity} ${f.message}`;
}
