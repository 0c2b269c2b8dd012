// The preview's memo (src/core/checklist/memo.ts) changes nothing the preview shows: after
// seeded random edits of the fixtures (typing, ticks, schedule starts, findings that come and
// go elsewhere, a locale switch, the run buttons), each analysed incrementally from the
// previous one as in the editor, the memoized checklist, steps' infos, HTML parts and page
// changes are exactly those of a fresh build of the same analysis.
import assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, analyzeIncremental, type Analysis } from '../../src/core/analysis';
import { applyEdits } from '../../src/core/fix';
import type { Checklist } from '../../src/core/checklist/model';
import { renderChecklistParts, type BodyParts, type HtmlOptions } from '../../src/core/checklist/html';
import { ChecklistMemo } from '../../src/core/checklist/memo';
import { pageChanges, type SentPage } from '../../src/core/checklist/patch';
import { previewFromLint } from '../../src/core/checklist/preview';
import { skipEdits, tickEdits, untickEdits } from '../../src/core/checklist/toggle';
import { stepAt } from '../../src/core/checklist/model';
import type { Locale } from '../../src/core/types';
import type { StepEntry } from '../../src/core/parse';
import { commandContextKey, stepCommands } from '../../src/core/powershell';
import { generateRunbook } from '../../scripts/bench';
import { FIXTURES } from './helpers';
import { apply, prng, randomEdit, runbooksUnder } from './random-edits';

const options = { asOf: '2026-11-23', readFile: () => undefined };

interface Built {
  checklist: Checklist;
  parts: BodyParts;
  page: SentPage;
}

function build(
  analysis: Analysis,
  locale: Locale,
  html: HtmlOptions,
  version: number,
  memo?: ChecklistMemo,
  run?: (run: NonNullable<HtmlOptions['run']>) => NonNullable<HtmlOptions['run']>,
): Built {
  let checklist: Checklist | undefined;
  let parts: BodyParts | undefined;
  const content = previewFromLint(
    { parsed: analysis.parsed, findings: analysis.findings() },
    locale,
    (c) => {
      checklist = c;
      parts = renderChecklistParts(c, run && html.run ? { ...html, run: run(html.run) } : html, memo);
      return '';
    },
    memo,
  );
  return {
    checklist: checklist!,
    parts: parts!,
    page: { version, parts: parts!, steps: content.steps },
  };
}

/** The steps' HTML in page order. */
function htmlOf(page: SentPage): string[] {
  return page.parts.phases.flatMap((phase) => phase.steps);
}

/** An edit that changes what is not a step's text but shows in steps: the schedule's start, a server's name. */
function elsewhere(text: string, random: () => number): string {
  const start = /(\n {2}start: )(\S+)/.exec(text);
  if (start && random() < 0.5) {
    const at = start.index + start[1].length;
    const hour = String(Math.floor(random() * 24)).padStart(2, '0');
    return text.slice(0, at) + `2026-12-0${1 + Math.floor(random() * 9)}T${hour}:00` + text.slice(at + start[2].length);
  }
  const name = /(\n {2}- name: )(\S+)/.exec(text);
  if (name) return text.slice(0, name.index + name[1].length) + 'X' + text.slice(name.index + name[1].length);
  return text;
}

