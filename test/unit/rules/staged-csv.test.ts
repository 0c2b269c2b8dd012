import * as assert from 'assert';
import { STAGED, at, edit, files, findings, where } from './online-helpers';
import { FILE_LIMITS, type FileRead } from '../../../src/core/files';

const HEADER = 'EmailAddress,Password,ForceChangePassword';
const WAVE2 = `${HEADER}\ndana@wingtiptoys.com,Autumn2026!q,True\nerik@wingtiptoys.com,Harvest2026!r,True\n`;

/** Lints STAGED with wave-1's CSV replaced by `wave1` (wave-2 stays valid). */
function withWave1(wave1: string | undefined, ruleCount: number, locale: 'en' | 'sv' = 'en') {
  const map: Record<string, string> = { 'staged-wave2.csv': WAVE2 };
  if (wave1 !== undefined) map['staged-wave1.csv'] = wave1;
  const found = findings(STAGED, 'staged-csv', ruleCount, { readFile: files(map), locale });
  for (const f of found) assert.deepStrictEqual(where(f), at(STAGED, 'csv: staged-wave1.csv', 'staged-wave1.csv'));
  return found.map((f) => f.message);
}

describe('staged-csv', () => {
  it('accepts valid CSVs (lower-case true/false, an empty Password cell, a BOM, CRLF)', () => {
    withWave1(`\uFEFF${HEADER}\r\nana@wingtiptoys.com,,false\r\nbo@wingtiptoys.com,Spring2026!y,TRUE\r\n`, 0);
    withWave1('EmailAddress\nana@wingtiptoys.com\n', 0);
  });

  it('reports a staged batch without csv at the step', () => {
    const text = edit(STAGED, '        csv: staged-wave1.csv\n', '');
    const [f] = findings(text, 'staged-csv', 1);
    assert.deepStrictEqual(where(f), at(text, '- action: create-migration-batch', 'action: create-migration-batch'));
    assert.strictEqual(
      f.message,
      'the staged batch `wave-1` has no `csv`: a staged batch is created from a CSV file that lists its mailboxes (`EmailAddress` column); add `csv: <file>.csv`',
    );
  });

  it('reports a missing CSV file, also when reading it throws', () => {
    assert.deepStrictEqual(withWave1(undefined, 1), [
      'the CSV file `staged-wave1.csv` does not exist (paths are relative to the runbook); a staged batch is created from it',
    ]);
    const throwing = findings(STAGED, 'staged-csv', 2, {
      readFile: () => {
        throw new Error('EACCES');
      },
    });
    assert.match(throwing[0].message, /does not exist/);
  });

  it('reports an empty file and a header without rows', () => {
    assert.deepStrictEqual(withWave1('', 1), [
      'the CSV file `staged-wave1.csv` is empty: it needs a header row with `EmailAddress` and one row per mailbox',
    ]);
    assert.deepStrictEqual(withWave1('\n\n', 1), [
      'the CSV file `staged-wave1.csv` is empty: it needs a header row with `EmailAddress` and one row per mailbox',
    ]);
    assert.deepStrictEqual(withWave1(`${HEADER}\n`, 1), [
      'the CSV file `staged-wave1.csv` has a header but no mailbox rows: a staged batch needs at least one mailbox',
    ]);
  });

  it('reports a header without EmailAddress (the Gmail "Username" column is not one), and semicolon files', () => {
    assert.deepStrictEqual(withWave1('Username,Password\nana@wingtiptoys.com,Winter2026!x\n', 1), [
      'the CSV file `staged-wave1.csv` has no `EmailAddress` column in its header (row 1): Exchange Online requires it; the columns are EmailAddress, Password and ForceChangePassword',
    ]);
    assert.deepStrictEqual(withWave1('EmailAddress;Password\nana@wingtiptoys.com;Winter2026!x\n', 1), [
      'the CSV file `staged-wave1.csv` is separated by semicolons: Exchange Online reads only comma-separated files (save as "CSV (comma delimited)")',
    ]);
  });

  it('numbers rows as a person does: header is row 1, blank lines are not rows', () => {
    const csv = `${HEADER}\nana@wingtiptoys.com,Winter2026!x,True\n\nbo@wingtiptoys.com,Spring2026!y\n   \nchen@wingtiptoys.com,Summer2026!z,True,extra\n`;
    assert.deepStrictEqual(withWave1(csv, 1), [
      'the CSV file `staged-wave1.csv`: rows 3, 4 have a different number of columns than the header (row 3 has 2, the header 3); Exchange Online rejects a file whose rows do not match the header',
    ]);
  });

  it('reports more than 2,000 rows with the first row too many', () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `user${i}@wingtiptoys.com,Password${i}!,True`);
    assert.deepStrictEqual(withWave1(`${HEADER}\n${rows.join('\n')}\n`, 1), [
      'the CSV file `staged-wave1.csv` has 2,001 mailbox rows; a staged batch takes at most 2,000 (row 2,002 is the first too many): split it into several batches',
    ]);
    withWave1(`${HEADER}\n${rows.slice(0, 2000).join('\n')}\n`, 0);
  });

  it('reports duplicate addresses regardless of case, and empty or malformed addresses', () => {
    const csv = `${HEADER}\nana@wingtiptoys.com,Winter2026!x,True\nbo@wingtiptoys.com,Spring2026!y,True\nAna@WingtipToys.com,Summer2026!z,True\n,Autumn2026!q,True\nnot-an-address,Autumn2026!q,True\n`;
    assert.deepStrictEqual(withWave1(csv, 3), [
      'the CSV file `staged-wave1.csv`: row 4 repeats `Ana@WingtipToys.com` from row 2; each mailbox belongs in one row',
      'the CSV file `staged-wave1.csv`: row 5 has no email address in the `EmailAddress` column',
      'the CSV file `staged-wave1.csv`: row 6 has `not-an-address` in the `EmailAddress` column, which is not an email address',
    ]);
  });

  it('finds a repeated address with mixed case on both sides', () => {
    const csv = `${HEADER}\nAna@WingtipToys.com,Winter2026!x,True\nana@WINGTIPTOYS.COM,Spring2026!y,True\n`;
    assert.deepStrictEqual(withWave1(csv, 1), [
      'the CSV file `staged-wave1.csv`: row 3 repeats `ana@WINGTIPTOYS.COM` from row 2; each mailbox belongs in one row',
    ]);
  });

  it('reports passwords under 8 characters and ForceChangePassword values other than True/False', () => {
    const csv = `${HEADER}\nana@wingtiptoys.com,short,True\nbo@wingtiptoys.com,1234567,Yes\nchen@wingtiptoys.com,12345678,1\n`;
    assert.deepStrictEqual(withWave1(csv, 2), [
      'the CSV file `staged-wave1.csv`: rows 2, 3 have a `Password` shorter than 8 characters; Exchange Online requires at least 8',
      'the CSV file `staged-wave1.csv`: row 3 has `Yes` as `ForceChangePassword` (and 1 more row); the value must be True or False',
    ]);
  });

  it('reports a file that is not valid CSV with the line where parsing stopped', () => {
    const [message] = withWave1(`${HEADER}\nana@wingtiptoys.com,"Winter2026!x,True\n`, 1);
    assert.match(message, /^the CSV file `staged-wave1.csv` is not valid CSV at line 2: Quote Not Closed/);
  });

  it('says it in Swedish', () => {
    assert.deepStrictEqual(withWave1(`${HEADER}\nana@wingtiptoys.com,kort,True\n`, 1, 'sv'), [
      'CSV-filen `staged-wave1.csv`: rad 2 har ett `Password` kortare än 8 tecken; Exchange Online kräver minst 8',
    ]);
  });

  it('does not judge remote-move or cutover batches', () => {
    const text = edit(
      STAGED,
      '        method: staged\n        csv: staged-wave1.csv\n',
      '        method: remote-move\n',
    );
    findings(text, 'staged-csv', 0, { readFile: files({ 'staged-wave2.csv': WAVE2 }) });
  });
});

