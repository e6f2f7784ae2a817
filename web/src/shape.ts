/**
 * Data shaping for the panels: everything the charts draw is computed here from report.json,
 * as pure functions (no DOM, no d3) so that it is unit-tested in Node.
 */
import { count, duration, gib, kwh, mibAsGib, money, NONE, num, pct, ratio } from './format.js';
import { lifecycleLane, type LifecycleLane } from './lifecycle.js';
import { memoPerReport } from './memo.js';
import type { AlarmRule, AlarmRules, HeadlineFigures, HostRow, MemoryState, ReadyBand, Report, ReportAlarm, ReportEvent, VmRow } from './types.js';

export const MEMORY_STATES: readonly MemoryState[] = ['high', 'clear', 'soft', 'hard', 'low'];

export const STATE_RANK: Record<MemoryState, number> = { high: 0, clear: 1, soft: 2, hard: 3, low: 4 };

export const STATE_MEANING: Record<MemoryState, string> = {
  high: 'free ≥ 400 % of minFree: no reclamation',
  clear: 'free ≥ 100 % of minFree: large pages broken, page sharing',
  soft: 'free ≥ 64 % of minFree: ballooning',
  hard: 'free ≥ 32 % of minFree: compression and host swap',
  low: 'below 32 % of minFree: swap, new allocations blocked',
};

/** CPU ready rule-of-thumb bands (per vCPU, % of time): < 2.5 fine, 2.5–5 watch, 5–10 significant, > 10 bad. */
export const READY_LIMITS = { watch: 2.5, significant: 5, bad: 10 } as const;

export const READY_BANDS: ReadonlyArray<{ band: ReadyBand; from: number; to: number; meaning: string }> = [
  { band: 'fine', from: 0, to: 2.5, meaning: 'below 2.5 %: fine' },
  { band: 'watch', from: 2.5, to: 5, meaning: '2.5–5 %: watch' },
  { band: 'significant', from: 5, to: 10, meaning: '5–10 %: significant, users notice' },
  { band: 'bad', from: 10, to: Number.POSITIVE_INFINITY, meaning: 'above 10 %: bad' },
];

/** Same rule as the simulator's headline band. */
export function readyBand(pct: number): ReadyBand {
  if (pct < READY_LIMITS.watch) return 'fine';
  if (pct < READY_LIMITS.significant) return 'watch';
  if (pct <= READY_LIMITS.bad) return 'significant';
  return 'bad';
}

/** Parses run.start (ISO 8601) to epoch ms; 0 when it is not a date. */
export function startMs(report: Report): number {
  const ms = Date.parse(report.run.start);
  return Number.isFinite(ms) ? ms : 0;
}

/** One cluster's series (or all clusters together), in display units, ready to chart. */
export interface ClusterView {
  readonly key: string;
  readonly label: string;
  /** True when several clusters were combined (ready percentiles are then the worst cluster's). */
  readonly combined: boolean;
  /** Interval starts and lengths, ms from the run start. */
  readonly t: readonly number[];
  readonly dt: readonly number[];
  /** Interval midpoints: where values are drawn. */
  readonly x: readonly number[];
  readonly capacityGHz: number[];
  readonly demandGHz: number[];
  readonly grantedGHz: number[];
  readonly utilPct: number[];
  readonly readyMeanPct: number[];
  readonly readyP50Pct: number[];
  readonly readyP95Pct: number[];
  readonly readyP99Pct: number[];
  readonly memoryGiB: number[];
  readonly consumedGiB: number[];
  readonly activeGiB: number[];
  readonly powerKW: number[];
  readonly worstState: MemoryState[];
  /** Memory reclamation (GiB): saved by page sharing, held by balloons, saved by compression, in host swap. */
  readonly sharedGiB: number[];
  readonly balloonGiB: number[];
  readonly compressionSavedGiB: number[];
  readonly swappedGiB: number[];
  /** Swap traffic, MiB/s. */
  readonly swapInMiBps: number[];
  readonly swapOutMiBps: number[];
  /** CPU demand lost waiting on reclaimed pages, % of demand (demand-weighted over clusters). */
  readonly stallPct: number[];
  /** Granted GHz per cluster (one layer when a single cluster). */
  readonly layers: ReadonlyArray<{ key: string; label: string; values: number[] }>;
  /** Lifecycle, summed over the clusters: hosts serving VMs (interval mean), VMs down and migrations in flight (at each interval's end). */
  readonly hostsUp: number[];
  readonly vmsDown: number[];
  readonly migrationsActive: number[];
}

