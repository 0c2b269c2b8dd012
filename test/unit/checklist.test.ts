// The checklist: model, Markdown and HTML renderers (golden files), progress and
// durations, findings at their step, escaping of hostile runbooks, the CLI command.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  buildChecklist,
  Checklist,
  escapeMarkdown,
  formatDuration,
  renderChecklistBody,
  renderChecklistDocument,
  renderChecklistMarkdown,
  renderNotes,
} from '../../src/core/checklist';
import { safeNotes } from '../../src/core/checklist/markdown';
import { checklistEn, checklistSv } from '../../src/core/checklist/messages';
import { lint } from '../../src/core/lint';
import type { Locale } from '../../src/core/types';
import { checklistCommand } from '../../src/cli/checklist';
import { FIXTURES, GOLDEN, readerFor } from './helpers';

const DIR = path.join(GOLDEN, 'checklist');
const ROOT = path.join(__dirname, '..', '..');

function checklistOf(file: string, locale: Locale = 'en'): Checklist {
  const text = fs.readFileSync(file, 'utf8');
  return buildChecklist(lint(text, { locale, readFile: readerFor(path.dirname(file)) }), locale);
}

function checklistOfText(text: string, locale: Locale = 'en'): Checklist {
  return buildChecklist(lint(text, { locale, asOf: '2026-11-23' }), locale);
}

/** Compares with test/golden/checklist/<name>; UPDATE_GOLDEN=1 writes it. */
function golden(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, actual);
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `golden ${name} differs (UPDATE_GOLDEN=1 rewrites it)`);
}

const STYLES = '/* styles */';

describe('checklist model', () => {
  it('summarizes the organization, servers at the start and target', () => {
    const c = checklistOf(path.join(FIXTURES, 'cutover-small.runbook.yaml'));
    assert.strictEqual(c.title, 'Tailspin Toys – cutover migration to Microsoft 365');
    assert.deepStrictEqual(c.organization, {
      name: 'Tailspin Toys',
      mailboxes: 85,
      servers: [{ name: 'TT-EX07', version: '2007', update: 'SP3 RU23' }],
      target: 'Exchange Online (cutover migration)',
    });
    assert.deepStrictEqual(
      c.phases.map((p) => [p.id, p.title, p.progress]),
      [
        ['prepare', 'Prepare the source and the tenant', { done: 0, total: 4, hours: 0 }],
        ['migrate', 'Migrate every mailbox', { done: 0, total: 6, hours: 120 }],
        ['retire', 'Retire Exchange 2007', { done: 0, total: 1, hours: 0 }],
      ],
    );
    assert.deepStrictEqual(c.progress, { done: 0, total: 11, hours: 120 });
    assert.strictEqual(c.broken, false);
  });

  it('counts done steps and sums durations per phase and overall', () => {
    const c = checklistOf(path.join(DIR, 'progress.runbook.yaml'));
    assert.deepStrictEqual(c.progress, { done: 2, total: 6, hours: 2 + 12 + 24 + 168 });
    assert.deepStrictEqual(c.phases[0].progress, { done: 2, total: 2, hours: 14 });
    assert.deepStrictEqual(
      c.phases[1].steps.map((s) => [s.index, s.title, s.derived, s.owner, s.duration, s.done]),
      [
        [2, 'Install Exchange 2019 CU15 on CON-EX19', true, undefined, '1d', false],
        [3, 'Move client access, then transport', false, 'Björn', '1w', false],
        [4, 'Move 1 mailbox from CON-EX13 to CON-EX19', true, undefined, undefined, false],
        [5, 'Decommission CON-EX13', true, undefined, undefined, false],
      ],
    );
  });

  it('puts each finding at its step and the rest at the top', () => {
    const c = checklistOf(path.join(DIR, 'progress.runbook.yaml'));
    assert.deepStrictEqual(
      c.general.map((f) => [f.ruleId, f.severity, f.line, f.column]),
      [['end-of-support', 'warning', 15, 12]],
    );
    const withFindings = c.phases.flatMap((p) => p.steps).filter((s) => s.findings.length);
    assert.deepStrictEqual(
      withFindings.map((s) => [s.index, s.findings.map((f) => [f.ruleId, f.severity, f.line])]),
      [[5, [['decommission-with-data', 'error', 53]]]],
    );
  });

  it('formats durations as calendar weeks, days and hours', () => {
    assert.strictEqual(formatDuration(0, 'en'), '');
    assert.strictEqual(formatDuration(4, 'en'), '4h');
    assert.strictEqual(formatDuration(52, 'en'), '2d 4h');
    assert.strictEqual(formatDuration(206, 'en'), '1w 1d 14h');
    assert.strictEqual(formatDuration(1.5, 'en'), '1.5h');
    assert.strictEqual(formatDuration(1.5, 'sv'), '1,5 h');
    assert.strictEqual(formatDuration(206, 'sv'), '1 v 1 d 14 h');
  });

  it('survives input that is not a runbook', () => {
    for (const text of ['', 'a: [', '- 1\n- 2', 'phases: 3', 'phases:\n  - steps: [1, null, {action: 5}]', '\u0000\u0001binary']) {
      const c = checklistOfText(text);
      const html = renderChecklistBody(c, { mode: 'preview' });
      const md = renderChecklistMarkdown(c);
      assert.ok(html.includes('<h1 class="cl-title">Untitled runbook</h1>'), text);
      assert.ok(md.startsWith('# Untitled runbook\n'), text);
    }
    const broken = checklistOfText('title: x\nphases: [');
    assert.strictEqual(broken.broken, true);
    assert.ok(renderChecklistMarkdown(broken).includes('_The runbook cannot be read as YAML; fix the syntax error to see the checklist._'));
  });

  it('has every message in English and Swedish', () => {
    assert.deepStrictEqual(Object.keys(checklistSv).sort(), Object.keys(checklistEn).sort());
    for (const [key, en] of Object.entries(checklistEn)) {
      const sv = checklistSv[key as keyof typeof checklistSv];
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(',');
      assert.strictEqual(placeholders(sv), placeholders(en), key);
      assert.strictEqual(sv.includes('|'), en.includes('|'), key);
    }
  });
});

