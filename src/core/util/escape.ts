// The characters no output may carry raw: C0 controls (ESC starts the sequences that set a
// terminal's title or erase its lines; CR, NEL and U+2028/9 break a YAML line), DEL, C1
// controls (U+009B is a one-character CSI), and the invisible characters that reorder or
// hide text (bidi overrides and isolates, zero-width characters, BOM).
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** `text` with each such character, except those in `keep`, written as its escape (`\u001b`). */
export function escapeInvisible(text: string, keep = ''): string {
  return text.replace(INVISIBLE, (c) => (keep.includes(c) ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
