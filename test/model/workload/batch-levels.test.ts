/**
 * batchLevels: the per-kind loops of the step pass give exactly the levels, generator states,
 * walk states and memory fractions of steppedLevel called VM by VM (the generic loop), whatever
 * the parameters, the batch span and the order of the VMs in it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchLevels, steppedLevel } from '../../../src/model/workload/levels.js';
import { createWorkloadArrays, WL_RANDOM_WALK, WL_UNIFORM, type WorkloadArrays } from '../../../src/model/workload/workload-arrays.js';

function clone(w: WorkloadArrays): WorkloadArrays {
  const copy = createWorkloadArrays(w.kind.length, w.traces);
  for (const key of Object.keys(w) as Array<keyof WorkloadArrays>) {
    const from = w[key];
    if (ArrayBuffer.isView(from)) (copy[key] as typeof from).set(from as never);
  }
  return copy;
}

const vmParams = fc.record({
  a: fc.double({ min: 0, max: 1, noNaN: true }),
  b: fc.double({ min: 0, max: 1, noNaN: true }),
  sigma: fc.double({ min: 0, max: 0.3, noNaN: true }),
  seed: fc.integer(),
  mem: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('batchLevels', () => {
  for (const [name, kind] of [['uniform', WL_UNIFORM], ['random walk', WL_RANDOM_WALK]] as const) {
    it(`for a batch of ${name} VMs equals steppedLevel VM by VM over several steps`, () => {
      fc.assert(
        fc.property(fc.array(vmParams, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer(), (vms, steps, shuffle) => {
          const n = vms.length;
          const w = createWorkloadArrays(n, []);
          vms.forEach((p, i) => {
            w.kind[i] = kind;
            const lo = Math.min(p.a, p.b);
            const hi = Math.max(p.a, p.b);
            w.p0[i] = kind === WL_UNIFORM ? lo : (lo + hi) / 2;
            w.p1[i] = kind === WL_UNIFORM ? hi : p.sigma;
            w.p2[i] = lo;
            w.p3[i] = hi;
            w.memLow[i] = p.mem;
            w.rng[i] = p.seed;
          });
          // A permutation of the VMs as the schedule's order, and a batch that is part of it.
          const order = Int32Array.from(Array.from({ length: n }, (_, i) => i).sort((x, y) => ((x * 7919 + shuffle) % 101) - ((y * 7919 + shuffle) % 101) || x - y));
          const start = Math.abs(shuffle) % n;
          const end = n;
          const fast = clone(w);
          const memSlow = new Float64Array(n);
          const memFast = new Float64Array(n);
          // Counter 0 is the start, evaluated VM by VM on both sides, as Datacenter.start does.
          for (let i = 0; i < n; i++) {
            steppedLevel(w, i, 0, 0, 0, memSlow);
            steppedLevel(fast, i, 0, 0, 0, memFast);
          }
          const out = new Float64Array(n);
          for (let c = 1; c <= steps; c++) {
            batchLevels(fast, kind, order, start, end, c, c * 300_000, 0, memFast, out);
            for (let j = start; j < end; j++) {
              expect(out[j - start]).toBe(steppedLevel(w, order[j], c, c * 300_000, 0, memSlow));
            }
          }
          expect(Array.from(fast.rng)).toEqual(Array.from(w.rng));
          expect(Array.from(fast.level)).toEqual(Array.from(w.level));
          expect(Array.from(memFast)).toEqual(Array.from(memSlow));
        }),
        { numRuns: 200 },
      );
    });
  }
});