describe('checklist golden renderings', () => {
  const cases: [string, string, Locale][] = [
    ['cutover-small', path.join(FIXTURES, 'cutover-small.runbook.yaml'), 'en'],
    ['progress', path.join(DIR, 'progress.runbook.yaml'), 'en'],
    ['progress.sv', path.join(DIR, 'progress.runbook.yaml'), 'sv'],
    ['invalid-2016-over-2007.sv', path.join(FIXTURES, 'invalid-2016-over-2007.runbook.yaml'), 'sv'],
  ];
  for (const [name, file, locale] of cases) {
    it(`${name}: Markdown`, () => golden(`${name}.expected.md`, renderChecklistMarkdown(checklistOf(file, locale))));
    it(`${name}: preview HTML`, () => golden(`${name}.expected.html`, renderChecklistBody(checklistOf(file, locale), { mode: 'preview' })));
  }
  it('progress: standalone export document', () => {
    golden('progress.export.expected.html', renderChecklistDocument(checklistOf(path.join(DIR, 'progress.runbook.yaml')), { styles: STYLES, fileName: 'progress.runbook.yaml' }));
  });
});

describe('checklist HTML', () => {
  const progress = () => checklistOf(path.join(DIR, 'progress.runbook.yaml'));

  it('renders real checkboxes with labels, checked for done steps', () => {
    const html = renderChecklistBody(progress(), { mode: 'preview' });
    assert.strictEqual((html.match(/<input type="checkbox"/g) ?? []).length, 6);
    assert.strictEqual((html.match(/ checked>/g) ?? []).length, 2);
    for (let i = 0; i < 6; i++) {
      assert.ok(html.includes(`<input type="checkbox" class="cl-check" id="step-${i}-check" data-step="${i}"`), `box ${i}`);
      assert.ok(html.includes(`<label class="cl-step-title" for="step-${i}-check" id="step-${i}-title"`), `label ${i}`);
    }
  });

  it('labels the progress bars for screen readers', () => {
    const html = renderChecklistBody(progress(), { mode: 'preview' });
    assert.ok(
      html.includes(
        '<progress class="cl-progress-bar" max="6" value="2" aria-labelledby="cl-overall-label" aria-valuetext="2 of 6 steps done">',
      ),
    );
    assert.ok(html.includes('<span class="cl-progress-text">2 of 6 done · 1w 1d 14h</span>'));
    assert.ok(html.includes('aria-valuetext="Install and move: 0 of 4 steps done"'));
  });

  it('export: disabled boxes, no reveal buttons, no script, printable', () => {
    const doc = renderChecklistDocument(progress(), { styles: fs.readFileSync(path.join(ROOT, 'media', 'preview.css'), 'utf8') });
    assert.ok(!/<script/i.test(doc));
    assert.ok(!doc.includes('cl-reveal"'));
    assert.strictEqual((doc.match(/<input type="checkbox"[^>]* disabled>/g) ?? []).length, 6);
    assert.ok(doc.includes('@media print'));
    assert.ok(doc.includes('var(--vscode-foreground, var(--cl-fallback-fg))'));
  });

  it('keeps a stylesheet from closing its <style> element', () => {
    const doc = renderChecklistDocument(progress(), { styles: 'a{}</style><script>x</script>' });
    assert.ok(!doc.includes('</style><script>'));
  });

  it('renders notes as Markdown with only http(s) and mailto links', () => {
    assert.strictEqual(
      renderNotes('[a](https://x.example/) [b](mailto:a@b.c) [c](javascript:alert(1)) [d](data:text/html,x) [e](file:///etc/passwd) [f](relative.md) [g](HTTP://X.EXAMPLE)'),
      '<p><a href="https://x.example/">a</a> <a href="mailto:a@b.c">b</a> [c](javascript:alert(1)) [d](data:text/html,x) [e](file:///etc/passwd) [f](relative.md) <a href="HTTP://X.EXAMPLE">g</a></p>\n',
    );
    assert.strictEqual(renderNotes('<b onclick="x()">hi</b>'), '<p>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;</p>\n');
    assert.strictEqual(renderNotes('![i](javascript:x) ![j](https://img.example/a.png)'), '<p>![i](javascript:x) <img src="https://img.example/a.png" alt="j"></p>\n');
  });
});

