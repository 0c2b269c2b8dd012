// The schedule (../schedule.ts) as text for other tools: a Markdown table, an iCalendar
// file (RFC 5545) for Outlook and other calendars, and CSV for Excel. Pure: the caller
// gives the moment the file is made (DTSTAMP); nothing reads the clock or the machine's
// time zone.
import { fieldString } from './parse';
import type { ParsedRunbook } from './parse';
import type { Locale } from './types';
import { coreMessagesIn } from './l10n/messages';
import { formatGap, formatInstantShort, formatOffset, type Instant, type Schedule, type TimedStep } from './schedule';
import { buildTimeline } from './timeline';
import { renderMermaidGantt } from './timeline-mermaid';

function stepTitle(parsed: ParsedRunbook, t: TimedStep): string {
  return fieldString(t.step.node, 'title', parsed.doc) ?? t.step.action ?? `#${t.step.index + 1}`;
}

function stepOwner(parsed: ParsedRunbook, t: TimedStep): string {
  return fieldString(t.step.node, 'owner', parsed.doc) ?? '';
}

function phaseTitle(p: Schedule['phases'][number]): string {
  return p.phase.title ?? p.phase.id ?? `#${p.phase.index + 1}`;
}

function hoursText(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : String(Math.round(hours * 100) / 100);
}

// ---- Markdown --------------------------------------------------------------------------

function mdCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/**
 * A table of every phase (bold) and step with planned and, where known, actual times, then
 * the same plan as a Mermaid gantt block (GitHub draws it).
 */
