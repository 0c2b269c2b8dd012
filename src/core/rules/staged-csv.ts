// Each staged batch is a CSV of the mailboxes it converts. Exchange Online rejects the
// file on upload when it is empty, lacks the EmailAddress header, has ragged rows or more
// than 2,000 rows, and fails the rows whose password or flags are invalid: better to
// learn that from the linter than on migration night.
import type { StepEntry } from '../parse';
import type { RuleContext } from '../rule';
import { defineRule } from '../rule';
import type { OffsetRange } from '../types';
import type { CsvFile, CsvRow } from '../csv';
import { STAGED } from '../knowledge/online';

/** At most this many row numbers are listed in one message. */
const LISTED_ROWS = 5;

export const rule = defineRule({
  id: 'staged-csv',
  defaultSeverity: 'error',
  description: {
    en: 'A staged migration batch without a valid CSV file (EmailAddress header, at most 2,000 rows, valid passwords and flags).',
    sv: 'En batch för stegvis migrering utan giltig CSV-fil (rubriken EmailAddress, högst 2 000 rader, giltiga lösenord och flaggor).',
  },
  fixable: false,
  tags: ['exchange-online'],
  messages: {
    en: {
      noCsv:
        'the staged batch `{batch}` has no `csv`: a staged batch is created from a CSV file that lists its mailboxes (`EmailAddress` column); add `csv: <file>.csv`',
      missing:
        'the CSV file `{file}` does not exist (paths are relative to the runbook); a staged batch is created from it',
      absolute:
        'the CSV file `{file}` is an absolute path, so it is not read: a runbook names only files relative to itself, inside its root folder (its repository or workspace folder)',
      outside:
        "the CSV file `{file}` is outside the runbook's root folder (its repository or workspace folder; a symbolic link counts where it points), so it is not read",
      notFile: 'the CSV file `{file}` is not a regular file (a directory, pipe or device), so it is not read',
      tooLarge:
        'the CSV file `{file}` is larger than {limit} MB, so it is not read: a staged batch holds at most 2,000 rows',
      cannotRead: 'the CSV file `{file}` cannot be read: {reason}',
      encodingUtf8:
        'the CSV file `{file}` is neither UTF-8 (byte {offset} is not valid UTF-8) nor UTF-16 with a byte-order mark: save it as "CSV UTF-8 (Comma delimited)"',
      encodingUtf16NoBom:
        'the CSV file `{file}` looks like UTF-16 without a byte-order mark, which cannot be read for sure: save it as UTF-8, or as UTF-16 with a byte-order mark (Notepad "UTF-16 LE", `Out-File -Encoding Unicode`)',
      encodingUtf16:
        'the CSV file `{file}` starts with a {encoding} byte-order mark but is not valid {encoding}: save it again as "CSV UTF-8 (Comma delimited)"',
      encodingNul: 'the CSV file `{file}` holds a NUL byte (byte {offset}): it is not a text file in UTF-8 or UTF-16',
      unreadable: 'the CSV file `{file}` is not valid CSV{where}: {error}',
      empty: 'the CSV file `{file}` is empty: it needs a header row with `EmailAddress` and one row per mailbox',
      noRows: 'the CSV file `{file}` has a header but no mailbox rows: a staged batch needs at least one mailbox',
      semicolons:
        'the CSV file `{file}` is separated by semicolons: Exchange Online reads only comma-separated files (save as "CSV (comma delimited)")',
      noEmailHeader:
        'the CSV file `{file}` has no `EmailAddress` column in its header (row 1): Exchange Online requires it; the columns are EmailAddress, Password and ForceChangePassword',
      columns:
        'the CSV file `{file}`: {rows} {n, plural, one {has} other {have}} a different number of columns than the header (row {first} has {cells}, the header {expected}); Exchange Online rejects a file whose rows do not match the header',
      tooManyRows:
        'the CSV file `{file}` has {count} mailbox rows; a staged batch takes at most {max} (row {first} is the first too many): split it into several batches',
      duplicate:
        'the CSV file `{file}`: row {row} repeats `{address}` from row {firstRow}{more}; each mailbox belongs in one row',
      noAddress:
        'the CSV file `{file}`: {rows} {n, plural, one {has} other {have}} no email address in the `EmailAddress` column',
      badAddress:
        'the CSV file `{file}`: row {row} has `{address}` in the `EmailAddress` column, which is not an email address{more}',
      shortPassword:
        'the CSV file `{file}`: {rows} {n, plural, one {has} other {have}} a `Password` shorter than {min} characters; Exchange Online requires at least {min}',
      forceChange:
        'the CSV file `{file}`: row {row} has `{value}` as `ForceChangePassword`{more}; the value must be True or False',
      rows: '{n, plural, one {row} other {rows}} {list}',
      rowsMore: '{list} and {rest, number} more',
      more: '{rest, plural, =0 {} one { (and # more row)} other { (and # more rows)}}',
      atLine: ' at line {line}',
    },
    sv: {
      noCsv:
        'den stegvisa batchen `{batch}` saknar `csv`: en stegvis batch skapas från en CSV-fil som listar dess postlådor (kolumnen `EmailAddress`); lägg till `csv: <fil>.csv`',
      missing:
        'CSV-filen `{file}` finns inte (sökvägar är relativa till körboken); den stegvisa batchen skapas från den',
      absolute:
        'CSV-filen `{file}` är en absolut sökväg och läses därför inte: en körbok anger bara filer relativt sig själv, inom sin rotmapp (sitt repository eller sin arbetsytemapp)',
      outside:
        'CSV-filen `{file}` ligger utanför körbokens rotmapp (dess repository eller arbetsytemapp; en symbolisk länk räknas dit den pekar) och läses därför inte',
      notFile: 'CSV-filen `{file}` är inte en vanlig fil (en mapp, ett rör eller en enhet) och läses därför inte',
      tooLarge:
        'CSV-filen `{file}` är större än {limit} MB och läses därför inte: en stegvis batch har högst 2 000 rader',
      cannotRead: 'CSV-filen `{file}` kan inte läsas: {reason}',
      encodingUtf8:
        'CSV-filen `{file}` är varken UTF-8 (byte {offset} är inte giltig UTF-8) eller UTF-16 med byteordningsmärke: spara den som "CSV UTF-8 (kommaavgränsad)"',
      encodingUtf16NoBom:
        'CSV-filen `{file}` ser ut som UTF-16 utan byteordningsmärke, som inte kan läsas säkert: spara den som UTF-8, eller som UTF-16 med byteordningsmärke (Anteckningar "UTF-16 LE", `Out-File -Encoding Unicode`)',
      encodingUtf16:
        'CSV-filen `{file}` börjar med ett byteordningsmärke för {encoding} men är inte giltig {encoding}: spara den igen som "CSV UTF-8 (kommaavgränsad)"',
      encodingNul:
        'CSV-filen `{file}` innehåller en NUL-byte (byte {offset}): den är inte en textfil i UTF-8 eller UTF-16',
      unreadable: 'CSV-filen `{file}` är inte giltig CSV{where}: {error}',
      empty: 'CSV-filen `{file}` är tom: den behöver en rubrikrad med `EmailAddress` och en rad per postlåda',
      noRows:
        'CSV-filen `{file}` har en rubrikrad men inga rader med postlådor: en stegvis batch behöver minst en postlåda',
      semicolons:
        'CSV-filen `{file}` är semikolonavgränsad: Exchange Online läser bara kommaavgränsade filer (spara som "CSV (kommaavgränsad)")',
      noEmailHeader:
        'CSV-filen `{file}` saknar kolumnen `EmailAddress` i rubrikraden (rad 1): Exchange Online kräver den; kolumnerna är EmailAddress, Password och ForceChangePassword',
      columns:
        'CSV-filen `{file}`: {rows} har ett annat antal kolumner än rubrikraden (rad {first} har {cells}, rubrikraden {expected}); Exchange Online avvisar en fil vars rader inte stämmer med rubrikraden',
      tooManyRows:
        'CSV-filen `{file}` har {count} rader med postlådor; en stegvis batch tar högst {max} (rad {first} är den första för mycket): dela upp den i flera batchar',
      duplicate:
        'CSV-filen `{file}`: rad {row} upprepar `{address}` från rad {firstRow}{more}; varje postlåda hör hemma på en rad',
      noAddress: 'CSV-filen `{file}`: {rows} har ingen e-postadress i kolumnen `EmailAddress`',
      badAddress:
        'CSV-filen `{file}`: rad {row} har `{address}` i kolumnen `EmailAddress`, vilket inte är en e-postadress{more}',
      shortPassword:
        'CSV-filen `{file}`: {rows} har ett `Password` kortare än {min} tecken; Exchange Online kräver minst {min}',
      forceChange:
        'CSV-filen `{file}`: rad {row} har `{value}` som `ForceChangePassword`{more}; värdet måste vara True eller False',
      rows: '{n, plural, one {rad} other {raderna}} {list}',
      rowsMore: '{list} och {rest, number} till',
      more: '{rest, plural, =0 {} one { (och # rad till)} other { (och # rader till)}}',
      atLine: ' på rad {line}',
    },
  },
  create(context) {
    return {
      onStep(step) {
        if (step.action !== 'create-migration-batch') return;
        if (context.source.string(step.node, 'method') !== 'staged') return;
        const path = context.source.string(step.node, 'csv');
        if (path === undefined || path.trim() === '') {
          context.report({
            range: path === undefined ? context.range.line(step) : context.range.field(step, 'csv'),
            step,
            messageId: 'noCsv',
            args: { batch: context.source.string(step.node, 'batch') ?? '?' },
          });
          return;
        }
        let file: CsvFile;
        try {
          file = context.csv(path);
        } catch (err) {
          // Stryker disable next-line BooleanLiteral,ArrayDeclaration: unreachable: context.csv (lint.ts csvReader) catches the reader's errors and readCsv returns every problem as a value
          file = { path, exists: true, parseError: (err as Error).message, header: [], rows: [] };
        }
        const csv = new CsvReport(context, step, path);
        if (!reportUnreadable(csv, file)) checkRows(csv, file);
      },
    };
  },
});

