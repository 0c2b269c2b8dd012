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
import MarkdownIt from 'markdown-it';
import { notesToMarkdown } from '../../src/core/checklist/notes';
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
        ['prepare', 'Prepare the source and the tenant', { done: 0, skipped: 0, total: 4, hours: 0 }],
        ['migrate', 'Migrate every mailbox', { done: 0, skipped: 0, total: 6, hours: 120 }],
        ['retire', 'Retire Exchange 2007', { done: 0, skipped: 0, total: 1, hours: 0 }],
      ],
    );
    assert.deepStrictEqual(c.progress, { done: 0, skipped: 0, total: 11, hours: 120 });
    assert.strictEqual(c.broken, false);
  });

  it('counts done steps and sums durations per phase and overall', () => {
    const c = checklistOf(path.join(DIR, 'progress.runbook.yaml'));
    assert.deepStrictEqual(c.progress, { done: 2, skipped: 0, total: 6, hours: 2 + 12 + 24 + 168 });
    assert.deepStrictEqual(c.phases[0].progress, { done: 2, skipped: 0, total: 2, hours: 14 });
    assert.deepStrictEqual(
      c.phases[1].steps.map((s) => [s.index, s.title, s.derived, s.owner, s.duration, s.done]),
      [
        [2, 'Install Exchange 2019 CU14 on CON-EX19', true, undefined, '1d', false],
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
    for (const text of [
      '',
      'a: [',
      '- 1\n- 2',
      'phases: 3',
      'phases:\n  - steps: [1, null, {action: 5}]',
      '\u0000\u0001binary',
    ]) {
      const c = checklistOfText(text);
      const html = renderChecklistBody(c, { mode: 'preview' });
      const md = renderChecklistMarkdown(c);
      assert.ok(html.includes('<h1 class="cl-title">Untitled runbook</h1>'), text);
      assert.ok(md.startsWith('# Untitled runbook\n'), text);
    }
    const broken = checklistOfText('title: x\nphases: [');
    assert.strictEqual(broken.broken, true);
    assert.ok(
      renderChecklistMarkdown(broken).includes(
        '_The runbook cannot be read as YAML; fix the syntax error to see the checklist._',
      ),
    );
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
    ['record', path.join(DIR, 'record.runbook.yaml'), 'en'],
    ['record.sv', path.join(DIR, 'record.runbook.yaml'), 'sv'],
  ];
  for (const [name, file, locale] of cases) {
    it(`${name}: Markdown`, () => golden(`${name}.expected.md`, renderChecklistMarkdown(checklistOf(file, locale))));
    it(`${name}: preview HTML`, () =>
      golden(`${name}.expected.html`, renderChecklistBody(checklistOf(file, locale), { mode: 'preview' })));
  }
  it('record: standalone export document', () => {
    golden(
      'record.export.expected.html',
      renderChecklistDocument(checklistOf(path.join(DIR, 'record.runbook.yaml')), {
        styles: STYLES,
        fileName: 'record.runbook.yaml',
      }),
    );
  });
  it('progress: standalone export document', () => {
    golden(
      'progress.export.expected.html',
      renderChecklistDocument(checklistOf(path.join(DIR, 'progress.runbook.yaml')), {
        styles: STYLES,
        fileName: 'progress.runbook.yaml',
      }),
    );
  });
});

describe('checklist HTML', () => {
  const progress = () => checklistOf(path.join(DIR, 'progress.runbook.yaml'));

  it('renders real checkboxes with labels, checked for done steps', () => {
    const html = renderChecklistBody(progress(), { mode: 'preview' });
    assert.strictEqual((html.match(/<input type="checkbox"/g) ?? []).length, 6);
    assert.strictEqual((html.match(/ checked>/g) ?? []).length, 2);
    for (let i = 0; i < 6; i++) {
      assert.ok(
        html.includes(`<input type="checkbox" class="cl-check" id="step-${i}-check" data-step="${i}"`),
        `box ${i}`,
      );
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
    const doc = renderChecklistDocument(progress(), {
      styles: fs.readFileSync(path.join(ROOT, 'media', 'preview.css'), 'utf8'),
    });
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
      renderNotes(
        '[a](https://x.example/) [b](mailto:a@b.c) [c](javascript:alert(1)) [d](data:text/html,x) [e](file:///etc/passwd) [f](relative.md) [g](HTTP://X.EXAMPLE)',
      ),
      '<p><a href="https://x.example/">a</a> <a href="mailto:a@b.c">b</a> [c](javascript:alert(1)) [d](data:text/html,x) [e](file:///etc/passwd) [f](relative.md) <a href="HTTP://X.EXAMPLE">g</a></p>\n',
    );
    assert.strictEqual(
      renderNotes('<b onclick="x()">hi</b>'),
      '<p>&lt;b onclick=&quot;x()&quot;&gt;hi&lt;/b&gt;</p>\n',
    );
    assert.strictEqual(
      renderNotes('![i](javascript:x) ![j](https://img.example/a.png)'),
      '<p>![i](javascript:x) <img src="https://img.example/a.png" alt="j"></p>\n',
    );
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
        const allowed = [
          'html',
          'head',
          'meta',
          'title',
          'style',
          'body',
          'main',
          'footer',
          'header',
          'h1',
          'h2',
          'dl',
          'div',
          'dt',
          'dd',
          'span',
          'progress',
          'section',
          'ul',
          'li',
          'input',
          'label',
          'button',
          'p',
          'code',
          'pre',
        ];
        assert.deepStrictEqual(
          [...tags].filter((t) => !allowed.includes(t)),
          [],
        );
        assert.ok(!/<[^>]*\son[a-z]+=/i.test(html), 'no tag carries an on* attribute');
        assert.ok(!/href="(?!https?:|mailto:)/i.test(html), 'only http(s)/mailto links');
        assert.ok(!/<style>body/.test(html));
      }
      const body = fragments[0];
      assert.ok(
        body.includes(
          '<h1 class="cl-title">&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;</h1>',
        ),
      );
      assert.ok(body.includes('>&lt;script&gt;window.__pwned = 3&lt;/script&gt;</label>'));
      // The export keeps where each step is in the text; the preview's items hold no offsets.
      assert.ok(fragments[1].includes('data-offset="854">'), 'attribute values are numbers the renderer computed');
      assert.ok(!body.includes('data-offset'), 'no offsets in the preview');
    });
  }

  it('Markdown export: titles escaped, unsafe links and raw HTML in notes made inert', () => {
    const md = renderChecklistMarkdown(checklistOf(file));
    assert.ok(
      md.startsWith('# \\<script\\>window.\\__pwned = 1\\</script\\>\\<img src=x onerror="window.\\__pwned=2"\\>\n'),
    );
    assert.ok(md.includes('  \\<script\\>window.\\__pwned = 4\\</script\\>\n'));
    assert.ok(
      md.includes(
        '  \\[click\\](javascript:window.\\__pwned=6) \\[data\\](data:text/html;base64,PHNjcmlwdD4=) \\[vb\\](vbscript:msgbox)\n',
      ),
    );
    assert.ok(md.includes('  !\\[img\\](javascript:alert(1)) \\<a href="javascript:alert(1)"\\>raw\\</a\\>\n'));
    assertInert(md);
  });
});

