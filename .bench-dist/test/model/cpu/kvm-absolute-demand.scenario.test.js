/**
 * scenarios/kvm-absolute-demand.yaml as shipped: the same absolute demand (2,600 MHz per vCPU
 * reference) on 2.0 and 3.2 GHz KVM hosts, and the run-queue wait below saturation with a
 * foreign load. What its comment claims is what the run shows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/run/simulate.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { SCENARIOS_DIR } from '../../helpers/sim.js';
describe('scenarios/kvm-absolute-demand.yaml', () => {
    const r = simulate(loadScenario(join(SCENARIOS_DIR, 'kvm-absolute-demand.yaml')));
    const [slow, fast, runq] = r.clusterHeadlines;
    it('asks the same GHz on both speeds, which fills the 2.0 GHz hosts more (at most 3.2 / 2.0 times; less where they saturate)', () => {
        expect(Math.abs(slow.cpu.meanDemandGHz - fast.cpu.meanDemandGHz) / fast.cpu.meanDemandGHz).toBeLessThan(0.02);
        expect(slow.cpu.meanUtilPct / fast.cpu.meanUtilPct).toBeGreaterThan(1.3);
        expect(slow.cpu.meanUtilPct / fast.cpu.meanUtilPct).toBeLessThanOrEqual(1.6);
        expect(slow.cpuReady.meanPct).toBeGreaterThan(fast.cpuReady.meanPct);
    });
    it('the 3.2 GHz hosts never saturate: ready is 0 without the run-queue model and above 0 with it', () => {
        expect(fast.cpu.peakUtilPct).toBeLessThan(100);
        expect(fast.cpuReady.meanPct).toBe(0);
        expect(runq.cpu.peakUtilPct).toBeLessThan(100);
        expect(runq.cpuReady.meanPct).toBeGreaterThan(0);
    });
});
//# sourceMappingURL=kvm-absolute-demand.scenario.test.js.map