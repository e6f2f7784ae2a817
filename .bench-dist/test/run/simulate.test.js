/**
 * simulate(): build → place → run → finalize in memory, with subscribers attached once the
 * world exists and progress reported between chunks of simulated time.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { clusterScenario, HOUR } from '../helpers/sim.js';
const scenario = clusterScenario({ two: { vcpus: 2, memoryGiB: 1 } }, [{ name: 'vm', count: 5, template: 'two', workload: { type: 'constant', cpu: 0.25 } }], { hosts: 2, cores: 4, maxVcpuPerCore: 1, duration: '3h', step: '1h', interval: '1h' });
describe('simulate', () => {
    it('calls attach once with the built world, before any sample, and feeds its sinks and observers', () => {
        let attachedWorld = null;
        const placed = [];
        const unplaceable = [];
        const samples = [];
        const r = simulate(scenario, {
            attach: (world) => {
                expect(attachedWorld).toBeNull();
                attachedWorld = world;
                return {
                    sinks: [{ onSample: (f) => samples.push([f.t0, f.t1]) }],
                    observers: [
                        {
                            placed: (t, vm, host) => placed.push([t, vm, host]),
                            unplaceable: (_t, vm, reason) => unplaceable.push([vm, reason]),
                        },
                    ],
                };
            },
        });
        expect(attachedWorld).toBe(r.world);
        // 2 hosts × 4 cores at cap 1 → 2 VMs of 2 vCPUs per host: 4 placed at t = 0, VM 4 left over.
        expect(placed).toEqual([
            [0, 0, 0],
            [0, 1, 0],
            [0, 2, 1],
            [0, 3, 1],
        ]);
        expect(unplaceable).toEqual([[4, 'no host fits: 2 hosts: vCPU:pCPU cap (1)']]);
        expect(samples).toEqual([
            [0, HOUR],
            [HOUR, 2 * HOUR],
            [2 * HOUR, 3 * HOUR],
        ]);
    });
    it('reports progress after each chunk, ending at the duration', () => {
        const seen = [];
        simulate(scenario, { progressChunks: 4, onProgress: (t, d) => seen.push([t, d]) });
        const d = 3 * HOUR;
        expect(seen).toEqual([
            [Math.floor(d / 4), d],
            [Math.floor(d / 2), d],
            [Math.floor((3 * d) / 4), d],
            [d, d],
        ]);
    });
    it('returns the interval, the seed, one headline per cluster equal to the total for a single cluster', () => {
        const r = simulate(scenario);
        expect(r.intervalMs).toBe(HOUR);
        expect(r.seed).toBe(1);
        expect(r.clusterHeadlines).toHaveLength(1);
        expect(r.clusterHeadlines[0]).toEqual(r.headline);
    });
    it('computes the headline of the hand-sized run: 4 VMs × 2 vCPUs × 25 % × 1000 MHz = 2 GHz demand on 8 GHz', () => {
        const h = simulate(scenario).headline;
        expect(h).toMatchObject({ hosts: 2, cores: 8, vms: 5, vmsPlaced: 4, vmsUnplaceable: 1, vcpus: 8, vcpuPerCore: 1 });
        expect(h.cpu.capacityGHz).toBeCloseTo(8, 12);
        expect(h.cpu.meanDemandGHz).toBeCloseTo(2, 12);
        expect(h.cpu.meanGrantedGHz).toBeCloseTo(2, 12);
        expect(h.cpu.meanUtilPct).toBeCloseTo(25, 12);
        expect(h.cpu.unmetDemandPct).toBe(0);
        expect(h.cpuReady.meanPct).toBe(0);
        expect(h.cpuReady.band).toBe('fine');
        // 4 VMs × 1 GiB configured on 2 × 64 GiB.
        expect(h.vmMemoryGiB).toBe(4);
        expect(h.hostMemoryGiB).toBe(128);
        expect(h.memoryOvercommit).toBeCloseTo(4 / 128, 12);
        // Power: per host 2 VMs × 2 vCPUs × 1000 MHz × 25 % = 1000 of 4000 MHz → u = 0.25 →
        // 100 + 200 × 0.25 = 150 W; 2 hosts × 150 W × 3 h = 0.9 kWh.
        expect(h.energy.itKWh).toBeCloseTo(0.9, 12);
        expect(h.energy.meanPowerKW).toBeCloseTo(0.3, 12);
    });
});
//# sourceMappingURL=simulate.test.js.map