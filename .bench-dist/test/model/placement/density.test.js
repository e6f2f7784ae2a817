/**
 * Achieved density at initial placement (src/model/placement/density.ts): ratios over the hosts
 * in use, never over empty ones, and the constraint that bound each placement, against
 * hand-computed cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/model/build.js';
import { BindingVotes, bindingFor } from '../../../src/model/placement/density.js';
import { attachVm, rejectCode } from '../../../src/model/placement/initial.js';
import { simulate } from '../../../src/run/simulate.js';
import { clusterScenario } from '../../helpers/sim.js';
/** Hosts of 16 cores and 64 GiB; `count` VMs of 4 vCPUs and 8 GiB, constant 10 % CPU. */
function run(count, o) {
    const s = clusterScenario({ t: { vcpus: 4, memoryGiB: 8 } }, [{ name: 'vm', count, template: 't', workload: { type: 'constant', cpu: 0.1 } }], {
        cores: 16,
        memoryGiB: 64,
        duration: '1h',
        ...o,
    });
    return simulate(s).headline;
}
describe('achieved density', () => {
    it('8 hosts, memory cap 1.0 binds: 24 VMs on 3 hosts at exactly 2.0 vCPU/core and memory 1.0; 5 hosts spare', () => {
        // 64 GiB × 1.0 / 8 GiB = 8 VMs a host (the vCPU cap 8 would allow 32); 24 VMs → 3 hosts,
        // each 8 × 4 = 32 vCPUs on 16 cores = 2.0. Host 0's 8 VMs met no refusal; the other 16 were
        // refused by the memory cap of every full host before theirs, and by nothing else.
        const h = run(24, { hosts: 8, maxVcpuPerCore: 8, maxMemoryOvercommit: 1.0, algorithm: 'pack' });
        expect(h.density.hostsInUse).toBe(3);
        expect(h.density.hostsSpare).toBe(5);
        expect(h.density.vcpuPerCore).toBe(2);
        expect(h.density.busiestVcpuPerCore).toBe(2);
        expect(h.density.memoryOvercommit).toBe(1);
        expect(h.density.maxVcpuPerCore).toBe(8);
        expect(h.density.maxMemoryOvercommit).toBe(1);
        expect(h.density.boundBy).toEqual({ none: 8, cpuCap: 0, memoryCap: 16, reservations: 0, rules: 0, hostWidth: 0 });
        expect(h.density.binding).toBe('memoryCap');
        // The end-of-run ratios use the same 3 hosts, not all 8 (which would give 0.75 and 0.375).
        expect(h.hostsInUse).toBe(3);
        expect(h.vcpuPerCore).toBe(2);
        expect(h.memoryOvercommit).toBe(1);
    });
    it('the vCPU cap binds when it is the lower: cap 1 → 4 VMs a host, 1.0 vCPU/core, memory 0.5, on 6 hosts', () => {
        const h = run(24, { hosts: 8, maxVcpuPerCore: 1, maxMemoryOvercommit: 1.0, algorithm: 'first-fit' });
        expect(h.density.hostsInUse).toBe(6);
        expect(h.density.vcpuPerCore).toBe(1);
        expect(h.density.memoryOvercommit).toBe(0.5);
        expect(h.density.boundBy.cpuCap).toBe(20);
        expect(h.density.binding).toBe('cpuCap');
    });
    it('a VM wider than every host counts as bound by host width among the unplaced', () => {
        const s = clusterScenario({ wide: { vcpus: 32, memoryGiB: 1 } }, [{ name: 'w', count: 2, template: 'wide', workload: { type: 'constant', cpu: 0.1 } }], { hosts: 2, cores: 16, duration: '1h' });
        const d = simulate(s).headline.density;
        expect(d.unplacedBoundBy.hostWidth).toBe(2);
        expect(d.hostsInUse).toBe(0);
        expect(d.binding).toBe('hostWidth');
    });
    it('spread under loose caps is bound by nothing: every VM could have gone on any host', () => {
        const h = run(8, { hosts: 8, maxVcpuPerCore: 8, maxMemoryOvercommit: 1.5, algorithm: 'spread' });
        expect(h.density.hostsInUse).toBe(8);
        expect(h.density.boundBy.none).toBe(8);
        expect(h.density.binding).toBe('none');
        expect(h.density.vcpuPerCore).toBe(0.25);
    });
    it('property: achieved ratios (mean and busiest host) never exceed their caps, and hosts in use + spare = hosts', () => {
        fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom(1, 1.5, 2, 3, 4, 8), fc.constantFrom(0.8, 1, 1.2, 1.5, 2), fc.constantFrom('first-fit', 'best-fit', 'spread', 'pack', 'round-robin'), (hosts, count, cpuCap, memCap, algorithm) => {
            const h = run(count, { hosts, maxVcpuPerCore: cpuCap, maxMemoryOvercommit: memCap, algorithm, duration: '10m' });
            const d = h.density;
            expect(d.hostsInUse + d.hostsSpare).toBe(hosts);
            expect(d.busiestVcpuPerCore).toBeLessThanOrEqual(cpuCap + 1e-9);
            expect(d.vcpuPerCore).toBeLessThanOrEqual(d.busiestVcpuPerCore + 1e-9);
            expect(d.busiestMemoryOvercommit).toBeLessThanOrEqual(memCap + 1e-9);
            expect(d.memoryOvercommit).toBeLessThanOrEqual(d.busiestMemoryOvercommit + 1e-9);
            const bound = Object.values(d.boundBy).reduce((a, b) => a + b, 0);
            const unbound = Object.values(d.unplacedBoundBy).reduce((a, b) => a + b, 0);
            expect(bound).toBe(h.vmsPlaced);
            expect(unbound).toBe(h.vmsUnplaceable);
        }), { numRuns: 40 });
    });
    it('property: the incremental votes (BindingVotes) give what a full scan (bindingFor) gives, VM after VM', () => {
        fc.assert(fc.property(fc.array(fc.record({ vcpus: fc.integer({ min: 1, max: 20 }), memoryGiB: fc.integer({ min: 1, max: 40 }), count: fc.integer({ min: 1, max: 8 }) }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(1, 2, 4), fc.constantFrom(0.5, 1, 1.5), (groups, hosts, cpuCap, memCap) => {
            const templates = Object.fromEntries(groups.map((g, k) => [`t${k}`, { vcpus: g.vcpus, memoryGiB: g.memoryGiB }]));
            const vms = groups.map((g, k) => ({ name: `g${k}`, count: g.count, template: `t${k}`, workload: { type: 'constant', cpu: 0.1 } }));
            const { world } = buildWorld(clusterScenario(templates, vms, { hosts, cores: 16, memoryGiB: 64, maxVcpuPerCore: cpuCap, maxMemoryOvercommit: memCap, duration: '10m' }));
            const c = world.clusters[0];
            const votes = new BindingVotes(world, c);
            for (let v = c.vmStart; v < c.vmEnd; v++) {
                expect(votes.forVm(v)).toBe(bindingFor(world, c, v));
                let h = c.hostStart;
                while (h < c.hostEnd && rejectCode(world, c, h, v) !== 0)
                    h++;
                if (h === c.hostEnd)
                    continue;
                attachVm(world, v, h);
                votes.placed(h);
            }
        }), { numRuns: 100 });
    });
});
//# sourceMappingURL=density.test.js.map