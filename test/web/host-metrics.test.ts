/** Host heat-map rows, window statistics and ordering (web/src/host-metrics.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { Report } from '../../src/report/schema.js';
import { hostMetricRows, orderHosts, windowStats } from '../../web/src/host-metrics.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

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
