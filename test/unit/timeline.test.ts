// The timeline picture (src/core/timeline-svg.ts): structure, escaping of hostile titles,
// the now line at and beyond the plan's edges, status colours, and times across the DST
// changes of Europe/Stockholm, as written and in the viewer's local time.
import * as assert from 'assert';
import { CUTOVER, edit } from './rules/online-helpers';
import { lint } from '../../src/core/lint';
import { buildChecklist } from '../../src/core/checklist/model';
import { renderChecklistBody, renderChecklistDocument } from '../../src/core/checklist/html';
import { parseInstant } from '../../src/core/schedule';
import type { TimelineData } from '../../src/core/timeline';
import { capText, h, LAYOUT, phaseStatus, renderTimeline, serialize, ticks } from '../../src/core/timeline-svg';
import { formatTimelineTime } from '../../src/core/timeline-time';
import { localOffsetMinutes } from '../../src/webview/local-time';

/** CUTOVER with `schedule.start` and extra lines under single steps (`- action: x\n` → extra). */
function runbook(start: string | undefined, changes: Record<string, string> = {}): string {
  let text = start ? edit(CUTOVER, 'asOf: 2026-11-23\n', `asOf: 2026-11-23\nschedule:\n  start: ${start}\n`) : CUTOVER;
  for (const [action, extra] of Object.entries(changes))
    text = edit(text, `      - action: ${action}\n`, `      - action: ${action}\n${extra}`);
  return text;
}

function timelineOf(text: string, locale: 'en' | 'sv' = 'en'): TimelineData {
  const timeline = buildChecklist(lint(text, {}), locale).timeline;
  assert.ok(timeline, 'a timeline');
  return timeline;
}

const ms = (text: string) => parseInstant(text)!.epochMs;

/** Attribute values of every element of a class, in document order. */
function attrs(svg: string, cls: string, attr: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<[a-z]+ class="${cls}"[^>]*?\\s${attr}="([^"]*)"`, 'g');
  for (let m = re.exec(svg); m; m = re.exec(svg)) out.push(m[1]);
  return out;
}

const PLAN = runbook('2026-03-14T22:00+01:00', {
  'verify-domain': '        duration: 4h\n',
  'start-migration-batch': '        duration: 2d\n',
  'switch-mx': '        at: 2026-03-17T20:00+01:00\n        duration: 3d\n',
});

describe('timeline: data from the schedule', () => {
  it('exists only with a valid schedule.start', () => {
    assert.strictEqual(buildChecklist(lint(CUTOVER, {})).timeline, undefined);
    // A pin alone anchors a schedule, but the picture waits for a start.
    const pinned = runbook(undefined, { 'switch-mx': '        at: 2026-03-17T20:00+01:00\n' });
    assert.strictEqual(buildChecklist(lint(pinned, {})).timeline, undefined);
    assert.strictEqual(buildChecklist(lint(runbook('2026-02-30T22:00+01:00'), {})).timeline, undefined);
  });

  it('has one bar per phase with planned times and one pin per step with `at`', () => {
    const data = timelineOf(PLAN);
    assert.deepStrictEqual(
      data.phases.map((p) => [p.title, p.start.epochMs, p.end.epochMs, p.stepsTotal]),
      [
        ['Prepare', ms('2026-03-14T22:00+01:00'), ms('2026-03-15T02:00+01:00'), 4],
        ['Migrate', ms('2026-03-15T02:00+01:00'), ms('2026-03-20T20:00+01:00'), 6],
      ],
    );
    assert.deepStrictEqual(
      data.pins.map((p) => [p.title, p.at.epochMs, p.phaseIndex]),
      [['Point MX to Microsoft 365', ms('2026-03-17T20:00+01:00'), 1]],
    );
  });

  it('counts done steps and takes actual times from doneAt where written', () => {
    const data = timelineOf(
      runbook('2026-03-14T22:00+01:00', {
        'configure-outlook-anywhere': '        done: true\n        doneAt: 2026-03-14T23:30+01:00\n',
        'grant-migration-permissions': '        done: true\n',
      }),
    );
    const prepare = data.phases[0];
    assert.strictEqual(prepare.stepsDone, 2);
    assert.strictEqual(prepare.done, false);
    assert.strictEqual(prepare.actualEnd?.epochMs, ms('2026-03-14T23:30+01:00'));
    assert.strictEqual(data.phases[1].actualStart, undefined);
  });
});