describe('checklist: hostile runbook', () => {
  const file = path.join(DIR, 'hostile.runbook.yaml');
  for (const locale of ['en', 'sv'] as const) {
    it(`renders every string as inert text (${locale})`, () => {
      const c = checklistOf(file, locale);
      const fragments = [renderChecklistBody(c, { mode: 'preview' }), renderChecklistDocument(c, { styles: STYLES })];
      for (const html of fragments) {
        // No element from the runbook: every tag in the output is one the renderer writes.
        const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
        const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'footer', 'header', 'h1', 'h2', 'dl', 'div', 'dt', 'dd', 'span', 'progress', 'section', 'ul', 'li', 'input', 'label', 'button', 'p', 'code'];
        assert.deepStrictEqual([...tags].filter((t) => !allowed.includes(t)), []);
        assert.ok(!/<[^>]*\son[a-z]+=/i.test(html), 'no tag carries an on* attribute');
        assert.ok(!/href="(?!https?:|mailto:)/i.test(html), 'only http(s)/mailto links');
        assert.ok(!/<style>body/.test(html));
      }
      const body = fragments[0];
      assert.ok(body.includes('<h1 class="cl-title">&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;</h1>'));
      assert.ok(body.includes('>&lt;script&gt;window.__pwned = 3&lt;/script&gt;</label>'));
      assert.ok(body.includes('data-offset="854">'), 'attribute values are numbers the renderer computed');
    });
  }

  it('Markdown export: titles escaped, unsafe links and raw HTML in notes made inert', () => {
    const md = renderChecklistMarkdown(checklistOf(file));
    assert.ok(md.startsWith('# \\<script\\>window.\\__pwned = 1\\</script\\>\\<img src=x onerror="window.\\__pwned=2"\\>\n'));
    assert.ok(md.includes('  &lt;script>window.__pwned = 4&lt;/script>\n'));
    assert.ok(md.includes('  [click]\\(javascript:window.__pwned=6) [data]\\(data:text/html;base64,PHNjcmlwdD4=) [vb]\\(vbscript:msgbox)\n'));
    assert.ok(!/\]\((?!https?:|mailto:)[a-z]+:/i.test(md));
  });
});

