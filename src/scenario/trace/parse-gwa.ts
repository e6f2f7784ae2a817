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
import { capProblems, contentLines, fieldColumn, quoteFound, type LineProblem } from './lines.js';

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
  const lines = contentLines(text);
  const empty: GwaSeries = { timesMs: new Float64Array(0), cpu: new Float32Array(0), memActive: null, refMhz: 1, startEpochMs: null, problems: [] };
  const header = lines[0] === undefined ? { line: 1, message: 'expected the GWA-T-12 header, found an empty file' } : readHeader(lines[0], dialect);
  if (!('at' in header)) return { ...empty, problems: [header] };
  const { at, width } = header;
  const rows: { t: number; use: number; cap: number; mem: number; memUse: number }[] = [];
  const problems: LineProblem[] = [];
  const field = (f: string[], k: Key): number | string | undefined => {
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
  let prev = -Infinity;
  for (let r = 1; r < lines.length; r++) {
    const f = (lines[r] as string).split(';');
    if (f.length !== width) {
      problems.push({ line: r + 1, message: `expected ${width} fields separated by ";", found ${f.length}` });
      continue;
    }
    const values = (['time', 'useMhz', 'capMhz', 'memKb', 'memUseKb'] as const).map((k) => field(f, k));
    const bad = values.find((v) => typeof v === 'string');
    if (bad !== undefined) {
      const col = values.findIndex((v) => typeof v === 'string');
      const key = (['time', 'useMhz', 'capMhz', 'memKb', 'memUseKb'] as const)[col] as Key;
      problems.push({ line: r + 1, column: fieldColumn(f, at.get(key) as number), message: bad as string });
      continue;
    }
    const [t, use, cap, mem, memUse] = values as (number | undefined)[];
    if (!((t as number) > prev)) {
      problems.push({ line: r + 1, message: `expected the timestamp to increase, found ${t} after ${prev}` });
      continue;
    }
    prev = t as number;
    rows.push({ t: t as number, use: use as number, cap: cap ?? 0, mem: mem ?? 0, memUse: memUse ?? 0 });
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'expected at least one data row after the header, found none' });
  if (problems.length > 0) return { ...empty, problems: capProblems(problems) };
  const first = rows[0] as (typeof rows)[number];
  const scale = first.t > MAX_SECONDS ? 1 : 1000;
  const peak = rows.reduce((m, r) => Math.max(m, r.use), 0);
  const refMhz = first.cap > 0 ? first.cap : peak > 0 ? peak : 1;
  const hasMem = at.has('memKb') && at.has('memUseKb');
  return {
    timesMs: Float64Array.from(rows, (r) => Math.round((r.t - first.t) * scale)),
    cpu: Float32Array.from(rows, (r) => r.use / refMhz),
    memActive: hasMem ? Float32Array.from(rows, (r) => (r.mem > 0 ? Math.min(1, r.memUse / r.mem) : 0)) : null,
    refMhz,
    startEpochMs: first.t * scale,
    problems: [],
  };
}
