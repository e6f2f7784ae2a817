/**
 * Bitbrains GWA-T-12 raw files (data/bitbrains, README there): fields separated by ";" and a
 * tab; header `Timestamp [ms]; CPU cores; CPU capacity provisioned [MHZ]; CPU usage [MHZ];
 * CPU usage [%]; Memory capacity provisioned [KB]; Memory usage [KB]; Disk read throughput
 * [KB/s]; Disk write throughput [KB/s]; Network received throughput [KB/s]; Network
 * transmitted throughput [KB/s]`. The timestamps are Unix **seconds** despite the header (read
 * as ms only if they are too large to be seconds, with a note). Each row is the average over
 * the interval up to the next row; the last row gets the median step. CPU usage [MHZ] is
 * absolute (DOMAIN.md, Bitbrains / Materna traces): it is kept as cores of one reference core,
 * the first row's provisioned MHz / cores (`cpuRefMhz`), never capped at the provisioned
 * capacity, so cores × cpuRefMhz gives back the file's MHz and a replay on hosts of another
 * speed runs the same cycles.
 */
import { medianStep, rateOf } from '../counters.js';
import type { ImportLog } from '../import-log.js';
import { vmWith, type VmTrace } from '../trace.js';
import { KIB_PER_MIB } from '../units.js';
import { parseNumber, textLines } from './csv-fields.js';

const COLUMNS = [
  ['time', /^timestamp/i],
  ['cores', /^cpu cores/i],
  ['capMhz', /^cpu capacity provisioned/i],
  ['useMhz', /^cpu usage \[mhz\]/i],
  ['memKb', /^memory capacity provisioned/i],
  ['memUseKb', /^memory usage/i],
  ['diskRd', /^disk read/i],
  ['diskWr', /^disk write/i],
  ['netRx', /^network received/i],
  ['netTx', /^network transmitted/i],
] as const;
type Col = (typeof COLUMNS)[number][0];

/** Unix seconds beyond this (year 5138) must be milliseconds. */
const MAX_SECONDS = 1e11;

export function isBitbrainsHeader(line: string): boolean {
  return /^\uFEFF?\s*timestamp \[ms\]\s*;/i.test(line);
}

export interface BitbrainsVm {
  readonly vm: VmTrace;
  /** Unix ms of the first row kept. */
  readonly firstMs: number;
  /** Row times, Unix ms, for tests and summaries. */
  readonly timesMs: Float64Array;
}

export function parseBitbrains(text: string, file: string, name: string, log: ImportLog): BitbrainsVm | null {
  const lines = textLines(text);
  const header = (lines[0] ?? '').split(';').map((h) => h.trim());
  const at = new Map<Col, number>();
  for (const [key, re] of COLUMNS) {
    const k = header.findIndex((h) => re.test(h));
    if (k >= 0) at.set(key, k);
  }
  if (!isBitbrainsHeader(lines[0] ?? '') || !at.has('cores') || !at.has('capMhz') || !at.has('useMhz')) {
    log.malformed(file, 1, `expected the GWA-T-12 header "Timestamp [ms];\tCPU cores;\t…", found ${JSON.stringify((lines[0] ?? '').slice(0, 60))}`);
    return null;
  }
  const rows: Record<Col, number>[] = [];
  let prevT = -Infinity;
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const f = (lines[i] as string).split(';');
    if (f.length !== header.length) {
      log.malformed(file, n, `expected ${header.length} fields separated by ";", found ${f.length}`);
      continue;
    }
    const row = {} as Record<Col, number>;
    let bad: string | null = null;
    for (const [key] of COLUMNS) {
      const k = at.get(key);
      const v = k === undefined ? 0 : parseNumber(f[k]);
      if (v === undefined || v < 0) bad ??= `expected a number >= 0 in "${header[k as number]}", found ${JSON.stringify((f[k as number] ?? '').trim().slice(0, 30))}`;
      else row[key] = v;
    }
    if (bad === null && !(row.time > prevT)) bad = `expected the timestamp to increase, found ${row.time} after ${prevT}`;
    if (bad === null && (row.cores < 1 || row.capMhz <= 0)) bad = 'expected at least 1 CPU core and a provisioned capacity above 0';
    if (bad !== null) {
      log.malformed(file, n, bad);
      continue;
    }
    prevT = row.time;
    rows.push(row);
  }
  if (rows.length === 0) {
    log.malformed(file, 1, 'expected at least one data row after the header');
    return null;
  }
  const inMs = (rows[0] as Record<Col, number>).time > MAX_SECONDS;
  if (inMs) log.note(`${file}: timestamps are too large for seconds; read as milliseconds`);
  const times = rows.map((r) => (inMs ? r.time : r.time * 1000));
  const first = times[0];
  const step = rows.length > 1 ? medianStep(times) : 300_000;
  const t0 = times.map((t) => t - first);
  const t1 = t0.map((t, i) => (i + 1 < t0.length ? (t0[i + 1]) : t + step));
  const perRow = (f: (r: Record<Col, number>) => number): number[] => rows.map(f);
  const last = rows[rows.length - 1] as Record<Col, number>;
  const firstRow = rows[0] as Record<Col, number>;
  const refMhz = firstRow.capMhz / firstRow.cores;
  const kbps = (k: Col) => rateOf(t0, t1, perRow((r) => r[k] / KIB_PER_MIB));
  const vm = vmWith(name, {
    vcpus: last.cores,
    memoryMiB: last.memKb > 0 ? last.memKb / KIB_PER_MIB : null,
    cpuCores: rateOf(t0, t1, perRow((r) => r.useMhz / refMhz)),
    cpuRefMhz: refMhz,
    guestUsedMiB: { t: Float64Array.from(t0), v: Float64Array.from(perRow((r) => r.memUseKb / KIB_PER_MIB)) },
    diskReadMiBps: kbps('diskRd'),
    diskWriteMiBps: kbps('diskWr'),
    netRxMiBps: kbps('netRx'),
    netTxMiBps: kbps('netTx'),
  });
  return { vm, firstMs: first, timesMs: Float64Array.from(times) };
}
