/**
 * Grid Workloads Archive GWA-T-12 (Bitbrains) VM files as published: fields separated by ";"
 * (followed by a tab in the published files), header `Timestamp [ms]; CPU cores; CPU capacity
 * provisioned [MHZ]; CPU usage [MHZ]; CPU usage [%]; Memory capacity provisioned [KB]; Memory
 * usage [KB]; Disk read throughput [KB/s]; Disk write throughput [KB/s]; Network received
 * throughput [KB/s]; Network transmitted throughput [KB/s]` (data/bitbrains/README.md; DOMAIN.md,
 * Bitbrains / Materna traces). The timestamps are Unix seconds despite the header (read as ms
 * only when too large to be seconds). CPU usage [MHZ] is absolute demand: it is kept in MHz
 * (as a fraction of the first row's provisioned capacity, `refMhz`), never capped at the
 * provisioned capacity, so a VM replays the same cycles on a host of any speed.
 * Times are made relative to the first row: the file's first sample is the run start.
 *
 * GWA-T-13 (Materna) files share the layout (DOMAIN.md: one file per VM, ";" separated, CPU
 * usage [MHZ] absolute) with two more columns, Memory usage [%] and Disk size [GB], and a
 * header "Timestamp". Their `materna` dialect also accepts timestamps written
 * "dd.MM.yyyy HH:mm:ss" (read as UTC) and decimal commas ("12,5"): a ";" separated file leaves
 * a comma no other meaning. No Materna sample ships with the project, so this dialect is the
 * documented layout made tolerant, not checked against a published file.
 */
import { growF64, parseLines, type LineParser } from './line-feed.js';
import { capProblems, fieldColumn, quoteFound, type LineProblem } from './lines.js';

/** Every column of a GWA-T-12 file, by its header name (case and spacing ignored). */
const KNOWN = {
  time: 'Timestamp [ms]',
  cores: 'CPU cores',
  capMhz: 'CPU capacity provisioned [MHZ]',
  useMhz: 'CPU usage [MHZ]',
  usePct: 'CPU usage [%]',
  memKb: 'Memory capacity provisioned [KB]',
  memUseKb: 'Memory usage [KB]',
  diskRd: 'Disk read throughput [KB/s]',
  diskWr: 'Disk write throughput [KB/s]',
  netRx: 'Network received throughput [KB/s]',
  netTx: 'Network transmitted throughput [KB/s]',
} as const;
type Key = keyof typeof KNOWN;

export type GwaDialect = 'bitbrains' | 'materna';

/** GWA-T-13 (Materna) columns beyond GWA-T-12's, and its name of the time column. */
const MATERNA_EXTRA: Record<string, Key | 'ignored'> = {
  'memory usage [%]': 'ignored',
  'disk size [gb]': 'ignored',
  timestamp: 'time',
};

/** "dd.MM.yyyy HH:mm:ss" as Unix seconds (UTC), or undefined. */
function germanDateSeconds(text: string): number | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (m === null) return undefined;
  const [, d, mo, y, h, mi, se] = m.map(Number) as number[];
  const ms = Date.UTC(y as number, (mo as number) - 1, d, h, mi, se);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** Unix seconds beyond this (year 5138) must be milliseconds. */