/** The findings of one batch's CSV, at its `csv` field, with the texts that list rows. */
class CsvReport {
  private readonly range: OffsetRange;

  constructor(
    readonly context: RuleContext,
    private readonly step: StepEntry,
    private readonly path: string,
  ) {
    this.range = context.range.field(step, 'csv');
  }

  report(messageId: string, args: Record<string, string | number>): void {
    this.context.report({ range: this.range, step: this.step, messageId, args: { file: this.path, ...args } });
  }

  count(n: number): string {
    return this.context.text.count(n);
  }

  /** "row 4" / "rows 4, 7 and 9 more", and their number for the verb that agrees with it. */
  rowList(rows: CsvRow[]): { rows: string; n: number } {
    const shown = rows
      .slice(0, LISTED_ROWS)
      .map((r) => this.count(r.row))
      .join(', ');
    const list =
      rows.length > LISTED_ROWS
        ? this.context.message('rowsMore', { list: shown, rest: rows.length - LISTED_ROWS })
        : shown;
    return { rows: this.context.message('rows', { n: rows.length, list }), n: rows.length };
  }

  more(rest: number): string {
    return this.context.message('more', { rest });
  }
}

/** A file that is missing, refused, wrongly encoded or not CSV: reported, and true. */
function reportUnreadable(csv: CsvReport, file: CsvFile): boolean {
  if (!file.exists) csv.report('missing', {});
  else if (file.problem?.kind === 'refused') {
    const { refused, limit, reason } = file.problem.refusal;
    if (refused === 'absolute') csv.report('absolute', {});
    else if (refused === 'outside') csv.report('outside', {});
    else if (refused === 'not-file') csv.report('notFile', {});
    else if (refused === 'too-large') csv.report('tooLarge', { limit: Math.round((limit ?? 0) / (1024 * 1024)) });
    else csv.report('cannotRead', { reason: reason ?? '?' });
  } else if (file.problem?.kind === 'encoding') {
    const problem = file.problem.encoding;
    if (problem.kind === 'invalid-utf8') csv.report('encodingUtf8', { offset: csv.count(problem.offset + 1) });
    else if (problem.kind === 'utf16-no-bom') csv.report('encodingUtf16NoBom', {});
    else if (problem.kind === 'invalid-utf16') csv.report('encodingUtf16', { encoding: problem.encoding });
    else csv.report('encodingNul', { offset: csv.count(problem.offset + 1) });
  } else if (file.parseError !== undefined) {
    const where = file.parseErrorLine ? csv.context.message('atLine', { line: file.parseErrorLine }) : '';
    csv.report('unreadable', { error: file.parseError, where });
  } else return false;
  return true;
}

