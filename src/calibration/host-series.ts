/**
 * Host-side series from the host files read with each snapshot: CPU busy and steal from
 * /proc/stat tick differences (a ratio of ticks, so independent of USER_HZ and of sample
 * jitter), KSM pages, swap and zswap from /proc/meminfo and /proc/vmstat, and the host's size.
 */
import { differenceCounter, gauge, medianStep } from './counters.js';
import type { ImportLog } from './import-log.js';
import type { HostReadings, NodeInfo } from './snapshot.js';
import { EMPTY_RATE, NO_SETTINGS, type HostInfo, type HostSettings, type HostTrace, type RateSeries, type VmTrace } from './trace.js';
import { KIB_PER_MIB, PAGE_MIB, USER_HZ } from './units.js';

export interface HostSeriesInput {
  readonly name: string;
  readonly file: string;
  readonly nodeinfo: NodeInfo | null;
  /** Host readings with times relative to the trace origin. */
  readonly readings: readonly HostReadings[];
}

/** Plain UTF-16 order, the same everywhere (as trace folder listings). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const IDLE = 3;
const IOWAIT = 4;
const STEAL = 7;

/** Busy and steal % of all CPUs per interval, and the CPU count the tick rate implies. */
function cpuSeries(r: readonly HostReadings[], log: ImportLog): { busy: RateSeries; steal: RateSeries; inferredCpus: number | null } {
  const t0: number[] = [];
  const t1: number[] = [];
  const busy: number[] = [];
  const steal: number[] = [];
  const cpus: number[] = [];
  let prev: HostReadings | null = null;
  for (const cur of r) {
    if (cur.cpuTicks === null) {
      prev = null;
      continue;
    }
    if (prev !== null && prev.cpuTicks !== null && cur.tMs > prev.tMs) {
      const a = prev.cpuTicks;
      const d = cur.cpuTicks.map((x, i) => x - (a[i]));
      // guest and guest_nice (8, 9) are already counted in user and nice.
      const total = d.slice(0, 8).reduce((s, x) => s + x, 0);
      if (d.some((x) => x < 0)) log.skip('/proc/stat interval with a counter reset (left out)');
      else if (total > 0) {
        t0.push(prev.tMs);
        t1.push(cur.tMs);
        busy.push(((total - (d[IDLE]) - (d[IOWAIT])) / total) * 100);
        steal.push(((d[STEAL]) / total) * 100);
        cpus.push(total / USER_HZ / ((cur.tMs - prev.tMs) / 1000));
      }
    }
    prev = cur;
  }
  cpus.sort((x, y) => x - y);
  const mid = cpus.length > 0 ? Math.round(cpus[cpus.length >> 1]) : 0;
  const rate = (v: number[]): RateSeries => ({ t0: Float64Array.from(t0), t1: Float64Array.from(t1), v: Float64Array.from(v) });
  return { busy: rate(busy), steal: rate(steal), inferredCpus: mid > 0 ? mid : null };
}

function hostInfo(input: HostSeriesInput, memTotalKiB: number, cpuCount: number | null, inferredCpus: number | null): HostInfo {
  const notes: string[] = [];
  const n = input.nodeinfo;
  let cpus: number | null = null;
  if (n?.cpus != null) {
    cpus = n.cpus;
    notes.push(`cpus ${cpus} from ${n.from}`);
  } else if (cpuCount !== null) {
    cpus = cpuCount;
    notes.push(`cpus ${cpus} from the cpuN lines of /proc/stat`);
  } else if (inferredCpus !== null) {
    cpus = inferredCpus;
    notes.push(`cpus ${cpus} inferred from the /proc/stat tick rate (${USER_HZ} ticks per CPU-second)`);
  }
  const mhz = n?.mhz ?? null;
  if (mhz !== null) notes.push(`MHz ${mhz} from ${n?.from ?? ''}`);
  let memoryMiB: number | null = null;
  const fromNode = n?.memoryKiB != null ? n.memoryKiB / KIB_PER_MIB : null;
  const fromMeminfo = Number.isFinite(memTotalKiB) ? memTotalKiB / KIB_PER_MIB : null;
  if (fromNode !== null && !(fromMeminfo !== null && fromMeminfo > fromNode)) {
    memoryMiB = fromNode;
    notes.push(`memory ${fromNode.toFixed(0)} MiB from ${n?.from ?? ''}`);
  } else if (fromMeminfo !== null) {
    memoryMiB = fromMeminfo;
    notes.push(
      fromNode !== null
        ? `memory ${fromMeminfo.toFixed(0)} MiB from /proc/meminfo MemTotal (${n?.from ?? ''} reported less: it can count one NUMA node only)`
        : `memory ${fromMeminfo.toFixed(0)} MiB from /proc/meminfo MemTotal`,
    );
  }
  return { name: input.name, cpus, mhz, memoryMiB, notes };
}

