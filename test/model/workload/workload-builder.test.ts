/**
 * WorkloadBuilder: each kind's parameters land, by name, in the row of that kind's table that
 * the VM's `row` points at, and rows follow the step schedule's order (phase, then VM index).
 */
import { describe, expect, it } from 'vitest';
import { StepSchedule } from '../../../src/model/workload/step-schedule.js';
import { WL_CONSTANT, WL_ON_OFF, WL_RANDOM_WALK, WL_TRACE, WL_UNIFORM } from '../../../src/model/workload/workload-arrays.js';
import { WorkloadBuilder } from '../../../src/model/workload/workload-builder.js';

describe('WorkloadBuilder.finish', () => {
  it('puts every kind in its own table under its own names, rows in (phase, VM) order', () => {
    const b = new WorkloadBuilder(6, []);
    b.set(0, { kind: WL_UNIFORM, min: 0.1, max: 0.9 }, 11, 2000, 0.5, 0.5);
    b.set(1, { kind: WL_RANDOM_WALK, start: 0.3, sigma: 0.05, min: 0.02, max: 0.95 }, 12, 0, 0.4, 0.4);
    b.set(2, { kind: WL_UNIFORM, min: 0.2, max: 0.8 }, 13, 1000, 0.5, 0.5);
    b.set(3, { kind: WL_ON_OFF, on: 0.9, off: 0.1, meanOnMs: 60_000, meanOffMs: 120_000 }, 14, 0, 0.3, 0.3);
    b.set(4, { kind: WL_TRACE, trace: 7 }, 15, 0, 0.2, 0.2);
    b.set(5, { kind: WL_CONSTANT, cpu: 0.25 }, 16, 0, 0.1, 0.1);
    const w = b.finish();
    expect(Array.from(w.kind)).toEqual([WL_UNIFORM, WL_RANDOM_WALK, WL_UNIFORM, WL_ON_OFF, WL_TRACE, WL_CONSTANT]);
    // Uniform VMs 0 (phase 2 s) and 2 (phase 1 s): VM 2 comes first.
    expect(w.row[2]).toBe(0);
    expect(w.row[0]).toBe(1);
    expect(Array.from(w.uniform.min)).toEqual([0.2, 0.1]);
    expect(Array.from(w.uniform.max)).toEqual([0.8, 0.9]);
    expect(Array.from(w.uniform.rng)).toEqual([13, 11]);
    const r = w.row[1];
    expect([w.randomWalk.start[r], w.randomWalk.sigma[r], w.randomWalk.min[r], w.randomWalk.max[r], w.randomWalk.rng[r]]).toEqual([0.3, 0.05, 0.02, 0.95, 12]);
    const o = w.row[3];
    expect([w.onOff.on[o], w.onOff.off[o], w.onOff.meanOnMs[o], w.onOff.meanOffMs[o]]).toEqual([0.9, 0.1, 60_000, 120_000]);
    expect(w.constant.cpu[w.row[5]]).toBe(0.25);
    expect(w.row[4]).toBe(-1);
    expect(w.trace[4]).toBe(7);
    expect(Array.from(w.trace)).toEqual([-1, -1, -1, -1, 7, -1]);
  });

  it('lays out a kind so that each batch of the step schedule is a run of consecutive rows', () => {
    const n = 500;
    const b = new WorkloadBuilder(n, []);
    const phase = (v: number): number => ((v * 7919) % 13) * 1000;
    for (let v = 0; v < n; v++) b.set(v, { kind: WL_UNIFORM, min: 0, max: 1 }, v, phase(v), 0, 0);
    const w = b.finish();
    const s = new StepSchedule(Int32Array.from({ length: n }, (_, v) => v), w.phaseMs, 13_000);
    expect(s.batchCount).toBe(13);
    for (let j = 0; j < n; j++) expect(w.row[s.order[j]]).toBe(j);
  });
});
