// Times as the timeline shows them: "Sat 14 Mar 2026 22:00 (UTC+01:00)". The caller says
// in which offset: the export keeps the offset the runbook wrote, the preview's webview
// passes its own local offset for that instant (src/webview/local-time.ts). Pure and
// without Intl, so the text is the same on every machine and in the webview; it imports
// nothing, because the webview bundle includes it.
import type { Locale } from './types';

const NAMES = {
  en: {
    days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  sv: {
    days: ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'],
    months: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
} as const;

/**
 * `full`: weekday, date, year, time and offset; `day`: "Sat 14 Mar"; `time`: "22:00";
 * `dayTime`: "Sat 14 Mar 22:00".
 */
export type TimeStyle = 'full' | 'day' | 'time' | 'dayTime';

/** "UTC+01:00", "UTC-03:30", "UTC" for 0. */
export function offsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant (epoch ms) as the wall clock in `offsetMinutes` reads it. */
export function formatTimelineTime(epochMs: number, offsetMinutes: number, locale: Locale, style: TimeStyle): string {
  // Shift by the offset and read the UTC fields: the wall clock in that offset, whatever
  // the zone of the machine that runs this.
  const d = new Date(epochMs + offsetMinutes * 60_000);
  if (Number.isNaN(d.getTime())) return '';
  const names = NAMES[locale] ?? NAMES.en;
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const day = `${names.days[d.getUTCDay()]} ${d.getUTCDate()} ${names.months[d.getUTCMonth()]}`;
  switch (style) {
    case 'time':
      return time;
    case 'day':
      return day;
    case 'dayTime':
      return `${day} ${time}`;
    default:
      return `${day} ${d.getUTCFullYear()} ${time} (${offsetLabel(offsetMinutes)})`;
  }
}
