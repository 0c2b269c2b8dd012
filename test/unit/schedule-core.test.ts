import * as assert from 'assert';
import { CUTOVER, edit, findings } from './rules/online-helpers';
import { parseRunbook } from '../../src/core/parse';
import { computeSchedule, formatGap, formatInstant, parseInstant, stepStatus } from '../../src/core/schedule';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
// ical.js validates the calendar the way a real client reads it (devDependency, tests only).
const ICAL = require('ical.js') as typeof import('ical.js').default;
import {
  foldLine,
  icsText,
  renderScheduleCsv,
  renderScheduleIcs,
  renderScheduleMarkdown,
} from '../../src/core/schedule-export';
import { scheduleCommand } from '../../src/cli/schedule';

/** CUTOVER with a schedule start and changes to single steps (`- action: x\n` → extra lines). */
function planned(start: string | undefined, changes: Record<string, string> = {}): string {
  let text = start ? edit(CUTOVER, 'asOf: 2026-11-23\n', `asOf: 2026-11-23\nschedule:\n  start: ${start}\n`) : CUTOVER;
  for (const [action, extra] of Object.entries(changes))
    text = edit(text, `      - action: ${action}\n`, `      - action: ${action}\n${extra}`);
  return text;
}

function times(text: string): string[] {
  const schedule = computeSchedule(parseRunbook(text))!;
  return schedule.steps.map((t) => `${t.step.action} ${formatInstant(t.start)} ${formatInstant(t.end)}`);
}

