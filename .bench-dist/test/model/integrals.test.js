/**
 * Integrate at change points (ARCHITECTURE.md decision 5): a VM's demand integral over a run
 * equals Σ level × vCPU capacity × time at that level, recomputed here independently from the
 * workload's own level function, for stepped workloads with aligned and random phases.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/model/build.js';
import { steppedLevel } from '../../src/model/workload/levels.js';
import { simulate } from '../../src/run/simulate.js';
import { clusterScenario } from '../helpers/sim.js';
const STEP = 300_000;
describe('VM integrals of stepped workloads', () => {
    // 64 cores × 1000 MHz, 1-vCPU VMs: never contended, so granted = want and ready = 0.
    const scenario = clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [
        { name: 'ua', count: 4, template: 'one', workload: { type: 'uniform', min: 0, max: 1 } },
        { name: 'ur', count: 4, template: 'one', workload: { type: 'uniform', min: 0, max: 1, phase: 'random' } },
        { name: 'rw', count: 4, template: 'one', workload: { type: 'random-walk', start: 0.5, sigma: 0.1, phase: 'random' } },
        { name: 'di', count: 4, template: 'one', workload: { type: 'diurnal', low: 0.1, high: 0.9, noise: 0.2, phase: 'random' } },
    ], { cores: 64, mhz: 1000, duration: '6h', step: '5m', maxVcpuPerCore: null });
    const r = simulate(scenario);
    /** Σ level(k) × 1000 MHz × time in force, from the level function itself. */
    function expectedWantInt(v) {
        const { world, workload: w } = buildWorld(scenario);
        const mem = new Float64Array(world.vms.n);
        const phase = w.phaseMs[v];
        const d = world.durationMs;
        // Counter 0 holds from 0 to the first boundary (φ, or one step for φ = 0).
        let t = 0;
        let next = phase > 0 ? phase : STEP;
        let level = steppedLevel(w, v, 0, 0, world.startEpochMs, mem);
        let sum = 0;
        for (let k = 1; t < d; k++) {
            const end = Math.min(next, d);
            sum += level * 1000 * (end - t);
            t = end;
            if (t >= d)
                break;
            level = steppedLevel(w, v, k, t, world.startEpochMs, mem);
            next = t + STEP;
        }
        return sum;
    }
    it('equals Σ level × capacity × time for every VM, aligned and random phases alike', () => {
        for (let v = 0; v < r.world.vms.n; v++) {
            const expected = expectedWantInt(v);
            expect(Math.abs(r.world.vms.wantInt[v] - expected)).toBeLessThanOrEqual(1e-9 * expected + 1e-6);
        }
    });
    it('grants all of it on an uncontended host: grantedInt = wantInt, readyInt = 0', () => {
        for (let v = 0; v < r.world.vms.n; v++) {
            expect(r.world.vms.grantedInt[v]).toBeCloseTo(r.world.vms.wantInt[v], 3);
            expect(r.world.vms.readyInt[v]).toBe(0);
        }
    });
    it('sums the VMs into the host: host demandInt = Σ VM wantInt', () => {
        const sum = Array.from(r.world.vms.wantInt).reduce((a, b) => a + b, 0);
        expect(r.world.hosts.demandInt[0] / sum).toBeCloseTo(1, 12);
    });
});
//# sourceMappingURL=integrals.test.js.map