// The snippets: every action has one, whose inserted step is valid for the schema; every
// whole-runbook skeleton, expanded with its default placeholder values, lints clean.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../../src/core';
import { ACTIONS } from '../../../src/core/knowledge/actions';

interface Snippet {
  prefix: string[];
  description: string;
  body: string[];
}

const SNIPPETS: Record<string, Snippet> = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', '..', 'snippets', 'runbook.code-snippets'), 'utf8'),
);

/** The text VS Code inserts when every placeholder keeps its default (the first choice). */
export function expandDefaults(body: string[]): string {
  const text = body.join('\n');
  const defaults = new Map<string, string>();
  for (const m of text.matchAll(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g)) if (!defaults.has(m[1])) defaults.set(m[1], m[2]);
  for (const m of text.matchAll(/\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}/g))
    if (!defaults.has(m[1])) defaults.set(m[1], m[2].split(/(?<!\\),/)[0]);
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  return text
    .replace(/\$\{(\d+):((?:\\.|[^}\\])*)\}/g, (_, n) => unescape(defaults.get(n)!))
    .replace(/\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}/g, (_, n) => unescape(defaults.get(n)!))
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a, b) => unescape(defaults.get(a ?? b) ?? ''));
}

/** A valid staged-migration CSV with one row per mailbox of the organization. */
function csvFor(text: string): string {
  const count = Number(/^  mailboxes: (\d+)$/m.exec(text)?.[1] ?? 0);
  const rows = Array.from({ length: count }, (_, i) => `user${i + 1}@contoso.com,Winter2026!${i},True`);
  return ['EmailAddress,Password,ForceChangePassword', ...rows, ''].join('\n');
}

function problems(text: string, asOf: string): string[] {
  return lint(text, { asOf, readFile: (p) => (p.endsWith('.csv') ? csvFor(text) : undefined) })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.range.line}:${f.range.column} ${f.severity} ${f.ruleId}: ${f.message}`);
}

describe('editor snippets', () => {
  it('has one step snippet per action, prefixed with the action id', () => {
    for (const action of ACTIONS) {
      const snippet = SNIPPETS[`Step: ${action.id}`];
      assert.ok(snippet, `no snippet for ${action.id}`);
      assert.ok(snippet.prefix.includes(action.id));
      assert.strictEqual(snippet.body[0], `- action: ${action.id}`);
    }
  });

  it('inserts steps with every required field, valid for the schema', () => {
    const skeleton = expandDefaults(SNIPPETS['Runbook: cutover migration to Microsoft 365'].body);
    for (const action of ACTIONS) {
      const step = expandDefaults(SNIPPETS[`Step: ${action.id}`].body)
        .split('\n')
        .map((line) => (line ? `      ${line}` : line))
        .join('\n');
      const text = skeleton.replace(
        '      - action: assign-licenses\n',
        `${step.trimEnd()}\n      - action: assign-licenses\n`,
      );
      assert.notStrictEqual(text, skeleton);
      const schema = lint(text, { asOf: '2025-06-01' }).findings.filter(
        (f) => f.ruleId === 'schema' || f.ruleId === 'yaml-syntax',
      );
      assert.deepStrictEqual(
        schema.map((f) => `${action.id}: ${f.message}`),
        [],
      );
    }
  });

  const skeletons = Object.entries(SNIPPETS).filter(([name]) => name.startsWith('Runbook: '));

  it('has the four whole-runbook skeletons', () => {
    assert.deepStrictEqual(
      skeletons.map(([, s]) => s.prefix[0]),
      ['runbook-cutover', 'runbook-staged', 'runbook-hybrid', 'runbook-2007-2013-2016'],
    );
  });

  for (const [name, snippet] of skeletons) {
    it(`${snippet.prefix[0]}: expanded with its defaults, lints clean (no error, no warning) as of 2025-06-01`, () => {
      assert.deepStrictEqual(problems(expandDefaults(snippet.body), '2025-06-01'), [], name);
    });
  }

  it('runbook-2007-2013-2016 judged on 2026-11-23: only end-of-support warns (Exchange 2016 ended on 2025-10-14)', () => {
    const text = expandDefaults(SNIPPETS['Runbook: on-premises Exchange 2007 → 2013 → 2016'].body);
    assert.deepStrictEqual(
      problems(text, '2026-11-23').map((p) => p.replace(/: .*/, '')),
      ['15:12 warning end-of-support'],
    );
  });
});
