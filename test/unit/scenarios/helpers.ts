// Shared by the scenario and fix tests: the scenario runbooks under test/fixtures/scenarios.
import * as fs from 'fs';
import * as path from 'path';
import { lint, Finding, LintOptions } from '../../../src/core';
import { FIXTURES, readerFor } from '../helpers';

export const SCENARIOS = path.join(FIXTURES, 'scenarios');

export function readScenario(name: string): string {
  return fs.readFileSync(path.join(SCENARIOS, name), 'utf8');
}

export function lintScenario(name: string, options: LintOptions = {}): Finding[] {
  // The scenario's own `asOf` is what lifecycle rules judge against.
  return lint(readScenario(name), { readFile: readerFor(SCENARIOS), ...options }).findings;
}

/**
 * The same runbook indented twice as wide ("-   key" items, four-space mappings); block
 * scalar content moves with its key and keeps its own text.
 */
export function fourSpaces(text: string): string {
  const out: string[] = [];
  let block: { keyColumn: number; shift: number } | undefined;
  for (const line of text.split('\n')) {
    const indent = /^ */.exec(line)![0].length;
    if (block && (line.trim() === '' || indent > block.keyColumn)) {
      out.push(line.trim() === '' ? line : ' '.repeat(block.shift) + line);
      continue;
    }
    block = undefined;
    const prefix = /^[ ]*(?:- +)*/.exec(line)![0];
    const widened = prefix.replace(/ /g, '  ').replace(/-/g, '- ');
    out.push(widened + line.slice(prefix.length));
    if (/:\s*[|>][-+0-9]*\s*(#.*)?\r?$/.test(line))
      block = { keyColumn: prefix.length, shift: widened.length - prefix.length };
  }
  return out.join('\n');
}
