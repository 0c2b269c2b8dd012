// Bad input never crashes the on-premises rules or their fixes: every fixture and golden
// input with any one line removed, or with one value blanked, lints and fixes without throwing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, lint } from '../../../src/core';
import { FIXTURES, GOLDEN } from '../helpers';

const ONPREM = new Set([
  'coexistence',
  'coexistence-update',
  'prepare-before-install',
  'decommission-with-data',
  'source-remains',
  'os-requirement',
  'forest-level',
  'client-support',
  'end-of-support',
]);

function inputs(): { name: string; text: string }[] {
  const files: string[] = [];
  for (const dir of [FIXTURES, path.join(FIXTURES, 'procedures')]) {
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.runbook.yaml')) files.push(path.join(dir, f));
  }
  for (const rule of ONPREM) {
    const dir = path.join(GOLDEN, rule);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.input.runbook.yaml')) files.push(path.join(dir, f));
  }
  return files.map((f) => ({ name: path.relative(FIXTURES, f), text: fs.readFileSync(f, 'utf8') }));
}

function exercise(text: string): void {
  const { findings } = lint(text, { asOf: '2026-11-23' });
  for (const f of findings) {
    if (!ONPREM.has(f.ruleId) || !f.fix) continue;
    const fixed = applyEdits(text, f.fix.edits);
    lint(fixed, { asOf: '2026-11-23' });
  }
}

describe('on-premises rules on damaged input', () => {
  for (const { name, text } of inputs()) {
    it(`survives ${name} with any line removed or any value blanked`, () => {
      const lines = text.split('\n');
      let variants = 0;
      for (let i = 0; i < lines.length; i++) {
        exercise([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
        const blank = lines[i].replace(/:\s+\S.*$/, ':');
        if (blank !== lines[i]) exercise([...lines.slice(0, i), blank, ...lines.slice(i + 1)].join('\n'));
        variants++;
      }
      assert.strictEqual(variants, lines.length);
    });
  }
});