describe('checklist memo (the preview rebuilds only what changed)', () => {
  it('gives the checklist, steps, HTML and page changes of a fresh build after every edit', () => {
    const random = prng(1616);
    const files = runbooksUnder(FIXTURES);
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    texts.push(generateRunbook(60));
    let checked = 0;
    let reused = 0;
    let runnableChecked = 0;
    for (let t = 0; t < texts.length; t++) {
      let text = texts[t];
      let analysis = analyze(text, options);
      const memo = new ChecklistMemo();
      let locale: Locale = 'en';
      let previous: { fresh: SentPage; memo: SentPage } | undefined;
      for (let i = 0; i < 24; i++) {
        const label = `${files[t] ? path.basename(files[t]) : 'generated'} edit ${i}`;
        const kind = random();
        let next = text;
        if (i > 0) {
          if (kind < 0.6) next = apply(text, randomEdit(text, random));
          else if (kind < 0.75 && analysis.parsed.steps.length) {
            // A tick or an untick, as the preview writes them.
            const index = Math.floor(random() * analysis.parsed.steps.length);
            const edits =
              random() < 0.7
                ? tickEdits(analysis.parsed, index, {
                    doneAt: `2026-12-0${5 + Math.floor(random() * 3)}T${10 + Math.floor(random() * 10)}:30+01:00`,
                    doneBy: 'Ana',
                  })
                : untickEdits(analysis.parsed, index);
            if (edits?.length) next = applyEdits(text, edits);
          } else if (kind < 0.9) next = elsewhere(text, random);
          else locale = locale === 'en' ? 'sv' : 'en';
        }
        analysis = analyzeIncremental(analysis, undefined, next, options);
        text = next;
        // The run buttons as the preview asks for them: the memo's answer is a fresh one's.
        const parsed = analysis.parsed;
        const hasCommands = (step: StepEntry) => !stepCommands(parsed, step).manual;
        const runnable = new Set(parsed.steps.filter(hasCommands).map((s) => s.index));
        const html: HtmlOptions = { mode: 'preview', run: { steps: runnable, terminal: random() < 0.8 } };
        const fresh = build(analysis, locale, html, i);
        let memoRun: ReadonlySet<number> | undefined;
        const memoized = build(analysis, locale, html, i, memo, (run) => {
          memoRun = memo.runnable(parsed, commandContextKey(parsed), hasCommands);
          assert.deepStrictEqual(
            [...memoRun].sort((a, b) => a - b),
            [...run.steps],
            `${label}: runnable`,
          );
          return { ...run, steps: memoRun };
        });
        if (memoRun && runnable.size) runnableChecked++;
        assert.deepStrictEqual(memoized.checklist, fresh.checklist, `${label}: checklist`);
        assert.deepStrictEqual(memoized.parts, fresh.parts, `${label}: HTML`);
        assert.deepStrictEqual(memoized.page.steps, fresh.page.steps, `${label}: steps`);
        if (previous)
          assert.deepStrictEqual(
            pageChanges(previous.memo, memoized.page),
            pageChanges(previous.fresh, fresh.page),
            `${label}: page changes`,
          );
        const before = previous && htmlOf(previous.memo);
        if (before) reused += htmlOf(memoized.page).filter((html, k) => html === before[k]).length;
        previous = { fresh: fresh.page, memo: memoized.page };
        checked++;
      }
    }
    assert.ok(checked >= 200, `${checked} builds`);
    assert.ok(reused > 0, 'the memo reused steps');
    assert.ok(runnableChecked > 100, `${runnableChecked} builds with steps that have commands`);
  });

  it('keeps a step’s HTML when only its offsets moved: only the edited step travels', () => {
    const text = generateRunbook(20);
    const memo = new ChecklistMemo();
    const html: HtmlOptions = { mode: 'preview' };
    let analysis = analyze(text, options);
    const first = build(analysis, 'en', html, 1, memo);
    // One character typed into a step's title: every later step moves by one.
    const at = text.indexOf('title: Check') + 12;
    const edited = stepAt(analysis.parsed, at)!.index;
    analysis = analyzeIncremental(analysis, undefined, text.slice(0, at) + 'x' + text.slice(at), options);
    const second = build(analysis, 'en', html, 2, memo);
    const before = htmlOf(first.page);
    const after = htmlOf(second.page);
    assert.deepStrictEqual(
      after.flatMap((key, i) => (key === before[i] ? [] : [i])),
      [edited],
    );
    const changes = pageChanges(first.page, second.page)!;
    assert.deepStrictEqual(
      changes.steps.map((s) => [s.index, s.html !== undefined]),
      [[edited, true]],
    );
  });

  it('renders a phase head again when its progress text changes and the counts it shows do not', () => {
    // A done step skipped in one change (settled before and after: `done` stays) and a
    // duration typed (only the hours move): the memo's head must follow both.
    const memo = new ChecklistMemo();
    const html: HtmlOptions = { mode: 'preview' };
    let text = generateRunbook(6);
    let analysis = analyze(text, options);
    const heads = () => {
      const fresh = build(analysis, 'en', html, 1);
      const memoized = build(analysis, 'en', html, 1, memo);
      assert.deepStrictEqual(memoized.parts, fresh.parts);
      return memoized.parts.phases.map((phase) => phase.head);
    };
    const change = (edits: ReturnType<typeof tickEdits>) => {
      text = applyEdits(text, edits!);
      analysis = analyzeIncremental(analysis, undefined, text, options);
    };
    change(tickEdits(analysis.parsed, 0, { doneAt: '2026-12-04T19:00+01:00', doneBy: 'Ana' }));
    const ticked = heads();
    assert.match(ticked[0], /1 of 2 done · 4h/);
    change(untickEdits(analysis.parsed, 0));
    change(skipEdits(analysis.parsed, 0, 'done by the partner'));
    const skipped = heads();
    assert.match(skipped[0], /1 of 2 done \(1 skipped\) · 4h/);
    assert.notStrictEqual(skipped[0], ticked[0]);
    assert.strictEqual(skipped[1], ticked[1], 'the other phase keeps its head');
    text = text.replace('duration: 2h', 'duration: 3h');
    analysis = analyzeIncremental(analysis, undefined, text, options);
    assert.match(heads()[0], /1 of 2 done \(1 skipped\) · 5h/);
  });

  it('rebuilds a step whose actual minutes moved with the step before it or the schedule start', () => {
    const memo = new ChecklistMemo();
    const html: HtmlOptions = { mode: 'preview' };
    let text = fs.readFileSync(path.join(FIXTURES, 'cutover-small.runbook.yaml'), 'utf8');
    let analysis = analyze(text, options);
    const tick = (index: number, doneAt: string) => {
      text = applyEdits(text, tickEdits(analysis.parsed, index, { doneAt, doneBy: 'Ana' })!);
      analysis = analyzeIncremental(analysis, undefined, text, options);
    };
    tick(0, '2026-12-04T19:00+01:00');
    tick(1, '2026-12-04T20:00+01:00');
    const minutes = () => {
      const fresh = build(analysis, 'en', html, 1);
      const memoized = build(analysis, 'en', html, 1, memo);
      assert.deepStrictEqual(memoized.checklist, fresh.checklist);
      assert.deepStrictEqual(memoized.parts, fresh.parts);
      return memoized.checklist.phases[0].steps.slice(0, 2).map((s) => s.actualMinutes);
    };
    assert.deepStrictEqual(minutes(), [60, 60]);
    // Step 0 done later: step 1, its text unchanged, took less.
    tick(0, '2026-12-04T19:30+01:00');
    assert.deepStrictEqual(minutes(), [90, 30]);
    // The plan starts later: step 0 took less.
    text = text.replace('start: 2026-12-04T18:00+01:00', 'start: 2026-12-04T18:30+01:00');
    analysis = analyzeIncremental(analysis, undefined, text, options);
    assert.deepStrictEqual(minutes(), [60, 30]);
  });

  it('counts again the steps alike one whose identity changed (occurrences), and only those', () => {
    // Steps alike but for their place: no id, the same action, title and phase. Titles typed
    // to and from each other's move the occurrences of the steps alike them further down.
    const titles = ['Same', 'Other', 'Samex', undefined];
    const stepText = (title: string | undefined) =>
      `      - action: custom\n${title === undefined ? '' : `        title: ${title}\n`}        owner: Ana\n`;
    const random = prng(1617);
    const chosen = Array.from({ length: 12 }, () => titles[Math.floor(random() * titles.length)]);
    const textOf = () =>
      generateRunbook(4).replace(
        /\nphases:\n/,
        `\nphases:\n  - id: alike\n    steps:\n${chosen.map(stepText).join('')}`,
      );
    let text = textOf();
    let analysis = analyze(text, options);
    const memo = new ChecklistMemo();
    const html: HtmlOptions = { mode: 'preview' };
    let recounted = 0;
    for (let i = 0; i < 60; i++) {
      chosen[Math.floor(random() * chosen.length)] = titles[Math.floor(random() * titles.length)];
      text = textOf();
      analysis = analyzeIncremental(analysis, undefined, text, options);
      const fresh = build(analysis, 'en', html, i);
      const memoized = build(analysis, 'en', html, i, memo);
      assert.deepStrictEqual(memoized.checklist, fresh.checklist, `edit ${i}: checklist`);
      assert.deepStrictEqual(memoized.page.steps, fresh.page.steps, `edit ${i}: steps`);
      recounted += fresh.page.steps.filter((step) => step.identity.occurrence > 0).length;
    }
    assert.ok(recounted > 100, `${recounted} steps counted after others alike`);
  });

  it('compares the text of a step that starts inside the changed range (two steps of one length swapped)', () => {
    const memo = new ChecklistMemo();
    const html: HtmlOptions = { mode: 'preview' };
    const text = generateRunbook(6).replace(
      /\nphases:\n/,
      '\nphases:\n  - id: swap\n    steps:\n      - action: custom\n        title: Check A\n      - action: custom\n        title: Check B\n',
    );
    let analysis = analyze(text, options);
    build(analysis, 'en', html, 1, memo);
    // The change runs from the A to the B: the second step starts inside it, moved by nothing.
    analysis = analyzeIncremental(
      analysis,
      undefined,
      text.replace('Check A', 'Check C').replace('Check B', 'Check A'),
      options,
    );
    const memoized = build(analysis, 'en', html, 2, memo);
    assert.deepStrictEqual(memoized.checklist, build(analysis, 'en', html, 2).checklist);
    assert.deepStrictEqual(
      memoized.checklist.phases[0].steps.map((step) => step.title),
      ['Check C', 'Check A'],
    );
  });

  it('asks again which steps have commands when the command context changes, and only for changed steps otherwise', () => {
    const memo = new ChecklistMemo();
    let text = generateRunbook(8);
    let analysis = analyze(text, options);
    const asked: number[] = [];
    // A made-up rule that reads outside the step: runnable while the context says so.
    const runnable = (context: string) => (step: StepEntry) => {
      asked.push(step.index);
      return context === 'on' && step.index % 2 === 0;
    };
    const ask = (context: string) => {
      asked.length = 0;
      build(analysis, 'en', { mode: 'preview' }, 1, memo);
      return [...memo.runnable(analysis.parsed, context, runnable(context))];
    };
    const count = analysis.parsed.steps.length;
    const even = analysis.parsed.steps.filter((step) => step.index % 2 === 0).map((step) => step.index);
    assert.deepStrictEqual(ask('on'), even);
    assert.strictEqual(asked.length, count);
    assert.deepStrictEqual(ask('on'), even);
    assert.deepStrictEqual(asked, [], 'nothing changed: nothing asked');
    const at = text.indexOf('owner: Björn') + 'owner: '.length;
    const edited = stepAt(analysis.parsed, at)!.index;
    text = text.slice(0, at) + 'x' + text.slice(at);
    analysis = analyzeIncremental(analysis, undefined, text, options);
    assert.deepStrictEqual(ask('on'), even);
    assert.deepStrictEqual(asked, [edited], 'the edited step only');
    assert.deepStrictEqual(ask('off'), []);
    assert.strictEqual(asked.length, count, 'another context: every step asked');
  });
});
