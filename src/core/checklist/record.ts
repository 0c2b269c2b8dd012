// The execution record as the renderers word it (docs/checklist.md): "Done 2026-03-28 23:40
// +01:00 by Ana", "Skipped: <reason>", planned against actual time. Plain text, escaped by
// each renderer; no YAML parser here, like ./progress.ts, so the renderer bundle stays small.
import type { Locale } from '../types';
import { checklistMessage } from './messages';
import type { ChecklistStep } from './model';
import { isSafeLink } from './notes';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})$/;

/** `2026-03-28T23:40+01:00` as `2026-03-28 23:40 +01:00` (`Z` as UTC); anything else as written. */
export function readableDateTime(value: string): string {
  const m = DATE_TIME.exec(value);
  return m ? `${m[1]} ${m[2]} ${m[3] === 'Z' ? 'UTC' : m[3]}` : value;
}

/** "Done 2026-03-28 23:40 +01:00 by Ana"; undefined when the step records neither. */
export function doneText(step: Pick<ChecklistStep, 'doneAt' | 'doneBy'>, locale: Locale): string | undefined {
  const when = step.doneAt ? readableDateTime(step.doneAt) : undefined;
  if (when && step.doneBy) return checklistMessage(locale, 'record.doneAtBy', { when, who: step.doneBy });
  if (when) return checklistMessage(locale, 'record.doneAt', { when });
  if (step.doneBy) return checklistMessage(locale, 'record.doneBy', { who: step.doneBy });
  return undefined;
}

/** "Skipped: <reason>", or "Skipped" without one; undefined for a step not skipped. */
export function skippedText(step: Pick<ChecklistStep, 'skipped'>, locale: Locale): string | undefined {
  if (step.skipped === undefined) return undefined;
  return step.skipped
    ? checklistMessage(locale, 'record.skipped', { reason: step.skipped })
    : checklistMessage(locale, 'record.skippedNoReason');
}

/** Minutes as `2d 3h 15min` (calendar time, as the durations are). */
export function formatMinutes(minutes: number, locale: Locale): string {
  const total = Math.max(0, Math.round(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days) parts.push(checklistMessage(locale, 'duration.day', { n: days }));
  if (hours) parts.push(checklistMessage(locale, 'duration.hour', { n: hours }));
  if (mins || parts.length === 0) parts.push(checklistMessage(locale, 'duration.minute', { n: mins }));
  return parts.join(' ');
}

/** An evidence entry that is a link the exports may make clickable (http, https, mailto; one word). */
export function evidenceLink(entry: string): string | undefined {
  return /^\S+$/.test(entry) && isSafeLink(entry) && /^(https?:\/\/[^/\s]+|mailto:[^\s]+@)/i.test(entry)
    ? entry
    : undefined;
}