export const ALL_CLUSTERS = '*';

export function midpoints(report: Report): number[] {
  const { t, intervalMs } = report.series;
  return t.map((ti, i) => ti + (intervalMs[i] ?? 0) / 2);
}

function clusterLabel(report: Report, id: string): string {
  const c = report.clusters.find((k) => k.id === id);
  return c ? c.id : id;
}

/**
 * The series of cluster `key`, or of every cluster together (`ALL_CLUSTERS`): capacities,
 * demand, granted and memory are summed, utilisation recomputed from the sums, and each CPU
 * ready percentile is the highest of the clusters' (percentiles of different VM sets cannot be
 * combined exactly). Views are computed once per report and key, and shared: do not mutate them.
 */
export const clusterView = memoPerReport((report, key) => computeClusterView(report, key));

function computeClusterView(report: Report, key: string): ClusterView {
  const s = report.series;
  const n = s.t.length;
  const ids = key === ALL_CLUSTERS ? Object.keys(s.clusters) : [key];
  const parts = ids.map((id) => {
    const c = s.clusters[id];
    if (!c) throw new Error(`no series for cluster ${id}`);
    return c;
  });
  const col = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  const total = (pick: (c: (typeof parts)[number]) => readonly number[], scale: number) =>
    col((i) => parts.reduce((a, c) => a + (pick(c)[i] ?? 0), 0) * scale);
  const worst = (pick: (c: (typeof parts)[number]) => readonly number[]) =>
    col((i) => parts.reduce((a, c) => Math.max(a, pick(c)[i] ?? 0), 0));
  const capacityGHz = total((c) => c.capacityMhz, 1e-3);
  const grantedGHz = total((c) => c.grantedMhz, 1e-3);
  const single = parts.length === 1 ? (parts[0] as (typeof parts)[number]) : null;
  return {
    key,
    label: key === ALL_CLUSTERS ? 'all clusters' : clusterLabel(report, key),
    combined: parts.length > 1,
    t: s.t,
    dt: s.intervalMs,
    x: midpoints(report),
    capacityGHz,
    demandGHz: total((c) => c.demandMhz, 1e-3),
    grantedGHz,
    utilPct: single ? [...single.utilPct] : col((i) => ((capacityGHz[i]) > 0 ? ((grantedGHz[i]) / (capacityGHz[i])) * 100 : 0)),
    readyMeanPct: single ? [...single.readyMeanPct] : worst((c) => c.readyMeanPct),
    readyP50Pct: worst((c) => c.readyP50Pct),
    readyP95Pct: worst((c) => c.readyP95Pct),
    readyP99Pct: worst((c) => c.readyP99Pct),
    memoryGiB: total((c) => c.memoryMiB, 1 / 1024),
    consumedGiB: total((c) => c.consumedMiB, 1 / 1024),
    activeGiB: total((c) => c.activeMiB, 1 / 1024),
    powerKW: total((c) => c.powerW, 1e-3),
    sharedGiB: total((c) => c.sharedMiB, 1 / 1024),
    balloonGiB: total((c) => c.balloonMiB, 1 / 1024),
    compressionSavedGiB: total((c) => c.compressionSavedMiB, 1 / 1024),
    swappedGiB: total((c) => c.swappedMiB, 1 / 1024),
    swapInMiBps: total((c) => c.swapInMiBps, 1),
    swapOutMiBps: total((c) => c.swapOutMiBps, 1),
    stallPct: single
      ? [...single.stallPct]
      : col((i) => {
          let w = 0;
          let acc = 0;
          for (const c of parts) {
            const d = c.demandMhz[i] ?? 0;
            w += d;
            acc += d * (c.stallPct[i] ?? 0);
          }
          return w > 0 ? acc / w : 0;
        }),
    worstState: Array.from({ length: n }, (_, i) =>
      parts.reduce<MemoryState>((a, c) => {
        const st = c.worstMemState[i] ?? 'high';
        return STATE_RANK[st] > STATE_RANK[a] ? st : a;
      }, 'high'),
    ),
    layers: ids.map((id, k) => ({
      key: id,
      label: clusterLabel(report, id),
      values: ((parts[k] as (typeof parts)[number]).grantedMhz).map((v) => v * 1e-3),
    })),
    hostsUp: total((c) => c.hostsUp, 1),
    vmsDown: total((c) => c.vmsDown, 1),
    migrationsActive: total((c) => c.migrationsActive, 1),
  };
}