describe('schedule: the core', () => {
  it('reads date-times with their offset and refuses the rest', () => {
    assert.deepStrictEqual(parseInstant('2026-03-28T22:00+01:00'), {
      epochMs: Date.UTC(2026, 2, 28, 21, 0),
      offsetMinutes: 60,
    });
    assert.deepStrictEqual(parseInstant('2026-03-28T22:00:30Z'), {
      epochMs: Date.UTC(2026, 2, 28, 22, 0, 30),
      offsetMinutes: 0,
    });
    assert.deepStrictEqual(parseInstant('2026-03-28T22:00-03:30'), {
      epochMs: Date.UTC(2026, 2, 29, 1, 30),
      offsetMinutes: -210,
    });
    for (const bad of ['2026-02-30T10:00+01:00', '2026-03-28T22:00', '2026-03-28', '', undefined])
      assert.strictEqual(parseInstant(bad), undefined, String(bad));
    assert.strictEqual(formatInstant(parseInstant('2026-03-28T22:00-03:30')!), '2026-03-28T22:00-03:30');
    assert.strictEqual(formatInstant(parseInstant('2026-03-28T22:00:30Z')!), '2026-03-28T22:00:30Z');
  });

  it('says gaps as people do', () => {
    assert.deepStrictEqual([0, 1, 59, 60, 200, 1440, 1441, 3125].map(formatGap), [
      '0 min',
      '1 min',
      '59 min',
      '1 h',
      '3 h 20 min',
      '1 d',
      '1 d 1 min',
      '2 d 4 h 5 min',
    ]);
  });

  it('has no schedule without a start or a pin', () => {
    assert.strictEqual(computeSchedule(parseRunbook(CUTOVER)), undefined);
  });

  it('is not anchored by an `at` that is no date-time, and is by the first valid one', () => {
    const impossible = planned(undefined, { 'switch-mx': '        at: 2026-02-30T10:00+01:00\n' });
    assert.strictEqual(computeSchedule(parseRunbook(impossible)), undefined);
    assert.ok(impossible.includes('at: 2026-02-30'), 'the step took the pin');
    const valid = planned(undefined, { 'switch-mx': '        at: 2026-03-28T10:00+01:00\n' });
    assert.strictEqual(computeSchedule(parseRunbook(valid))?.startFrom, 'first-at');
  });

  it('is no schedule once a duration runs past 9999-12-31T23:59:59Z (no NaN dates, no throw in the .ics)', () => {
    // One minute before the end of the four-digit years, one step of 1 minute ends on the last
    // second that can be written... and one of 2 minutes ends past it.
    const at = (minutes: string) =>
      planned('9999-12-31T23:58:59Z', { 'grant-migration-permissions': `        duration: ${minutes}h\n` });
    assert.ok(computeSchedule(parseRunbook(at(String(1 / 60)))));
    assert.strictEqual(computeSchedule(parseRunbook(at(String(2 / 60)))), undefined);
    const absurd = planned('2026-01-10T20:00+01:00', {
      'grant-migration-permissions': '        duration: 99999999999999999999d\n',
    });
    assert.strictEqual(computeSchedule(parseRunbook(absurd)), undefined);
  });

  it('runs steps in file order: durations advance the clock, steps without one take no time, at waits', () => {
    const text = planned('2026-03-27T18:00+01:00', {
      'grant-migration-permissions': '        duration: 2h\n',
      'verify-domain': '        duration: 1.5h\n',
      'start-migration-batch': '        duration: 1d\n',
      'switch-mx': '        at: 2026-03-30T08:00+02:00\n        duration: 1h\n',
      'complete-migration-batch': '        duration: 1w\n',
    });
    assert.deepStrictEqual(times(text), [
      'configure-outlook-anywhere 2026-03-27T18:00+01:00 2026-03-27T18:00+01:00',
      'grant-migration-permissions 2026-03-27T18:00+01:00 2026-03-27T20:00+01:00',
      'verify-domain 2026-03-27T20:00+01:00 2026-03-27T21:30+01:00',
      'create-migration-endpoint 2026-03-27T21:30+01:00 2026-03-27T21:30+01:00',
      'create-migration-batch 2026-03-27T21:30+01:00 2026-03-27T21:30+01:00',
      'start-migration-batch 2026-03-27T21:30+01:00 2026-03-28T21:30+01:00',
      'switch-mx 2026-03-30T08:00+02:00 2026-03-30T09:00+02:00',
      'complete-migration-batch 2026-03-30T09:00+02:00 2026-04-06T09:00+02:00',
      'assign-licenses 2026-04-06T09:00+02:00 2026-04-06T09:00+02:00',
      'decommission 2026-04-06T09:00+02:00 2026-04-06T09:00+02:00',
    ]);
    const schedule = computeSchedule(parseRunbook(text))!;
    assert.deepStrictEqual(
      schedule.phases.map((p) => `${p.phase.id} ${formatInstant(p.start)} ${formatInstant(p.end)}`),
      [
        'prepare 2026-03-27T18:00+01:00 2026-03-27T21:30+01:00',
        'migrate 2026-03-27T21:30+01:00 2026-04-06T09:00+02:00',
      ],
    );
    assert.strictEqual(formatInstant(schedule.end), '2026-04-06T09:00+02:00');
    assert.strictEqual(schedule.startFrom, 'schedule');
  });

  it('counts durations in absolute hours across the spring DST change (Europe/Stockholm, 2026-03-29), keeping offsets as written', () => {
    // 22:00 CET plus 12 hours is 10:00 CET, which Stockholm's clocks show as 11:00 CEST.
    const onTime = planned('2026-03-28T22:00+01:00', {
      'verify-domain': '        duration: 12h\n',
      'switch-mx': '        at: 2026-03-29T11:00+02:00\n',
    });
    const schedule = computeSchedule(parseRunbook(onTime))!;
    const mx = schedule.steps.find((t) => t.step.action === 'switch-mx')!;
    assert.strictEqual(formatInstant(schedule.steps[2].end), '2026-03-29T10:00+01:00');
    assert.strictEqual(mx.early, undefined);
    assert.strictEqual(formatInstant(mx.start), '2026-03-29T11:00+02:00');
    findings(onTime, 'schedule', 0);
    const early = planned('2026-03-28T22:00+01:00', {
      'verify-domain': '        duration: 12h\n',
      'switch-mx': '        at: 2026-03-29T10:59+02:00\n',
    });
    const [f] = findings(early, 'schedule', 1);
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(
      f.message,
      'the step is pinned to 2026-03-29T10:59+02:00, 1 min before the previous steps end at 2026-03-29T11:00+02:00: it cannot start then, and the plan after it slips; move `at` to 2026-03-29T11:00+02:00 or later, or shorten the steps before it',
    );
  });

  it('and across the autumn change (2026-10-25): a day is 24 hours, shown in the offset last written', () => {
    const text = planned('2026-10-24T22:00+02:00', {
      'verify-domain': '        duration: 1d\n',
      'switch-mx': '        at: 2026-10-25T21:00+01:00\n',
    });
    const schedule = computeSchedule(parseRunbook(text))!;
    assert.strictEqual(formatInstant(schedule.steps[2].end), '2026-10-25T22:00+02:00');
    const mx = schedule.steps.find((t) => t.step.action === 'switch-mx')!;
    assert.strictEqual(mx.early, undefined);
    assert.strictEqual(formatInstant(mx.end), '2026-10-25T21:00+01:00');
    findings(text, 'schedule', 0);
  });

  it('without schedule.start, the first pin anchors the plan and the steps before end at it', () => {
    const text = planned(undefined, {
      'verify-domain': '        duration: 2h\n',
      'switch-mx': '        at: 2026-03-30T08:00+02:00\n',
    });
    const schedule = computeSchedule(parseRunbook(text))!;
    assert.strictEqual(schedule.startFrom, 'first-at');
    assert.strictEqual(formatInstant(schedule.start), '2026-03-30T06:00+02:00');
  });

  it('gives actual times from doneAt and status at a moment', () => {
    const text = planned('2026-03-27T18:00+01:00', {
      'configure-outlook-anywhere': '        done: true\n        doneAt: 2026-03-27T19:10+01:00\n',
      'grant-migration-permissions':
        '        duration: 2h\n        done: true\n        doneAt: 2026-03-27T20:00+01:00\n',
      'verify-domain': '        duration: 2h\n        done: true\n',
      'create-migration-endpoint': '        duration: 2h\n',
    });
    const schedule = computeSchedule(parseRunbook(text))!;
    const [a, b, c, d] = schedule.steps;
    assert.deepStrictEqual(
      [formatInstant(a.actualStart!), formatInstant(a.doneAt!)],
      ['2026-03-27T18:00+01:00', '2026-03-27T19:10+01:00'],
    );
    assert.deepStrictEqual(
      [formatInstant(b.actualStart!), formatInstant(b.doneAt!)],
      ['2026-03-27T19:10+01:00', '2026-03-27T20:00+01:00'],
    );
    assert.strictEqual(c.actualStart, undefined);
    assert.strictEqual(schedule.phases[0].done, false);
    assert.strictEqual(schedule.phases[0].actualEnd, undefined);
    assert.strictEqual(formatInstant(schedule.phases[0].actualStart!), '2026-03-27T18:00+01:00');
    // d is planned 22:00–24:00 CET: late one millisecond after its planned end, not at it.
    assert.strictEqual(stepStatus(d, d.end.epochMs), 'pending');
    assert.strictEqual(stepStatus(d, d.end.epochMs + 1), 'late');
    assert.strictEqual(stepStatus(c, d.end.epochMs + 1), 'done');
  });
});

