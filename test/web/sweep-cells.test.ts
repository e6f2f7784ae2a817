/** The sweep page's cell verdicts and point ordering (web/src/sweep-cells.ts, sweep-rows.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { SweepSummary } from '../../src/report/sweep-schema.js';
import { cellLines, cellState, objectiveShort } from '../../web/src/sweep-cells.js';
import { pointColumns, sortPoints } from '../../web/src/sweep-rows.js';

type Point = SweepSummary['points'][number];

const point = (id: string, o: Partial<Point>): Point => ({
  id,
  values: {},
  replications: 3,
  stats: { 'density.hostsInUse': { mean: 5, sd: 0, ciLow: 5, ciHigh: 5 }, 'density.vcpuPerCore': { mean: 4, sd: 0, ciLow: 4, ciHigh: 4 } },
  meets: true,
  failing: [],
  boundBy: 'memoryCap',
  notBinding: [],
  ...o,
});

describe('frontier cells', () => {
  it('a point none of whose settings bound is not binding, never met; one with a setting that did not bind is met with that noted', () => {
    const repeat = point('p1', { notBinding: ['cpu.overcommit', 'memory.overcommit'] });
    expect(cellState(repeat, 2)).toBe('not-binding');
    expect(cellLines(repeat, 2)[0]).toBe('not binding (cpu.overcommit, memory.overcommit)');
    const partly = point('p2', { notBinding: ['cpu.overcommit'] });
    expect(cellState(partly, 2)).toBe('met');
    expect(cellLines(partly, 2)).toEqual(['met', '5 hosts · 4 vCPU/core', 'bound by the memory cap', 'not binding: cpu.overcommit']);
    // One parameter that did not bind: the point only repeats another, so it is not binding.
    expect(cellState(point('p3', { notBinding: ['cpu.overcommit'] }), 1)).toBe('not-binding');
  });

  it('names failed objectives shortly', () => {
    const failed = point('p4', { meets: false, failing: ['cpuReady.p95OfVmP95Pct<5', 'memory.peakSwappedGiB==0'] });
    expect(cellState(failed, 2)).toBe('failed');
    expect(cellLines(failed, 2)[0]).toBe('fails CPU ready, swap');
    expect(objectiveShort('energy.itKWh<100')).toBe('itKWh');
  });
});

describe('points table order', () => {
  it('sorts by a metric ascending or descending, missing values last, ties in point order', () => {
    const sweep = { parameters: [], metrics: [{ name: 'cpuReady.p95OfVmP95Pct', label: '', unit: '%' }] } as unknown as SweepSummary;
    const ready = pointColumns(sweep).find((c) => c.key === 'metric:cpuReady.p95OfVmP95Pct');
    if (!ready) throw new Error('no ready column');
    const r = (id: string, v: number | null) => point(id, { stats: { 'cpuReady.p95OfVmP95Pct': { mean: v, sd: null, ciLow: null, ciHigh: null } } });
    const pts = [r('a', 3), r('b', null), r('c', 1), r('d', 3)];
    expect(sortPoints(pts, ready, true).map((p) => p.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortPoints(pts, ready, false).map((p) => p.id)).toEqual(['a', 'd', 'c', 'b']);
  });
});
