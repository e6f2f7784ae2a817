/**
 * Random-walk workload: level(k) = clamp(level(k−1) + sigma·z_k, min, max), starting at `start`,
 * with z_k a standard normal drawn from the VM's own seeded stream.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/model/build.js';
import { steppedLevel } from '../../../src/model/workload/levels.js';
import { clusterScenario, simulateLogged } from '../../helpers/sim.js';
/**
 * The first steps + 1 levels of a random-walk VM built from a scenario (so its random state is
 * seeded as in a run), evaluated in counter order as the model does.
 */
function walk(seed, start, sigma, min, max, steps) {
    const s = clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'rw', count: 1, template: 'one', workload: { type: 'random-walk', start, sigma, min, max } }], { seed });
    const { world, workload: w } = buildWorld(s);
    const mem = new Float64Array(1);
    const out = [];
    for (let k = 0; k <= steps; k++)
        out.push(steppedLevel(w, 0, k, k * 300_000, world.startEpochMs, mem));
    return out;
}
describe('steppedLevel for a random walk', () => {
    it('starts at `start` and stays within [min, max] for 2000 steps (property over seeds and bounds)', () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), (seed, a, b, s, sig) => {
            const min = Math.min(a, b) / 100;
            const max = Math.max(a, b) / 100;
            const start = Math.min(max, min + ((max - min) * s) / 100);
            const levels = walk(seed, start, sig / 100, min, max, 2000);
            expect(levels[0]).toBe(start);
            const outside = levels.filter((x) => !(x >= min && x <= max));
            expect(outside).toEqual([]);
        }), { numRuns: 100 });
    });
    it('moves when sigma > 0 and hits both bounds of a narrow band with a wide sigma', () => {
        const levels = walk(12345, 0.5, 0.2, 0.4, 0.6, 500);
        expect(new Set(levels).size).toBeGreaterThan(10);
        expect(levels).toContain(0.4);
        expect(levels).toContain(0.6);
    });
    it('stays at `start` for ever when sigma = 0', () => {
        expect(new Set(walk(99, 0.3, 0, 0, 1, 100))).toEqual(new Set([0.3]));
    });
    it('gives the same sequence for the same seed and a different one for another seed', () => {
        expect(walk(1, 0.5, 0.05, 0, 1, 200)).toEqual(walk(1, 0.5, 0.05, 0, 1, 200));
        expect(walk(1, 0.5, 0.05, 0, 1, 200)).not.toEqual(walk(2, 0.5, 0.05, 0, 1, 200));
    });
});
describe('a random-walk VM through simulate()', () => {
    it('keeps every 5-minute demand of a VM with min 0.2, max 0.6 within 0.2 × 1000 and 0.6 × 1000 MHz over 7 days', () => {
        const { log } = simulateLogged(clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'db', count: 1, template: 'one', workload: { type: 'random-walk', start: 0.4, sigma: 0.1, min: 0.2, max: 0.6 } }], { duration: '7d', step: '5m', mhz: 1000 }));
        expect(log.frames).toHaveLength(7 * 288);
        const demand = log.frames.map((f) => f.host.demandMhz[0]);
        expect(demand[0]).toBeCloseTo(400, 9);
        for (const d of demand) {
            expect(d).toBeGreaterThanOrEqual(200 - 1e-9);
            expect(d).toBeLessThanOrEqual(600 + 1e-9);
        }
        expect(Math.min(...demand)).toBeCloseTo(200, 9);
        expect(Math.max(...demand)).toBeCloseTo(600, 9);
    });
});
//# sourceMappingURL=random-walk.test.js.map