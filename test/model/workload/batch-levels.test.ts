/**
 * batchLevels: the per-kind loops of the step pass give exactly the levels, generator states,
 * walk states and memory fractions of steppedLevel called VM by VM (the generic loop), whatever
 * the parameters, the phases and the batch, reading each batch as consecutive rows of its
 * kind's table as the builder lays them out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchLevels, steppedLevel } from '../../../src/model/workload/levels.js';
import { StepSchedule } from '../../../src/model/workload/step-schedule.js';
import { WL_DIURNAL, WL_RANDOM_WALK, WL_UNIFORM, type WorkloadArrays } from '../../../src/model/workload/workload-arrays.js';
import { WorkloadBuilder } from '../../../src/model/workload/workload-builder.js';

const vmParams = fc.record({
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
  sigma: fc.double({ min: 0, max: 0.3, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  mem: fc.double({ min: 0, max: 1, noNaN: true }),
  phase: fc.integer({ min: 0, max: 3 }),
});

/** 2026-03-06 12:00 UTC, a Friday. */
const FRIDAY_NOON = Date.UTC(2026, 2, 6, 12);

type Vm = typeof vmParams extends fc.Arbitrary<infer T> ? T : never;

function build(kind: typeof WL_UNIFORM | typeof WL_RANDOM_WALK | typeof WL_DIURNAL, vms: readonly Vm[]): WorkloadArrays {
  const b = new WorkloadBuilder(vms.length, []);
  vms.forEach((p, i) => {
    const lo = Math.min(p.a, p.b);
    const hi = Math.max(p.a, p.b);
    // Diurnal: two peak hours among the VMs (the loop computes the day's shape once per peak hour), weekends and noise.
    const params =
      kind === WL_UNIFORM
        ? { kind, min: lo, max: hi }
        : kind === WL_DIURNAL
          ? { kind, low: lo, high: hi, peakHour: 9 + 5 * (p.seed % 2), weekendFactor: 0.5, noise: p.sigma }
          : { kind, start: (lo + hi) / 2, sigma: p.sigma, min: lo, max: hi };
    b.set(i, params, p.seed, p.phase * 1000, p.mem, kind === WL_DIURNAL ? Math.min(1, p.mem + 0.3) : p.mem);
  });
  return b.finish();
}

describe('batchLevels', () => {
  for (const [name, kind] of [['uniform', WL_UNIFORM], ['random walk', WL_RANDOM_WALK], ['diurnal', WL_DIURNAL]] as const) {
    it(`for every batch of ${name} VMs equals steppedLevel VM by VM over several steps`, () => {
      fc.assert(
        fc.property(fc.array(vmParams, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5 }), (vms, steps) => {
          const n = vms.length;
          const slow = build(kind, vms);
          const fast = build(kind, vms);
          const phases = Float64Array.from(vms, (p) => p.phase * 1000);
          const schedule = new StepSchedule(Int32Array.from(vms, (_, i) => i), phases, 4000);
          const { order, batchStarts } = schedule;
          const memSlow = new Float64Array(n);
          const memFast = new Float64Array(n);
          // Counter 0 is the start, evaluated VM by VM on both sides, as Datacenter.start does.
          // Memory fractions are kept by position in the schedule's order (a VM's slot).
          for (let j = 0; j < n; j++) {
            steppedLevel(slow, order[j], 0, 0, 0, memSlow, j);
            steppedLevel(fast, order[j], 0, 0, 0, memFast, j);
          }
          const out = new Float64Array(n);
          for (let c = 1; c <= steps; c++) {
            for (let b = 0; b < schedule.batchCount; b++) {
              const start = batchStarts[b];
              const end = batchStarts[b + 1];
              // Steps 6 h apart from a Friday noon: the day's shape moves and weekends come.
              const t = c * 21_600_000;
              batchLevels(fast, kind, order, start, end, c, t, FRIDAY_NOON, memFast, out);
              for (let j = start; j < end; j++) expect(out[j - start]).toBe(steppedLevel(slow, order[j], c, t, FRIDAY_NOON, memSlow, j));
            }
          }
          const table = (w: WorkloadArrays): { rng: Int32Array } => (kind === WL_UNIFORM ? w.uniform : kind === WL_DIURNAL ? w.diurnal : w.randomWalk);
          expect(Array.from(table(fast).rng)).toEqual(Array.from(table(slow).rng));
          if (kind === WL_RANDOM_WALK) expect(Array.from(fast.randomWalk.level)).toEqual(Array.from(slow.randomWalk.level));
          expect(Array.from(memFast)).toEqual(Array.from(memSlow));
        }),
        { numRuns: 200 },
      );
    });
  }
});
