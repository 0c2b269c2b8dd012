// The schedule as a picture (spec 7.5): phases as bars on a date axis, steps with `at` as
// markers, a line for now, colours from the execution record. Drawn here, without a chart
// library: a few rectangles and lines do not earn one, and a library would have to run in
// the webview and in a static export alike.
//
// Safety: titles come from the runbook, which may come from a pull request. The markup is
// built as elements (`h`) and serialized in one place that escapes every text and
// attribute value; no string from the runbook is ever concatenated into markup. Titles
// are also cut to a length the picture can show.
//
// Theming: only classes (tl-*); colours live in media/preview.css as CSS variables that
// follow the VS Code theme in the preview and fall back to fixed colours in the export.
//
// Time: nothing here reads a clock or the machine's zone. `now` and `zone` (the offset in
// which to show an instant) are the caller's; without `zone` every time is shown in the
// offset the runbook wrote.
import type { Locale } from './types';
import { checklistMessage } from './checklist/messages';
import type { Instant } from './schedule';
import type { TimelineData, TimelinePhase, TimelinePin } from './timeline';
import { formatTimelineTime, offsetLabel, TimeStyle } from './timeline-time';

// ---- Markup as elements ---------------------------------------------------------------

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | undefined>;
  children: XmlChild[];
}
/** A string child is text: it is always escaped. */
export type XmlChild = XmlElement | string | undefined | false;

export function h(name: string, attrs: XmlElement['attrs'] = {}, ...children: XmlChild[]): XmlElement {
  return { name, attrs, children };
}

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*$/;
// Characters XML 1.0 does not allow at all (and lone surrogates): dropped, not escaped.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function escapeXml(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Markup of an element tree; element and attribute names are the code's own, checked anyway. */
export function serialize(node: XmlChild): string {
  if (node === undefined || node === false) return '';
  if (typeof node === 'string') return escapeXml(node);
  if (!NAME.test(node.name)) throw new Error(`bad element name ${node.name}`);
  let out = `<${node.name}`;
  for (const [key, value] of Object.entries(node.attrs)) {
    if (value === undefined) continue;
    if (!NAME.test(key)) throw new Error(`bad attribute name ${key}`);
    out += ` ${key}="${escapeXml(typeof value === 'number' ? round(value) : value)}"`;
  }
  const children = node.children.map(serialize).join('');
  // Never `<x/>`: in HTML that opens a span or a section and never closes it; an explicit
  // end tag reads the same in HTML and in SVG.
  return `${out}>${children}</${node.name}>`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** One line, at most `max` characters (whole code points), an ellipsis when cut. */
export function capText(text: string, max: number): string {
  const line = text.replace(NOT_XML, '').replace(/\s+/g, ' ').trim();
  const points = [...line];
  return points.length <= max
    ? line
    : points
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}

// ---- Words -----------------------------------------------------------------------------

function gapText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const parts: string[] = [];
  if (m >= 1440) parts.push(`${Math.floor(m / 1440)} d`);
  if (m % 1440 >= 60) parts.push(`${Math.floor((m % 1440) / 60)} h`);
  if (m % 60 || parts.length === 0) parts.push(`${m % 60} min`);
  return parts.join(' ');
}

// ---- Layout ----------------------------------------------------------------------------

export interface TimelineOptions {
  locale: Locale;
  /** `preview`: phases are buttons (focusable, reveal in the editor); `export`: a static picture. */
  mode: 'preview' | 'export';
  /** The current moment (epoch ms): the now line and late colouring. None: neither. */
  now?: number;
  /** The offset (minutes east of UTC) in which to show an instant; default: as written. */
  zone?: (epochMs: number) => number;
}

export type PhaseStatus = 'done' | 'late' | 'active' | 'planned';

/** done: every step done; late: not done and its planned end has passed; active: now is inside it. */
export function phaseStatus(phase: Pick<TimelinePhase, 'done' | 'start' | 'end'>, now?: number): PhaseStatus {
  if (phase.done) return 'done';
  if (now === undefined) return 'planned';
  if (phase.end.epochMs < now) return 'late';
  return phase.start.epochMs <= now ? 'active' : 'planned';
}

