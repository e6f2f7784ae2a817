/**
 * One RVTools tab exported as CSV (RFC 4180: quoted fields may hold the delimiter, doubled quotes
 * and line breaks), read with csv-parse. The delimiter is the one of "," ";" or tab found most
 * often outside quotes in the header line: RVTools "Export all to csv" writes commas, but files
 * re-saved by a spreadsheet in a decimal-comma locale use semicolons.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { InventoryError, type Table, type TableRow } from './table.js';

function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) as number) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) as number)) best = d;
  return best;
}

interface Parsed {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** Newlines inside a record's raw text, not counting the one that ends it. */
function innerBreaks(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length - 1; i++) if (raw.charCodeAt(i) === 10) n++;
  return n;
}

/** The table of one CSV file; `source` names the file in messages. */
export function readCsvTable(text: string, tab: string, source: string): Table {
  // One line ending, so csv-parse counts lines as a spreadsheet numbers rows (with CRLF it
  // matches the CR as the record end and counts the LF as one more line).
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  let lastEnd = 0;
  let recs: Parsed[];
  try {
    recs = parse(body, {
      delimiter: detectDelimiter(body),
      record_delimiter: '\n',
      relax_column_count: true,
      relax_quotes: true,
      skip_records_with_empty_values: true,
      info: true,
      raw: true,
      on_record: (record, context) => ((lastEnd = context.lines), record),
    }) as unknown as Parsed[];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    // The record that failed starts at the first non-blank line after the last one read.
    const lines = body.split('\n');
    let start = lastEnd + 1;
    while (start <= lines.length && lines[start - 1] === '') start++;
    const what = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is not closed before the end of the file' : e.message;
    throw new InventoryError(source, tab, start, null, what);
  }
  const head = recs[0];
  if (head === undefined) throw new InventoryError(source, tab, null, null, 'the file is empty: expected a header row of column names');
  const rows: TableRow[] = recs.slice(1).map((r) => ({ line: r.info.lines - innerBreaks(r.raw), cells: r.record }));
  return { tab, source, headers: head.record.map((h) => h.trim()), rows };
}
