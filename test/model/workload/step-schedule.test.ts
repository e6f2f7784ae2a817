/**
 * StepSchedule: VM i changes at φᵢ + k·step; VMs sharing a phase change in one batch, batches
 * come in time order, and counters count each VM's own boundaries (0 = the level at the start).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/model/build.js';
import { StepSchedule, stepSlots } from '../../../src/model/workload/step-schedule.js';
import { steppedVms } from '../../../src/model/workload/workload-arrays.js';
import fc from 'fast-check';
import { clusterScenario } from '../../helpers/sim.js';

/** The first `n` batches as [time, counter, VMs]. */
function batches(s: StepSchedule, n: number): Array<[number, number, number[]]> {
  const out: Array<[number, number, number[]]> = [];
  for (let k = 0; k < n; k++) {
    const t = s.nextTime();
    const c = s.nextCounter();
    s.advance();
    out.push([t, c, Array.from(s.order.subarray(s.batchStart, s.batchEnd))]);
  }
  return out;
}

describe('StepSchedule', () => {
  it('with aligned phases fires one batch of all VMs per step, counters 1, 2, 3 (counter 0 is the start)', () => {
    const s = new StepSchedule(Int32Array.from([0, 1, 2]), new Float64Array(3), 300_000);
    expect(batches(s, 3)).toEqual([
      [300_000, 1, [0, 1, 2]],
      [600_000, 2, [0, 1, 2]],
      [900_000, 3, [0, 1, 2]],
    ]);
  });

  it('with phases 0, 1 s, 1 s, 5 s and a 10 s step fires at 1 s (VMs 1, 2), 5 s (3), 10 s (0), 11 s (1, 2)…', () => {
    // VM 0 (phase 0) changes at 10 s, 20 s … with counters 1, 2; the others at φ, φ + 10 s … with 1, 2.
    const phases = Float64Array.from([0, 1000, 1000, 5000]);
    const s = new StepSchedule(Int32Array.from([3, 2, 1, 0]), phases, 10_000);
    expect(batches(s, 6)).toEqual([
      [1000, 1, [1, 2]],
      [5000, 1, [3]],
      [10_000, 1, [0]],
      [11_000, 2, [1, 2]],
      [15_000, 2, [3]],
      [20_000, 2, [0]],
    ]);
  });

  it('numbers its batches by distinct phase and cycles through them once per step', () => {
    const s = new StepSchedule(Int32Array.from([3, 2, 1, 0]), Float64Array.from([0, 1000, 1000, 5000]), 10_000);
    expect(s.batchCount).toBe(3);
    expect(Array.from(s.batchStarts)).toEqual([0, 1, 3, 4]);
    const seen: number[] = [];
    for (let k = 0; k < 6; k++) {
      s.advance();
      seen.push(s.batch);
    }
    // Batch 0 (phase 0) is the start at t = 0, so the first step fires batch 1 (1 s), then 2, then 0 (10 s).
    expect(seen).toEqual([1, 2, 0, 1, 2, 0]);
  });

  it('only schedules the VMs it is given, and is empty without any', () => {
    expect(new StepSchedule(new Int32Array(0), new Float64Array(4), 1000).empty).toBe(true);
    const s = new StepSchedule(Int32Array.from([2]), Float64Array.from([0, 0, 700]), 1000);
    expect(batches(s, 2)).toEqual([
      [700, 1, [2]],
      [1700, 2, [2]],
    ]);
  });
});

describe('buildWorld random phases', () => {
  it('draws whole-second phases in [0, step) for phase: random, and 0 for aligned', () => {
    const s = clusterScenario(
      { one: { vcpus: 1, memoryGiB: 1 } },
      [
        { name: 'r', count: 50, template: 'one', workload: { type: 'uniform', min: 0, max: 1, phase: 'random' } },
        { name: 'a', count: 5, template: 'one', workload: { type: 'uniform', min: 0, max: 1 } },
      ],
      { cores: 64, step: '5m', maxVcpuPerCore: null },
    );
    const { workload } = buildWorld(s);
    const random = Array.from(workload.phaseMs.subarray(0, 50));
    for (const p of random) {
      expect(p % 1000).toBe(0);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(300_000);
    }
    expect(new Set(random).size).toBeGreaterThan(40); // 50 draws from 300 seconds: few collisions
    expect(Array.from(workload.phaseMs.subarray(50))).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives each VM its position in the schedule as its slot, the VMs outside it after in index order', () => {
    // VMs 0..4 with phases 3 s, –, 1 s, 1 s, – (1 and 4 not stepped): order 2, 3, 0.
    const phases = Float64Array.from([3000, 0, 1000, 1000, 0]);
    const slot = stepSlots(5, Int32Array.from([0, 2, 3]), phases);
    expect(Array.from(slot)).toEqual([2, 3, 0, 1, 4]);
    expect(Array.from(new StepSchedule(Int32Array.from([0, 2, 3]), phases, 5000).order)).toEqual([2, 3, 0]);
  });

  it('slots are a permutation that follows the schedule order, for any phases and stepped VMs', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ phase: fc.integer({ min: 0, max: 4 }), stepped: fc.boolean() }), { maxLength: 60 }), (vms) => {
        const n = vms.length;
        const phases = Float64Array.from(vms, (v) => v.phase * 1000);
        const stepped = Int32Array.from(vms.flatMap((v, i) => (v.stepped ? [i] : [])));
        const slot = stepSlots(n, stepped, phases);
        expect([...slot].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        const order = new StepSchedule(stepped, phases, 5000).order;
        order.forEach((v, j) => expect(slot[v]).toBe(j));
      }),
    );
  });

  it('the built world keeps its VMs\' slots in the schedule order of its workloads', () => {
    const s = clusterScenario(
      { one: { vcpus: 1, memoryGiB: 1 } },
      [
        { name: 'r', count: 30, template: 'one', workload: { type: 'uniform', min: 0, max: 1, phase: 'random' } },
        { name: 'b', count: 4, template: 'one', workload: { type: 'on-off', on: 0.9, off: 0.1, meanOn: '1h', meanOff: '1h' } },
      ],
      { cores: 64, step: '5m', maxVcpuPerCore: null },
    );
    const { world, workload } = buildWorld(s);
    const order = new StepSchedule(steppedVms(workload.kind), workload.phaseMs, world.stepMs).order;
    expect(order.length).toBe(30);
    order.forEach((v, j) => expect(world.vms.slot[v]).toBe(j));
    // The on-off VMs (30..33) are not stepped: they follow, in index order.
    expect(Array.from(world.vms.slot.subarray(30))).toEqual([30, 31, 32, 33]);
  });
});
