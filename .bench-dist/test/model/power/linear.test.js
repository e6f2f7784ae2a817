/**
 * Linear host power P = idle + (max − idle)·u (DOMAIN.md "Power and energy"; CloudSim
 * PowerModelLinear) and energy integrated over a run: an idle powered-on host is not 0 W.
 */
import { describe, expect, it } from 'vitest';
import { linearPower } from '../../../src/model/power/models.js';
import { simulate } from '../../../src/run/simulate.js';
import { clusterScenario, DAY, HOUR, simulateLogged } from '../../helpers/sim.js';
describe('linearPower', () => {
    it('linearPower(150, 450, u) is idle (150 W) at u = 0 and max (450 W) at u = 1', () => {
        expect(linearPower(150, 450, 0)).toBe(150);
        expect(linearPower(150, 450, 1)).toBe(450);
    });
    it('linearPower(150, 450, 0.25) is 150 + 300 × 0.25 = 225 W', () => {
        expect(linearPower(150, 450, 0.25)).toBe(225);
    });
    it('linearPower clamps u below 0 to idle and above 1 to max', () => {
        expect(linearPower(150, 450, -0.5)).toBe(150);
        expect(linearPower(150, 450, 1.7)).toBe(450);
    });
});
describe('energy of idle hosts through simulate()', () => {
    it('two idle powered-on hosts of 120 W over 1 day use 2 × 120 W × 24 h = 5.76 kWh exactly', () => {
        // VMs at 0 % CPU: granted 0 → u = 0 → P = idle.
        const s = clusterScenario({ small: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'idle', count: 3, template: 'small', workload: { type: 'constant', cpu: 0 } }], { hosts: 2, idleW: 120, maxW: 400, duration: '1d', interval: '1h', step: '1h' });
        const r = simulate(s);
        // Integrals are W·ms of integer milliseconds at a constant 120 W: exact in binary.
        expect(r.world.hosts.energyInt[0]).toBe(120 * DAY);
        expect(r.world.hosts.energyInt[1]).toBe(120 * DAY);
        expect(r.headline.energy.itKWh).toBeCloseTo(5.76, 12);
        expect(r.headline.energy.meanPowerKW).toBeCloseTo(0.24, 12);
    });
    it('an idle host with no VMs at all still draws its idle power: 100 W × 24 h = 2.4 kWh', () => {
        const s = clusterScenario({ small: { vcpus: 1, memoryGiB: 1 } }, [], { idleW: 100, maxW: 300, duration: '1d' });
        const r = simulate(s);
        expect(r.world.hosts.energyInt[0]).toBe(100 * DAY);
        expect(r.headline.energy.itKWh).toBeCloseTo(2.4, 12);
    });
    it('a host half busy draws idle + (max − idle) × 0.5 in every hourly sample: 100 + 200 × 0.5 = 200 W, 200 Wh', () => {
        // 8 cores × 1000 MHz; 4 one-vCPU VMs at 100 % → 4000 of 8000 MHz → u = 0.5.
        const s = clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [{ name: 'busy', count: 4, template: 'one', workload: { type: 'constant', cpu: 1 } }], { cores: 8, mhz: 1000, idleW: 100, maxW: 300, duration: '6h', step: '1h', interval: '1h' });
        const { result, log } = simulateLogged(s);
        expect(log.frames).toHaveLength(6);
        for (const f of log.frames) {
            expect(f.t1 - f.t0).toBe(HOUR);
            expect(f.host.powerW[0]).toBeCloseTo(200, 9);
            expect(f.host.energyWh[0]).toBeCloseTo(200, 9);
            expect(f.host.utilPct[0]).toBeCloseTo(50, 9);
        }
        expect(result.headline.energy.itKWh).toBeCloseTo(1.2, 12);
    });
});
//# sourceMappingURL=linear.test.js.map