import * as assert from 'assert';
import { STAGED, at, edit, files, findings, where } from './online-helpers';

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
    const text = edit(STAGED, '        method: staged\n        csv: staged-wave1.csv\n', '        method: remote-move\n');
    findings(text, 'staged-csv', 0, { readFile: files({ 'staged-wave2.csv': WAVE2 }) });
  });
});
