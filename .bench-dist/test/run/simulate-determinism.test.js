/**
 * simulate() is a pure function of the scenario and the seed (ARCHITECTURE.md decision 8:
 * randomness injected through named streams from one root seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { scenarioSpecArb } from '../helpers/random-scenario.js';
import { clusterScenario, scenarioFrom } from '../helpers/sim.js';
/** Every array of the VM and host state, as plain arrays for deep equality. */
function state(world) {
    const pick = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v) : v]));
    return { vms: pick(world.vms), hosts: pick(world.hosts) };
}
describe('simulate determinism', () => {
    it('gives identical VM and host arrays, headline and event count for two runs with the same seed (property)', () => {
        fc.assert(fc.property(scenarioSpecArb, (spec) => {
            const s = scenarioFrom(spec);
            const a = simulate(s);
            const b = simulate(s);
            expect(state(b.world)).toEqual(state(a.world));
            expect(b.headline).toEqual(a.headline);
            expect(b.clusterHeadlines).toEqual(a.clusterHeadlines);
            expect(b.eventsFired).toBe(a.eventsFired);
            expect(b.placement).toEqual(a.placement);
        }), { numRuns: 25 });
    });
    const walk = clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'db', count: 4, template: 'one', workload: { type: 'random-walk', start: 0.5, sigma: 0.1, min: 0, max: 1 } }], { duration: '1d', seed: 42 });
    it('uses the scenario seed by default and the seed option when given', () => {
        expect(simulate(walk).seed).toBe(42);
        expect(simulate(walk, { seed: 'other' }).seed).toBe('other');
        expect(state(simulate(walk, { seed: 42 }).world)).toEqual(state(simulate(walk).world));
    });
    it('gives a random-walk workload a different result under a different seed', () => {
        const a = simulate(walk, { seed: 1 });
        const b = simulate(walk, { seed: 2 });
        expect(Array.from(b.world.vms.wantInt)).not.toEqual(Array.from(a.world.vms.wantInt));
        expect(b.headline.cpu.meanDemandGHz).not.toBe(a.headline.cpu.meanDemandGHz);
    });
    it('gives the same result whatever the number of progress chunks', () => {
        const one = simulate(walk, { progressChunks: 1 });
        const many = simulate(walk, { progressChunks: 37 });
        expect(state(many.world)).toEqual(state(one.world));
        expect(many.headline).toEqual(one.headline);
    });
});
//# sourceMappingURL=simulate-determinism.test.js.map