// Fix-all as minimal edits (core/editor/fixes.ts), the suppression comment, the CSV paths a
// runbook names and the settings as lint options (core/editor/actions.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEdits, fixAll, lint } from '../../../src/core';
import {
  csvPaths,
  namedFiles,
  diffEdits,
  disableNextLineEdit,
  fixAllEdits,
  lintOptionsFromSettings,
  resolveLocale,
} from '../../../src/core/editor';

const ROOT = path.join(__dirname, '..', '..');
const read = (...parts: string[]) => fs.readFileSync(path.join(ROOT, ...parts), 'utf8');

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('editor fixes', () => {
  it('diffEdits turns one text into another with edits confined to what changed', () => {
    assert.deepStrictEqual(diffEdits('a\nb\nc\n', 'a\nb\nc\n'), []);
    assert.deepStrictEqual(diffEdits('a\nb\nc\n', 'a\nx\nb\nc\n'), [{ offset: 2, length: 0, text: 'x\n' }]);
    assert.deepStrictEqual(diffEdits('server: EX7\nx: 1\n', 'server: EX07\nx: 1\n'), [
      { offset: 10, length: 0, text: '0' },
    ]);
    assert.deepStrictEqual(diffEdits('a\nb\nc\nd\n', 'A\nb\nc\nD\n'), [
      { offset: 0, length: 1, text: 'A' },
      { offset: 6, length: 1, text: 'D' },
    ]);
    assert.deepStrictEqual(diffEdits('a\r\nb\r\n', 'a\r\nz\r\nb\r\n'), [{ offset: 3, length: 0, text: 'z\r\n' }]);
  });

  it('diffEdits reproduces the target for random line edits', () => {
    const next = random(42);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 12) }, () =>
        pick(['a', 'b', '  - x: 1', '# c', '', 'key: v']),
      );
      const changed = [...lines];
      for (let k = 0; k < 1 + Math.floor(next() * 4); k++) {
        const at = Math.floor(next() * (changed.length + 1));
        const op = next();
        if (op < 0.4) changed.splice(at, 0, pick(['new', 'a', '  - y: 2']));
        else if (op < 0.7) changed.splice(at, 1);
        else changed[at] = (changed[at] ?? '') + 'z';
      }
      const before = lines.join('\n') + (next() < 0.5 ? '\n' : '');
      const after = changed.join('\n') + (next() < 0.5 ? '\n' : '');
      const edits = diffEdits(before, after);
      assert.strictEqual(applyEdits(before, edits), after, JSON.stringify({ before, after, edits }));
    }
  });

  for (const file of ['invalid-2016-over-2007.runbook.yaml', 'scenarios']) {
    it(`fixAllEdits gives exactly the core's fixAll text, in edits that keep every untouched line (${file})`, () => {
      const files =
        file === 'scenarios'
          ? fs
              .readdirSync(path.join(ROOT, 'fixtures', 'scenarios'))
              .filter((f) => f.endsWith('.yaml'))
              .map((f) => path.join('fixtures', 'scenarios', f))
          : [path.join('fixtures', file)];
      let fixed = 0;
      for (const f of files) {
        const text = read(f);
        const options = {
          asOf: '2026-11-23',
          readFile: (p: string) => {
            try {
              return read(path.dirname(f), p);
            } catch {
              return undefined;
            }
          },
        };
        const result = fixAllEdits(text, options);
        assert.strictEqual(applyEdits(text, result.edits), fixAll(text, options).text, f);
        assert.strictEqual(result.text, fixAll(text, options).text);
        if (result.edits.length) fixed++;
        // No edit replaces more than the lines it changes: the whole document is never rewritten.
        for (const e of result.edits)
          assert.ok(e.length < text.length / 2, `${f}: an edit replaces ${e.length} of ${text.length} characters`);
      }
      assert.ok(fixed > 0);
    });
  }

  it('fixAllEdits for one rule fixes that rule only', () => {
    const text = read('fixtures', 'cutover-small.runbook.yaml').replace(
      '        server: TT-EX07\n        certificate',
      '        server: TT-EX7\n        certificate',
    );
    const result = fixAllEdits(text, {}, 'unknown-server');
    assert.deepStrictEqual(result.edits, [{ offset: text.indexOf('TT-EX7\n') + 5, length: 0, text: '0' }]);
    assert.deepStrictEqual(fixAllEdits(text, {}, 'coexistence').edits, []);
  });

  it("disableNextLineEdit inserts the comment above the finding's line at its indentation", () => {
    const text = read('fixtures', 'invalid-2016-over-2007.runbook.yaml');
    const finding = lint(text).findings[0];
    const edit = disableNextLineEdit(text, finding.range.offset, finding.ruleId);
    const fixed = applyEdits(text, [edit]);
    assert.strictEqual(fixed.split('\n')[30], '      # runbook-disable-next-line coexistence');
    assert.deepStrictEqual(lint(fixed).findings, []);
  });

  it('disableNextLineEdit adds the id to an existing comment, keeps CRLF, and does nothing when already there', () => {
    const text = 'a: 1\n  # runbook-disable-next-line schema\n  b: 2\n';
    const offset = text.indexOf('b: 2');
    assert.strictEqual(
      applyEdits(text, [disableNextLineEdit(text, offset, 'unknown-server')]),
      'a: 1\n  # runbook-disable-next-line schema unknown-server\n  b: 2\n',
    );
    assert.strictEqual(applyEdits(text, [disableNextLineEdit(text, offset, 'schema')]), text);
    const crlf = 'a: 1\r\n    b: 2\r\n';
    assert.strictEqual(
      applyEdits(crlf, [disableNextLineEdit(crlf, crlf.indexOf('b'), 'schema')]),
      'a: 1\r\n    # runbook-disable-next-line schema\r\n    b: 2\r\n',
    );
    assert.strictEqual(
      applyEdits('x: 1\n', [disableNextLineEdit('x: 1\n', 0, 'schema')]),
      '# runbook-disable-next-line schema\nx: 1\n',
    );
  });

  it('csvPaths lists the CSV files named in csv: fields, quoted or not, without comments', () => {
    assert.deepStrictEqual(csvPaths(read('fixtures', 'staged-two-waves.runbook.yaml')), [
      'staged-wave1.csv',
      'staged-wave2.csv',
    ]);
    assert.deepStrictEqual(
      csvPaths('  - csv: "a b.csv"\n    csv: \'c.csv\'  # x\n    csv: dir/d.csv # y\n    csv:\n'),
      ['a b.csv', 'c.csv', 'dir/d.csv'],
    );
  });

  it('namedFiles lists every path the lint will read, also from flow style and escaped strings (the extension reads them first)', () => {
    const flow = read('fixtures', 'staged-two-waves.runbook.yaml').replace(
      /      - action: create-migration-batch\n        batch: wave-1\n[\s\S]*?csv: staged-wave1.csv\n/,
      (step) =>
        `      - {${step.trim().replace(/^- /, '').split(/\n\s*/).join(', ').replace('staged-wave1.csv', '"w\\u00e5ve1.csv"')}}\n`,
    );
    const asked: string[] = [];
    lint(flow, { readFile: (p) => (asked.push(p), undefined) });
    assert.ok(asked.includes('wåve1.csv'), asked.join());
    assert.deepStrictEqual(
      [...new Set(asked)].sort(),
      namedFiles(flow)
        .filter((p) => asked.includes(p))
        .sort(),
    );
    for (const p of asked) assert.ok(namedFiles(flow).includes(p), p);
  });

  it('reads the settings as lint options: language, asOf, rules; values the schema refuses are ignored', () => {
    assert.strictEqual(resolveLocale('auto', 'sv-SE'), 'sv');
    assert.strictEqual(resolveLocale('auto', 'en'), 'en');
    assert.strictEqual(resolveLocale('en', 'sv'), 'en');
    assert.strictEqual(resolveLocale(undefined, undefined), 'en');
    assert.deepStrictEqual(
      lintOptionsFromSettings({
        asOf: '2025-06-01',
        rules: { coexistence: 'warning', 'end-of-support': 'off' },
        language: 'sv',
      }),
      {
        locale: 'sv',
        asOf: '2025-06-01',
        rules: { coexistence: 'warning', 'end-of-support': 'off' },
      },
    );
    assert.deepStrictEqual(
      lintOptionsFromSettings({ asOf: '', rules: { coexistence: 'loud', x: 3 }, language: 'auto' }, 'en-US'),
      { locale: 'en' },
    );
    assert.deepStrictEqual(lintOptionsFromSettings({ rules: ['a'] }), { locale: 'en' });
  });
});