/** Stacked areas: layer k spans [y0, y1] with y1 = y0 + values; the top layer's y1 is the total. */
export function stackLayers(layers: ReadonlyArray<readonly number[]>): Array<{ y0: number[]; y1: number[] }> {
  const n = layers.reduce((m, l) => Math.max(m, l.length), 0);
  const base = new Array<number>(n).fill(0);
  return layers.map((l) => {
    const y0 = base.slice();
    const y1 = y0.map((b, i) => b + Math.max(0, l[i] ?? 0));
    for (let i = 0; i < n; i++) base[i] = y1[i];
    return { y0, y1 };
  });
}

/** A stretch of intervals [i0, i1) in one state (memory state by default), spanning [t0, t1) ms. */
export interface StateRun<S extends string = MemoryState> {
  readonly state: S;
  readonly i0: number;
  readonly i1: number;
  readonly t0: number;
  readonly t1: number;
}

/** Run-length encoding of a per-interval state series (memory states, host lifecycle states). */
export function stateRuns<S extends string = MemoryState>(states: readonly S[], t: readonly number[], dt: readonly number[]): Array<StateRun<S>> {
  const runs: Array<StateRun<S>> = [];
  let i0 = 0;
  for (let i = 1; i <= states.length; i++) {
    if (i === states.length || states[i] !== states[i0]) {
      const last = i - 1;
      runs.push({ state: states[i0] as S, i0, i1: i, t0: t[i0], t1: (t[last]) + (dt[last]) });
      i0 = i;
    }
  }
  return runs;
}

/** Number of hosts in each memory state at every interval (the counts sum to the host count). */
export function stateCounts(series: ReadonlyArray<readonly MemoryState[]>, n: number): Record<MemoryState, number[]> {
  const out = Object.fromEntries(MEMORY_STATES.map((s) => [s, new Array<number>(n).fill(0)])) as Record<MemoryState, number[]>;
  for (const states of series) for (let i = 0; i < n; i++) (out[states[i] ?? 'high'] as number[])[i]! += 1;
  return out;
}

export type EventLane = 'placed' | 'unplaceable' | 'memory' | LifecycleLane;

/** Events of one lane falling into one time bucket, drawn as one marker. */
export interface EventMarker {
  readonly lane: EventLane;
  /** Bucket start and end, ms from the run start. */
  readonly t0: number;
  readonly t1: number;
  /** Time of the first event in the bucket. */
  readonly t: number;
  readonly count: number;
  /** For memory markers: the worst state entered in the bucket. */
  readonly worst: MemoryState | null;
  /** Up to `keep` events, for the tooltip. */
  readonly items: ReportEvent[];
}

/** The marker lane of an event; null for alarm events (alarms are drawn as bars from report.alarms). */
export function laneOf(e: ReportEvent): EventLane | null {
  switch (e.type) {
    case 'vm.placed':
      return 'placed';
    case 'vm.unplaceable':
      return 'unplaceable';
    case 'host.memory-state':
      return 'memory';
    case 'alarm.raised':
    case 'alarm.cleared':
      return null;
    default:
      return lifecycleLane(e.type);
  }
}

/**
 * Collapses events into one marker per lane and time bucket of `bucketMs` (so 10 000
 * placements at t = 0 make one marker with their count). Markers are ordered by lane, then time.
 * Alarm events are left out: the timeline draws alarms as bars (`alarmTracks`).
 */
export function collapseEvents(items: readonly ReportEvent[], bucketMs: number, keep = 8): EventMarker[] {
  const width = bucketMs > 0 ? bucketMs : 1;
  const byKey = new Map<string, { lane: EventLane; b: number; t: number; count: number; worst: MemoryState | null; items: ReportEvent[] }>();
  for (const e of items) {
    const lane = laneOf(e);
    if (lane === null) continue;
    const b = Math.floor(e.t / width);
    const key = `${lane}:${b}`;
    let m = byKey.get(key);
    if (!m) {
      m = { lane, b, t: e.t, count: 0, worst: null, items: [] };
      byKey.set(key, m);
    }
    m.count += 1;
    m.t = Math.min(m.t, e.t);
    if (m.items.length < keep) m.items.push(e);
    if (e.type === 'host.memory-state' && (m.worst === null || STATE_RANK[e.to] > STATE_RANK[m.worst])) m.worst = e.to;
  }
  const order: Record<EventLane, number> = { placed: 0, unplaceable: 1, memory: 2, failure: 3, restart: 4, migration: 5, maintenance: 6 };
  return [...byKey.values()]
    .sort((a, b) => order[a.lane] - order[b.lane] || a.b - b.b)
    .map((m) => ({ lane: m.lane, t0: m.b * width, t1: (m.b + 1) * width, t: m.t, count: m.count, worst: m.worst, items: m.items }));
}

