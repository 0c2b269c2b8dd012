// Staged-migration CSV files, read with csv-parse (a maintained RFC 4180 parser) so that
// quoted commas and line breaks inside quotes count as Exchange Online counts them.
import { parse } from 'csv-parse/sync';

export interface CsvRow {
  /** Row number as a person counts it in the file: the header is row 1, blank lines are skipped. */
  row: number;
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvFile {
  path: string;
  /** false when the file does not exist or cannot be read. */
  exists: boolean;
  /** Set when the text is not valid CSV (unclosed quote, …). */
  parseError?: string;
  /** 1-based line of the file where the parser gave up, when it says. */
  parseErrorLine?: number;
  header: string[];
  rows: CsvRow[];
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
      parseError: (err as Error).message,
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
