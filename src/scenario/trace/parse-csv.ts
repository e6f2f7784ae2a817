/**
 * CSV trace files: a header `time_s,cpu_pct` (relative demand) or `time_s,cpu_mhz` (absolute
 * demand in MHz, the same cycles on any host) with an optional third column `mem_active_pct`,
 * then one row per sample. Times are seconds from the run start, strictly increasing; the
 * first need not be 0. Percentages are 0–100.
 */
import { growF32, growF64, parseLines, type LineParser } from './line-feed.js';
import { capProblems, parsePercent, parseSeconds, quoteFound, type LineProblem } from './lines.js';

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
  return parseLines(text, csvTraceParser());
}

/** The same, a line at a time (line-feed.ts): a file of any size is read in chunks. */
export function csvTraceParser(): LineParser<CsvSeries> {
  const empty: CsvSeries = { timesMs: new Float64Array(0), cpu: new Float32Array(0), refMhz: null, startEpochMs: null, memActive: null, problems: [] };
  let header: { line: string } | undefined;
  let layout: { columns: number; mhz: boolean } | undefined;
  const timesMs = growF64();
  // cpu_pct fractions, or cpu_mhz values until the peak is known.
  const values = growF64();
  const memActive = growF32();
  const problems: LineProblem[] = [];
  let previous: { seconds: number; line: number } | undefined;
  const row = (line: string, lineNo: number, columns: number, mhz: boolean): void => {
    const fields = line.split(',');
    // Every row takes a slot, so the arrays stay aligned; a row with problems leaves 0 there.
    let t = 0;
    let v = 0;
    let m = 0;
    if (fields.length !== columns) {
      const found = fields.length === 1 && (fields[0] as string).trim() === '' ? 'a blank line' : `${fields.length}`;
      problems.push({ line: lineNo, message: `expected ${columns} comma-separated fields, found ${found}` });
    } else {
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
        t = Math.round(seconds * 1000);
      }
      if (mhz) {
        const x = parseSeconds(fields[1] as string);
        if (x === undefined) problems.push({ line: lineNo, message: `expected cpu_mhz to be a number of MHz >= 0, found ${quoteFound((fields[1] as string).trim())}` });
        else v = x;
      } else {
        const pct = parsePercent(fields[1] as string);
        if (pct === undefined) problems.push({ line: lineNo, message: `expected a CPU percentage 0-100, found ${quoteFound((fields[1] as string).trim())}` });
        else v = pct / 100;
      }
      if (columns === 3) {
        const mem = parsePercent(fields[2] as string);
        if (mem === undefined) {
          problems.push({ line: lineNo, message: `expected an active-memory percentage 0-100, found ${quoteFound((fields[2] as string).trim())}` });
        } else m = mem / 100;
      }
    }
    timesMs.push(t);
    values.push(v);
    if (columns === 3) memActive.push(m);
  };
  return {
    line(line, lineNo) {
      if (header === undefined) {
        header = { line };
        layout = headerColumns(line);
        return;
      }
      // Without a header the columns cannot be interpreted, so the rows are not checked.
      if (layout !== undefined) row(line, lineNo, layout.columns, layout.mhz);
    },
    finish() {
      if (layout === undefined) {
        const found = header === undefined ? 'an empty file' : quoteFound(header.line.trim());
        return { ...empty, problems: [{ line: 1, message: `${HEADER_HELP}, found ${found}` }] };
      }
      if (values.length === 0) return { ...empty, problems: [{ line: 1, message: 'expected at least one sample row after the header, found none' }] };
      const cpu = new Float32Array(values.length);
      let refMhz: number | null = null;
      if (layout.mhz) {
        let peak = 0;
        for (let r = 0; r < values.length; r++) if (values.at(r) > peak) peak = values.at(r);
        refMhz = peak > 0 ? peak : 1;
      }
      for (let r = 0; r < values.length; r++) cpu[r] = values.at(r) / (refMhz ?? 1);
      return { timesMs: timesMs.take(), cpu, refMhz, startEpochMs: null, memActive: layout.columns === 3 ? memActive.take() : null, problems: capProblems(problems) };
    },
  };
}
