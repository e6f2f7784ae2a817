/** Cluster panels' data (web/src/cluster-view.ts): stacked layers, one cluster or all combined in display units. */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { Report } from '../../src/report/schema.js';
import { ALL_CLUSTERS, clusterView, stackLayers } from '../../web/src/cluster-view.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

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
