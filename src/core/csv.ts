// Staged-migration CSV files, read with csv-parse (a maintained RFC 4180 parser) so that
// quoted commas and line breaks inside quotes count as Exchange Online counts them.
import { parse } from 'csv-parse/sync';
import { decodeText, EncodingProblem, FileRead, FileRefusal, isRefusal, quoteContent } from './files';

export interface CsvRow {
  /** Row number as a person counts it in the file: the header is row 1, blank lines are skipped. */
  row: number;
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvFile {
  path: string;
  /** false when the file does not exist (or its reader failed). */
  exists: boolean;
  /** Set when the file was not read (refused by the reader) or its bytes are not text in a known encoding. */
  problem?: CsvProblem;
  /** Set when the text is not valid CSV (unclosed quote, …). */
  parseError?: string;
  /** 1-based line of the file where the parser gave up, when it says. */
  parseErrorLine?: number;
  header: string[];
  rows: CsvRow[];
}

export type CsvProblem = { kind: 'refused'; refusal: FileRefusal } | { kind: 'encoding'; encoding: EncodingProblem };

/** A CSV file from what the reader gave: bytes are decoded here (UTF-8, or UTF-16 with a BOM). */
export function readCsv(path: string, read: FileRead): CsvFile {
  if (read === undefined) return parseCsv(path, undefined);
  if (isRefusal(read)) return { path, exists: true, problem: { kind: 'refused', refusal: read }, header: [], rows: [] };
  if (typeof read === 'string') return parseCsv(path, read);
  const decoded = decodeText(read);
  if ('problem' in decoded)
    return { path, exists: true, problem: { kind: 'encoding', encoding: decoded.problem }, header: [], rows: [] };
  return parseCsv(path, decoded.text);
}

/** True when the file's rows can be counted (it was read, decoded and parsed). */
export function csvReadable(file: CsvFile): boolean {
  return file.exists && !file.problem && file.parseError === undefined;
}

export function parseCsv(path: string, text: string | undefined): CsvFile {
  if (text === undefined) return { path, exists: false, header: [], rows: [] };
  const clean = text.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(clean, {
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      trim: false,
    }) as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const lines = (err as { lines?: unknown }).lines;
    return {
      path,
      exists: true,
      parseError: withQuotedValue((err as Error).message),
      ...(typeof lines === 'number' ? { parseErrorLine: lines } : {}),
      header: [],
      rows: [],
    };
  }
  const rows: CsvRow[] = records
    .filter((r) => !(r.record.length === 1 && r.record[0].trim() === ''))
    // csv-parse reports the line a record ends on; a quoted cell may span lines.
    .map((r, i) => ({ row: i + 1, line: r.info.lines - newlinesIn(r.record), cells: r.record }));
  const [header, ...data] = rows;
  return { path, exists: true, header: header ? header.cells.map((c) => c.trim()) : [], rows: data };
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** csv-parse quotes the field it gave up in (`value is "…"`): a message shows at most MAX_QUOTED characters of it. */
function withQuotedValue(message: string): string {
  const out = message.replace(/value is ("(?:[^"\\]|\\.)*")/s, (_whole, json: string) => {
    try {
      return `value is ${JSON.stringify(quoteContent(JSON.parse(json) as string))}`;
    } catch {
      return 'value is …';
    }
  });
  // Whatever csv-parse says in a later version, its own words never run to hundreds of characters.
  return quoteContent(out, 400);
}
