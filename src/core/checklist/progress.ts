// Progress as text ("3 of 7 done · 2d 4h"), apart from the model so that the renderers
// need no YAML parser: the extension loads them as a bundle of their own on first use.
import type { Locale } from '../types';
import { checklistMessage } from './messages';

export interface Progress {
  /** Steps settled: done, or skipped with a reason. */
  done: number;
  /** Of those, the steps skipped (and not done). */
  skipped: number;
  total: number;
  /** Sum of the steps' `duration`, in hours (calendar time); 0 when none is given. */
  hours: number;
}

/** Total hours as `1w 2d 4h` (calendar time: a day is 24 hours, a week 7 days). */
export function formatDuration(hours: number, locale: Locale): string {
  if (!(hours > 0)) return '';
  const parts: string[] = [];
  const weeks = Math.floor(hours / 168);
  let rest = hours - weeks * 168;
  const days = Math.floor(rest / 24);
  rest = Math.round((rest - days * 24) * 10) / 10;
  if (weeks) parts.push(checklistMessage(locale, 'duration.week', { n: weeks }));
  if (days) parts.push(checklistMessage(locale, 'duration.day', { n: days }));
  if (rest) parts.push(checklistMessage(locale, 'duration.hour', { n: rest }));
  return parts.join(' ');
}

/** "3 of 7 done · 2d 4h"; "3 of 7 done (1 skipped) · 2d 4h" when steps were skipped. */
export function progressText(progress: Progress, locale: Locale): string {
  const count = progress.skipped
    ? checklistMessage(locale, 'progress.countSkipped', {
        done: progress.done,
        total: progress.total,
        skipped: progress.skipped,
      })
    : checklistMessage(locale, 'progress.count', { done: progress.done, total: progress.total });
  const duration = formatDuration(progress.hours, locale);
  return duration ? `${count} · ${duration}` : count;
}
