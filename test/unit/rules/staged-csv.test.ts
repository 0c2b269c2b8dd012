import * as assert from 'assert';
import type { LintOptions } from '../../../src/core';
import { FILE_LIMITS, type FileRead } from '../../../src/core/files';
import { lintText, ofRule } from '../helpers';
import { RuleTester, type InvalidCase } from '../rule-tester';
import { STAGED, at, edit, files, where } from './online-helpers';

const HEADER = 'EmailAddress,Password,ForceChangePassword';
const WAVE2 = `${HEADER}\ndana@wingtiptoys.com,Autumn2026!q,True\nerik@wingtiptoys.com,Harvest2026!r,True\n`;
const VALID = `${HEADER}\r\nana@wingtiptoys.com,Winter2026!x,True\r\nbo@wingtiptoys.com,Spring2026!y,True\r\n`;
/** Where every finding about wave-1's file is. */
const AT_WAVE1 = at(STAGED, 'csv: staged-wave1.csv', 'staged-wave1.csv');
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
const rows = Array.from({ length: 2001 }, (_, i) => `user${i}@wingtiptoys.com,Password${i}!,True`);
const cp1252 = Uint8Array.from([
  ...Buffer.from(`${HEADER}\nasa@wingtiptoys.com,Vinter2026!`, 'latin1'),
  0xf6,
  ...Buffer.from(',True\n'),
]);

/** Lint options that read wave-1's CSV as `wave1` (not there: undefined) and wave-2's as a valid one. */
function wave1(read: FileRead | undefined, locale: 'en' | 'sv' = 'en'): LintOptions {
  return {
    locale,
    readFile: (p) => (p === 'staged-wave1.csv' ? read : p === 'staged-wave2.csv' ? WAVE2 : undefined),
  };
}
/** STAGED with wave-1's file read as `read`: the findings, each at wave-1's `csv`, with these messages. */
function file(
  name: string,
  read: FileRead | undefined,
  messages: (string | RegExp)[],
  locale?: 'en' | 'sv',
): InvalidCase {
  return {
    name,
    code: STAGED,
    options: wave1(read, locale),
    errors: messages.map((message) => ({ ...AT_WAVE1, message })),
    output: null,
  };
}
const EMPTY =
  'the CSV file `staged-wave1.csv` is empty: it needs a header row with `EmailAddress` and one row per mailbox';
const NO_CSV = edit(STAGED, '        csv: staged-wave1.csv\n', '');

