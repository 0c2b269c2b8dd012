// Microsoft's documented procedures for moving to Exchange Online, transcribed as runbooks,
// must lint clean: a linter that objects to the documented way is wrong. Each procedure
// also has to stay meaningful: dropping one of its prerequisite steps makes it fail.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core';
import { FIXTURES, assertClean, describeFindings, lintFixture, problems, readerFor, ruleIdsTagged } from './helpers';

const ONLINE_RULES = ruleIdsTagged('exchange-online');

const DIR = path.join(FIXTURES, 'procedures');
const PROCEDURES = [
  'online-cutover',
  'online-staged',
  'online-hybrid-2007',
  'online-hybrid-2010',
  'online-hybrid-2013',
  'online-hybrid-2016',
];

function read(name: string): string {
  return fs.readFileSync(path.join(DIR, `${name}.runbook.yaml`), 'utf8');
}

function lintProcedure(text: string) {
  return lint(text, { readFile: readerFor(DIR) }).findings;
}

/** Removes the step that starts with `first` (its dash line and the lines indented under it). */
function withoutStep(text: string, first: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimStart() === `- ${first}` || l.trimStart().startsWith(`- ${first}`));
  assert.ok(start >= 0, `no step "${first}"`);
  const indent = lines[start].indexOf('-');
  let end = start + 1;
  while (end < lines.length && lines[end].trim() !== '' && lines[end].search(/\S/) > indent) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

describe('Exchange Online procedures', () => {
  for (const name of PROCEDURES) {
    it(`${name} lints clean`, () => {
      const findings = lintProcedure(read(name));
      assertClean(findings);
      assert.deepStrictEqual(
        findings.filter((f) => ONLINE_RULES.includes(f.ruleId)).map((f) => f.message),
        [],
      );
    });
  }

  const essentials: [string, string, string][] = [
    ['online-cutover', 'action: configure-directory-sync', 'directory-sync'],
    ['online-cutover', 'action: verify-domain', 'online-prerequisites'],
    ['online-cutover', 'action: create-migration-endpoint', 'online-prerequisites'],
    ['online-cutover', 'action: switch-mx', 'mail-flow-order'],
    ['online-staged', 'action: configure-directory-sync', 'directory-sync'],
    ['online-staged', 'action: configure-outlook-anywhere', 'online-prerequisites'],
    ['online-staged', 'action: grant-migration-permissions', 'online-prerequisites'],
    ['online-hybrid-2007', 'action: install-exchange', 'hybrid-server'],
    ['online-hybrid-2007', 'action: run-hybrid-wizard', 'online-prerequisites'],
    ['online-hybrid-2010', 'action: update-server', 'online-prerequisites'],
    ['online-hybrid-2013', 'action: create-migration-endpoint', 'online-prerequisites'],
    ['online-hybrid-2016', 'action: run-hybrid-wizard', 'online-prerequisites'],
  ];
  for (const [name, step, ruleId] of essentials) {
    it(`${name} without "${step}" gets ${ruleId}`, () => {
      const findings = lintProcedure(withoutStep(read(name), step));
      assert.ok(
        problems(findings).some((f) => f.ruleId === ruleId),
        `expected ${ruleId}:\n${describeFindings(findings)}`,
      );
    });
  }

  it('the staged procedure reads both CSV waves (blank lines and quotes included)', () => {
    const text = read('online-staged');
    assert.strictEqual(
      lintProcedure(text.replace('online-staged-wave2.csv', 'missing.csv')).filter((f) => f.ruleId === 'staged-csv')
        .length,
      1,
    );
  });

  for (const name of ['cutover-small', 'staged-two-waves', 'hybrid-2007']) {
    it(`the shared example ${name} gets no finding from the online rules`, () => {
      const findings = lintFixture(`${name}.runbook.yaml`);
      assert.deepStrictEqual(
        findings.filter((f) => ONLINE_RULES.includes(f.ruleId)).map((f) => `${f.range.line}: ${f.ruleId} ${f.message}`),
        [],
      );
      assertClean(findings);
    });
  }
});
