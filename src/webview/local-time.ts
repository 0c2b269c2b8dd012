// The viewer's own offset from UTC at an instant, in minutes east (+01:00 → 60), as the
// webview's browser knows it. Kept apart from the core (which never reads the machine's
// zone) and tested with TZ set (test/unit/timeline.test.ts).
export function localOffsetMinutes(epochMs: number): number {
  // getTimezoneOffset is minutes *west* of UTC, and for that instant: DST included.
  const west = new Date(epochMs).getTimezoneOffset();
  return Number.isFinite(west) ? -west : 0;
}
