// PowerShell text from values a runbook gives: every value is written as a single-quoted
// string (nothing inside is expanded), every comment line is cleaned of what would end it
// or act on a terminal. The script and the terminal lines are built from these pieces,
// never by editing generated text.

/**
 * PowerShell's tokenizer takes four more characters than the apostrophe as a single quote
 * (U+2018–U+201B), so each of them, not only `'`, is doubled inside a single-quoted string:
 * a title written in Word with ’ would otherwise close the string.
 */
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);

/** The value as a PowerShell single-quoted string literal. */
export function psString(value: string): string {
  let out = "'";
  for (const ch of value) out += SINGLE_QUOTES.has(ch) ? ch + ch : ch;
  return out + "'";
}

/**
 * Characters a value must not carry into a command line: C0 and C1 controls (a line break
 * would press Enter in a terminal, ESC starts a terminal sequence), line and paragraph
 * separators, and the bidirectional controls that make code read differently from how it
 * runs (CVE-2021-42574, "Trojan Source").
 */
function isUnsafeChar(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** Longest value written into a command: anything longer is no server, batch or file name. */
export const MAX_VALUE_LENGTH = 1000;

/** Whether a runbook value can go into a command as it is; otherwise the script asks for it. */
export function isSafeValue(value: string): boolean {
  if (value.length === 0 || value.length > MAX_VALUE_LENGTH) return false;
  for (let i = 0; i < value.length; i++) if (isUnsafeChar(value.charCodeAt(i))) return false;
  return true;
}

/** Text made visible for a comment: unsafe characters as <U+XXXX>. */
function visible(line: string): string {
  let out = '';
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    out += isUnsafeChar(code) ? `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>` : ch;
  }
  return out;
}

/** Free text (a title, notes) as lines: split at every line break PowerShell or an editor knows. */
export function textLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' || ch === '\n' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      lines.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * One line of comment text, safe after `#` and inside `<# … #>`: no line break, no control
 * character, and no `#>` that would end a block comment early (written `# >`).
 */
export function commentText(line: string): string {
  return visible(line).split('#>').join('# >').split('<#').join('< #').trimEnd();
}

/** Text on one line (titles): runs of white space as one space. */
export function oneLineText(text: string): string {
  return textLines(text)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ');
}
