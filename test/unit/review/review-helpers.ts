// Shared by the review tests: the scenario runbooks under test/fixtures/scenarios.
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
