/**
 * Turns raw libvirt snapshots (and the host files read with them) into one normalized host
 * trace: counters differenced into rates (counters.ts), gauges converted to MiB, host size
 * from `virsh nodeinfo`, /proc/meminfo and /proc/stat, and every assumption noted.
 */
import { differenceCounter, gauge } from './counters.js';
import type { ImportLog } from './import-log.js';
import type { DomainStats, HostReadings, Snapshot, SnapshotSet } from './snapshot.js';
import { compareText, hostSeries, type HostSeriesInput } from './host-series.js';
import type { HostTrace, VmTrace } from './trace.js';
import { BYTES_PER_MIB, KIB_PER_MIB, NS_PER_S, vcpuTimeScaleToNs, type VcpuTimeUnit } from './units.js';

/** virDomainState values that hold a running guest: running, blocked, paused. */
const LIVE_STATES = new Set([1, 2, 3]);

export interface BuiltHost {
  readonly host: HostTrace;
  /** Unix ms (or relative origin) of time 0: the first snapshot kept. */
  readonly originMs: number;
}

/** Sum of the fields matching `re`, NaN when none is present. */
function sumOf(d: DomainStats, re: RegExp): number {
  let sum = 0;
  let any = false;
  for (const [k, v] of d) {
    if (re.test(k)) {
      sum += v;
      any = true;
    }
  }
  return any ? sum : NaN;
}

function field(d: DomainStats | undefined, key: string): number {
  const v = d?.get(key);
  return v === undefined ? NaN : v;
}

/** Decides the unit of vcpu.N.time (units.ts) from the whole trace. */
function vcpuUnit(doms: (DomainStats | undefined)[][], unit: VcpuTimeUnit, log: ImportLog): 'ns' | 'us' {
  if (unit !== 'auto') return unit;
  let cpu = 0;
  let vcpu = 0;
  for (const series of doms) {
    for (let i = 1; i < series.length; i++) {
      const a = series[i - 1];
      const b = series[i];
      if (!a || !b) continue;
      const dc = field(b, 'cpu.time') - field(a, 'cpu.time');
      const dv = sumOf(b, /^vcpu\.\d+\.time$/) - sumOf(a, /^vcpu\.\d+\.time$/);
      if (dc > 0 && dv >= 0) {
        cpu += dc;
        vcpu += dv;
      }
    }
  }
  if (cpu > 0 && vcpu > 0 && vcpu < cpu / 100) {
    log.note('vcpu.N.time and vcpu.N.delay grow 1000 × slower than cpu.time: read as microseconds');
    return 'us';
  }
  return 'ns';
}

function vmTrace(name: string, t: number[], stats: (DomainStats | undefined)[], delayScale: number, log: ImportLog): VmTrace {
  const at = (key: string): number[] => stats.map((d) => field(d, key));
  // Its size when the trace begins: later changes are operator actions (import/state-changes.ts), replayed as such.
  const first = (key: string): number => {
    for (const d of stats) {
      const v = field(d, key);
      if (Number.isFinite(v)) return v;
    }
    return NaN;
  };
  let vcpus = first('vcpu.current');
  if (!Number.isFinite(vcpus)) vcpus = first('vcpu.maximum');
  const memKiB = first('balloon.maximum');
  const maxCores = 2 * Math.max(1, Number.isFinite(vcpus) ? vcpus : 1) + 2;
  const used = stats.map((d) => (d && d.has('balloon.available') && d.has('balloon.usable') ? field(d, 'balloon.available') - field(d, 'balloon.usable') : NaN));
  const what = (w: string): string => `${name} ${w}`;
  return {
    name,
    vcpus: Number.isFinite(vcpus) && vcpus > 0 ? vcpus : null,
    memoryMiB: Number.isFinite(memKiB) && memKiB > 0 ? memKiB / KIB_PER_MIB : null,
    cpuCores: differenceCounter(t, at('cpu.time'), { scale: 1 / NS_PER_S, maxRate: maxCores, log, what: what('cpu.time') }),
    cpuRefMhz: null,
    stealCores: differenceCounter(
      t,
      stats.map((d) => (d ? sumOf(d, /^vcpu\.\d+\.delay$/) : NaN)),
      { scale: delayScale / NS_PER_S, maxRate: maxCores, log, what: what('vcpu.N.delay') },
    ),
    balloonMiB: gauge(t, at('balloon.current'), 1 / KIB_PER_MIB),
    rssMiB: gauge(t, at('balloon.rss'), 1 / KIB_PER_MIB),
    guestUsedMiB: gauge(t, used, 1 / KIB_PER_MIB),
    diskReadMiBps: differenceCounter(t, stats.map((d) => (d ? sumOf(d, /^block\.\d+\.rd\.bytes$/) : NaN)), { scale: 1 / BYTES_PER_MIB, log, what: what('block rd.bytes') }),
    diskWriteMiBps: differenceCounter(t, stats.map((d) => (d ? sumOf(d, /^block\.\d+\.wr\.bytes$/) : NaN)), { scale: 1 / BYTES_PER_MIB, log, what: what('block wr.bytes') }),
    netRxMiBps: differenceCounter(t, stats.map((d) => (d ? sumOf(d, /^net\.\d+\.rx\.bytes$/) : NaN)), { scale: 1 / BYTES_PER_MIB, log, what: what('net rx.bytes') }),
    netTxMiBps: differenceCounter(t, stats.map((d) => (d ? sumOf(d, /^net\.\d+\.tx\.bytes$/) : NaN)), { scale: 1 / BYTES_PER_MIB, log, what: what('net tx.bytes') }),
  };
}

/** Builds the host trace of one snapshot set. */
export function buildHost(set: SnapshotSet, log: ImportLog, unit: VcpuTimeUnit = 'auto'): BuiltHost {
  const kept: Snapshot[] = [];
  let prev = -Infinity;
  for (const s of set.snapshots) {
    if (!(s.tMs > prev)) {
      log.skip(`snapshot with a timestamp not after the previous one (${set.file}, left out)`);
      continue;
    }
    kept.push(s);
    prev = s.tMs;
  }
  const origin = kept.length > 0 ? (kept[0] as Snapshot).tMs : 0;
  const t = kept.map((s) => s.tMs - origin);
  const names = [...new Set(kept.flatMap((s) => [...s.domains.keys()]))].sort(compareText);
  const perVm = names.map((name) =>
    kept.map((s) => {
      const d = s.domains.get(name);
      if (d === undefined) return undefined;
      const state = d.get('state.state');
      return state === undefined || LIVE_STATES.has(state) ? d : undefined;
    }),
  );
  const scale = vcpuTimeScaleToNs(vcpuUnit(perVm, unit, log));
  const vms: VmTrace[] = [];
  names.forEach((name, k) => {
    const stats = perVm[k] as (DomainStats | undefined)[];
    const live = stats.filter((d) => d !== undefined).length;
    if (live === 0) {
      log.note(`${name}: not running in any sample (shut off), left out`);
      return;
    }
    const absent = stats.length - live;
    if (absent > 0) log.skip(`VM sample where the VM was absent or not running (${name})`, absent);
    vms.push(vmTrace(name, t, stats, scale, log));
  });
  const readings: HostReadings[] = kept.flatMap((s) => (s.host ? [{ ...s.host, tMs: s.host.tMs - origin }] : []));
  const input: HostSeriesInput = { name: set.hostName, file: set.file, nodeinfo: set.nodeinfo, readings };
  return { host: hostSeries(input, vms, log), originMs: origin };
}