describe('schedule rule', () => {
  it('catches a pinned switch-mx before the end of the batch it depends on, saying by how much', () => {
    const text = planned('2026-03-27T18:00+01:00', {
      'start-migration-batch': '        duration: 2d\n',
      'switch-mx': '        at: 2026-03-29T15:40+02:00\n',
    });
    const [f] = findings(text, 'schedule', 1);
    const line = text.split('\n').findIndex((l) => l.includes('at: 2026-03-29T15:40')) + 1;
    assert.deepStrictEqual([f.range.line, f.range.column], [line, 13]);
    assert.match(
      f.message,
      /^the step is pinned to 2026-03-29T15:40\+02:00, 3 h 20 min before the previous steps end at 2026-03-29T19:00\+02:00/,
    );
    const [sv] = findings(text, 'schedule', 1, { locale: 'sv' });
    assert.match(
      sv.message,
      /^steget är fastlagt till 2026-03-29T15:40\+02:00, 3 h 20 min innan stegen före är klara 2026-03-29T19:00\+02:00/,
    );
  });

  it('accepts a pin exactly at the end of the steps before it', () => {
    findings(
      planned('2026-03-27T18:00+01:00', {
        'start-migration-batch': '        duration: 2d\n',
        'switch-mx': '        at: 2026-03-29T19:00+02:00\n',
      }),
      'schedule',
      0,
    );
  });

  it('advises when the plan runs past the end of support of a version still running then (at the edge)', () => {
    // Exchange 2010's support ended on 2020-10-13: the first instant without it is 2020-10-14T00:00 in the plan's offset.
    const upTo = planned('2020-10-13T00:00+02:00', { 'verify-domain': '        duration: 24h\n' });
    findings(upTo, 'schedule', 0);
    const past = planned('2020-10-13T00:00+02:00', {
      'verify-domain': '        duration: 24h\n',
      'create-migration-endpoint': '        duration: 1h\n',
    });
    const [f] = findings(past, 'schedule', 1);
    assert.strictEqual(f.severity, 'info');
    assert.strictEqual(
      f.message,
      'support for Exchange 2010 ends on 2020-10-13, while this step is planned (2020-10-14 00:00 +02:00 – 2020-10-14 01:00 +02:00) and the organization still runs CON-EX10 on it; the plan ends 2020-10-14 01:00 +02:00: retire them before, or accept running unsupported',
    );
    const line = past.split('\n').findIndex((l) => l.includes('- action: create-migration-endpoint')) + 1;
    assert.strictEqual(f.range.line, line);
    // Once the server is decommissioned before that moment, nothing is said.
    const retired = edit(
      past,
      '      - action: assign-licenses\n      - action: decommission\n        server: CON-EX10\n',
      '      - action: assign-licenses\n',
    );
    findings(
      edit(
        retired,
        '      - action: verify-domain\n',
        '      - action: decommission\n        server: CON-EX10\n      - action: verify-domain\n',
      ),
      'schedule',
      0,
    );
  });
});

