/**
 * CPU shares by hypervisor (src/catalogue/cpu-shares.ts): ESXi per vCPU (1000 × vCPUs at normal);
 * KVM one weight per domain cgroup shared by its vCPU threads (cgroup v2 cpu.weight 100, v1
 * cpu.shares 1024; libvirt <cputune><shares>). Allocations are hand-computed below.
 */
import { describe, expect, it } from 'vitest';
import { allocateCpu } from '../../src/model/cpu/allocate.js';
import { cpuShares } from '../../src/catalogue/cpu-shares.js';
import { simulate } from '../../src/run/simulate.js';
import { scenarioFrom } from '../helpers/sim.js';
describe('cpuShares(level, vcpus, rule)', () => {
    it('ESXi: 500 / 1000 / 2000 per vCPU, a number as given', () => {
        expect([cpuShares('low', 4), cpuShares('normal', 4), cpuShares('high', 4), cpuShares(3000, 4)]).toEqual([2000, 4000, 8000, 3000]);
    });
    it('KVM cgroup v2: one cpu.weight per domain whatever its vCPUs: 50 / 100 / 200; a number is libvirt <shares>, clamped to 1..10000', () => {
        expect([cpuShares('low', 4, 'kvm-cgroup-v2'), cpuShares('normal', 4, 'kvm-cgroup-v2'), cpuShares('normal', 1, 'kvm-cgroup-v2'), cpuShares('high', 16, 'kvm-cgroup-v2')]).toEqual([50, 100, 100, 200]);
        expect([cpuShares(20_000, 2, 'kvm-cgroup-v2'), cpuShares(0.5, 2, 'kvm-cgroup-v2')]).toEqual([10_000, 1]);
    });
    it('KVM cgroup v1: cpu.shares 512 / 1024 / 2048 per domain, clamped to 2..262144', () => {
        expect([cpuShares('low', 8, 'kvm-cgroup-v1'), cpuShares('normal', 8, 'kvm-cgroup-v1'), cpuShares('high', 8, 'kvm-cgroup-v1'), cpuShares(1, 8, 'kvm-cgroup-v1')]).toEqual([512, 1024, 2048, 2]);
    });
});
/** Host of 2 cores × 2000 MHz = 4000 MHz; A: 4 busy vCPUs (wants 8000), B: 1 busy vCPU (wants 2000). */
function split(sharesA, sharesB) {
    const granted = new Float64Array(2);
    allocateCpu(2, Float64Array.of(8000, 2000), Float64Array.of(Infinity, Infinity), Float64Array.of(0, 0), Float64Array.of(sharesA, sharesB), 4000, granted, new Uint8Array(2));
    return Array.from(granted);
}
describe('a 4-vCPU and a 1-vCPU busy VM on 4000 MHz', () => {
    it('ESXi normal: shares 4000 : 1000, so A 3200 and B 800 MHz', () => {
        expect(split(cpuShares('normal', 4), cpuShares('normal', 1))).toEqual([3200, 800]);
    });
    it('KVM v2 normal: weights 100 : 100, so 2000 each (B at its one-core cap)', () => {
        expect(split(cpuShares('normal', 4, 'kvm-cgroup-v2'), cpuShares('normal', 1, 'kvm-cgroup-v2'))).toEqual([2000, 2000]);
    });
    it('KVM v1, B at <shares>512: 1024 : 512, so A 4000 × 2/3 = 2666.67 and B 1333.33', () => {
        const [a, b] = split(cpuShares('normal', 4, 'kvm-cgroup-v1'), cpuShares(512, 1, 'kvm-cgroup-v1'));
        expect(a).toBeCloseTo(8000 / 3, 9);
        expect(b).toBeCloseTo(4000 / 3, 9);
    });
});
describe('a scenario: the same two VMs on one 4-core host of 2000 MHz (8000 MHz; they want 8000 + 2000), by hypervisor', () => {
    const run = (hypervisor) => {
        const s = scenarioFrom({
            name: 'shares',
            seed: 1,
            duration: '1h',
            step: '5m',
            templates: { wide: { vcpus: 4, memoryGiB: 1 }, narrow: { vcpus: 1, memoryGiB: 1 } },
            clusters: [
                {
                    name: 'c1',
                    placement: { algorithm: 'first-fit', maxVcpuPerCore: null },
                    hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, hypervisor: { ...hypervisor, cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 200 } }],
                    vms: [
                        { name: 'a', count: 1, template: 'wide', workload: { type: 'constant', cpu: 1 } },
                        { name: 'b', count: 1, template: 'narrow', workload: { type: 'constant', cpu: 1 } },
                    ],
                },
            ],
        });
        const V = simulate(s).world.vms;
        return [V.grantedMhz[0], V.grantedMhz[1]];
    };
    it('ESXi: shares 4000 : 1000, so A 6400 and B 1600 MHz', () => expect(run({ flavour: 'esxi' })).toEqual([6400, 1600]));
    it('KVM (cgroup v2 by default): 100 : 100, B capped at its one core 2000, A the other 6000', () => expect(run({ flavour: 'kvm' })).toEqual([6000, 2000]));
    it('KVM cgroup v1: 1024 : 1024, the same 6000 and 2000', () => expect(run({ flavour: 'kvm', cgroup: 'v1' })).toEqual([6000, 2000]));
});
describe('a KVM template weight out of the cgroup range', () => {
    it('is a located error naming the range of the cgroup version', () => {
        const spec = {
            name: 'w',
            duration: '1h',
            templates: { t: { vcpus: 1, memoryGiB: 1, cpu: { shares: 20000 } } },
            clusters: [
                {
                    name: 'c1',
                    hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, hypervisor: { flavour: 'kvm' }, power: { idleW: 100, maxW: 200 } }],
                    vms: [{ name: 'a', count: 1, template: 't', workload: { type: 'constant', cpu: 0.5 } }],
                },
            ],
        };
        expect(() => scenarioFrom(spec)).toThrow(/templates\.t\.cpu\.shares: expected a KVM domain weight \(libvirt <shares>, cgroup v2 cpu\.weight\) from 1 to 10000 for cluster c1, found 20000/);
    });
});
//# sourceMappingURL=cpu-shares.test.js.map