export function renderScheduleMarkdown(parsed: ParsedRunbook, schedule: Schedule, locale: Locale = 'en'): string {
  const msg = coreMessagesIn(locale);
  const time = (i: Instant | undefined) => (i ? formatInstantShort(i) : '');
  const lines = [
    `## ${msg('schedule.title')}`,
    '',
    msg('schedule.starts', { start: formatInstantShort(schedule.start), end: formatInstantShort(schedule.end) }),
    '',
    `| ${msg('schedule.step')} | ${msg('schedule.owner')} | ${msg('schedule.start')} | ${msg('schedule.end')} | ${msg('schedule.hours')} | ${msg('schedule.done')} | ${msg('schedule.actualStart')} | ${msg('schedule.actualEnd')} |`,
    '|---|---|---|---|---:|---|---|---|',
  ];
  for (const p of schedule.phases) {
    const hours = (p.end.epochMs - p.start.epochMs) / 3_600_000;
    lines.push(
      `| **${mdCell(phaseTitle(p))}** | | **${time(p.start)}** | **${time(p.end)}** | ${hoursText(hours)} | ${p.done ? msg('schedule.yes') : ''} | ${time(p.actualStart)} | ${time(p.actualEnd)} |`,
    );
    for (const t of p.steps) {
      const pin = t.pinned ? ' 📌' : '';
      const early = t.early ? ` (${msg('schedule.early', { gap: formatGap(t.early.minutes) })})` : '';
      lines.push(
        `| ${mdCell(stepTitle(parsed, t))}${pin}${mdCell(early)} | ${mdCell(stepOwner(parsed, t))} | ${time(t.start)} | ${time(t.end)} | ${hoursText(t.hours)} | ${t.done ? msg('schedule.yes') : ''} | ${time(t.actualStart)} | ${time(t.doneAt)} |`,
      );
    }
  }
  const byIndex = new Map(schedule.steps.map((t) => [t.step.index, t]));
  const timeline = buildTimeline(schedule, {
    phase: (index) => {
      const p = schedule.phases.find((q) => q.phase.index === index);
      return p ? { title: phaseTitle(p), offset: p.phase.node.range?.[0] ?? 0 } : undefined;
    },
    step: (index) => {
      const t = byIndex.get(index);
      return t ? stepTitle(parsed, t) : undefined;
    },
  });
  const title = fieldString(parsed.root, 'title', parsed.doc) ?? msg('schedule.title');
  lines.push('', renderMermaidGantt(timeline, title));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

// ---- CSV -------------------------------------------------------------------------------

/**
 * One cell, RFC 4180: quoted when it holds a quote, comma, semicolon or line break. A cell
 * that Excel would run as a formula (= + - @, tab, CR first) gets a leading apostrophe:
 * runbooks come from pull requests too.
 */
function csvCell(text: string): string {
  let value = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  if (/[",;\r\n]/.test(value)) value = `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Date and time as Excel reads them (`2026-03-28 22:00`) in the instant's own offset. */
function excelTime(i: Instant | undefined): string {
  return i ? formatInstantShort(i).replace(/ (UTC|[+-]\d\d:\d\d)$/, '') : '';
}

function offsetText(i: Instant): string {
  const o = formatOffset(i.offsetMinutes);
  return o === 'Z' ? 'UTC' : `UTC${o}`;
}

/** CSV for Excel: UTF-8 with a byte-order mark (so Excel reads ä and ö), CRLF, one row per phase and step. */
export function renderScheduleCsv(parsed: ParsedRunbook, schedule: Schedule, locale: Locale = 'en'): string {
  const msg = coreMessagesIn(locale);
  const rows: string[][] = [
    (
      [
        'schedule.phase',
        'schedule.step',
        'schedule.owner',
        'schedule.start',
        'schedule.end',
        'schedule.offset',
        'schedule.hours',
        'schedule.pinned',
        'schedule.done',
        'schedule.actualStart',
        'schedule.actualEnd',
      ] as const
    ).map((id) => msg(id)),
  ];
  for (const p of schedule.phases) {
    const hours = (p.end.epochMs - p.start.epochMs) / 3_600_000;
    rows.push([
      phaseTitle(p),
      '',
      '',
      excelTime(p.start),
      excelTime(p.end),
      offsetText(p.start),
      hoursText(hours),
      '',
      p.done ? msg('schedule.yes') : '',
      excelTime(p.actualStart),
      excelTime(p.actualEnd),
    ]);
    for (const t of p.steps) {
      rows.push([
        phaseTitle(p),
        stepTitle(parsed, t),
        stepOwner(parsed, t),
        excelTime(t.start),
        excelTime(t.end),
        offsetText(t.start),
        hoursText(t.hours),
        t.pinned ? excelTime(t.pinned) : '',
        t.done ? msg('schedule.yes') : '',
        excelTime(t.actualStart),
        excelTime(t.doneAt),
      ]);
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// ---- iCalendar -------------------------------------------------------------------------

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function icsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (CN=…): quoted when it holds : ; or , ; a double quote cannot appear at all. */
function icsParam(text: string): string {
  const value = text.replace(/["\r\n\u0000-\u001f]/g, '');
  return /[:;,]/.test(value) ? `"${value}"` : value;
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** UTC form of an instant: `20260328T210000Z`. */
function icsUtc(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function uidPart(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

function attendee(owner: string): string | undefined {
  const name = owner.trim();
  if (!name) return undefined;
  const email = /<?([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>?$/.exec(name)?.[1];
  const cn = email ? name.replace(/<[^>]*>$/, '').trim() || email : name;
  // Owners are names, not addresses: a cal-address must be a URI, so a name without an
  // address becomes a URN that no calendar will try to send mail to.
  const uri = email ? `mailto:${email}` : `urn:x-exchange-runbook:owner:${encodeURIComponent(name)}`;
  return `ATTENDEE;CN=${icsParam(cn)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:${uri}`;
}

export interface IcsOptions {
  /** When the file is made (DTSTAMP), epoch milliseconds. */
  now: number;
  /** Runbook title, for UIDs and the calendar's name. */
  title?: string;
}

/**
 * One VEVENT per phase and per pinned step. Times are UTC (`…Z`): the runbook knows
 * offsets, not time-zone names, and a UTC time needs no VTIMEZONE; calendars show it in
 * the reader's own zone. UIDs are stable (title, phase and step ids or positions), so a
 * re-import updates the events instead of duplicating them.
 */
export function renderScheduleIcs(parsed: ParsedRunbook, schedule: Schedule, options: IcsOptions): string {
  const title = options.title ?? fieldString(parsed.root, 'title', parsed.doc) ?? 'runbook';
  const stamp = icsUtc(options.now);
  const base = uidPart(title);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Exchange Runbook//Schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(title)}`,
  ];
  const event = (
    uid: string,
    summary: string,
    start: Instant,
    end: Instant,
    description: string,
    owners: string[],
    done: boolean,
  ) => {
    lines.push('BEGIN:VEVENT', `UID:${uid}@exchange-runbook`, `DTSTAMP:${stamp}`, `DTSTART:${icsUtc(start.epochMs)}`);
    // DTEND must be later than DTSTART (RFC 5545 3.6.1): a step without duration is an instant.
    if (end.epochMs > start.epochMs) lines.push(`DTEND:${icsUtc(end.epochMs)}`);
    lines.push(`SUMMARY:${icsText(summary)}`);
    if (description) lines.push(`DESCRIPTION:${icsText(description)}`);
    for (const owner of [...new Set(owners)]) {
      const a = attendee(owner);
      if (a) lines.push(a);
    }
    if (done) lines.push('STATUS:CONFIRMED');
    lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  };
  for (const p of schedule.phases) {
    const description = p.steps
      .map(
        (t) =>
          `${formatInstantShort(t.start)}  ${stepTitle(parsed, t)}${stepOwner(parsed, t) ? ` (${stepOwner(parsed, t)})` : ''}`,
      )
      .join('\n');
    event(
      `${base}.phase-${uidPart(p.phase.id ?? String(p.phase.index + 1))}`,
      phaseTitle(p),
      p.start,
      p.end,
      description,
      p.steps.map((t) => stepOwner(parsed, t)).filter(Boolean),
      p.done,
    );
  }
  for (const t of schedule.steps) {
    if (!t.pinned) continue;
    const notes = fieldString(t.step.node, 'notes', parsed.doc) ?? '';
    const owner = stepOwner(parsed, t);
    event(
      `${base}.step-${uidPart(t.step.id ?? String(t.step.index + 1))}`,
      stepTitle(parsed, t),
      t.start,
      t.end,
      notes,
      owner ? [owner] : [],
      t.done,
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