describe('schedule exports', () => {
  const text = planned('2026-03-27T18:00+01:00', {
    'verify-domain': '        title: Verify contoso.com; then, wait\n        owner: Åsa Öberg\n        duration: 2h\n',
    'start-migration-batch': '        duration: 2d\n        owner: ops@contoso.com\n',
    'switch-mx':
      '        at: 2026-03-30T08:00+02:00\n        duration: 1h\n        owner: "Ana, \\"DNS\\" team"\n        notes: |\n          Lower the TTL first; then switch.\n          Check with nslookup, a long line that goes on and on well past seventy-five octets of text.\n',
  });
  const parsed = parseRunbook(text);
  const schedule = computeSchedule(parsed)!;

  it('ics: RFC 5545 lines (CRLF, folded at 75 octets, escaped), parsed by ical.js', () => {
    const ics = renderScheduleIcs(parsed, schedule, { now: Date.UTC(2026, 2, 1, 12, 0) });
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'a bare LF');
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
    const jcal = ICAL.parse(ics);
    const calendar = new ICAL.Component(jcal);
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    assert.deepStrictEqual(
      events.map((e) => e.summary),
      ['Prepare', 'Migrate', 'switch-mx'],
    );
    const mx = events[2];
    assert.strictEqual(mx.startDate.toJSDate().getTime(), Date.UTC(2026, 2, 30, 6, 0));
    assert.strictEqual(mx.endDate.toJSDate().getTime(), Date.UTC(2026, 2, 30, 7, 0));
    assert.strictEqual(
      mx.description,
      'Lower the TTL first; then switch.\nCheck with nslookup, a long line that goes on and on well past seventy-five octets of text.\n',
    );
    assert.deepStrictEqual(
      mx.attendees.map((a) => a.getParameter('cn')),
      ['Ana, DNS team'],
    );
    const prepare = events[0];
    assert.match(prepare.description, /Verify contoso\.com; then, wait \(Åsa Öberg\)/);
    assert.deepStrictEqual(
      prepare.attendees.map((a) => a.getParameter('cn')),
      ['Åsa Öberg'],
    );
    assert.deepStrictEqual(
      events[1].attendees.map((a) => a.getFirstValue()),
      ['mailto:ops@contoso.com', 'urn:x-exchange-runbook:owner:Ana%2C%20%22DNS%22%20team'],
    );
    assert.match(ics, /\r\nDTSTAMP:20260301T120000Z\r\n/);
    assert.match(ics, /\r\nUID:contoso-cutover\.phase-prepare@exchange-runbook\r\n/);
    assert.strictEqual(new Set(events.map((e) => e.uid)).size, 3);
  });

  it('folds between characters, never inside one', () => {
    const line = 'DESCRIPTION:' + 'ö'.repeat(80);
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part, 'utf8') <= 75);
    assert.strictEqual(
      folded
        .split('\r\n')
        .map((p, i) => (i ? p.slice(1) : p))
        .join(''),
      line,
    );
    assert.strictEqual(icsText('a,b;c\\d\r\ne'), 'a\\,b\\;c\\\\d\\ne');
  });

  it('csv: a BOM, CRLF, RFC 4180 quoting, formulas defused', () => {
    const csv = renderScheduleCsv(parsed, schedule, 'sv');
    assert.ok(csv.startsWith('\uFEFFFas,Steg,Ansvarig,Planerad start,'));
    const rows = csv.slice(1).split('\r\n');
    assert.strictEqual(rows[rows.length - 1], '');
    assert.ok(
      rows.includes(
        'Prepare,"Verify contoso.com; then, wait",Åsa Öberg,2026-03-27 18:00,2026-03-27 20:00,UTC+01:00,2,,,,',
      ),
      rows.join('\n'),
    );
    assert.ok(
      rows.some((r) =>
        r.startsWith(
          'Migrate,switch-mx,"Ana, ""DNS"" team",2026-03-30 08:00,2026-03-30 09:00,UTC+02:00,1,2026-03-30 08:00,',
        ),
      ),
      rows.join('\n'),
    );
    const evil = planned('2026-03-27T18:00+01:00', { 'assign-licenses': '        owner: =HYPERLINK("x")\n' });
    const p = parseRunbook(evil);
    assert.match(renderScheduleCsv(p, computeSchedule(p)!), /,"'=HYPERLINK\(""x""\)",/);
  });

  it('markdown: phases and steps with planned times, offsets as written', () => {
    const md = renderScheduleMarkdown(parsed, schedule);
    assert.match(md, /^## Schedule\n\nStarts 2026-03-27 18:00 \+01:00, ends 2026-03-30 09:00 \+02:00\.\n/);
    assert.match(md, /\n\| \*\*Migrate\*\* \| \| \*\*2026-03-27 20:00 \+01:00\*\* \|/);
    assert.match(
      md,
      /\n\| switch-mx 📌 \| Ana, "DNS" team \| 2026-03-30 08:00 \+02:00 \| 2026-03-30 09:00 \+02:00 \| 1 \|/,
    );
    // Then the plan as a Mermaid gantt block (its grammar: test/unit/timeline-mermaid.test.ts).
    assert.match(md, /\|\n\n```mermaid\ngantt\n {2}title Contoso cutover\n[^]*\n {2}section Migrate\n/);
    assert.match(md, /\n {2}Verify contoso\.com#59; then, wait :s2, 2026-03-27 18:00, 2026-03-27 20:00\n/);
    assert.match(md, /\n {2}switch-mx :crit, s6, 2026-03-30 08:00, 2026-03-30 09:00\n[^`]*```\n$/);
  });

  it('CLI: prints the formats, exit 2 for a runbook without a schedule', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schedule-'));
    fs.writeFileSync(path.join(dir, 'a.runbook.yaml'), text);
    fs.writeFileSync(path.join(dir, 'b.runbook.yaml'), CUTOVER);
    const run = async (args: string[]) => {
      let out = '';
      let err = '';
      const code = await scheduleCommand(args, {
        cwd: dir,
        env: {},
        now: 0,
        stdout: { write: (t: string) => (out += t) },
        stderr: { write: (t: string) => (err += t) },
      });
      return { code, out, err };
    };
    const ics = await run(['a.runbook.yaml', '--format', 'ics']);
    assert.strictEqual(ics.code, 0);
    assert.match(ics.out, /^BEGIN:VCALENDAR\r\n/);
    assert.match((await run(['a.runbook.yaml'])).out, /^## Schedule/);
    assert.match((await run(['a.runbook.yaml', '--format', 'csv'])).out, /^\uFEFFPhase,/);
    const none = await run(['b.runbook.yaml']);
    assert.deepStrictEqual([none.code, none.out], [2, '']);
    assert.strictEqual(
      none.err,
      'exchange-runbook: b.runbook.yaml has no schedule: give it `schedule: { start: <date-time with offset> }` or a step `at:`\n',
    );
    assert.strictEqual((await run(['a.runbook.yaml', '--format', 'pdf'])).code, 2);
    assert.strictEqual((await run([])).code, 2);
    fs.rmSync(dir, { recursive: true });
  });
});
