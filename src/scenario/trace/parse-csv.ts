/**
 * CSV trace files: a header `time_s,cpu_pct` with an optional third column `mem_active_pct`,
 * then one row per sample. Times are seconds from the run start, strictly increasing; the
 * first need not be 0. Percentages are 0–100.
 */
import { capProblems, contentLines, parsePercent, parseSeconds, quoteFound, type LineProblem } from './lines.js';

export interface CsvSeries {
  /** Sample start times, ms from the run start, strictly increasing. */
  timesMs: Float64Array;
  /** CPU demand, fraction 0..1. */
  cpu: Float32Array;
  /** Active memory, fraction 0..1, when the file has the third column. */
  memActive: Float32Array | null;
  /** Empty when the file parsed; otherwise the arrays must not be used. */
  problems: LineProblem[];
}

const BASE_COLUMNS = ['time_s', 'cpu_pct'];
const MEM_COLUMN = 'mem_active_pct';
const HEADER_HELP = `expected the header "time_s,cpu_pct" or "time_s,cpu_pct,${MEM_COLUMN}"`;

function headerColumns(line: string): number | undefined {
  const names = line.split(',').map((s) => s.trim());
  if (names[0] !== BASE_COLUMNS[0] || names[1] !== BASE_COLUMNS[1]) return undefined;
  if (names.length === 2) return 2;
  return names.length === 3 && names[2] === MEM_COLUMN ? 3 : undefined;
}

/** Parses one file's text; every malformed row is reported (capped, see `capProblems`). */
export function parseCsvTrace(text: string): CsvSeries {
  const lines = contentLines(text);
  const empty: CsvSeries = { timesMs: new Float64Array(0), cpu: new Float32Array(0), memActive: null, problems: [] };
  const header = lines[0];
  const columns = header === undefined ? undefined : headerColumns(header);
  if (columns === undefined) {
    // Without a header the columns cannot be interpreted, so the rows are not checked.
    const found = header === undefined ? 'an empty file' : quoteFound(header.trim());
    return { ...empty, problems: [{ line: 1, message: `${HEADER_HELP}, found ${found}` }] };
  }
  const rows = lines.length - 1;
  if (rows === 0) return { ...empty, problems: [{ line: 1, message: 'expected at least one sample row after the header, found none' }] };

  const timesMs = new Float64Array(rows);
  const cpu = new Float32Array(rows);
  const memActive = columns === 3 ? new Float32Array(rows) : null;
  const problems: LineProblem[] = [];
  let previous: { seconds: number; line: number } | undefined;
  for (let r = 0; r < rows; r++) {
    const lineNo = r + 2;
    const fields = (lines[r + 1] as string).split(',');
    if (fields.length !== columns) {
      const found = fields.length === 1 && (fields[0] as string).trim() === '' ? 'a blank line' : `${fields.length}`;
      problems.push({ line: lineNo, message: `expected ${columns} comma-separated fields, found ${found}` });
      continue;
    }
    const seconds = parseSeconds(fields[0] as string);
    if (seconds === undefined) {
      problems.push({ line: lineNo, message: `expected time_s to be a number of seconds >= 0, found ${quoteFound((fields[0] as string).trim())}` });
    } else {
      // Compared in whole ms, the resolution the model works in.
      if (previous !== undefined && Math.round(seconds * 1000) <= Math.round(previous.seconds * 1000)) {
        problems.push({
          line: lineNo,
          message: `expected time_s to increase strictly, found ${seconds} after ${previous.seconds} (line ${previous.line})`,
        });
      }
      previous = { seconds, line: lineNo };
      timesMs[r] = Math.round(seconds * 1000);
    }
    const pct = parsePercent(fields[1] as string);
    if (pct === undefined) problems.push({ line: lineNo, message: `expected a CPU percentage 0-100, found ${quoteFound((fields[1] as string).trim())}` });
    else cpu[r] = pct / 100;
    if (memActive !== null) {
      const mem = parsePercent(fields[2] as string);
      if (mem === undefined) {
        problems.push({ line: lineNo, message: `expected an active-memory percentage 0-100, found ${quoteFound((fields[2] as string).trim())}` });
      } else memActive[r] = mem / 100;
    }
  }
  return { timesMs, cpu, memActive, problems: capProblems(problems) };
}