export const LAYOUT = {
  width: 800,
  labelWidth: 190,
  left: 202,
  right: 784,
  axis: 34,
  row: 28,
  bar: 14,
  footer: 26,
  maxLabel: 24,
  maxTitle: 120,
} as const;

const HOUR = 3_600_000;
const TICK_HOURS = [1, 2, 3, 6, 12, 24, 48, 168, 336, 672];
// About 100 units apart: room for a label like "Sun 29 Mar 00:00".
const MAX_TICKS = 6;

interface Scale {
  lo: number;
  hi: number;
  x(ms: number): number;
}

function scaleOf(data: TimelineData): Scale {
  const times = [data.start.epochMs, data.end.epochMs];
  for (const p of data.phases) {
    times.push(p.start.epochMs, p.end.epochMs);
    if (p.actualStart) times.push(p.actualStart.epochMs);
    if (p.actualEnd) times.push(p.actualEnd.epochMs);
  }
  for (const pin of data.pins) times.push(pin.at.epochMs);
  const lo = Math.min(...times);
  // A plan without durations still gets an hour of axis to stand on.
  const hi = Math.max(lo + HOUR, ...times);
  const { left, right } = LAYOUT;
  return { lo, hi, x: (ms) => left + ((ms - lo) / (hi - lo)) * (right - left) };
}

/** Tick times: a step from TICK_HOURS that gives at most MAX_TICKS, on whole steps of the shown wall clock. */
export function ticks(lo: number, hi: number, offsetAt: (ms: number) => number): { ms: number; hours: number }[] {
  const span = (hi - lo) / HOUR;
  const hours = TICK_HOURS.find((step) => span / step <= MAX_TICKS) ?? Math.ceil(span / MAX_TICKS / 24) * 24;
  // Steps of a day or more fall on midnight; a week starts on any day (the plan's first).
  const align = Math.min(hours, 24) * HOUR;
  const offset = offsetAt(lo) * 60_000;
  const out: { ms: number; hours: number }[] = [];
  let t = Math.ceil((lo + offset) / align) * align - offset;
  for (let guard = 0; t <= hi && guard < 100; guard++) {
    out.push({ ms: t, hours });
    // Back onto the grid of the shown wall clock: when the offset changes (DST) between
    // two ticks, midnight stays midnight.
    const next = t + hours * HOUR;
    const shift = offsetAt(next) * 60_000;
    const snapped = Math.round((next + shift) / align) * align - shift;
    t = snapped > t ? snapped : next;
  }
  return out;
}

export function renderTimeline(data: TimelineData, options: TimelineOptions): string {
  return serialize(timelineElement(data, options));
}

