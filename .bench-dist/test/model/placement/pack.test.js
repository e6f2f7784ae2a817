/** Sizing placement 'pack' (src/model/placement/pack.ts): first-fit decreasing by the binding resource. */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/model/build.js';
import { placeInitial } from '../../../src/model/placement/initial.js';
import { bindingResource, packOrder } from '../../../src/model/placement/pack.js';
import { clusterScenario } from '../../helpers/sim.js';
const TEMPLATES = { small: { vcpus: 2, memoryGiB: 2 }, large: { vcpus: 10, memoryGiB: 4 } };
const WL = { type: 'constant', cpu: 0.1 };
function placed(o) {
    // Scenario order: six small VMs, then three large ones.
    const s = clusterScenario(TEMPLATES, [{ name: 's', count: 6, template: 'small', workload: WL }, { name: 'l', count: 3, template: 'large', workload: WL }], { hosts: 6, cores: 16, memoryGiB: 64, maxVcpuPerCore: 1, ...o });
    const { world } = buildWorld(s);
    const out = placeInitial(world);
    return { world, out, hostsUsed: new Set(Array.from(world.vms.host).filter((h) => h >= 0)).size };
}
describe('pack placement', () => {
    it('first-fit in scenario order takes 4 hosts where first-fit decreasing takes 3 (16 vCPUs a host)', () => {
        // First-fit: 6 × 2 = 12 on host 0, then each 10-vCPU VM needs a host of its own: 4 hosts.
        // Decreasing: the three 10s on hosts 0–2, then the six 2s first-fit: three fill host 0,
        // three fill host 1: 3 hosts.
        expect(placed({ algorithm: 'first-fit' }).hostsUsed).toBe(4);
        const p = placed({ algorithm: 'pack' });
        expect(p.hostsUsed).toBe(3);
        expect(Array.from(p.world.hosts.vcpus).slice(0, 3)).toEqual([16, 16, 10]);
        expect(p.out.density[0]?.hostsInUse).toBe(3);
    });
    it('orders by memory when memory is the resource the caps bind first, then by vCPUs, then scenario order', () => {
        const s = clusterScenario(TEMPLATES, [{ name: 's', count: 2, template: 'small', workload: WL }, { name: 'l', count: 2, template: 'large', workload: WL }], { hosts: 1, cores: 64, memoryGiB: 8, maxVcpuPerCore: 4, maxMemoryOvercommit: 1 });
        const { world } = buildWorld(s);
        const c = world.clusters[0];
        // Memory: 12 GiB of 8 allowed (150 %); vCPUs: 24 of 256 (9 %).
        expect(bindingResource(world, c)).toBe('memory');
        expect(Array.from(packOrder(world, c))).toEqual([2, 3, 0, 1]);
    });
    it('keeps the outcome in VM order although it placed out of order', () => {
        const p = placed({ algorithm: 'pack', hosts: 1 });
        // One host, 16 vCPUs: the three 10s come first; one fits, then three 2s; 2 large + 3 small refused.
        expect(p.out.unplaced.map((u) => u.vm)).toEqual([3, 4, 5, 7, 8]);
    });
});
//# sourceMappingURL=pack.test.js.map