export type HostMetric = 'util' | 'ready' | 'mem' | 'stall';

export const HOST_METRICS: ReadonlyArray<{ key: HostMetric; label: string; unit: string }> = [
  { key: 'util', label: 'CPU utilisation', unit: '% of usable CPU' },
  { key: 'ready', label: 'CPU ready', unit: '% of time per vCPU' },
  { key: 'mem', label: 'Memory consumed', unit: '% of host memory' },
  { key: 'stall', label: 'Memory stall', unit: '% of CPU demand lost to reclaimed pages' },
];

/** One row per host of `metric` per interval; null when the report has no host series. */
export function hostMetricRows(report: Report, hosts: readonly HostRow[], metric: HostMetric): number[][] | null {
  const hs = report.series.hosts;
  if (!hs) return null;
  return hosts.map((h) => {
    const s = hs[h.id];
    if (!s) return [];
    if (metric === 'util') return s.utilPct;
    if (metric === 'ready') return s.readyPct;
    if (metric === 'stall') return s.stallPct;
    return s.consumedMiB.map((v) => (h.memoryMiB > 0 ? (v / h.memoryMiB) * 100 : 0));
  });
}

/** Time-weighted mean and the peak of `values` over intervals overlapping [x0, x1). */
export function windowStats(values: readonly number[], t: readonly number[], dt: readonly number[], x0: number, x1: number): { mean: number; peak: number } {
  let w = 0;
  let acc = 0;
  let peak = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const a = Math.max(x0, t[i]);
    const b = Math.min(x1, (t[i]) + (dt[i]));
    if (b <= a) continue;
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    acc += v * (b - a);
    w += b - a;
    if (v > peak) peak = v;
  }
  return w > 0 ? { mean: acc / w, peak } : { mean: Number.NaN, peak: Number.NaN };
}

export type HostOrder = 'id' | 'mean' | 'peak';

/** Row order for the heatmap: as given ('id': callers pass hosts in cluster, then id order), or by mean / peak over the window, highest first (ties by id). */
export function orderHosts(
  ids: readonly string[],
  rows: ReadonlyArray<readonly number[]>,
  by: HostOrder,
  t: readonly number[],
  dt: readonly number[],
  x0: number,
  x1: number,
): number[] {
  const idx = ids.map((_, i) => i);
  const byId = (a: number, b: number) => compareIds(ids[a] as string, ids[b] as string);
  if (by === 'id') return idx;
  const key = rows.map((r) => {
    const s = windowStats(r, t, dt, x0, x1);
    const v = by === 'mean' ? s.mean : s.peak;
    return Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY;
  });
  return idx.sort((a, b) => (key[b]) - (key[a]) || byId(a, b));
}

/** Natural order of ids: `esx-2` before `esx-10`. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function vmsOnHost(report: Report, hostId: string): VmRow[] {
  return report.vms.filter((v) => v.host === hostId).sort((a, b) => b.readyP95Pct - a.readyP95Pct || compareIds(a.id, b.id));
}

export type VmKey =
  | 'id'
  | 'group'
  | 'host'
  | 'vcpus'
  | 'memoryMiB'
  | 'demandMeanPct'
  | 'demandP95Pct'
  | 'grantedMeanPct'
  | 'readyMeanPct'
  | 'readyP95Pct'
  | 'memBalloonMeanMiB'
  | 'memSwappedMeanMiB'
  | 'memStallPct'
  | 'state'
  | 'availabilityPct'
  | 'outages'
  | 'downtimeS'
  | 'migrations';

/** VMs sorted by `key` (ties by id), the first `n` (all when n ≤ 0). Missing figures (null: a VM that never ran) go last either way. */
export function sortVms(vms: readonly VmRow[], key: VmKey, descending: boolean, n = 0): VmRow[] {
  const dir = descending ? -1 : 1;
  const sorted = vms.slice().sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if ((va === null) !== (vb === null)) return va === null ? 1 : -1;
    let c: number;
    if (typeof va === 'number' && typeof vb === 'number') c = va - vb;
    else c = compareIds(String(va ?? ''), String(vb ?? ''));
    return c * dir || compareIds(a.id, b.id);
  });
  return n > 0 ? sorted.slice(0, n) : sorted;
}

/** How a figure is written; 'money' adds the run's currency. */
export type FigureFormat = 'count' | 'num' | 'pct' | 'ratio' | 'gib' | 'mib-as-gib' | 'kwh' | 'kw' | 'ghz' | 'money' | 'seconds' | 'ms';