describe('checklist Markdown', () => {
  it('escapes what would become markup', () => {
    assert.strictEqual(escapeMarkdown('a *b* [c](d) <e> `f` | g ~ h & i'), 'a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` \\| g \\~ h \\& i');
    assert.strictEqual(escapeMarkdown('EX07_MBX _x_'), 'EX07_MBX \\_x\\_');
    assert.strictEqual(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.strictEqual(escapeMarkdown('1. not a list'), '\\1. not a list');
  });

  it('leaves safe notes alone and code untouched', () => {
    const notes = 'See [docs](https://learn.microsoft.com/x) and <https://a.example>.\n`<b>` stays\n```\n<script>\n[x](javascript:y)\n```\n';
    assert.strictEqual(safeNotes(notes), notes);
  });

  it('is a GitHub task list with a section per phase', () => {
    const md = renderChecklistMarkdown(checklistOf(path.join(DIR, 'progress.runbook.yaml')));
    assert.deepStrictEqual(md.match(/^## .*$/gm), ['## Prepare Active Directory', '## Install and move']);
    assert.deepStrictEqual(md.match(/^- \[[ x]\] .*$/gm)!.map((l) => l.slice(0, 5)), ['- [x]', '- [x]', '- [ ]', '- [ ]', '- [ ]', '- [ ]']);
  });
});

describe('exchange-runbook checklist (function)', () => {
  function run(args: string[], env: NodeJS.ProcessEnv = {}) {
    let stdout = '';
    let stderr = '';
    return checklistCommand(args, {
      cwd: ROOT,
      env,
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
    }).then((code) => ({ code, stdout, stderr }));
  }

  it('prints the Markdown checklist (the golden file) and exits 0', async () => {
    const r = await run(['test/fixtures/cutover-small.runbook.yaml', '--format', 'markdown']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.stdout, fs.readFileSync(path.join(DIR, 'cutover-small.expected.md'), 'utf8'));
  });

  it('defaults to Markdown; --locale sv and LANG=sv_SE both speak Swedish', async () => {
    const file = 'test/golden/checklist/progress.runbook.yaml';
    const expected = fs.readFileSync(path.join(DIR, 'progress.sv.expected.md'), 'utf8');
    assert.strictEqual((await run([file, '--locale', 'sv'])).stdout, expected);
    assert.strictEqual((await run([file], { LANG: 'sv_SE.UTF-8' })).stdout, expected);
    assert.strictEqual((await run([file, '--locale=en'], { LANG: 'sv_SE.UTF-8' })).stdout, fs.readFileSync(path.join(DIR, 'progress.expected.md'), 'utf8'));
  });

  it('--format html prints a standalone document with the real stylesheet', async () => {
    const r = await run(['test/golden/checklist/progress.runbook.yaml', '--format=html']);
    assert.strictEqual(r.code, 0);
    const css = fs.readFileSync(path.join(ROOT, 'media', 'preview.css'), 'utf8');
    assert.strictEqual(
      r.stdout,
      renderChecklistDocument(checklistOf(path.join(DIR, 'progress.runbook.yaml')), { styles: css, fileName: 'progress.runbook.yaml' }),
    );
  });

  it('--as-of changes the findings shown', async () => {
    const file = 'test/golden/checklist/progress.runbook.yaml';
    const before = await run([file, '--as-of', '2025-01-01']);
    assert.strictEqual(before.code, 0);
    assert.ok(!before.stdout.includes('end-of-support'));
    assert.ok((await run([file])).stdout.includes('(`end-of-support`, line 15)'));
  });

  const usage: [string[], string][] = [
    [[], 'exchange-runbook: no file given: exchange-runbook checklist <file> [--format markdown|html]\n'],
    [['a.runbook.yaml', 'b.runbook.yaml'], 'exchange-runbook: checklist takes one file, not 2: exchange-runbook checklist <file> [--format markdown|html]\n'],
    [['x', '--format', 'pdf'], 'exchange-runbook: --format must be markdown or html, not `pdf`\n'],
    [['x', '--locale', 'de'], 'exchange-runbook: --locale must be en or sv, not `de`\n'],
    [['x', '--as-of', '2026-13-01'], 'exchange-runbook: --as-of must be a date as YYYY-MM-DD, not `2026-13-01`\n'],
    [['x', '--bogus'], "exchange-runbook: Unknown option '--bogus'; run `exchange-runbook --help`\n"],
    [['missing.runbook.yaml'], 'exchange-runbook: cannot read missing.runbook.yaml: no such file or directory\n'],
    [['test/fixtures'], 'exchange-runbook: cannot read test/fixtures: is a directory\n'],
  ];
  for (const [args, message] of usage) {
    it(`exit 2 with one stderr line: ${JSON.stringify(args)}`, async () => {
      const r = await run(args);
      assert.deepStrictEqual([r.code, r.stdout, r.stderr], [2, '', message]);
    });
  }
});

describe('exchange-runbook checklist (built bin)', () => {
  const bin = path.join(ROOT, 'bin', 'exchange-runbook.js');
  const built = fs.existsSync(path.join(ROOT, 'dist', 'cli.js'));

  it('prints the golden Markdown through the dispatcher', function () {
    if (!built) this.skip(); // `npm test` builds first
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const r = spawnSync(process.execPath, [bin, 'checklist', 'test/fixtures/cutover-small.runbook.yaml', '--format', 'markdown'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
    });
    assert.deepStrictEqual([r.status, r.stderr], [0, '']);
    assert.strictEqual(r.stdout, fs.readFileSync(path.join(DIR, 'cutover-small.expected.md'), 'utf8'));
    const bad = spawnSync(process.execPath, [bin, 'checklist', 'nope.runbook.yaml'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
    assert.deepStrictEqual([bad.status, bad.stdout, bad.stderr], [2, '', 'exchange-runbook: cannot read nope.runbook.yaml: no such file or directory\n']);
  });
});