new RuleTester().run('staged-csv', {
  valid: [
    {
      name: 'lower-case true/false, an empty Password cell, a BOM, CRLF',
      code: STAGED,
      options: wave1(`\uFEFF${HEADER}\r\nana@wingtiptoys.com,,false\r\nbo@wingtiptoys.com,Spring2026!y,TRUE\r\n`),
    },
    { name: 'the EmailAddress column alone', code: STAGED, options: wave1('EmailAddress\nana@wingtiptoys.com\n') },
    { name: '2,000 rows', code: STAGED, options: wave1(`${HEADER}\n${rows.slice(0, 2000).join('\n')}\n`) },
    {
      name: 'remote-move or cutover batches are not judged',
      code: edit(STAGED, '        method: staged\n        csv: staged-wave1.csv\n', '        method: remote-move\n'),
      options: { readFile: files({ 'staged-wave2.csv': WAVE2 }) },
    },
    { name: 'UTF-8 bytes', code: STAGED, options: wave1(new TextEncoder().encode(VALID)) },
    {
      name: 'UTF-8 bytes with a BOM',
      code: STAGED,
      options: wave1(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID)])),
    },
    {
      name: 'UTF-8 beyond ASCII',
      code: STAGED,
      options: wave1(new TextEncoder().encode(`${HEADER}\nåsa@wingtiptoys.com,Vinter2026!ö,True\n`)),
    },
    {
      name: 'UTF-16LE with a BOM (Windows PowerShell 5.1 Out-File, Notepad "Unicode")',
      code: STAGED,
      options: wave1(utf16le(VALID)),
    },
    { name: 'UTF-16BE with a BOM', code: STAGED, options: wave1(utf16be(VALID)) },
  ],
  invalid: [
    {
      name: 'a staged batch without csv, at the step',
      code: NO_CSV,
      errors: [
        {
          ...at(NO_CSV, '- action: create-migration-batch', 'action: create-migration-batch'),
          message:
            'the staged batch `wave-1` has no `csv`: a staged batch is created from a CSV file that lists its mailboxes (`EmailAddress` column); add `csv: <file>.csv`',
        },
      ],
      output: null,
    },
    file('a missing CSV file', undefined, [
      'the CSV file `staged-wave1.csv` does not exist (paths are relative to the runbook); a staged batch is created from it',
    ]),
    {
      name: 'a reader that throws: the files do not exist',
      code: STAGED,
      options: {
        readFile: () => {
          throw new Error('EACCES');
        },
      },
      errors: [{ message: /does not exist/ }, {}],
      output: null,
    },
    file('an empty file', '', [EMPTY]),
    file('blank lines only', '\n\n', [EMPTY]),
    file('a header without rows', `${HEADER}\n`, [
      'the CSV file `staged-wave1.csv` has a header but no mailbox rows: a staged batch needs at least one mailbox',
    ]),
    file(
      'a header without EmailAddress (the Gmail "Username" column is not one)',
      'Username,Password\nana@wingtiptoys.com,Winter2026!x\n',
      [
        'the CSV file `staged-wave1.csv` has no `EmailAddress` column in its header (row 1): Exchange Online requires it; the columns are EmailAddress, Password and ForceChangePassword',
      ],
    ),
    file('a semicolon file', 'EmailAddress;Password\nana@wingtiptoys.com;Winter2026!x\n', [
      'the CSV file `staged-wave1.csv` is separated by semicolons: Exchange Online reads only comma-separated files (save as "CSV (comma delimited)")',
    ]),
    file(
      'rows numbered as a person does: the header is row 1, blank lines are not rows',
      `${HEADER}\nana@wingtiptoys.com,Winter2026!x,True\n\nbo@wingtiptoys.com,Spring2026!y\n   \nchen@wingtiptoys.com,Summer2026!z,True,extra\n`,
      [
        'the CSV file `staged-wave1.csv`: rows 3, 4 have a different number of columns than the header (row 3 has 2, the header 3); Exchange Online rejects a file whose rows do not match the header',
      ],
    ),
    file('more than 2,000 rows, with the first row too many', `${HEADER}\n${rows.join('\n')}\n`, [
      'the CSV file `staged-wave1.csv` has 2,001 mailbox rows; a staged batch takes at most 2,000 (row 2,002 is the first too many): split it into several batches',
    ]),
    file(
      'duplicate addresses regardless of case, and empty or malformed addresses',
      `${HEADER}\nana@wingtiptoys.com,Winter2026!x,True\nbo@wingtiptoys.com,Spring2026!y,True\nAna@WingtipToys.com,Summer2026!z,True\n,Autumn2026!q,True\nnot-an-address,Autumn2026!q,True\n`,
      [
        'the CSV file `staged-wave1.csv`: row 4 repeats `Ana@WingtipToys.com` from row 2; each mailbox belongs in one row',
        'the CSV file `staged-wave1.csv`: row 5 has no email address in the `EmailAddress` column',
        'the CSV file `staged-wave1.csv`: row 6 has `not-an-address` in the `EmailAddress` column, which is not an email address',
      ],
    ),
    file(
      'a repeated address with mixed case on both sides',
      `${HEADER}\nAna@WingtipToys.com,Winter2026!x,True\nana@WINGTIPTOYS.COM,Spring2026!y,True\n`,
      [
        'the CSV file `staged-wave1.csv`: row 3 repeats `ana@WINGTIPTOYS.COM` from row 2; each mailbox belongs in one row',
      ],
    ),
    file(
      'passwords under 8 characters and ForceChangePassword values other than True/False',
      `${HEADER}\nana@wingtiptoys.com,short,True\nbo@wingtiptoys.com,1234567,Yes\nchen@wingtiptoys.com,12345678,1\n`,
      [
        'the CSV file `staged-wave1.csv`: rows 2, 3 have a `Password` shorter than 8 characters; Exchange Online requires at least 8',
        'the CSV file `staged-wave1.csv`: row 3 has `Yes` as `ForceChangePassword` (and 1 more row); the value must be True or False',
      ],
    ),
    file(
      'a file that is not valid CSV, with the line where parsing stopped',
      `${HEADER}\nana@wingtiptoys.com,"Winter2026!x,True\n`,
      [/^the CSV file `staged-wave1.csv` is not valid CSV at line 2: Quote Not Closed/],
    ),
    file(
      'in Swedish',
      `${HEADER}\nana@wingtiptoys.com,kort,True\n`,
      ['CSV-filen `staged-wave1.csv`: rad 2 har ett `Password` kortare än 8 tecken; Exchange Online kräver minst 8'],
      'sv',
    ),
    // Spec 7.1: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; anything else is named.
    file(
      'UTF-16LE: findings about the content are the same as for UTF-8',
      utf16le(`${HEADER}\r\nana@wingtiptoys.com,short,True\r\n`),
      [
        'the CSV file `staged-wave1.csv`: row 2 has a `Password` shorter than 8 characters; Exchange Online requires at least 8',
      ],
    ),
    file('invalid UTF-8 (Windows-1252)', cp1252, [
      `the CSV file \`staged-wave1.csv\` is neither UTF-8 (byte ${cp1252.indexOf(0xf6) + 1} is not valid UTF-8) nor UTF-16 with a byte-order mark: save it as "CSV UTF-8 (Comma delimited)"`,
    ]),
    file('UTF-16 without a BOM', utf16le(VALID).subarray(2), [
      'the CSV file `staged-wave1.csv` looks like UTF-16 without a byte-order mark, which cannot be read for sure: save it as UTF-8, or as UTF-16 with a byte-order mark (Notepad "UTF-16 LE", `Out-File -Encoding Unicode`)',
    ]),
    file('broken UTF-16LE', utf16le(VALID).subarray(0, 9), [
      'the CSV file `staged-wave1.csv` starts with a UTF-16LE byte-order mark but is not valid UTF-16LE: save it again as "CSV UTF-8 (Comma delimited)"',
    ]),
    file('broken UTF-16BE', utf16be('EmailAddress\n\ud800x\n'), [
      'the CSV file `staged-wave1.csv` starts with a UTF-16BE byte-order mark but is not valid UTF-16BE: save it again as "CSV UTF-8 (Comma delimited)"',
    ]),
    file('a NUL byte', Uint8Array.from([...Buffer.from('EmailAddress\nana@x.com'), 0, 1, 2, 3, 0xff]), [
      'the CSV file `staged-wave1.csv` holds a NUL byte (byte 23): it is not a text file in UTF-8 or UTF-16',
    ]),
    file('a NUL byte in UTF-16', utf16le('EmailAddress\n\u0000'), [
      'the CSV file `staged-wave1.csv` holds a NUL byte (byte 29): it is not a text file in UTF-8 or UTF-16',
    ]),
    file('outside the root', { refused: 'outside' }, [
      "the CSV file `staged-wave1.csv` is outside the runbook's root folder (its repository or workspace folder; a symbolic link counts where it points), so it is not read",
    ]),
    file('not a regular file', { refused: 'not-file' }, [
      'the CSV file `staged-wave1.csv` is not a regular file (a directory, pipe or device), so it is not read',
    ]),
    file('too large', { refused: 'too-large', limit: FILE_LIMITS.csv }, [
      'the CSV file `staged-wave1.csv` is larger than 10 MB, so it is not read: a staged batch holds at most 2,000 rows',
    ]),
    file('unreadable', { refused: 'unreadable', reason: 'permission denied' }, [
      'the CSV file `staged-wave1.csv` cannot be read: permission denied',
    ]),
    file(
      'not a regular file, in Swedish',
      { refused: 'not-file' },
      ['CSV-filen `staged-wave1.csv` är inte en vanlig fil (en mapp, ett rör eller en enhet) och läses därför inte'],
      'sv',
    ),
  ],
});