// Spec 7.1: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; anything else is named.
describe('staged-csv: encodings and files the reader refused', () => {
  const VALID = `${HEADER}\r\nana@wingtiptoys.com,Winter2026!x,True\r\nbo@wingtiptoys.com,Spring2026!y,True\r\n`;
  const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
  /** Lints STAGED with wave-1's CSV given as the reader would give it. */
  function withRead(read: FileRead, ruleCount: number, locale: 'en' | 'sv' = 'en'): string[] {
    const found = findings(STAGED, 'staged-csv', ruleCount, {
      locale,
      readFile: (p) => (p === 'staged-wave1.csv' ? read : p === 'staged-wave2.csv' ? WAVE2 : undefined),
    });
    for (const f of found) assert.deepStrictEqual(where(f), at(STAGED, 'csv: staged-wave1.csv', 'staged-wave1.csv'));
    return found.map((f) => f.message);
  }

  it('reads UTF-8 bytes with and without a BOM', () => {
    withRead(new TextEncoder().encode(VALID), 0);
    withRead(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID)]), 0);
    withRead(new TextEncoder().encode(`${HEADER}\nåsa@wingtiptoys.com,Vinter2026!ö,True\n`), 0);
  });

  it('reads UTF-16LE with a BOM (Windows PowerShell 5.1 Out-File, Notepad "Unicode") and UTF-16BE with a BOM', () => {
    withRead(utf16le(VALID), 0);
    withRead(utf16be(VALID), 0);
    // Findings about the content are the same as for UTF-8: the rows are there.
    assert.deepStrictEqual(withRead(utf16le(`${HEADER}\r\nana@wingtiptoys.com,short,True\r\n`), 1), [
      'the CSV file `staged-wave1.csv`: row 2 has a `Password` shorter than 8 characters; Exchange Online requires at least 8',
    ]);
  });

  it('names the encoding problem: invalid UTF-8 (Windows-1252), UTF-16 without BOM, broken UTF-16, NUL bytes', () => {
    const cp1252 = Uint8Array.from([
      ...Buffer.from(`${HEADER}\nasa@wingtiptoys.com,Vinter2026!`, 'latin1'),
      0xf6,
      ...Buffer.from(',True\n'),
    ]);
    assert.deepStrictEqual(withRead(cp1252, 1), [
      `the CSV file \`staged-wave1.csv\` is neither UTF-8 (byte ${cp1252.indexOf(0xf6) + 1} is not valid UTF-8) nor UTF-16 with a byte-order mark: save it as "CSV UTF-8 (Comma delimited)"`,
    ]);
    assert.deepStrictEqual(withRead(utf16le(VALID).subarray(2), 1), [
      'the CSV file `staged-wave1.csv` looks like UTF-16 without a byte-order mark, which cannot be read for sure: save it as UTF-8, or as UTF-16 with a byte-order mark (Notepad "UTF-16 LE", `Out-File -Encoding Unicode`)',
    ]);
    assert.deepStrictEqual(withRead(utf16le(VALID).subarray(0, 9), 1), [
      'the CSV file `staged-wave1.csv` starts with a UTF-16LE byte-order mark but is not valid UTF-16LE: save it again as "CSV UTF-8 (Comma delimited)"',
    ]);
    assert.deepStrictEqual(withRead(utf16be('EmailAddress\n\ud800x\n'), 1), [
      'the CSV file `staged-wave1.csv` starts with a UTF-16BE byte-order mark but is not valid UTF-16BE: save it again as "CSV UTF-8 (Comma delimited)"',
    ]);
    assert.deepStrictEqual(
      withRead(Uint8Array.from([...Buffer.from('EmailAddress\nana@x.com'), 0, 1, 2, 3, 0xff]), 1),
      ['the CSV file `staged-wave1.csv` holds a NUL byte (byte 23): it is not a text file in UTF-8 or UTF-16'],
    );
    assert.deepStrictEqual(withRead(utf16le('EmailAddress\n\u0000'), 1), [
      'the CSV file `staged-wave1.csv` holds a NUL byte (byte 29): it is not a text file in UTF-8 or UTF-16',
    ]);
  });

  it('reports what the reader refused, without reading', () => {
    assert.deepStrictEqual(withRead({ refused: 'outside' }, 1), [
      "the CSV file `staged-wave1.csv` is outside the runbook's root folder (its repository or workspace folder; a symbolic link counts where it points), so it is not read",
    ]);
    assert.deepStrictEqual(withRead({ refused: 'not-file' }, 1), [
      'the CSV file `staged-wave1.csv` is not a regular file (a directory, pipe or device), so it is not read',
    ]);
    assert.deepStrictEqual(withRead({ refused: 'too-large', limit: FILE_LIMITS.csv }, 1), [
      'the CSV file `staged-wave1.csv` is larger than 10 MB, so it is not read: a staged batch holds at most 2,000 rows',
    ]);
    assert.deepStrictEqual(withRead({ refused: 'unreadable', reason: 'permission denied' }, 1), [
      'the CSV file `staged-wave1.csv` cannot be read: permission denied',
    ]);
    assert.deepStrictEqual(withRead({ refused: 'not-file' }, 1, 'sv'), [
      'CSV-filen `staged-wave1.csv` är inte en vanlig fil (en mapp, ett rör eller en enhet) och läses därför inte',
    ]);
  });

  it('never hands an absolute path to the reader, in any spelling', () => {
    for (const absolute of ['/etc/passwd', '\\\\server\\share\\x.csv', 'C:\\secrets\\x.csv', 'c:x.csv', '\\x.csv']) {
      const asked: string[] = [];
      const text = edit(STAGED, 'csv: staged-wave1.csv', `csv: '${absolute}'`);
      const found = findings(text, 'staged-csv', 1, {
        readFile: (p) => (asked.push(p), p === 'staged-wave2.csv' ? WAVE2 : undefined),
      });
      assert.deepStrictEqual(asked, ['staged-wave2.csv'], absolute);
      assert.strictEqual(
        found[0].message,
        `the CSV file \`${absolute}\` is an absolute path, so it is not read: a runbook names only files relative to itself, inside its root folder (its repository or workspace folder)`,
      );
    }
  });

  it('quotes at most 80 characters of the file: a 200 KB field, a 200 KB bad value, a parse error on a long field', () => {
    const long = 'DB_PASSWORD=' + 'x'.repeat(200_000);
    const messages = [
      ...withRead(`${HEADER}\n${long},Winter2026!x,True\n`, 1),
      ...withRead(`${HEADER}\nana@wingtiptoys.com,Winter2026!x,${long}\n`, 1),
      ...withRead(`${HEADER}\nana@wingtiptoys.com,${long}"x,True\n`, 1),
      ...withRead(
        `${HEADER}\n${'a'.repeat(100)}@wingtiptoys.com,Winter2026!x,True\n${'a'.repeat(100)}@wingtiptoys.com,Winter2026!x,True\n`,
        1,
      ),
    ];
    assert.strictEqual(messages.length, 4);
    for (const message of messages) {
      for (const quoted of message.match(/`[^`]*`|"[^"]*"/g) ?? [])
        assert.ok(quoted.length <= 80 + 2, `${quoted.length}: ${message.slice(0, 300)}`);
      assert.ok(message.length < 400, `message is ${message.length} characters`);
    }
    assert.match(messages[0], /row 2 has `DB_PASSWORD=x{67}…` in the `EmailAddress` column/);
  });
});
