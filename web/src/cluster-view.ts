/**
 * One cluster's series (or all clusters together) in display units, ready to chart, as pure
 * functions (no DOM, no d3) so that it is unit-tested in Node.
 */
import { memoPerReport } from './memo.js';
import { stateRank } from '../../src/catalogue/memory-states.js';
import type { MemoryState, Report } from './types.js';

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
        return stateRank(st) > stateRank(a) ? st : a;
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
