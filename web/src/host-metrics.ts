/** Per-host metric rows for the heatmap, window statistics and row order. */
import { compareIds } from './sorting.js';
import type { HostRow, Report } from './types.js';

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