describe('timeline: the SVG', () => {
  const data = timelineOf(PLAN);

  it('draws bars in time order on the axis, the pin on its phase row, ticks inside the plot', () => {
    const svg = renderTimeline(data, { locale: 'en', mode: 'export' });
    assert.match(svg, /^<section class="cl-timeline" id="cl-timeline"/);
    assert.match(svg, /<svg class="tl-svg" xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 800 116"/);
    const xs = attrs(svg, 'tl-bar', 'x').map(Number);
    const widths = attrs(svg, 'tl-bar', 'width').map(Number);
    assert.deepStrictEqual(xs[0], LAYOUT.left);
    assert.ok(Math.abs(xs[1] + widths[1] - LAYOUT.right) < 0.2, 'the last bar ends at the right edge');
    assert.ok(Math.abs(xs[0] + widths[0] - xs[1]) < 0.2, 'the second phase starts where the first ends');
    assert.deepStrictEqual(attrs(svg, 'tl-phase tl-planned', 'data-phase'), ['0', '1']);
    assert.strictEqual((svg.match(/<g class="tl-pin"/g) ?? []).length, 1);
    // The pin's diamond is centred on the second row.
    const pinY = Number(/<g class="tl-pin"[^]*?<path d="M[\d.]+ ([\d.]+)l/.exec(svg)![1]);
    assert.strictEqual(pinY, LAYOUT.axis + LAYOUT.row + LAYOUT.row / 2 - 8);
    // Export: nothing to click.
    assert.doesNotMatch(svg, /tabindex|role="button"/);
    for (const x of attrs(svg, 'tl-tick', 'x1').map(Number))
      assert.ok(x >= LAYOUT.left && x <= LAYOUT.right, `tick at ${x}`);
    assert.match(svg, /Sat 14 Mar 2026 22:00 \(UTC\+01:00\) – Fri 20 Mar 2026 20:00 \(UTC\+01:00\)/);
  });

  it('makes phases and pins focusable buttons in the preview', () => {
    const svg = renderTimeline(data, { locale: 'en', mode: 'preview' });
    assert.strictEqual((svg.match(/tabindex="0" role="button"/g) ?? []).length, 3);
    assert.match(svg, /aria-label="Migrate\. Sun 15 Mar 2026 02:00 \(UTC\+01:00\) – Fri 20 Mar 2026 20:00/);
  });

  it('escapes hostile titles everywhere and cuts them to length', () => {
    const hostile = '<script>alert(1)</script>" onclick="x" & \u0000\u001b[31m ' + 'é'.repeat(300);
    const text = edit(PLAN, '    title: Migrate\n', `    title: ${JSON.stringify(hostile)}\n`);
    const svg = renderTimeline(timelineOf(text), { locale: 'en', mode: 'preview', now: ms('2026-03-16T00:00Z') });
    assert.doesNotMatch(svg, /<script|onclick="|\u0000|\u001b/);
    assert.match(svg, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot; onclick=&quot;x&quot; &amp;/);
    const label = /<text class="tl-label"[^>]*>([^<]*)<\/text>/g;
    const labels = [...svg.matchAll(label)].map((m) => m[1]);
    assert.strictEqual(labels[1], '&lt;script&gt;alert(1)&lt;/scrip…');
    const tooltip = /<title>([^\n<]*)/.exec(svg.slice(svg.indexOf('data-phase="1"')))![1];
    assert.ok([...tooltip.replace(/&[a-z]+;|&#\d+;/g, 'x')].length <= LAYOUT.maxTitle);
    assert.ok(tooltip.endsWith('é…'));
    // Every tag opened is closed: the markup is well-formed.
    const opened = (svg.match(/<[a-z][^>]*>/g) ?? []).length;
    const closed = (svg.match(/<\/[a-z][a-z0-9]*>/g) ?? []).length;
    assert.strictEqual(opened, closed);
  });

  it('capText keeps whole characters and one line', () => {
    assert.strictEqual(capText('a\nb\tc', 10), 'a b c');
    assert.strictEqual(capText('😀😀😀😀', 3), '😀😀…');
    assert.strictEqual(capText('abc', 3), 'abc');
    assert.strictEqual(capText('abcd', 3), 'ab…');
  });

  it('serialize escapes attributes and text and refuses names that are not names', () => {
    assert.strictEqual(
      serialize(h('text', { x: 1.26, title: '"<&' }, '</text><script>')),
      '<text x="1.3" title="&quot;&lt;&amp;">&lt;/text&gt;&lt;script&gt;</text>',
    );
    assert.throws(() => serialize(h('svg onload=x', {})), /bad element name/);
    assert.throws(() => serialize(h('g', { 'on load': 'x' })), /bad attribute name/);
    // Lone surrogates are not XML: dropped, the pair stays.
    assert.strictEqual(serialize(h('t', {}, 'a\ud800b😀')), '<t>ab😀</t>');
  });
});

describe('timeline: now line and status at the edges', () => {
  const data = timelineOf(PLAN);
  const start = data.start.epochMs;
  const end = data.end.epochMs;
  const now = (at: number) => renderTimeline(data, { locale: 'en', mode: 'export', now: at });

  it('no now: no line and no late colouring', () => {
    const svg = renderTimeline(data, { locale: 'en', mode: 'export' });
    assert.doesNotMatch(svg, /tl-now|tl-late|tl-active/);
  });

  it('one minute before the start: a note at the left edge, no line', () => {
    const svg = now(start - 60_000);
    assert.match(
      svg,
      /<g class="tl-now tl-now-before"><text x="202" y="108" text-anchor="start">◀ Now \(Sat 14 Mar 21:59\) is before the start<\/text><\/g>/,
    );
    assert.doesNotMatch(svg, /<line x1="[\d.]+" x2="[\d.]+" y1="28" y2="96"/);
  });

  it('exactly at the start and exactly at the end: a line on the edge', () => {
    assert.match(now(start), /<g class="tl-now"><line x1="202" x2="202"/);
    assert.match(now(end), /<g class="tl-now"><line x1="784" x2="784"[^]*text-anchor="end">Now · Fri 20 Mar 20:00</);
  });

  it('one minute after the end: a note at the right edge, unfinished phases late', () => {
    const svg = now(end + 60_000);
    assert.match(
      svg,
      /<g class="tl-now tl-now-after"><text x="784" y="108" text-anchor="end">Now \(Fri 20 Mar 20:01\) is after the end ▶/,
    );
    assert.deepStrictEqual(attrs(svg, 'tl-phase tl-late', 'data-phase'), ['0', '1']);
    assert.match(svg, /<g class="tl-pin tl-late"/);
  });

  it('phaseStatus: late only once the planned end has passed; active from its start', () => {
    const p = { done: false, start: data.phases[1].start, end: data.phases[1].end };
    assert.strictEqual(phaseStatus(p, p.end.epochMs), 'active');
    assert.strictEqual(phaseStatus(p, p.end.epochMs + 1), 'late');
    assert.strictEqual(phaseStatus(p, p.start.epochMs), 'active');
    assert.strictEqual(phaseStatus(p, p.start.epochMs - 1), 'planned');
    assert.strictEqual(phaseStatus({ ...p, done: true }, p.end.epochMs + 1), 'done');
    assert.strictEqual(phaseStatus(p), 'planned');
  });

  it('ticks: at most six, on whole hours of the shown offset', () => {
    const list = ticks(start, end, () => 60);
    assert.ok(list.length <= 6 && list.length >= 4, String(list.length));
    assert.strictEqual(list[0].hours, 24);
    assert.strictEqual(formatTimelineTime(list[0].ms, 60, 'en', 'dayTime'), 'Sun 15 Mar 00:00');
    const short = ticks(start, start + 3_600_000, () => 60);
    assert.deepStrictEqual(
      short.map((t) => formatTimelineTime(t.ms, 60, 'en', 'time')),
      ['22:00', '23:00'],
    );
  });

  it('the preview body and the export document both carry the timeline, with the now given', () => {
    const checklist = buildChecklist(lint(PLAN, {}));
    const body = renderChecklistBody(checklist, { mode: 'preview', now: start + 3_600_000 });
    assert.ok(body.indexOf('id="cl-timeline"') < body.indexOf('class="cl-phase"'), 'above the checklist');
    assert.match(body, /<g class="tl-now">/);
    const doc = renderChecklistDocument(checklist, { styles: '', now: start });
    assert.match(doc, /<section class="cl-timeline"[^]*<\/section>/);
    assert.doesNotMatch(doc, /role="button"/);
  });
});

describe('timeline: time zones (Europe/Stockholm DST changes)', () => {
  let saved: string | undefined;
  before(() => {
    saved = process.env.TZ;
    // Node reads TZ again when it changes: the webview's local offset becomes Stockholm's.
    process.env.TZ = 'Europe/Stockholm';
  });
  after(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('local offset: +01:00 before 2026-03-29 02:00, +02:00 after, +01:00 again after 2026-10-25 03:00', () => {
    assert.strictEqual(localOffsetMinutes(ms('2026-03-29T01:59+01:00')), 60);
    assert.strictEqual(localOffsetMinutes(ms('2026-03-29T03:00+02:00')), 120);
    assert.strictEqual(localOffsetMinutes(ms('2026-10-25T02:59+02:00')), 120);
    assert.strictEqual(localOffsetMinutes(ms('2026-10-25T02:00+01:00')), 60);
  });

  it('spring: 6 hours from 22:00+01:00 end at 05:00 local (+02:00), 04:00 as written', () => {
    const text = runbook('2026-03-28T22:00+01:00', { 'configure-outlook-anywhere': '        duration: 6h\n' });
    const data = timelineOf(text);
    const end = data.phases[0].end;
    assert.strictEqual(end.epochMs, ms('2026-03-29T03:00Z'));
    assert.strictEqual(
      formatTimelineTime(end.epochMs, end.offsetMinutes, 'en', 'full'),
      'Sun 29 Mar 2026 04:00 (UTC+01:00)',
    );
    assert.strictEqual(
      formatTimelineTime(end.epochMs, localOffsetMinutes(end.epochMs), 'en', 'full'),
      'Sun 29 Mar 2026 05:00 (UTC+02:00)',
    );
    const local = renderTimeline(data, { locale: 'en', mode: 'preview', zone: localOffsetMinutes });
    assert.match(
      local,
      /Sat 28 Mar 2026 22:00 \(UTC\+01:00\) – Sun 29 Mar 2026 05:00 \(UTC\+02:00\) · times in your local time/,
    );
    const written = renderTimeline(data, { locale: 'en', mode: 'export' });
    assert.match(
      written,
      /Sat 28 Mar 2026 22:00 \(UTC\+01:00\) – Sun 29 Mar 2026 04:00 \(UTC\+01:00\) · axis in UTC\+01:00/,
    );
  });

  it('autumn: a pin at 02:30+02:00 and 3 hours end at 05:30 as written (+02:00), 04:30 local (+01:00)', () => {
    const text = runbook('2026-10-24T20:00+02:00', {
      'switch-mx': '        at: 2026-10-25T02:30+02:00\n        duration: 3h\n',
    });
    const data = timelineOf(text);
    const migrate = data.phases[1];
    assert.strictEqual(migrate.end.epochMs - data.pins[0].at.epochMs, 3 * 3_600_000);
    assert.strictEqual(
      formatTimelineTime(migrate.end.epochMs, migrate.end.offsetMinutes, 'sv', 'full'),
      'sön 25 okt 2026 05:30 (UTC+02:00)',
    );
    assert.strictEqual(
      formatTimelineTime(migrate.end.epochMs, localOffsetMinutes(migrate.end.epochMs), 'sv', 'full'),
      'sön 25 okt 2026 04:30 (UTC+01:00)',
    );
    // The axis in local time: ticks stay on local midnight on both sides of the change.
    const list = ticks(ms('2026-10-24T00:00+02:00'), ms('2026-10-27T00:00+01:00'), localOffsetMinutes);
    assert.deepStrictEqual(
      list.map((t) => formatTimelineTime(t.ms, localOffsetMinutes(t.ms), 'en', 'dayTime')),
      ['Sat 24 Oct 00:00', 'Sun 25 Oct 00:00', 'Mon 26 Oct 00:00', 'Tue 27 Oct 00:00'],
    );
  });
});