export function timelineElement(data: TimelineData, options: TimelineOptions): XmlElement {
  const { locale, mode, now } = options;
  const offsetOf = (i: Instant) => (options.zone ? options.zone(i.epochMs) : i.offsetMinutes);
  const time = (i: Instant, style: TimeStyle = 'full') => formatTimelineTime(i.epochMs, offsetOf(i), locale, style);
  const scale = scaleOf(data);
  const { width, axis, row, bar, footer } = LAYOUT;
  const rowsHeight = Math.max(1, data.phases.length) * row;
  const height = axis + rowsHeight + footer;
  const range = checklistMessage(locale, 'timeline.range', { start: time(data.start), end: time(data.end) });

  const axisOffset = (ms: number) => (options.zone ? options.zone(ms) : data.start.offsetMinutes);
  const tickElements = axisTicks(scale, axisOffset, locale, rowsHeight);

  const rowY = (phaseIndex: number) => {
    const position = data.phases.findIndex((p) => p.index === phaseIndex);
    return axis + Math.max(0, position) * row;
  };

  const phaseElements = data.phases.map((p) => {
    const y = rowY(p.index);
    const status = phaseStatus(p, now);
    const x1 = scale.x(p.start.epochMs);
    const w = Math.max(2, scale.x(p.end.epochMs) - x1);
    const title = capText(p.title, LAYOUT.maxTitle);
    const tip = [
      title,
      checklistMessage(locale, 'timeline.range', { start: time(p.start), end: time(p.end) }),
      checklistMessage(locale, 'timeline.steps', { done: p.stepsDone, total: p.stepsTotal }),
      checklistMessage(locale, `timeline.${status}`),
      p.actualStart && p.actualEnd
        ? checklistMessage(locale, 'timeline.actual', { start: time(p.actualStart), end: time(p.actualEnd) })
        : undefined,
    ].filter((s): s is string => Boolean(s));
    const barY = y + (row - bar) / 2;
    const progress = p.stepsTotal ? (w * p.stepsDone) / p.stepsTotal : 0;
    return h(
      'g',
      {
        class: `tl-phase tl-${status}`,
        'data-phase': p.index,
        ...(mode === 'preview'
          ? {
              tabindex: 0,
              role: 'button',
              'aria-label': `${tip.join('. ')}. ${checklistMessage(locale, 'timeline.reveal')}`,
            }
          : {}),
      },
      h('title', {}, tip.join('\n')),
      h('rect', { class: 'tl-row', x: 0, y, width, height: row }),
      h('text', { class: 'tl-label', x: 4, y: y + row / 2 + 4 }, capText(p.title, LAYOUT.maxLabel)),
      h('rect', { class: 'tl-bar', x: x1, y: barY, width: w, height: bar, rx: 3 }),
      progress > 0 && h('rect', { class: 'tl-progress', x: x1, y: barY, width: progress, height: bar, rx: 3 }),
      p.actualStart &&
        p.actualEnd &&
        h('rect', {
          class: 'tl-actual',
          x: scale.x(p.actualStart.epochMs),
          y: barY + bar + 1,
          width: Math.max(2, scale.x(p.actualEnd.epochMs) - scale.x(p.actualStart.epochMs)),
          height: 3,
        }),
    );
  });

  const pinElements = data.pins.map((pin) => pinElement(pin, scale, rowY(pin.phaseIndex), options, time));

  const nowElement = now === undefined ? undefined : nowMarker(now, scale, height, options, data.start.offsetMinutes);

  return h(
    'section',
    { class: 'cl-timeline', id: 'cl-timeline', 'aria-labelledby': 'cl-timeline-title' },
    h('h2', { class: 'cl-timeline-title', id: 'cl-timeline-title' }, checklistMessage(locale, 'timeline.heading')),
    h(
      'p',
      { class: 'cl-timeline-range' },
      range,
      ' · ',
      checklistMessage(locale, options.zone ? 'timeline.local' : 'timeline.asWritten', {
        offset: offsetLabel(data.start.offsetMinutes),
      }),
    ),
    h(
      'svg',
      {
        class: 'tl-svg',
        xmlns: 'http://www.w3.org/2000/svg',
        viewBox: `0 0 ${width} ${height}`,
        width: '100%',
        preserveAspectRatio: 'xMinYMin meet',
        role: 'group',
        'aria-label': checklistMessage(locale, 'timeline.aria', { start: time(data.start), end: time(data.end) }),
      },
      h('g', { class: 'tl-axis' }, ...tickElements),
      h('g', { class: 'tl-phases' }, ...phaseElements),
      h('g', { class: 'tl-pins' }, ...pinElements),
      nowElement,
    ),
    legend(locale, now !== undefined),
  );
}

/** The date axis: a label and a grid line per tick; the day is named where it changes. */
function axisTicks(scale: Scale, axisOffset: (ms: number) => number, locale: Locale, rowsHeight: number): XmlElement[] {
  const { axis } = LAYOUT;
  let lastDay = '';
  return ticks(scale.lo, scale.hi, axisOffset).map((tick) => {
    const x = scale.x(tick.ms);
    const day = formatTimelineTime(tick.ms, axisOffset(tick.ms), locale, 'day');
    const style: TimeStyle = tick.hours >= 24 ? 'day' : day !== lastDay ? 'dayTime' : 'time';
    lastDay = day;
    return h(
      'g',
      { class: 'tl-tick' },
      h('line', { x1: x, x2: x, y1: axis - 6, y2: axis + rowsHeight }),
      h(
        'text',
        { x, y: axis - 12, 'text-anchor': 'middle' },
        formatTimelineTime(tick.ms, axisOffset(tick.ms), locale, style),
      ),
    );
  });
}