const MAX_SECONDS = 1e11;
const NUMBER = /^[+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export interface GwaSeries {
  /** Sample times, ms from the first row, strictly increasing. */
  timesMs: Float64Array;
  /** CPU usage as a fraction of refMhz (may exceed 1). */
  cpu: Float32Array;
  /** Memory usage / provisioned memory, 0..1, when both columns are present. */
  memActive: Float32Array | null;
  /** The first row's provisioned CPU capacity, MHz (or the peak usage when the column is absent). */
  refMhz: number;
  /** Unix ms of the first row. */
  startEpochMs: number | null;
  problems: LineProblem[];
}

const squash = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Column index of each known header name; a problem for a column that is not one of them. */
function readHeader(line: string, dialect: GwaDialect): { at: Map<Key, number>; width: number } | LineProblem {
  const raw = line.split(';');
  const names = raw.map((h) => h.trim());
  const at = new Map<Key, number>();
  const byName = new Map<string, Key | 'ignored'>(Object.entries(KNOWN).map(([k, n]) => [squash(n), k as Key]));
  if (dialect === 'materna') for (const [n, k] of Object.entries(MATERNA_EXTRA)) byName.set(n, k);
  const trace = dialect === 'materna' ? 'GWA-T-13' : 'GWA-T-12';
  for (let i = 0; i < names.length; i++) {
    const key = byName.get(squash(names[i] as string));
    if (key === undefined) {
      const expected = [...Object.values(KNOWN), ...(dialect === 'materna' ? ['Timestamp', 'Memory usage [%]', 'Disk size [GB]'] : [])];
      return { line: 1, column: fieldColumn(raw, i), message: `column ${i + 1} ${quoteFound(names[i] as string)} is not a ${trace} column; expected names from: ${expected.join('; ')}` };
    }
    if (key !== 'ignored') at.set(key, i);
  }
  for (const need of ['time', 'useMhz'] as const) {
    if (!at.has(need)) return { line: 1, message: `expected a "${KNOWN[need]}" column in the ${trace} header, found ${quoteFound(line.trim())}` };
  }
  return { at, width: names.length };
}

/** Parses one file's text; every malformed row is reported (capped, see `capProblems`). */
export function parseGwaTrace(text: string, dialect: GwaDialect = 'bitbrains'): GwaSeries {
  return parseLines(text, gwaTraceParser(dialect));
}

const ROW_KEYS = ['time', 'useMhz', 'capMhz', 'memKb', 'memUseKb'] as const;

/** The same, a line at a time (line-feed.ts): a file of any size is read in chunks. */
export function gwaTraceParser(dialect: GwaDialect = 'bitbrains'): LineParser<GwaSeries> {
  const empty: GwaSeries = { timesMs: new Float64Array(0), cpu: new Float32Array(0), memActive: null, refMhz: 1, startEpochMs: null, problems: [] };
  let header: { at: Map<Key, number>; width: number } | LineProblem | undefined;
  // The kept rows' columns; times in the file's unit until the first row says which.
  const times = growF64();
  const use = growF64();
  const mem = growF64();
  const memUse = growF64();
  let firstCap = 0;
  let peak = 0;
  const problems: LineProblem[] = [];
  let prev = -Infinity;
  const field = (at: Map<Key, number>, f: string[], k: Key): number | string | undefined => {
    const i = at.get(k);
    if (i === undefined) return undefined;
    let s = (f[i] as string).trim();
    if (dialect === 'materna') {
      if (k === 'time') {
        const sec = germanDateSeconds(s);
        if (sec !== undefined) return sec;
      }
      s = s.replace(',', '.');
    }
    if (NUMBER.test(s)) return Number(s);
    return `expected ${k === 'time' && dialect === 'materna' ? 'Unix seconds or "dd.MM.yyyy HH:mm:ss"' : 'a number >= 0'} in "${KNOWN[k]}", found ${quoteFound(s)}`;
  };
  const row = (at: Map<Key, number>, width: number, line: string, lineNo: number): void => {
    const f = line.split(';');
    if (f.length !== width) {
      problems.push({ line: lineNo, message: `expected ${width} fields separated by ";", found ${f.length}` });
      return;
    }
    const values = ROW_KEYS.map((k) => field(at, f, k));
    const col = values.findIndex((v) => typeof v === 'string');
    if (col >= 0) {
      problems.push({ line: lineNo, column: fieldColumn(f, at.get(ROW_KEYS[col] as Key) as number), message: values[col] as string });
      return;
    }
    const [t, u, cap, m, mu] = values as (number | undefined)[];
    if (!((t as number) > prev)) {
      problems.push({ line: lineNo, message: `expected the timestamp to increase, found ${t} after ${prev}` });
      return;
    }
    prev = t as number;
    if (times.length === 0) firstCap = cap ?? 0;
    if ((u as number) > peak) peak = u as number;
    times.push(t as number);
    use.push(u as number);
    mem.push(m ?? 0);
    memUse.push(mu ?? 0);
  };
  return {
    line(line, lineNo) {
      if (header === undefined) header = readHeader(line, dialect);
      else if ('at' in header) row(header.at, header.width, line, lineNo);
    },
    finish() {
      if (header === undefined) return { ...empty, problems: [{ line: 1, message: 'expected the GWA-T-12 header, found an empty file' }] };
      if (!('at' in header)) return { ...empty, problems: [header] };
      if (times.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'expected at least one data row after the header, found none' });
      if (problems.length > 0) return { ...empty, problems: capProblems(problems) };
      const n = times.length;
      const t0 = times.at(0);
      const scale = t0 > MAX_SECONDS ? 1 : 1000;
      const refMhz = firstCap > 0 ? firstCap : peak > 0 ? peak : 1;
      const hasMem = header.at.has('memKb') && header.at.has('memUseKb');
      const timesMs = new Float64Array(n);
      const cpu = new Float32Array(n);
      const memActive = hasMem ? new Float32Array(n) : null;
      for (let r = 0; r < n; r++) {
        timesMs[r] = Math.round((times.at(r) - t0) * scale);
        cpu[r] = use.at(r) / refMhz;
        if (memActive !== null) memActive[r] = mem.at(r) > 0 ? Math.min(1, memUse.at(r) / mem.at(r)) : 0;
      }
      return { timesMs, cpu, memActive, refMhz, startEpochMs: t0 * scale, problems: [] };
    },
  };
}