/** The header, the row count and shape, then each column Exchange Online checks. */
function checkRows(csv: CsvReport, file: CsvFile): void {
  if (file.header.length === 0) return csv.report('empty', {});
  const headerLower = file.header.map((h) => h.toLowerCase());
  const col = (name: string) => headerLower.indexOf(name.toLowerCase());
  const email = col(STAGED.emailColumn);
  if (email < 0) {
    if (file.header.length === 1 && file.header[0].includes(';')) return csv.report('semicolons', {});
    csv.report('noEmailHeader', {});
  }
  if (file.rows.length === 0) return csv.report('noRows', {});

  const ragged = file.rows.filter((r) => r.cells.length !== file.header.length);
  if (ragged.length > 0) {
    csv.report('columns', {
      ...csv.rowList(ragged),
      first: csv.count(ragged[0].row),
      cells: ragged[0].cells.length,
      expected: file.header.length,
    });
  }
  if (file.rows.length > STAGED.maxCsvRows) {
    csv.report('tooManyRows', {
      count: csv.count(file.rows.length),
      max: csv.count(STAGED.maxCsvRows),
      first: csv.count(file.rows[STAGED.maxCsvRows].row),
    });
  }
  if (email >= 0) checkAddresses(csv, file, email);
  const password = col(STAGED.passwordColumn);
  if (password >= 0) checkPasswords(csv, file, password);
  const force = col(STAGED.forceChangeColumn);
  if (force >= 0) checkForceChange(csv, file, force);
}