/**
 * What a careless reader makes of Markdown: raw HTML on and every link scheme allowed.
 * Exported Markdown must stay inert even there.
 */
function permissiveRender(md: string): string {
  const reader = new MarkdownIt({ html: true });
  reader.validateLink = () => true;
  return reader.render(md);
}

function assertInert(md: string): void {
  const html = permissiveRender(md);
  const tags = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
  const allowed = [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'em',
    'strong',
    's',
    'code',
    'pre',
    'a',
    'blockquote',
    'hr',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ];
  assert.deepStrictEqual(
    [...tags].filter((t) => !allowed.includes(t)),
    [],
    html,
  );
  assert.ok(!/<[^>]*\son[a-z]+=/i.test(html), `no tag carries an on* attribute: ${html}`);
  assert.ok(!/(href|src)="(?!https?:|mailto:)/i.test(html), `only http(s)/mailto links: ${html}`);
}

// Notes a regex over text misjudged (the regex export let each through as raw HTML or a
// script link): every one is now text to any CommonMark reader, even one allowing HTML.
const HOSTILE_NOTES: [string, string, string][] = [
  [
    'backtick runs of unequal length',
    '``<img src=x onerror="alert(1)">`',
    '\\`\\`\\<img src=x onerror="alert(1)"\\>\\`',
  ],
  [
    'an indented code fence',
    '    ```\n<img src=x onerror="alert(2)">\n    ```',
    '````\n```\n````\n\n\\<img src=x onerror="alert(2)"\\>\n\\`\\`\\`',
  ],
  [
    'mixed fences',
    '```\n~~~\n```\n<img src=x onerror="alert(3)">\n~~~',
    '```\n~~~\n```\n\n\\<img src=x onerror="alert(3)"\\>\n\n```\n```',
  ],
  ['an entity-encoded javascript: link', '[x](javascript&#58;alert(4))', '\\[x\\](javascript:alert(4))'],
  ['a line-broken javascript: link', '[x](\njavascript:alert(5))', '\\[x\\](\njavascript:alert(5))'],
  [
    'a reference-style javascript: link',
    '[x][r]\n\n[r]: javascript:alert(6)',
    '\\[x\\]\\[r\\]\n\n\\[r\\]: javascript:alert(6)',
  ],
  [
    '<img onerror> after an escaped backtick',
    '\\`<img src=x onerror="alert(7)">`',
    '\\`\\<img src=x onerror="alert(7)"\\>\\`',
  ],
];

describe('checklist Markdown: notes written from markdown-it tokens', () => {
  for (const [what, notes, expected] of HOSTILE_NOTES) {
    it(`${what}: text, not HTML or a link`, () => {
      // The pattern is live in a permissive reader as written...
      assert.ok(/<img|href="javascript:/i.test(permissiveRender(notes)), 'the pattern attacks as written');
      // ...and inert once exported.
      assert.strictEqual(notesToMarkdown(notes), expected);
      assertInert(notesToMarkdown(notes));
      assertInert(
        renderChecklistMarkdown(
          checklistOfText(
            `runbook: 1\nphases:\n  - steps:\n      - action: custom\n        title: t\n        notes: ${JSON.stringify(notes)}\n`,
          ),
        ),
      );
    });
  }

  it('other spellings of HTML and script links stay text too', () => {
    for (const notes of [
      '<IMG SRC=x OnError=alert(1)>',
      '<!-- c --><script>alert(1)</script>',
      '<![CDATA[x]]><?php x ?>',
      '&lt;img src=x onerror=alert(1)&gt;',
      '&#60;img src=x onerror=alert(1)&#62;',
      '[a](JaVaScRiPt:alert(1)) [b]( javascript:alert(1) ) [c](<javascript:alert(1)>)',
      '[d](java\tscript:alert(1)) [e](&#x6A;avascript:alert(1)) [f](data:text/html,<script>x</script>)',
      '<javascript:alert(1)> <mailto:a@b.c> <https://ok.example>',
      '![x](javascript:alert(1)) ![y](https://img.example/a.png" onerror="alert(1))',
      '[x](https://ok.example "t" onmouseover="alert(1)")',
      '- [a](https://ok.example)\n  > <b onclick=x>q</b>\n  > ```\n  > <script>\n  > ```',
      '| <img src=x onerror=alert(1)> | `<b>` |\n|---|---|\n| [x](javascript:y) | ok |',
      '```` ```\n<script>\n```` \n<script>alert(1)</script>',
      '\\<img src=x onerror=alert(1)>',
    ]) {
      assertInert(notesToMarkdown(notes));
    }
  });

  it('leaves ordinary notes meaning what they meant: the same HTML before and after', () => {
    const notes = [
      'See [docs](https://learn.microsoft.com/x) and <https://a.example>.\n`<b>` stays\n```\n<script>\n[x](javascript:y)\n```\n',
      '- one\n- two\n  - nested *em* **strong** ~~gone~~\n- three\n',
      '1. a\n2. b\n\n   para in b\n3. c\n',
      '> quote\n> more\n\n# Head\n\nSetext\n======\n\n---\n\n    indented code\n    more\n',
      '| a | b |\n|:--|--:|\n| `x` | [l](https://x.example) |\n',
      'line one  \nline two\\\nthree\n\n* 5 mailboxes_x EX07_MBX _em_ 1. not\n+ plus\n',
      'Use `` a`b `` and ` `` ` here; ![pic](https://img.example/a.png "T\\"q") [m](mailto:a@b.c)\n',
      '~~~ps1 extra\nGet-Mailbox | ft\n~~~\n\n```\n```\n',
      'a\n-\n\nb\n1) x\n2) y\n\n7. seven\n8. eight\n',
      '[ref] and [link][ref]\n\n[ref]: https://ex.example/a_(b) "Title"\n',
      'Wait 72 hours & check &amp; &lt;tag&gt;\n- 1.5 hours\n- # not a heading\n',
      '- [ ] task\n- [x] done\n',
    ];
    for (const text of notes) {
      const md = notesToMarkdown(text);
      assert.strictEqual(renderNotes(md), renderNotes(text), md);
      assert.strictEqual(notesToMarkdown(md), md, 'writing it again changes nothing');
    }
  });

  it('writes readable Markdown: plain links, fences longer than the code, task boxes kept', () => {
    assert.strictEqual(
      notesToMarkdown('[a](https://x.example/a) [b](https://x.example/a b)'),
      '[a](https://x.example/a) \\[b\\](https://x.example/a b)',
    );
    assert.strictEqual(notesToMarkdown('[a](<https://x.example/a b>)'), '[a](https://x.example/a%20b)');
    assert.strictEqual(notesToMarkdown('[c](<https://x.example/(>)'), '[c](<https://x.example/(>)');
    assert.strictEqual(notesToMarkdown('~~~\n```js\n~~~'), '````\n```js\n````');
    assert.strictEqual(notesToMarkdown('- [ ] a\n- [x] b'), '- [ ] a\n- [x] b');
    assert.strictEqual(notesToMarkdown('`` `x` ``'), '`` `x` ``');
  });
});

describe('checklist Markdown', () => {
  it('escapes what would become markup', () => {
    assert.strictEqual(
      escapeMarkdown('a *b* [c](d) <e> `f` | g ~ h & i'),
      'a \\*b\\* \\[c\\](d) \\<e\\> \\`f\\` \\| g \\~ h \\& i',
    );
    assert.strictEqual(escapeMarkdown('EX07_MBX _x_'), 'EX07_MBX \\_x\\_');
    assert.strictEqual(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.strictEqual(escapeMarkdown('1. not a list'), '\\1. not a list');
  });

  it('is a GitHub task list with a section per phase', () => {
    const md = renderChecklistMarkdown(checklistOf(path.join(DIR, 'progress.runbook.yaml')));
    assert.deepStrictEqual(md.match(/^## .*$/gm), ['## Prepare Active Directory', '## Install and move']);
    assert.deepStrictEqual(
      md.match(/^- \[[ x]\] .*$/gm)!.map((l) => l.slice(0, 5)),
      ['- [x]', '- [x]', '- [ ]', '- [ ]', '- [ ]', '- [ ]'],
    );
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
    assert.strictEqual(
      (await run([file, '--locale=en'], { LANG: 'sv_SE.UTF-8' })).stdout,
      fs.readFileSync(path.join(DIR, 'progress.expected.md'), 'utf8'),
    );
  });

  it('--format html prints a standalone document with the real stylesheet', async () => {
    const r = await run(['test/golden/checklist/progress.runbook.yaml', '--format=html']);
    assert.strictEqual(r.code, 0);
    const css = fs.readFileSync(path.join(ROOT, 'media', 'preview.css'), 'utf8');
    assert.strictEqual(
      r.stdout,
      renderChecklistDocument(checklistOf(path.join(DIR, 'progress.runbook.yaml')), {
        styles: css,
        fileName: 'progress.runbook.yaml',
      }),
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
    [
      [],
      'exchange-runbook: no file given: exchange-runbook checklist <file> [--format markdown|html|change-request]\n',
    ],
    [
      ['a.runbook.yaml', 'b.runbook.yaml'],
      'exchange-runbook: checklist takes one file, not 2: exchange-runbook checklist <file> [--format markdown|html|change-request]\n',
    ],
    [['x', '--format', 'pdf'], 'exchange-runbook: --format must be markdown, html or change-request, not `pdf`\n'],
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
    const r = spawnSync(
      process.execPath,
      [bin, 'checklist', 'test/fixtures/cutover-small.runbook.yaml', '--format', 'markdown'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
      },
    );
    assert.deepStrictEqual([r.status, r.stderr], [0, '']);
    assert.strictEqual(r.stdout, fs.readFileSync(path.join(DIR, 'cutover-small.expected.md'), 'utf8'));
    const bad = spawnSync(process.execPath, [bin, 'checklist', 'nope.runbook.yaml'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: '' },
    });
    assert.deepStrictEqual(
      [bad.status, bad.stdout, bad.stderr],
      [2, '', 'exchange-runbook: cannot read nope.runbook.yaml: no such file or directory\n'],
    );
  });
});
