/**
 * On-off workload: exponentially distributed on and off periods (seeded). Over a long run the
 * fraction of time on tends to meanOn / (meanOn + meanOff) (alternating renewal process).
 */
import { describe, expect, it } from 'vitest';
import { vmMeans } from '../../../src/output/vms-csv.js';
import { simulate } from '../../../src/run/simulate.js';
import { clusterScenario } from '../../helpers/sim.js';
describe('on-off workload over 30 simulated days', () => {
    // meanOn 20 min, meanOff 60 min → on-fraction 20 / (20 + 60) = 0.25; ~540 cycles per VM.
    const r = simulate(clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'batch', count: 8, template: 'one', workload: { type: 'on-off', on: 1, off: 0, meanOn: '20m', meanOff: '60m' } }], { hosts: 1, cores: 8, duration: '30d', step: '1h', seed: 7 }));
    it('gives each VM a mean demand (= on-fraction, on = 1, off = 0) of 0.25 ± 0.05', () => {
        for (let v = 0; v < 8; v++)
            expect(Math.abs(vmMeans(r, v).demand / 100 - 0.25)).toBeLessThanOrEqual(0.05);
    });
    it('gives the 8 VMs together an on-fraction of 0.25 ± 0.02', () => {
        let sum = 0;
        for (let v = 0; v < 8; v++)
            sum += vmMeans(r, v).demand / 100;
        expect(Math.abs(sum / 8 - 0.25)).toBeLessThanOrEqual(0.02);
    });
    it('leaves every VM at exactly its on or its off level', () => {
        for (let v = 0; v < 8; v++)
            expect([0, 1]).toContain(r.world.vms.demand[v]);
    });
    it('switches: about 2 events per 80-minute cycle, 8 VMs × 540 cycles × 2 ≈ 8640 switch events', () => {
        // No stepped workloads here, so the events are the switches plus 720 hourly samples.
        const switches = r.eventsFired - 720;
        expect(switches).toBeGreaterThan(8640 * 0.8);
        expect(switches).toBeLessThan(8640 * 1.2);
    });
});
describe('on-off workload with a non-zero off level', () => {
    it('has mean demand off + (on − off) × 0.25 = 0.1 + 0.8 × 0.25 = 0.3 ± 0.05 over 30 days', () => {
        const r = simulate(clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'b', count: 4, template: 'one', workload: { type: 'on-off', on: 0.9, off: 0.1, meanOn: '20m', meanOff: '60m' } }], { hosts: 1, cores: 8, duration: '30d', step: '1h', seed: 3 }));
        for (let v = 0; v < 4; v++)
            expect(Math.abs(vmMeans(r, v).demand / 100 - 0.3)).toBeLessThanOrEqual(0.05);
    });
});
//# sourceMappingURL=on-off.test.js.map