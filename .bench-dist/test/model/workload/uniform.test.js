/**
 * Uniform workload: a step function with a new level uniform in [min, max] at every step.
 */
import { describe, expect, it } from 'vitest';
import { vmMeans } from '../../../src/output/vms-csv.js';
import { clusterScenario, simulateLogged } from '../../helpers/sim.js';
describe('uniform workload over 30 days at a 5-minute step', () => {
    // 8640 draws per VM: the mean of U(0.2, 0.6) is 0.4 with a standard error of
    // 0.4 / √12 / √8640 ≈ 0.0012.
    const { result, log } = simulateLogged(clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'u', count: 3, template: 'one', workload: { type: 'uniform', min: 0.2, max: 0.6 } }], { cores: 4, mhz: 1000, duration: '30d', step: '5m', interval: '5m' }));
    it('keeps every 5-minute host demand of the 3 VMs within 3 × 200 and 3 × 600 MHz', () => {
        const d = log.frames.map((f) => f.host.demandMhz[0]);
        expect(Math.min(...d)).toBeGreaterThanOrEqual(600 - 1e-9);
        expect(Math.max(...d)).toBeLessThanOrEqual(1800 + 1e-9);
    });
    it('has a mean demand of (0.2 + 0.6)/2 = 0.4 ± 0.01 per VM', () => {
        for (let v = 0; v < 3; v++)
            expect(Math.abs(vmMeans(result, v).demand / 100 - 0.4)).toBeLessThanOrEqual(0.01);
    });
    it('draws different levels for different VMs (per-VM seeds)', () => {
        const V = result.world.vms;
        expect(V.wantInt[0]).not.toBe(V.wantInt[1]);
        expect(V.wantInt[1]).not.toBe(V.wantInt[2]);
    });
});
//# sourceMappingURL=uniform.test.js.map