/**
 * Headline figures: nearest-rank quantiles across VMs and the per-slice sums a capacity planner
 * reads first, checked on hand-sized runs.
 */
import { describe, expect, it } from 'vitest';
import { sortedQuantile } from '../../src/metrics/headline.js';
import { simulate } from '../../src/run/simulate.js';
import { clusterScenario, scenarioFrom } from '../helpers/sim.js';
describe('sortedQuantile (nearest rank)', () => {
    const xs = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    it('gives the ⌈q·n⌉-th smallest: q = 0.95 of 1..10 → 10, q = 0.5 → 5, q = 0.1 → 1, q = 0 → 1', () => {
        expect(sortedQuantile(xs, 0.95)).toBe(10);
        expect(sortedQuantile(xs, 0.5)).toBe(5);
        expect(sortedQuantile(xs, 0.1)).toBe(1);
        expect(sortedQuantile(xs, 0)).toBe(1);
        expect(sortedQuantile(xs, 1)).toBe(10);
    });
    it('is 0 for an empty array', () => {
        expect(sortedQuantile(new Float64Array(0), 0.95)).toBe(0);
    });
});
describe('headline over a run with one contended host and one idle host', () => {
    // Cluster a: one host of 4 × 1000 MHz with 3 two-vCPU VMs at 100 % (6000 wanted of 4000):
    // each gets 4000/3, ready (2000 − 1333.33)/2000 = 33.33 %. Cluster b: one host, one VM at 0 %.
    const s = scenarioFrom({
        name: 'h',
        duration: '2h',
        step: '1h',
        templates: { two: { vcpus: 2, memoryGiB: 1 } },
        clusters: ['a', 'b'].map((name, i) => ({
            name,
            placement: { maxVcpuPerCore: null },
            hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 4, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 300 } }],
            vms: [{ name: 'vm', count: i === 0 ? 3 : 1, template: 'two', workload: { type: 'constant', cpu: i === 0 ? 1 : 0 } }],
        })),
    });
    const r = simulate(s);
    it('gives each cluster its own headline: a at 100 % utilisation and 33.33 % ready, b idle', () => {
        const [a, b] = r.clusterHeadlines;
        expect(a.cpu.meanUtilPct).toBeCloseTo(100, 9);
        expect(a.cpuReady.meanPct).toBeCloseTo(100 / 3, 9);
        expect(a.cpuReady.vmsOver5PctP95).toBe(3);
        expect(b.cpu.meanUtilPct).toBe(0);
        expect(b.cpuReady.meanPct).toBe(0);
        expect(b.cpuReady.band).toBe('fine');
    });
    it('sums the datacenter: 4000 of 8000 MHz granted = 50 %, ready (3 × 666.67 × 2 h)/(4 × 2000 × 2 h) = 25 %', () => {
        const h = r.headline;
        expect(h.hosts).toBe(2);
        expect(h.vms).toBe(4);
        expect(h.cpu.capacityGHz).toBeCloseTo(8, 12);
        expect(h.cpu.meanGrantedGHz).toBeCloseTo(4, 9);
        expect(h.cpu.meanDemandGHz).toBeCloseTo(6, 9);
        expect(h.cpu.meanUtilPct).toBeCloseTo(50, 9);
        // unmet = (6000 − 4000) / 6000
        expect(h.cpu.unmetDemandPct).toBeCloseTo(100 / 3, 9);
        expect(h.cpuReady.meanPct).toBeCloseTo(25, 9);
        // p95 over the 4 VMs' p95s {0, 33.3, 33.3, 33.3}: rank ⌈0.95 × 4⌉ = 4 → 33.33
        expect(h.cpuReady.p95OfVmP95Pct).toBeCloseTo(100 / 3, 9);
        expect(h.cpuReady.worstVmP95Pct).toBeCloseTo(100 / 3, 9);
        expect(h.cpuReady.vmsOver5PctP95).toBe(3);
        // energy: host a at 300 W, host b at 100 W, for 2 h → 0.8 kWh
        expect(h.energy.itKWh).toBeCloseTo(0.8, 12);
    });
    it('counts host-hours per memory state: 2 hosts × 2 h, all in high with this little memory in use', () => {
        const st = r.headline.memory.stateHours;
        expect(st.high + st.clear + st.soft + st.hard + st.low).toBeCloseTo(4, 12);
        expect(st.high).toBeCloseTo(4, 12);
        expect(r.headline.memory.hostsEverBelowHigh).toBe(0);
    });
});
describe('headline with an unplaceable VM', () => {
    it('counts placed and unplaceable VMs and only placed vCPUs', () => {
        const r = simulate(clusterScenario({ wide: { vcpus: 16, memoryGiB: 1 }, one: { vcpus: 1, memoryGiB: 1 } }, [
            { name: 'w', count: 1, template: 'wide', workload: { type: 'constant', cpu: 1 } },
            { name: 'o', count: 2, template: 'one', workload: { type: 'constant', cpu: 1 } },
        ], { cores: 8, duration: '1h' }));
        expect(r.headline).toMatchObject({ vms: 3, vmsPlaced: 2, vmsUnplaceable: 1, vcpus: 2, vcpuPerCore: 0.25, vmMemoryGiB: 2 });
    });
});
//# sourceMappingURL=headline.test.js.map