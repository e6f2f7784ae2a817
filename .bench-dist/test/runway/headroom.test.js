/**
 * Capacity remaining by simulation, on the hand-computable case of runway.test.ts: one host of
 * 8 × 1000 MHz cores (no overhead), VMs of 2 vCPUs at a constant 40 % = 800 MHz = 10 % of the host.
 *   objective peak utilisation < 70 %: 4 + k VMs → 10 (4 + k) % < 70 ⇔ k ≤ 2; k = 3 gives 70 %.
 *   no CPU objective (only vmsPlaced>=0): placement's 4 vCPUs per core allow 32 vCPUs = 16 VMs → 12 more; the 13th is
 *   not placed.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { headroom, withMoreVms } from '../../src/runway/headroom.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { scenarioFrom } from '../helpers/sim.js';
const raw = {
    name: 'headroom-case',
    duration: '1h',
    templates: { t: { vcpus: 2, memoryGiB: 4 } },
    clusters: [
        {
            name: 'c1',
            hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }],
            vms: [{ name: 'g', count: 4, template: 't', workload: { type: 'constant', cpu: 0.4, memory: 0.2 } }],
        },
    ],
};
const run = (r) => simulate(scenarioFrom(r)).clusterHeadlines[0];
describe('headroom', () => {
    it('fits 2 more VMs under 70 % peak utilisation; the 3rd reaches 70 %', () => {
        const h = headroom(raw, 'c1', 'g', [parseObjective('cpu.peakUtilPct<70')], 1000, run);
        expect(h).toMatchObject({ fits: 2, atMax: false, binding: ['cpu.peakUtilPct<70'] });
        // 0, then 1, 2, 4 (fails), then bisect 3 (fails).
        expect(h.probes.map((p) => p.added)).toEqual([0, 1, 2, 4, 3]);
    });
    it('without a CPU objective the placement caps bind: 12 more, the 13th is not placed', () => {
        const h = headroom(raw, 'c1', 'g', [parseObjective('vmsPlaced>=0')], 1000, run);
        expect(h).toMatchObject({ fits: 12, binding: ['every VM placed (1 not)'] });
    });
    it('stops at max, and says when even the estate as it is fails', () => {
        expect(headroom(raw, 'c1', 'g', [parseObjective('cpu.peakUtilPct<70')], 2, run)).toMatchObject({ fits: 2, atMax: true });
        expect(headroom(raw, 'c1', 'g', [parseObjective('cpu.peakUtilPct<30')], 10, run)).toMatchObject({ fits: null, binding: ['cpu.peakUtilPct<30'] });
    });
    it('withMoreVms adds to the named group only and leaves the input alone', () => {
        const more = withMoreVms(raw, 'c1', 'g', 5);
        expect(more.clusters[0]?.vms[0]?.count).toBe(9);
        expect(raw.clusters[0]?.vms[0]?.count).toBe(4);
    });
});
//# sourceMappingURL=headroom.test.js.map