describe('staged-csv: what the reader is asked and how much is quoted', () => {
  /** The messages of staged-csv for STAGED with wave-1's file read as `read`: `count` of them, at wave-1's csv. */
  function messagesFor(read: FileRead, count: number): string[] {
    const found = ofRule(lintText(STAGED, wave1(read)), 'staged-csv');
    assert.strictEqual(found.length, count);
    for (const f of found) assert.deepStrictEqual(where(f), AT_WAVE1);
    return found.map((f) => f.message);
  }

  it('never hands an absolute path to the reader, in any spelling', () => {
    for (const absolute of ['/etc/passwd', '\\\\server\\share\\x.csv', 'C:\\secrets\\x.csv', 'c:x.csv', '\\x.csv']) {
      const asked: string[] = [];
      const text = edit(STAGED, 'csv: staged-wave1.csv', `csv: '${absolute}'`);
      const found = ofRule(
        lintText(text, { readFile: (p) => (asked.push(p), p === 'staged-wave2.csv' ? WAVE2 : undefined) }),
        'staged-csv',
      );
      assert.strictEqual(found.length, 1, absolute);
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
      ...messagesFor(`${HEADER}\n${long},Winter2026!x,True\n`, 1),
      ...messagesFor(`${HEADER}\nana@wingtiptoys.com,Winter2026!x,${long}\n`, 1),
      ...messagesFor(`${HEADER}\nana@wingtiptoys.com,${long}"x,True\n`, 1),
      ...messagesFor(
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
