/**
 * CSV trace files: a header `time_s,cpu_pct` (relative demand) or `time_s,cpu_mhz` (absolute
 * demand in MHz, the same cycles on any host) with an optional third column `mem_active_pct`,
 * then one row per sample. Times are seconds from the run start, strictly increasing; the
 * first need not be 0. Percentages are 0–100.
 */
import { capProblems, contentLines, parsePercent, parseSeconds, quoteFound, type LineProblem } from './lines.js';

export interface CsvSeries {
  /** Sample start times, ms from the run start, strictly increasing. */
  timesMs: Float64Array;
  /** CPU demand: fraction 0..1 (cpu_pct), or a fraction of refMhz (cpu_mhz). */
  cpu: Float32Array;
  /** cpu_mhz files: the peak MHz the cpu fractions are of; null for cpu_pct. */
  refMhz: number | null;
  /** Times are from the run start: no absolute time. */
  startEpochMs: null;
  /** Active memory, fraction 0..1, when the file has the third column. */
  memActive: Float32Array | null;
  /** Empty when the file parsed; otherwise the arrays must not be used. */
  problems: LineProblem[];
}

const MEM_COLUMN = 'mem_active_pct';
const HEADER_HELP = `expected the header "time_s,cpu_pct" or "time_s,cpu_mhz", optionally followed by ",${MEM_COLUMN}"`;

function headerColumns(line: string): { columns: number; mhz: boolean } | undefined {
  const names = line.split(',').map((s) => s.trim());
  if (names[0] !== 'time_s' || (names[1] !== 'cpu_pct' && names[1] !== 'cpu_mhz')) return undefined;
  const mhz = names[1] === 'cpu_mhz';
  if (names.length === 2) return { columns: 2, mhz };
  return names.length === 3 && names[2] === MEM_COLUMN ? { columns: 3, mhz } : undefined;
}

/** Parses one file's text; every malformed row is reported (capped, see `capProblems`). */
export function parseCsvTrace(text: string): CsvSeries {
  const lines = contentLines(text);
  const empty: CsvSeries = { timesMs: new Float64Array(0), cpu: new Float32Array(0), refMhz: null, startEpochMs: null, memActive: null, problems: [] };
  const header = lines[0];
  const layout = header === undefined ? undefined : headerColumns(header);
  if (layout === undefined) {
    // Without a header the columns cannot be interpreted, so the rows are not checked.
    const found = header === undefined ? 'an empty file' : quoteFound(header.trim());
    return { ...empty, problems: [{ line: 1, message: `${HEADER_HELP}, found ${found}` }] };
  }
  const rows = lines.length - 1;
  if (rows === 0) return { ...empty, problems: [{ line: 1, message: 'expected at least one sample row after the header, found none' }] };

  const { columns, mhz } = layout;
  const timesMs = new Float64Array(rows);
  const cpu = new Float32Array(rows);
  const mhzValues = mhz ? new Float64Array(rows) : null;
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
    if (mhzValues !== null) {
      const v = parseSeconds(fields[1] as string);
      if (v === undefined) problems.push({ line: lineNo, message: `expected cpu_mhz to be a number of MHz >= 0, found ${quoteFound((fields[1] as string).trim())}` });
      else mhzValues[r] = v;
    } else {
      const pct = parsePercent(fields[1] as string);
      if (pct === undefined) problems.push({ line: lineNo, message: `expected a CPU percentage 0-100, found ${quoteFound((fields[1] as string).trim())}` });
      else cpu[r] = pct / 100;
    }
    if (memActive !== null) {
      const mem = parsePercent(fields[2] as string);
      if (mem === undefined) {
        problems.push({ line: lineNo, message: `expected an active-memory percentage 0-100, found ${quoteFound((fields[2] as string).trim())}` });
      } else memActive[r] = mem / 100;
    }
  }
  let refMhz: number | null = null;
  if (mhzValues !== null) {
    const peak = mhzValues.reduce((m, x) => (x > m ? x : m), 0);
    refMhz = peak > 0 ? peak : 1;
    for (let r = 0; r < rows; r++) cpu[r] = (mhzValues[r]) / refMhz;
  }
  return { timesMs, cpu, refMhz, startEpochMs: null, memActive, problems: capProblems(problems) };
}
