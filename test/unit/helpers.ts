// Shared test helpers: lint text or fixtures, and golden-file fix checks.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, fixAll, applyEdits, Finding, LintOptions, RULES } from '../../src/core';
import type { RuleTag } from '../../src/core/rule';
import { CLEAN_RUNBOOK } from '../cli-helpers';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const GOLDEN = path.join(__dirname, '..', 'golden');

/** Reads files next to `dir` for CSV lookups. */
export function readerFor(dir: string): (p: string) => string | undefined {
  return (p) => {
    try {
      return fs.readFileSync(path.join(dir, p), 'utf8');
    } catch {
      return undefined;
    }
  };
}

export function lintText(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, { asOf: '2026-11-23', readFile: readerFor(FIXTURES), ...options }).findings;
}

export function lintFixture(name: string, options: LintOptions = {}): Finding[] {
  const file = path.join(FIXTURES, name);
  return lint(fs.readFileSync(file, 'utf8'), { readFile: readerFor(path.dirname(file)), ...options }).findings;
}

export function ofRule(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** Errors and warnings: what "lints clean" forbids. */
export function problems(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}: ${f.message}`).join('\n');
}

export function assertClean(findings: Finding[]): void {
  assert.deepStrictEqual(
    problems(findings).map((f) => `${f.range.line}:${f.range.column} ${f.ruleId}: ${f.message}`),
    [],
  );
}

/** Reads an inventory folder (its files, sorted) relative to `dir`, as the CLI reads one next to a runbook. */
export function inventoryReaderFor(dir: string): NonNullable<LintOptions['readInventory']> {
  return (relative) => {
    const folder = path.join(dir, relative);
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return undefined;
    return fs
      .readdirSync(folder)
      .sort()
      .map((name) => ({ name, content: fs.readFileSync(path.join(folder, name)) }));
  };
}

/**
 * Golden-file check of one rule's fix: `<name>.input.runbook.yaml` fixed by that rule's
 * first fix must equal `<name>.expected.runbook.yaml`, and re-linting the result must
 * show the finding gone and no new error. Set UPDATE_GOLDEN=1 to write expected files.
 */
export function checkGoldenFix(ruleId: string, name: string, options: LintOptions = {}): void {
  const dir = path.join(GOLDEN, ruleId);
  const input = fs.readFileSync(path.join(dir, `${name}.input.runbook.yaml`), 'utf8');
  const opts: LintOptions = { readFile: readerFor(dir), readInventory: inventoryReaderFor(dir), ...options };
  const before = lint(input, opts).findings;
  const target = before.find((f) => f.ruleId === ruleId && f.fix);
  assert.ok(target, `no fixable ${ruleId} finding in ${name}:\n${describeFindings(before)}`);
  const output = applyEdits(input, target!.fix!.edits);
  const expectedFile = path.join(dir, `${name}.expected.runbook.yaml`);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(expectedFile, output);
  assert.strictEqual(output, fs.readFileSync(expectedFile, 'utf8'));
  const after = lint(output, opts).findings;
  const errorsBefore = before.filter((f) => f.severity === 'error').length;
  assert.ok(
    !after.some((f) => f.ruleId === ruleId && f.range.line === target!.range.line && f.message === target!.message) ||
      ofRule(after, ruleId).length < ofRule(before, ruleId).length,
    `the ${ruleId} finding is still there after its fix:\n${describeFindings(after)}`,
  );
  const newErrors = after.filter(
    (f) => f.severity === 'error' && !before.some((b) => b.ruleId === f.ruleId && b.message === f.message),
  );
  assert.ok(
    after.filter((f) => f.severity === 'error').length < errorsBefore || newErrors.length === 0,
    `the fix introduced errors:\n${describeFindings(newErrors)}`,
  );
  assert.deepStrictEqual(
    newErrors.map((f) => f.message),
    [],
    'new errors after the fix',
  );
  // Comments of the input survive the fix.
  for (const line of input.split('\n').filter((l) => l.trim().startsWith('#'))) {
    assert.ok(output.includes(line), `comment lost: ${line}`);
  }
}

export { fixAll };

/** The ids of the rules of one family (their `tags`), in catalogue order. */
export function ruleIdsTagged(tag: RuleTag): string[] {
  return RULES.filter((r) => r.tags.includes(tag)).map((r) => r.id);
}

/** One Exchange SE server and one step: a runbook that lints clean, for tests to vary (the CLI tests' one without its comments). */
export const CLEAN_SE_RUNBOOK = CLEAN_RUNBOOK.replace('# Contoso: keep the SE server patched\n', '').replace(
  '   # the current server',
  '',
);