function pinElement(
  pin: TimelinePin,
  scale: Scale,
  y: number,
  options: TimelineOptions,
  time: (i: Instant, style?: TimeStyle) => string,
): XmlElement {
  const { locale, now } = options;
  const x = scale.x(pin.at.epochMs);
  const cy = y + LAYOUT.row / 2;
  const late = !pin.done && now !== undefined && pin.at.epochMs < now;
  const classes = ['tl-pin', pin.done ? 'tl-done' : late ? 'tl-late' : '', pin.earlyMinutes ? 'tl-early' : '']
    .filter(Boolean)
    .join(' ');
  const tip = [
    capText(pin.title, LAYOUT.maxTitle),
    checklistMessage(locale, 'timeline.pinned', { time: time(pin.at) }),
    pin.earlyMinutes ? checklistMessage(locale, 'timeline.early', { gap: gapText(pin.earlyMinutes) }) : undefined,
  ].filter((s): s is string => Boolean(s));
  return h(
    'g',
    {
      class: classes,
      'data-step': pin.stepIndex,
      'data-offset': pin.offset,
      ...(options.mode === 'preview'
        ? {
            tabindex: 0,
            role: 'button',
            'aria-label': `${tip.join('. ')}. ${checklistMessage(locale, 'timeline.reveal')}`,
          }
        : {}),
    },
    h('title', {}, tip.join('\n')),
    h('path', { d: `M${round(x)} ${cy - 8}l7 8l-7 8l-7 -8z` }),
  );
}

function nowMarker(
  now: number,
  scale: Scale,
  height: number,
  options: TimelineOptions,
  startOffset: number,
): XmlElement {
  const { locale } = options;
  const zone = options.zone;
  // Without a zone, "now" is shown in the plan's own offset, like everything else.
  const shown = formatTimelineTime(now, zone ? zone(now) : startOffset, locale, 'dayTime');
  const y = height - 8;
  const { left, right, axis } = LAYOUT;
  if (now < scale.lo)
    return h(
      'g',
      { class: 'tl-now tl-now-before' },
      h(
        'text',
        { x: left, y, 'text-anchor': 'start' },
        `◀ ${checklistMessage(locale, 'timeline.before', { time: shown })}`,
      ),
    );
  if (now > scale.hi)
    return h(
      'g',
      { class: 'tl-now tl-now-after' },
      h(
        'text',
        { x: right, y, 'text-anchor': 'end' },
        `${checklistMessage(locale, 'timeline.after', { time: shown })} ▶`,
      ),
    );
  const x = scale.x(now);
  const anchor = x - left < 60 ? 'start' : right - x < 60 ? 'end' : 'middle';
  return h(
    'g',
    { class: 'tl-now' },
    h('line', { x1: x, x2: x, y1: axis - 6, y2: height - 20 }),
    h('text', { x, y, 'text-anchor': anchor }, `${checklistMessage(locale, 'timeline.now')} · ${shown}`),
  );
}

function legend(locale: Locale, withNow: boolean): XmlElement {
  const items: [string, 'planned' | 'active' | 'done' | 'late'][] = [
    ['tl-planned', 'planned'],
    ['tl-active', 'active'],
    ['tl-done', 'done'],
    ['tl-late', 'late'],
  ];
  return h(
    'ul',
    { class: 'cl-timeline-legend' },
    ...items
      .filter(([, id]) => withNow || (id !== 'late' && id !== 'active'))
      .map(([cls, id]) =>
        h(
          'li',
          { class: cls },
          h('span', { class: 'tl-swatch', 'aria-hidden': 'true' }),
          checklistMessage(locale, `timeline.${id}`),
        ),
      ),
    h(
      'li',
      { class: 'tl-pin-legend' },
      h('span', { class: 'tl-swatch', 'aria-hidden': 'true' }),
      checklistMessage(locale, 'timeline.pin'),
    ),
  );
}
