// The schedule (README.md, "The format in brief"; docs/cli.md): when each phase and step happens. Phases and steps run in file
// order from `schedule.start`; a step's `duration` advances the clock (calendar time: a day
// is 24 hours, as everywhere else in the product), a step's `at` pins its start and the
// clock waits for it. With the execution record (`done`, `doneAt`) steps also get actual
// times.
//
// Time zones: every time is an absolute instant (epoch milliseconds) plus the offset it is
// shown in. Arithmetic happens on the instant only; the offset is the one last written in
// the runbook (`schedule.start`, then each `at`), so a plan written in +01:00 reads in +01:00
// and 12 hours across the spring DST change are 12 hours, not "the same wall-clock time".
// Nothing here reads the machine's time zone or the current time.
import { fieldBoolean, fieldString, isMap } from './parse';
import type { ParsedRunbook, PhaseEntry, StepEntry } from './parse';
import { durationHours } from './knowledge/online';
import { DATE_TIME_PATTERN } from './knowledge/actions';

export interface Instant {
  /** Milliseconds since 1970-01-01T00:00Z. */
  epochMs: number;
  /** The offset the instant is shown in, in minutes east of UTC (+01:00 → 60). */
  offsetMinutes: number;
}

export interface TimedStep {
  step: StepEntry;
  start: Instant;
  end: Instant;
  /** The step's `duration` in hours (0 without one). */
  hours: number;
  /** The step's `at`, when it has a valid one. */
  pinned?: Instant;
  /** When `at` is earlier than the end of the steps before it: that end and the gap. */
  early?: { clock: Instant; minutes: number };
  /** Settled: `done: true`, or `skipped`. */
  done: boolean;
  /** `doneAt`, when written: the actual end. */
  doneAt?: Instant;
  /** Actual start: the actual end of the step before (or the pin, if later); only with `doneAt`. */
  actualStart?: Instant;
}

export interface TimedPhase {
  phase: PhaseEntry;
  start: Instant;
  end: Instant;
  steps: TimedStep[];
  /** Every step is done. */
  done: boolean;
  actualStart?: Instant;
  /** Only when every step is done with a `doneAt`. */
  actualEnd?: Instant;
}