/** A comparison figure as written in the table: "—" when the report leaves it out; money in `currency`. */
export function formatFigure(v: number | null, f: FigureFormat, currency = ''): string {
  if (v === null) return NONE;
  switch (f) {
    case 'count':
      return count(v);
    case 'num':
      return num(v);
    case 'pct':
      return pct(v);
    case 'ratio':
      return ratio(v);
    case 'gib':
      return gib(v);
    case 'mib-as-gib':
      return mibAsGib(v);
    case 'kwh':
      return kwh(v);
    case 'kw':
      return `${num(v)} kW`;
    case 'ghz':
      return `${num(v)} GHz`;
    case 'money':
      return money(v, currency);
    case 'seconds':
      return duration(v * 1000);
    case 'ms':
      return `${num(v)} ms`;
  }
}

/** A headline figure for cards and the comparison table. */
export interface HeadlineFigure {
  readonly key: string;
  readonly label: string;
  readonly format: FigureFormat;
  /** Which direction is better, for the comparison's change column (null: neither). */
  readonly better: 'lower' | 'higher' | null;
  /** The figure, or null when the report leaves it out (no price, no grid intensity). */
  readonly get: (h: HeadlineFigures) => number | null;
}

export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  { key: 'hosts', label: 'Hosts', format: 'count', better: null, get: (h) => h.hosts },
  { key: 'cores', label: 'Physical cores', format: 'count', better: null, get: (h) => h.cores },
  { key: 'vmsPlaced', label: 'VMs placed', format: 'count', better: 'higher', get: (h) => h.vmsPlaced },
  { key: 'vmsUnplaceable', label: 'VMs unplaceable', format: 'count', better: 'lower', get: (h) => h.vmsUnplaceable },
  { key: 'vcpuPerCore', label: 'vCPU : pCPU', format: 'ratio', better: null, get: (h) => h.vcpuPerCore },
  { key: 'memoryOvercommit', label: 'Memory overcommit', format: 'ratio', better: null, get: (h) => h.memoryOvercommit },
  { key: 'capacityGHz', label: 'CPU capacity', format: 'ghz', better: null, get: (h) => h.cpu.capacityGHz },
  { key: 'meanUtilPct', label: 'Mean CPU utilisation', format: 'pct', better: null, get: (h) => h.cpu.meanUtilPct },
  { key: 'peakUtilPct', label: 'Peak CPU utilisation', format: 'pct', better: null, get: (h) => h.cpu.peakUtilPct },
  { key: 'unmetDemandPct', label: 'Unmet CPU demand', format: 'pct', better: 'lower', get: (h) => h.cpu.unmetDemandPct },
  { key: 'readyMeanPct', label: 'Mean CPU ready', format: 'pct', better: 'lower', get: (h) => h.cpuReady.meanPct },
  { key: 'readyP95Pct', label: 'p95 CPU ready (p95 of VM p95s)', format: 'pct', better: 'lower', get: (h) => h.cpuReady.p95OfVmP95Pct },
  { key: 'worstVmP95Pct', label: 'Worst VM p95 CPU ready', format: 'pct', better: 'lower', get: (h) => h.cpuReady.worstVmP95Pct },
  { key: 'vmsOver5PctP95', label: 'VMs with p95 ready > 5 %', format: 'count', better: 'lower', get: (h) => h.cpuReady.vmsOver5PctP95 },
  { key: 'peakConsumedGiB', label: 'Peak memory consumed', format: 'gib', better: null, get: (h) => h.memory.peakConsumedGiB },
  { key: 'lowestFreeMiB', label: 'Lowest free memory (any host)', format: 'mib-as-gib', better: 'higher', get: (h) => h.memory.lowestFreeMiB },
  { key: 'hostsEverBelowHigh', label: "Hosts ever below 'high'", format: 'count', better: 'lower', get: (h) => h.memory.hostsEverBelowHigh },
  { key: 'sharedSavedGiB', label: 'Saved by page sharing (mean)', format: 'gib', better: 'higher', get: (h) => h.memory.sharedSavedGiB },
  { key: 'balloonedGiB', label: 'Ballooned (mean)', format: 'gib', better: 'lower', get: (h) => h.memory.balloonedGiB },
  { key: 'compressionSavedGiB', label: 'Saved by compression (mean)', format: 'gib', better: null, get: (h) => h.memory.compressionSavedGiB },
  { key: 'swappedGiB', label: 'Host swap (mean)', format: 'gib', better: 'lower', get: (h) => h.memory.swappedGiB },
  { key: 'peakSwappedGiB', label: 'Host swap (peak)', format: 'gib', better: 'lower', get: (h) => h.memory.peakSwappedGiB },
  { key: 'stallPct', label: 'Memory stall (CPU demand lost)', format: 'pct', better: 'lower', get: (h) => h.memory.stallPct },
  { key: 'blockedGiBHours', label: 'Allocations blocked (GiB × h)', format: 'num', better: 'lower', get: (h) => h.memory.blockedGiBHours },
  { key: 'itKWh', label: 'IT energy', format: 'kwh', better: 'lower', get: (h) => h.energy.itKWh },
  { key: 'meanPowerKW', label: 'Mean IT power', format: 'kw', better: 'lower', get: (h) => h.energy.meanPowerKW },
  { key: 'facilityKWh', label: 'Facility energy (kWh)', format: 'num', better: 'lower', get: (h) => h.energy.facilityKWh },
  { key: 'energyCost', label: 'Energy cost', format: 'money', better: 'lower', get: (h) => h.energy.cost },
  { key: 'operationalKgCo2', label: 'Operational CO2 (kg)', format: 'num', better: 'lower', get: (h) => h.energy.operationalKgCo2 },
  { key: 'embodiedKgCo2', label: 'Embodied CO2 (kg)', format: 'num', better: 'lower', get: (h) => h.energy.embodiedKgCo2 },
  { key: 'standbyKWh', label: 'Energy of hosts in standby', format: 'kwh', better: null, get: (h) => h.energy.standbyKWh },
  { key: 'transitionKWh', label: 'Energy of hosts booting or shutting down', format: 'kwh', better: 'lower', get: (h) => h.energy.transitionKWh },
  { key: 'totalCost', label: 'Total cost (energy, hardware, licences, admin)', format: 'money', better: 'lower', get: (h) => h.finance.totalCost },
  { key: 'baselineServers', label: 'Physical servers it replaces (baseline)', format: 'count', better: null, get: (h) => h.finance.baselineServers },
  { key: 'serversSaved', label: 'Servers saved vs the baseline', format: 'count', better: 'higher', get: (h) => h.finance.serversSaved },
  { key: 'saving', label: 'Saving vs the physical baseline', format: 'money', better: 'higher', get: (h) => h.finance.saving },
  { key: 'savingPct', label: 'Saving vs the baseline (% of its cost)', format: 'pct', better: 'higher', get: (h) => h.finance.savingPct },
  { key: 'kgCo2Saved', label: 'CO2 saved vs the baseline (kg)', format: 'num', better: 'higher', get: (h) => h.finance.kgCo2Saved },
  { key: 'meanVmAvailabilityPct', label: 'Mean VM availability', format: 'pct', better: 'higher', get: (h) => h.availability.meanVmAvailabilityPct },
  { key: 'worstVmAvailabilityPct', label: 'Worst VM availability', format: 'pct', better: 'higher', get: (h) => h.availability.worstVmAvailabilityPct },
  { key: 'outages', label: 'VM outages', format: 'count', better: 'lower', get: (h) => h.availability.outages },
  { key: 'downtimeVmHours', label: 'VM downtime (VM × h)', format: 'num', better: 'lower', get: (h) => h.availability.downtimeVmHours },
  { key: 'hostFailures', label: 'Host failures', format: 'count', better: null, get: (h) => h.availability.hostFailures },
  { key: 'haRestarts', label: 'HA restarts', format: 'count', better: null, get: (h) => h.availability.restarts },
  { key: 'worstRecoveryS', label: 'Worst recovery (incident to last VM up)', format: 'seconds', better: 'lower', get: (h) => h.availability.worstRecoveryS },
  { key: 'migrationsCompleted', label: 'Migrations completed', format: 'count', better: null, get: (h) => h.migrations.completed },
  { key: 'meanMigrationDowntimeMs', label: 'Mean migration downtime', format: 'ms', better: 'lower', get: (h) => h.migrations.meanDowntimeMs },
];