/** The EmailAddress column: duplicates, empty cells, addresses that are not addresses. */
function checkAddresses(csv: CsvReport, file: CsvFile, email: number): void {
  const seen = new Map<string, CsvRow>();
  const duplicates: { row: CsvRow; first: CsvRow; address: string }[] = [];
  const noAddress: CsvRow[] = [];
  const badAddress: { row: CsvRow; address: string }[] = [];
  for (const row of file.rows) {
    if (row.cells.length <= email) continue;
    const address = row.cells[email].trim();
    if (address === '') {
      noAddress.push(row);
      continue;
    }
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) badAddress.push({ row, address });
    const key = address.toLowerCase();
    const first = seen.get(key);
    if (first) duplicates.push({ row, first, address });
    else seen.set(key, row);
  }
  if (duplicates.length > 0) {
    const d = duplicates[0];
    csv.report('duplicate', {
      row: csv.count(d.row.row),
      address: csv.context.text.content(d.address),
      firstRow: csv.count(d.first.row),
      more: csv.more(duplicates.length - 1),
    });
  }
  if (noAddress.length > 0) csv.report('noAddress', csv.rowList(noAddress));
  if (badAddress.length > 0) {
    const b = badAddress[0];
    csv.report('badAddress', {
      row: csv.count(b.row.row),
      address: csv.context.text.content(b.address),
      more: csv.more(badAddress.length - 1),
    });
  }
}

function checkPasswords(csv: CsvReport, file: CsvFile, password: number): void {
  // An empty cell sets no password (the column is optional per row); a short one fails.
  const short = file.rows.filter((r) => {
    const value = r.cells[password];
    return value !== undefined && value !== '' && [...value].length < STAGED.passwordMinLength;
  });
  if (short.length > 0) csv.report('shortPassword', { ...csv.rowList(short), min: STAGED.passwordMinLength });
}

function checkForceChange(csv: CsvReport, file: CsvFile, force: number): void {
  const allowed = STAGED.forceChangeValues.map((v) => v.toLowerCase());
  const bad = file.rows.filter((r) => {
    const value = r.cells[force]?.trim();
    return value !== undefined && value !== '' && !allowed.includes(value.toLowerCase());
  });
  if (bad.length > 0) {
    csv.report('forceChange', {
      row: csv.count(bad[0].row),
      value: csv.context.text.content(bad[0].cells[force].trim()),
      more: csv.more(bad.length - 1),
    });
  }
}
