/** Data shaping for the viewer panels (web/src/shape.ts, csv.ts, format.ts, findings.ts). */
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import './d3-global.js';
import { toCsv } from '../../web/src/csv.js';
import { findings } from '../../web/src/findings.js';
import { duration, interval, num, pct, shortId, timeTick } from '../../web/src/format.js';
import { ALL_CLUSTERS, clusterView, stackLayers } from '../../web/src/cluster-view.js';
import { collapseEvents } from '../../web/src/event-lanes.js';
import { HEADLINE_FIGURES, runLabels } from '../../web/src/figures.js';
import { hostMetricRows, orderHosts, windowStats } from '../../web/src/host-metrics.js';
import { stateCounts } from '../../web/src/memory-states.js';
import { sortVms } from '../../web/src/sorting.js';
import { stateRuns } from '../../web/src/state-runs.js';
import type { MemoryState } from '../../web/src/types.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

describe('the synthetic report used by these tests', () => {
  it('matches the report contract', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('stackLayers', () => {
  it('stacks layers so that the top of the last one is the total at every point', () => {
    const layers = [
      [1, 2, 3],
      [10, 0, 5],
      [0.5, 0.5, 0.5],
    ];
    const st = stackLayers(layers);
    expect(st.map((s) => s.y0)).toEqual([
      [0, 0, 0],
      [1, 2, 3],
      [11, 2, 8],
    ]);
    expect(st[2]!.y1).toEqual([11.5, 2.5, 8.5]);
  });

  it('stacked granted CPU per cluster sums to the all-clusters total', () => {
    const all = clusterView(report, ALL_CLUSTERS);
    const st = stackLayers(all.layers.map((l) => l.values));
    const top = st[st.length - 1]!.y1;
    top.forEach((v, i) => expect(v).toBeCloseTo(all.grantedGHz[i]!, 6));
    expect(all.layers).toHaveLength(3);
  });
});

describe('clusterView', () => {
  it('gives one cluster in display units (GHz, GiB)', () => {
    const id = Object.keys(report.series.clusters)[0]!;
    const v = clusterView(report, id);
    const s = report.series.clusters[id]!;
    expect(v.combined).toBe(false);
    expect(v.capacityGHz[5]).toBeCloseTo(s.capacityMhz[5]! / 1000, 9);
    expect(v.consumedGiB[5]).toBeCloseTo(s.consumedMiB[5]! / 1024, 9);
    expect(v.utilPct).toEqual(s.utilPct);
    expect(v.x[0]).toBe(report.series.t[0]! + report.series.intervalMs[0]! / 2);
  });

  it('combines clusters: sums, utilisation from the sums, worst ready percentile', () => {
    const ids = Object.keys(report.series.clusters);
    const v = clusterView(report, ALL_CLUSTERS);
    const i = 40;
    const cap = ids.reduce((a, id) => a + report.series.clusters[id]!.capacityMhz[i]!, 0) / 1000;
    const granted = ids.reduce((a, id) => a + report.series.clusters[id]!.grantedMhz[i]!, 0) / 1000;
    expect(v.combined).toBe(true);
    expect(v.capacityGHz[i]).toBeCloseTo(cap, 6);
    expect(v.utilPct[i]).toBeCloseTo((granted / cap) * 100, 6);
    expect(v.readyP95Pct[i]).toBe(Math.max(...ids.map((id) => report.series.clusters[id]!.readyP95Pct[i]!)));
  });
});

describe('memory state runs and counts', () => {
  it('run-length encodes a state series with interval times', () => {
    const states: MemoryState[] = ['high', 'high', 'clear', 'soft', 'soft', 'high'];
    const t = [0, 10, 20, 30, 40, 50];
    const dt = [10, 10, 10, 10, 10, 5];
    expect(stateRuns(states, t, dt)).toEqual([
      { state: 'high', i0: 0, i1: 2, t0: 0, t1: 20 },
      { state: 'clear', i0: 2, i1: 3, t0: 20, t1: 30 },
      { state: 'soft', i0: 3, i1: 5, t0: 30, t1: 50 },
      { state: 'high', i0: 5, i1: 6, t0: 50, t1: 55 },
    ]);
    expect(stateRuns([], [], [])).toEqual([]);
  });

  it('counts hosts per state so that the counts sum to the number of hosts', () => {
    const series = Object.values(report.series.hosts!).map((h) => h.memState as MemoryState[]);
    const counts = stateCounts(series, report.series.t.length);
    for (let i = 0; i < report.series.t.length; i++) {
      const total = counts.high[i]! + counts.clear[i]! + counts.soft[i]! + counts.hard[i]! + counts.low[i]!;
      expect(total).toBe(series.length);
    }
  });
});

describe('collapseEvents', () => {
  it('collapses placements into one count marker per bucket, and keeps lanes apart', () => {
    const items = [
      ...Array.from({ length: 500 }, (_, k) => ({ t: 0, type: 'vm.placed' as const, vm: `v${k}`, host: 'h' })),
      { t: 5, type: 'vm.unplaceable' as const, vm: 'big', reason: 'no host fits' },
      { t: 1000, type: 'host.memory-state' as const, host: 'h1', from: 'high' as const, to: 'clear' as const },
      { t: 1001, type: 'host.memory-state' as const, host: 'h2', from: 'soft' as const, to: 'hard' as const },
    ];
    const m = collapseEvents(items, 100, 3);
    expect(m.map((x) => [x.lane, x.count])).toEqual([
      ['placed', 500],
      ['unplaceable', 1],
      ['memory', 2],
    ]);
    expect(m[0]!.items).toHaveLength(3);
    expect(m[2]!.worst).toBe('hard');
    expect(m[2]!.t0).toBe(1000);
  });
});

describe('host rows, window statistics and ordering', () => {
  it('gives memory consumed as % of host memory', () => {
    const rows = hostMetricRows(report, report.hosts, 'mem')!;
    const h = report.hosts[3]!;
    expect(rows[3]![7]).toBeCloseTo((report.series.hosts![h.id]!.consumedMiB[7]! / h.memoryMiB) * 100, 9);
    expect(hostMetricRows({ ...report, series: { ...report.series, hosts: null } }, report.hosts, 'util')).toBeNull();
  });

  it('computes a time-weighted mean and the peak over a window', () => {
    const s = windowStats([10, 20, 90], [0, 10, 20], [10, 10, 5], 5, 25);
    expect(s.mean).toBeCloseTo((10 * 5 + 20 * 10 + 90 * 5) / 20, 9);
    expect(s.peak).toBe(90);
  });

  it('orders hosts by peak or mean in the window, highest first', () => {
    const ids = ['a', 'b', 'c'];
    const rows = [
      [1, 1, 1],
      [0, 9, 0],
      [5, 5, 5],
    ];
    const t = [0, 1, 2];
    const dt = [1, 1, 1];
    expect(orderHosts(ids, rows, 'peak', t, dt, 0, 3)).toEqual([1, 2, 0]);
    expect(orderHosts(ids, rows, 'mean', t, dt, 0, 3)).toEqual([2, 1, 0]);
    expect(orderHosts(ids, rows, 'mean', t, dt, 0, 1)).toEqual([2, 0, 1]);
    expect(orderHosts(ids, rows, 'id', t, dt, 0, 3)).toEqual([0, 1, 2]);
  });
});

describe('VM sorting', () => {
  it('sorts by a numeric key, ties by natural id, and cuts to n', () => {
    const top = sortVms(report.vms, 'readyP95Pct', true, 5);
    expect(top).toHaveLength(5);
    for (let k = 1; k < top.length; k++) expect(top[k - 1]!.readyP95Pct).toBeGreaterThanOrEqual(top[k]!.readyP95Pct);
    const byId = sortVms([{ ...report.vms[0]!, id: 'x-10' }, { ...report.vms[0]!, id: 'x-9' }], 'id', false);
    expect(byId.map((v) => v.id)).toEqual(['x-9', 'x-10']);
  });
});

describe('labels, formatting and CSV', () => {
  it('makes repeated run labels unique', () => {
    expect(runLabels(['a', 'b', 'a'])).toEqual(['a #1', 'b', 'a #2']);
  });

  it('formats numbers, units and times', () => {
    expect(num(1234.5)).toBe('1,235');
    expect(num(12.345)).toBe('12.3');
    expect(num(0.5)).toBe('0.5');
    expect(pct(5)).toBe('5 %');
    expect(duration(86_400_000)).toBe('1 d');
    expect(duration(5_400_000)).toBe('1 h 30 min');
    const start = Date.parse('2026-03-02T00:00:00Z');
    expect(interval(start, 14 * 3_600_000, 300_000)).toBe('Mon 2 Mar 14:00–14:05 UTC');
    expect(interval(start, 86_100_000, 300_000)).toBe('Mon 2 Mar 23:55–00:00 UTC');
    expect(timeTick(new Date(start))).toBe('Mon 2 Mar');
    expect(timeTick(new Date(start + 3_600_000 * 13.5))).toBe('13:30');
    expect(shortId('dc1/cluster-a/esx-001')).toBe('esx-001');
  });

  it('quotes CSV cells that need it', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y'], ['say "hi"', null], [Number.NaN, 'line\nbreak']])).toBe('a,b\n1,"x,y"\n"say ""hi""",\n,"line\nbreak"\n');
  });
});

describe('headline figures and findings', () => {
  it('every comparison figure reads a number from the headline', () => {
    for (const f of HEADLINE_FIGURES) expect(Number.isFinite(f.get(report.headline))).toBe(true);
  });

  it('states the CPU ready verdict with its band, and the placement outcome', () => {
    const f = findings(report);
    expect(f[0]!.text).toContain('CPU ready is watch');
    expect(f[0]!.tone).toBe('warn');
    expect(f.some((x) => x.text.startsWith('Placement: all'))).toBe(true);
    const unplaced = findings({ ...report, headline: { ...report.headline, vmsUnplaceable: 2 } });
    expect(unplaced.find((x) => x.text.startsWith('Placement'))!.tone).toBe('bad');
  });
});