/** A figure of a whole run, for the comparison table: the headline figures and the alarm counts. */
export interface RunFigure {
  readonly key: string;
  readonly label: string;
  readonly format: FigureFormat;
  readonly better: 'lower' | 'higher' | null;
  readonly get: (r: Report) => number | null;
}

const ALARM_FIGURES: readonly RunFigure[] = [
  { key: 'alarmsRaised', label: 'Alarms raised', format: 'count', better: 'lower', get: (r) => r.alarms.total },
  { key: 'alarmsActiveAtEnd', label: 'Alarms still raised at the end', format: 'count', better: 'lower', get: (r) => r.alarms.activeAtEnd },
];

/** The comparison table's rows: the headline figures, with the alarm counts after the placement outcome. */
export const RUN_FIGURES: readonly RunFigure[] = HEADLINE_FIGURES.flatMap((f): RunFigure[] => {
  const own: RunFigure = { key: f.key, label: f.label, format: f.format, better: f.better, get: (r) => f.get(r.headline) };
  return f.key === 'vmsUnplaceable' ? [own, ...ALARM_FIGURES] : [own];
});

/** Unique labels for several runs: scenario names, with a number added to repeated ones. */
export function runLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const n of names) total.set(n, (total.get(n) ?? 0) + 1);
  return names.map((n) => {
    if ((total.get(n) ?? 0) < 2) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return `${n} #${k}`;
  });
}

