// "Today" for lifecycle rules is the user's calendar date, not UTC's: just after midnight
// in Stockholm it is already the next day there while UTC is still on the previous one.
// The front ends read the clock and pass `today`; the core only formats a Date it is given.

/** The local calendar date of `date` as YYYY-MM-DD (in the time zone of the runtime). */
export function localDateIso(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
