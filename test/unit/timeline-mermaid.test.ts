// The Mermaid gantt block of the Markdown export (src/core/timeline-mermaid.ts), checked
// with mermaid's own parser (test/unit/mermaid-parse.mjs, in a process of its own with
// jsdom): every step becomes one task with its planned times, and hostile titles stay text.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { CUTOVER, edit } from './rules/online-helpers';
import { FIXTURES } from './helpers';
import { lint } from '../../src/core/lint';
import { buildChecklist } from '../../src/core/checklist/model';
import { renderChecklistMarkdown } from '../../src/core/checklist/markdown';
import { mermaidText, renderMermaidGantt } from '../../src/core/timeline-mermaid';

interface Parsed {
  ok: boolean;
  error?: string;
  type?: string;
  title?: string;
  tasks?: {
    section: string;
    name: string;
    start: string | null;
    end: string | null;
    milestone: boolean;
    done: boolean;
    crit: boolean;
  }[];
}

/** The ```mermaid block of a Markdown text through mermaid's parser; dates read in UTC. */
function parseBlock(markdown: string): Parsed {
  const block = /```mermaid\n([^]*?)\n```/.exec(markdown);
  assert.ok(block, 'a mermaid block');
  const run = spawnSync(process.execPath, [path.join(__dirname, 'mermaid-parse.mjs')], {
    input: block[1],
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    timeout: 60_000,
  });
  assert.strictEqual(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Parsed;
}

function markdownOf(text: string): string {
  return renderChecklistMarkdown(buildChecklist(lint(text, {}), 'en'));
}

describe('timeline: the Mermaid gantt block', function () {
  // Each parse starts mermaid and jsdom in a process of their own.
  this.timeout(60_000);

  it('only with a schedule.start', () => {
    assert.doesNotMatch(markdownOf(CUTOVER), /```mermaid/);
  });

  it('cutover-small: one task per step with its planned times, milestones for steps without duration', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'cutover-small.runbook.yaml'), 'utf8');
    const checklist = buildChecklist(lint(text, {}), 'en');
    const parsed = parseBlock(renderChecklistMarkdown(checklist));
    assert.ok(parsed.ok, parsed.error);
    assert.strictEqual(parsed.type, 'gantt');
    assert.strictEqual(parsed.title, checklist.title);
    const steps = checklist.phases.flatMap((p) => p.steps.map((s) => ({ section: p.title, name: s.title })));
    assert.deepStrictEqual(
      parsed.tasks!.map((t) => ({ section: t.section, name: t.name })),
      steps,
    );
    // Wall clock as written (+01:00), read by the parser in UTC: 18:00 stays 18:00.
    const mx = parsed.tasks!.find((t) => t.name === 'Point MX to Microsoft 365')!;
    assert.deepStrictEqual(
      [mx.start, mx.end, mx.milestone],
      ['2026-12-06T18:00:00.000Z', '2026-12-09T18:00:00.000Z', false],
    );
    assert.strictEqual(parsed.tasks!.filter((t) => t.milestone).length, 9);
    assert.ok(
      parsed.tasks!.every((t) => t.start && t.end),
      'every date valid',
    );
  });

  it('done steps are done, pinned steps critical; times across the DST change as written', () => {
    const text = edit(
      edit(CUTOVER, 'asOf: 2026-11-23\n', 'asOf: 2026-11-23\nschedule:\n  start: 2026-03-28T22:00+01:00\n'),
      '      - action: switch-mx\n',
      '      - action: switch-mx\n        at: 2026-03-29T10:00+02:00\n        duration: 6h\n        done: true\n',
    );
    const parsed = parseBlock(markdownOf(text));
    assert.ok(parsed.ok, parsed.error);
    const mx = parsed.tasks!.find((t) => t.name === 'Point MX to Microsoft 365')!;
    assert.deepStrictEqual(
      [mx.start, mx.end, mx.done, mx.crit],
      ['2026-03-29T10:00:00.000Z', '2026-03-29T16:00:00.000Z', true, true],
    );
    const first = parsed.tasks![0];
    assert.strictEqual(first.start, '2026-03-28T22:00:00.000Z');
  });

  it('hostile titles stay text: colons, semicolons, #, %%, backticks, line breaks and keywords', () => {
    const hostile = [
      'Cut: over; now # 1 %% not a comment',
      'section Not a section',
      'Title: not the title',
      'click s0 call alert(1)',
      '```\n## Not a heading',
      'dateFormat YYYY',
      '<img src=x onerror=alert(1)> & "quotes" \\',
    ];
    let text = edit(CUTOVER, 'asOf: 2026-11-23\n', 'asOf: 2026-11-23\nschedule:\n  start: 2026-03-28T22:00+01:00\n');
    text = edit(text, '    title: Prepare\n', `    title: ${JSON.stringify('Phase: one; #2 section x')}\n`);
    const actions = [
      'configure-outlook-anywhere',
      'grant-migration-permissions',
      'verify-domain',
      'create-migration-endpoint',
      'create-migration-batch',
      'start-migration-batch',
      'switch-mx',
    ];
    actions.forEach((action, i) => {
      text = edit(
        text,
        `      - action: ${action}\n`,
        `      - action: ${action}\n        title: ${JSON.stringify(hostile[i])}\n        duration: 1h\n`,
      );
    });
    const markdown = markdownOf(text);
    const block = /```mermaid\n([^]*?)\n```/.exec(markdown)![1];
    // Nothing closes the fence early, and every task is one line.
    assert.strictEqual(block.split('\n').filter((l) => l.includes(' :')).length, 10);
    assert.doesNotMatch(block, /```|%%/);
    const parsed = parseBlock(markdown);
    assert.ok(parsed.ok, parsed.error);
    assert.strictEqual(parsed.tasks!.length, 10);
    assert.deepStrictEqual(
      parsed.tasks!.slice(0, 7).map((t) => t.name),
      hostile.map((h) => h.replace(/\s+/g, ' ')),
    );
    assert.strictEqual(parsed.tasks![0].section, 'Phase: one; #2 section x');
    assert.ok(
      parsed.tasks!.every((t) => t.start && t.end),
      'every date valid',
    );
  });

  it('mermaidText writes the grammar’s characters as entity codes and defuses keywords', () => {
    assert.strictEqual(mermaidText('a:b;c#d%e`f'), 'a#58;b#59;c#35;d#37;e#96;f');
    assert.strictEqual(mermaidText('Section 2'), '#83;ection 2');
    assert.strictEqual(mermaidText('Sections are fine in the middle'), '#83;ections are fine in the middle');
    assert.strictEqual(mermaidText('Move section 2'), 'Move section 2');
    assert.strictEqual(mermaidText(''), '-');
    assert.strictEqual(mermaidText('x'.repeat(200), 10), 'xxxxxxxxx…');
  });

  it('renderMermaidGantt: a zero-length plan is all milestones', () => {
    const at = { epochMs: Date.UTC(2026, 0, 1), offsetMinutes: 60 };
    const block = renderMermaidGantt(
      {
        start: at,
        end: at,
        pins: [],
        phases: [
          {
            index: 0,
            title: 'P',
            offset: 0,
            start: at,
            end: at,
            stepsDone: 0,
            stepsTotal: 1,
            done: false,
            steps: [{ index: 0, title: 'S', start: at, end: at, done: false, pinned: false }],
          },
        ],
      },
      'T',
    );
    assert.match(block, /^```mermaid\ngantt\n {2}title T\n[^]*\n {2}S :milestone, s0, 2026-01-01 01:00, 0m\n```\n$/);
  });
});