export interface Schedule {
  start: Instant;
  end: Instant;
  /** `schedule.start`, or (without it) the first `at`, counted back over the steps before it. */
  startFrom: 'schedule' | 'first-at';
  phases: TimedPhase[];
  steps: TimedStep[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DATE_TIME = new RegExp(DATE_TIME_PATTERN);

/** Reads `2026-03-28T22:00+01:00` (seconds optional, `Z` for UTC); undefined for anything else or an impossible date. */
export function parseInstant(text: string | undefined): Instant | undefined {
  if (typeof text !== 'string' || !DATE_TIME.test(text)) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(text)!;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 2026-02-30 over into March: such a date does not exist.
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  const offsetMinutes = m[7] === 'Z' ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  return { epochMs: wall - offsetMinutes * MINUTE, offsetMinutes };
}

/** The wall-clock fields of an instant in its own offset. */
function wallClock(instant: Instant): { date: string; time: string; seconds: number } {
  // Shifting by the offset and reading the UTC fields gives the wall clock in that
  // offset, independent of the machine's zone.
  const shifted = new Date(instant.epochMs + instant.offsetMinutes * MINUTE);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return {
    date: `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
    time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`,
    seconds: shifted.getUTCSeconds(),
  };
}

export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 in the instant's own offset: `2026-03-28T22:00+01:00` (seconds only when not 0). */
export function formatInstant(instant: Instant): string {
  const { date, time, seconds } = wallClock(instant);
  return `${date}T${time}${seconds ? ':' + String(seconds).padStart(2, '0') : ''}${formatOffset(instant.offsetMinutes)}`;
}

/** For tables: `2026-03-28 22:00 +01:00`. */
export function formatInstantShort(instant: Instant): string {
  const { date, time } = wallClock(instant);
  const offset = formatOffset(instant.offsetMinutes);
  return `${date} ${time} ${offset === 'Z' ? 'UTC' : offset}`;
}

/** The same instant shown in another offset. */
export function inOffset(instant: Instant, offsetMinutes: number): Instant {
  return { epochMs: instant.epochMs, offsetMinutes };
}

/** 0000-01-01T00:00Z and 9999-12-31T23:59:59Z: the four-digit years a runbook can write. */
const FIRST_INSTANT_MS = -62_167_219_200_000;
const LAST_INSTANT_MS = 253_402_300_799_000;

function writable(instant: Instant): boolean {
  return instant.epochMs >= FIRST_INSTANT_MS && instant.epochMs <= LAST_INSTANT_MS;
}

function plus(instant: Instant, ms: number): Instant {
  return { epochMs: instant.epochMs + ms, offsetMinutes: instant.offsetMinutes };
}

/** A gap in whole minutes as people say it: `3 h 20 min`, `2 d 4 h`, `1 min`. */
export function formatGap(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const mins = m % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} d`);
  if (hours) parts.push(`${hours} h`);
  if (mins || parts.length === 0) parts.push(`${mins} min`);
  return parts.join(' ');
}

function scheduleStart(parsed: ParsedRunbook): Instant | undefined {
  const node = parsed.root?.get('schedule', true);
  return isMap(node) ? parseInstant(fieldString(node, 'start', parsed.doc)) : undefined;
}

/** The step has a valid `at`: it anchors the plan. */
export function stepPinned(step: StepEntry, doc: ParsedRunbook['doc']): boolean {
  return parseInstant(fieldString(step.node, 'at', doc)) !== undefined;
}

/** What a step says about its time: duration, pin, and the execution record. */
function stepTimes(step: StepEntry, doc: ParsedRunbook['doc']) {
  return {
    step,
    hours: durationHours(fieldString(step.node, 'duration', doc)) ?? 0,
    pinned: parseInstant(fieldString(step.node, 'at', doc)),
    done: fieldBoolean(step.node, 'done', doc) === true,
    // A skipped step is settled too: the timeline neither waits for it nor calls it late.
    settled: fieldBoolean(step.node, 'done', doc) === true || fieldString(step.node, 'skipped', doc) !== undefined,
    doneAt: parseInstant(fieldString(step.node, 'doneAt', doc)),
  };
}

/**
 * The schedule of a parsed runbook; undefined when it has neither a valid `schedule.start`
 * nor any step with a valid `at` (nothing anchors it to the calendar). `pinned`: whether a
 * step has a valid `at`, when the caller knows it already (the preview's memo).
 */
export function computeSchedule(
  parsed: ParsedRunbook,
  pinned: () => boolean = () => parsed.steps.some((step) => stepPinned(step, parsed.doc)),
): Schedule | undefined {
  let start = scheduleStart(parsed);
  // Nothing anchors the plan (most runbooks): found without reading every step's times.
  if (!start && !pinned()) return undefined;
  const info = parsed.steps.map((step) => stepTimes(step, parsed.doc));
  let startFrom: Schedule['startFrom'] = 'schedule';
  if (!start) {
    // Without a start, the first pin (there is one: see above) anchors the plan: the steps
    // before it end at it.
    const first = info.findIndex((s) => s.pinned);
    const before = info.slice(0, first).reduce((sum, s) => sum + s.hours, 0);
    start = plus(info[first].pinned!, -before * HOUR);
    startFrom = 'first-at';
  }
  let clock = start;
  let actualClock: Instant | undefined;
  const steps: TimedStep[] = [];
  for (const s of info) {
    let stepStart = clock;
    let early: TimedStep['early'];
    if (s.pinned) {
      if (s.pinned.epochMs < clock.epochMs) {
        // The pinned time cannot be held: the plan slips to the end of the steps before.
        early = {
          clock: inOffset(clock, s.pinned.offsetMinutes),
          minutes: (clock.epochMs - s.pinned.epochMs) / MINUTE,
        };
        stepStart = inOffset(clock, s.pinned.offsetMinutes);
      } else {
        stepStart = s.pinned;
      }
    }
    const end = plus(stepStart, s.hours * HOUR);
    const timed: TimedStep = { step: s.step, start: stepStart, end, hours: s.hours, done: s.settled };
    if (s.pinned) timed.pinned = s.pinned;
    if (early) timed.early = early;
    if (s.done && s.doneAt) {
      timed.doneAt = s.doneAt;
      let actualStart = actualClock ?? stepStart;
      if (s.pinned && s.pinned.epochMs > actualStart.epochMs) actualStart = s.pinned;
      if (actualStart.epochMs > s.doneAt.epochMs) actualStart = s.doneAt;
      timed.actualStart = inOffset(actualStart, s.doneAt.offsetMinutes);
      actualClock = s.doneAt;
    }
    // A duration of 10^20 days is valid YAML and matches the schema's pattern, but no date
    // can show where it ends (the exports printed NaN and the .ics writer threw): a plan that
    // leaves the years 0000–9999 is not a schedule.
    if (!writable(end)) return undefined;
    steps.push(timed);
    clock = end;
  }
  return { start, end: clock, startFrom, phases: timedPhases(parsed, steps, start), steps };
}

/** Each phase with its timed steps, in the runbook's order. */
function timedPhases(parsed: ParsedRunbook, steps: TimedStep[], start: Instant): TimedPhase[] {
  const phases: TimedPhase[] = [];
  for (const phase of parsed.phases) {
    const own = steps.filter((t) => t.step.phase === phase);
    // A phase without steps (a schema error) sits at the clock where it would start.
    const at = phases.length ? phases[phases.length - 1].end : start;
    const timed: TimedPhase = {
      phase,
      start: own[0]?.start ?? at,
      end: own.length ? own[own.length - 1].end : at,
      steps: own,
      done: own.length > 0 && own.every((t) => t.done),
    };
    const actualStart = own.find((t) => t.actualStart)?.actualStart;
    if (actualStart) timed.actualStart = actualStart;
    if (own.length > 0 && own.every((t) => t.doneAt)) timed.actualEnd = own[own.length - 1].doneAt;
    phases.push(timed);
  }
  return phases;
}

/** Where a step stands at `now`: done, late (not done and its planned end has passed) or pending. */
export function stepStatus(step: Pick<TimedStep, 'done' | 'end'>, nowMs: number): 'done' | 'late' | 'pending' {
  if (step.done) return 'done';
  return step.end.epochMs < nowMs ? 'late' : 'pending';
}