function settingsOf(r: readonly HostReadings[], log: ImportLog, file: string): HostSettings {
  const ksm = r.find((x) => x.ksm !== null)?.ksm ?? null;
  const zs = r.find((x) => x.zswap !== null)?.zswap ?? null;
  const changed = (key: string): boolean => new Set(r.flatMap((x) => (x.ksm?.has(key) ? [x.ksm.get(key)] : []))).size > 1;
  for (const k of ['pages_to_scan', 'sleep_millisecs', 'run']) if (changed(k)) log.note(`${file}: KSM ${k} changed during the trace; the first value is used`);
  const num = (v: string | undefined): number | null => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : null);
  const enabled = zs?.get('enabled');
  return {
    ...NO_SETTINGS,
    ksmRun: ksm?.get('run') ?? null,
    ksmPagesToScan: ksm?.get('pages_to_scan') ?? null,
    ksmSleepMs: ksm?.get('sleep_millisecs') ?? null,
    ksmMaxPageSharing: ksm?.get('max_page_sharing') ?? null,
    zswapEnabled: enabled === undefined ? null : /^[Y1]/i.test(enabled.trim()),
    zswapCompressor: zs?.get('compressor')?.trim() ?? null,
    zswapMaxPoolPct: num(zs?.get('max_pool_percent')),
  };
}

/** The host trace: its VMs and the host series from its readings. */
export function hostSeries(input: HostSeriesInput, vms: VmTrace[], log: ImportLog): HostTrace {
  const r = input.readings;
  const t = r.map((x) => x.tMs);
  const mem = (key: string): number[] => r.map((x) => x.meminfoKiB?.get(key) ?? NaN);
  const ksm = (key: string): number[] => r.map((x) => x.ksm?.get(key) ?? NaN);
  const vm = (key: string): number[] => r.map((x) => x.vmstat?.get(key) ?? NaN);
  const swapTotal = mem('SwapTotal');
  const swapFree = mem('SwapFree');
  const zswapped = mem('Zswapped');
  const swapUsed = swapTotal.map((s, i) => s - (swapFree[i]) - (Number.isFinite(zswapped[i]) ? (zswapped[i]) : 0));
  const poolKiB = mem('Zswap').map((v, i) => {
    if (Number.isFinite(v)) return v;
    const bytes = Number(r[i]?.zswap?.get('pool_total_size') ?? NaN);
    return bytes / 1024;
  });
  const cpu = cpuSeries(r, log);
  const memTotal = mem('MemTotal').find((x) => Number.isFinite(x)) ?? NaN;
  const cpuCount = r.find((x) => x.cpuCount !== null)?.cpuCount ?? null;
  if (r.length > 1 && !Number.isFinite(medianStep(t))) log.note(`${input.file}: host readings have no usable timestamps`);
  return {
    info: hostInfo(input, memTotal, cpuCount, cpu.inferredCpus),
    settings: settingsOf(r, log, input.file),
    vms,
    actions: [],
    cpuBusyPct: cpu.busy,
    stealPct: cpu.steal,
    ksmPagesSharing: gauge(t, ksm('pages_sharing')),
    ksmPagesShared: gauge(t, ksm('pages_shared')),
    swapUsedMiB: gauge(t, swapUsed, 1 / KIB_PER_MIB),
    swapInMiBps: r.some((x) => x.vmstat?.has('pswpin')) ? differenceCounter(t, vm('pswpin'), { scale: PAGE_MIB, log, what: 'pswpin' }) : EMPTY_RATE,
    swapOutMiBps: r.some((x) => x.vmstat?.has('pswpout')) ? differenceCounter(t, vm('pswpout'), { scale: PAGE_MIB, log, what: 'pswpout' }) : EMPTY_RATE,
    zswapPoolMiB: gauge(t, poolKiB, 1 / KIB_PER_MIB),
    memAvailableMiB: gauge(t, mem('MemAvailable'), 1 / KIB_PER_MIB),
  };
}
