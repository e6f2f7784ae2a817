/**
 * The finance view against a hand-computed case: two virtualized hosts against eight physical
 * servers (one VM each), energy at linear power, hardware over its life, licences, admin and
 * carbon, all for one day.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { clusterScenario } from '../helpers/sim.js';
describe('finance figures', () => {
    it('8 VMs on 2 hosts against 8 physical servers for a day', () => {
        // Hosts and baseline servers alike: 8 cores × 2000 MHz, 100 W idle, 300 W max. Each VM
        // wants 2 vCPU × 0.25 × 2000 = 1000 MHz. Virtualized: 4 VMs a host → 25 % → 150 W × 2 =
        // 300 W → 7.2 kWh. Baseline: 1000 / 16000 = 6.25 % → 112.5 W × 8 = 900 W → 21.6 kWh.
        const base = clusterScenario({ t: { vcpus: 2, memoryGiB: 4 } }, [{ name: 'vm', count: 8, template: 't', workload: { type: 'constant', cpu: 0.25 } }], { hosts: 2, cores: 8, mhz: 2000, idleW: 100, maxW: 300, duration: '1d', algorithm: 'spread' });
        const spec = {
            ...base.spec,
            energy: { ...base.spec.energy, pue: 1.5, pricePerKWh: 0.2, gridGramsCo2PerKWh: 300 },
            finance: {
                serverPrice: 5000,
                licencePerHostYear: 1000,
                adminPerServerYear: 500,
                baseline: { vmsPerServer: 1, serverPrice: 2000 },
            },
        };
        const r = simulate({ ...base, spec: spec });
        const f = r.headline.finance;
        const day = 1 / 365.25;
        const life = day / 5;
        expect(f.servers).toBe(2);
        expect(f.baselineServers).toBe(8);
        expect(f.serversSaved).toBe(6);
        expect(f.itKWh).toBeCloseTo(7.2, 9);
        expect(f.baselineItKWh).toBeCloseTo(21.6, 9);
        expect(f.facilityKWh).toBeCloseTo(10.8, 9);
        expect(f.baselineFacilityKWh).toBeCloseTo(32.4, 9);
        expect(f.energyCost).toBeCloseTo(2.16, 9);
        expect(f.baselineEnergyCost).toBeCloseTo(6.48, 9);
        expect(f.hardwareCost).toBeCloseTo(5000 * 2 * life, 9);
        expect(f.baselineHardwareCost).toBeCloseTo(2000 * 8 * life, 9);
        expect(f.licenceCost).toBeCloseTo(1000 * 2 * day, 9);
        expect(f.adminCost).toBeCloseTo(500 * 2 * day, 9);
        expect(f.baselineAdminCost).toBeCloseTo(500 * 8 * day, 9);
        const total = 5000 * 2 * life + 1000 * 2 * day + 500 * 2 * day + 2.16;
        const baseline = 2000 * 8 * life + 500 * 8 * day + 6.48;
        expect(f.totalCost).toBeCloseTo(total, 9);
        expect(f.baselineTotalCost).toBeCloseTo(baseline, 9);
        expect(f.saving).toBeCloseTo(baseline - total, 9);
        expect(f.savingPct).toBeCloseTo(((baseline - total) / baseline) * 100, 9);
        // Carbon: operational at 300 g/kWh of facility energy, plus 1000 kg per server over 5 years.
        expect(f.kgCo2).toBeCloseTo(10.8 * 0.3 + 1000 * 2 * life, 9);
        expect(f.baselineKgCo2).toBeCloseTo(32.4 * 0.3 + 1000 * 8 * life, 9);
    });
    it('leaves money out (null) where no price is given, and counts 4 VMs a server when asked', () => {
        const base = clusterScenario({ t: { vcpus: 2, memoryGiB: 4 } }, [{ name: 'vm', count: 9, template: 't', workload: { type: 'constant', cpu: 0.25 } }], { hosts: 2, cores: 8, mhz: 2000, idleW: 100, maxW: 300, duration: '1d' });
        const spec = { ...base.spec, finance: { ...base.spec.finance, baseline: { ...base.spec.finance.baseline, vmsPerServer: 4 } } };
        const f = simulate({ ...base, spec }).headline.finance;
        expect(f.baselineServers).toBe(3); // 4 + 4 + 1
        expect(f.energyCost).toBeNull();
        expect(f.hardwareCost).toBeNull();
        expect(f.totalCost).toBeNull();
        expect(f.saving).toBeNull();
    });
});
//# sourceMappingURL=finance.test.js.map