/** Hours of each memory state summed over hosts (for the memory legend). */
export function stateHoursTotal(hosts: readonly HostRow[]): Record<MemoryState, number> {
  const out = { high: 0, clear: 0, soft: 0, hard: 0, low: 0 } as Record<MemoryState, number>;
  for (const h of hosts) for (const s of MEMORY_STATES) out[s] += h.stateHours[s];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Alarms

export const ALARM_RULES: readonly AlarmRule[] = ['cpu-ready', 'host-cpu', 'host-swapping', 'host-memory-state'];

const RULE_RANK: Record<AlarmRule, number> = { 'cpu-ready': 0, 'host-cpu': 1, 'host-swapping': 2, 'host-memory-state': 3 };

/** What each rule watches, in words. */
export const ALARM_RULE_MEANING: Record<AlarmRule, string> = {
  'cpu-ready': "a VM's CPU ready per vCPU stays above the threshold",
  'host-cpu': "a host's CPU utilisation stays above the threshold",
  'host-swapping': 'a host reads from or writes to swap',
  'host-memory-state': 'a host is in the memory state or a worse one',
};

/** The rules in force in a run, in the usual order. */
export function rulesInForce(r: AlarmRules): AlarmRule[] {
  return ALARM_RULES.filter((rule) =>
    rule === 'cpu-ready' ? r.cpuReady !== null : rule === 'host-cpu' ? r.hostCpu !== null : rule === 'host-swapping' ? r.hostSwapping : r.hostMemoryState !== null,
  );
}

/** The rules in force, their thresholds and durations, in one sentence. */
export function alarmRulesText(r: AlarmRules): string {
  const held = (forMs: number) => (forMs > 0 ? ` for ${duration(forMs)}` : '');
  const parts: string[] = [];
  if (r.cpuReady) parts.push(`cpu-ready: a VM's CPU ready above ${pct(r.cpuReady.thresholdPct)} per vCPU${held(r.cpuReady.forMs)}`);
  if (r.hostCpu) parts.push(`host-cpu: a host's CPU utilisation above ${pct(r.hostCpu.thresholdPct)}${held(r.hostCpu.forMs)}`);
  if (r.hostSwapping) parts.push('host-swapping: any swap traffic on a host');
  if (r.hostMemoryState) parts.push(`host-memory-state: a host in the '${r.hostMemoryState}' memory state or worse`);
  const off = ALARM_RULES.filter((rule) => !rulesInForce(r).includes(rule));
  if (parts.length === 0) return 'No alarm rules were in force.';
  return `Rules in force — ${parts.join('; ')}.${off.length > 0 ? ` Off: ${off.join(', ')}.` : ''}`;
}

/** A value of the alarm's rule in its unit: '14.8 %', '142 MiB/s', or a memory state's name. */
export function alarmValue(a: Pick<ReportAlarm, 'rule' | 'unit'>, v: number): string {
  if (a.rule === 'host-memory-state') return MEMORY_STATES[Math.round(v)] ?? num(v);
  if (a.unit === '%') return pct(v);
  return a.unit ? `${num(v)} ${a.unit}` : num(v);
}

/** The condition that raised the alarm: '> 5 %', '> 0 MiB/s', 'hard or worse'. */
export function alarmThreshold(a: Pick<ReportAlarm, 'rule' | 'unit' | 'threshold'>): string {
  return a.rule === 'host-memory-state' ? `${alarmValue(a, a.threshold)} or worse` : `> ${alarmValue(a, a.threshold)}`;
}

/** When the alarm stopped being raised: its clearing time, or the end of the run. */
export function alarmEnd(a: ReportAlarm, runEndMs: number): number {
  return a.clearedAt ?? Math.max(a.raisedAt, runEndMs);
}

/** Counts by rule in words, the rules with none left out: 'cpu-ready 63 · host-cpu 15'. */
export function alarmCountsText(byRule: Partial<Record<AlarmRule, number>>): string {
  return ALARM_RULES.filter((r) => (byRule[r] ?? 0) > 0)
    .map((r) => `${r} ${count(byRule[r] ?? 0)}`)
    .join(' · ');
}

export type AlarmKey = 'raisedAt' | 'durationMs' | 'peak';

/**
 * Alarms sorted by raise time, duration or peak. Peaks of different rules are in different
 * units, so by peak the alarms stay grouped by rule (in the usual rule order) and are sorted
 * within each rule. Ties: raise time, then target.
 */
export function sortAlarms(items: readonly ReportAlarm[], key: AlarmKey, descending: boolean): ReportAlarm[] {
  const dir = descending ? -1 : 1;
  return items.slice().sort((a, b) => {
    let c: number;
    if (key === 'peak') c = RULE_RANK[a.rule] - RULE_RANK[b.rule] || (a.peak - b.peak) * dir;
    else c = (a[key] - b[key]) * dir;
    return c || a.raisedAt - b.raisedAt || compareIds(a.target, b.target) || RULE_RANK[a.rule] - RULE_RANK[b.rule];
  });
}

export interface AlarmFilter {
  /** One rule, or 'all'. */
  readonly rule: AlarmRule | 'all';
  /** A cluster id, or ALL_CLUSTERS. */
  readonly cluster: string;
  /** Case-insensitive part of the target's id ('' for any). */
  readonly text: string;
}

export function filterAlarms(items: readonly ReportAlarm[], f: AlarmFilter): ReportAlarm[] {
  const text = f.text.trim().toLowerCase();
  return items.filter(
    (a) =>
      (f.rule === 'all' || a.rule === f.rule) &&
      (f.cluster === ALL_CLUSTERS || a.target.startsWith(`${f.cluster}/`)) &&
      (text === '' || a.target.toLowerCase().includes(text)),
  );
}

/** One alarm as a bar on the timeline: from its raise to its clearing (or the end of the run), on a track. */
export interface AlarmBar {
  /** Index in report.alarms.items. */
  readonly index: number;
  readonly alarm: ReportAlarm;
  readonly t0: number;
  readonly t1: number;
  /** Track from the top of the lane; bars on one track never overlap in time. */
  readonly track: number;
}

export interface AlarmTracks {
  /** One bar per alarm, by rule (in the usual order), then by raise time. */
  readonly bars: AlarmBar[];
  readonly tracks: number;
  /** The rules with alarms, each on its own consecutive tracks. */
  readonly groups: ReadonlyArray<{ rule: AlarmRule; first: number; tracks: number; count: number }>;
}

/**
 * Lays the alarms out as bars on as few tracks as it takes: each rule gets its own band of
 * tracks, and within it each alarm goes on the first track free at its raise time.
 */
export function alarmTracks(items: readonly ReportAlarm[], runEndMs: number): AlarmTracks {
  const bars: AlarmBar[] = [];
  const groups: Array<{ rule: AlarmRule; first: number; tracks: number; count: number }> = [];
  let next = 0;
  for (const rule of ALARM_RULES) {
    const mine = items
      .map((alarm, index) => ({ alarm, index }))
      .filter((x) => x.alarm.rule === rule)
      .sort((a, b) => a.alarm.raisedAt - b.alarm.raisedAt || alarmEnd(a.alarm, runEndMs) - alarmEnd(b.alarm, runEndMs) || a.index - b.index);
    if (mine.length === 0) continue;
    const ends: number[] = [];
    for (const { alarm, index } of mine) {
      const t0 = alarm.raisedAt;
      const t1 = alarmEnd(alarm, runEndMs);
      let k = ends.findIndex((e) => e <= t0);
      if (k < 0) {
        k = ends.length;
        ends.push(t1);
      } else ends[k] = t1;
      bars.push({ index, alarm, t0, t1, track: next + k });
    }
    groups.push({ rule, first: next, tracks: ends.length, count: mine.length });
    next += ends.length;
  }
  return { bars, tracks: next, groups };
}

/** Height of the timeline's alarm lane for a number of tracks: about 7 px a track, 30 to 120 px. */
export function alarmLaneHeight(tracks: number): number {
  return Math.max(30, Math.min(120, tracks * 7 + 6));
}
