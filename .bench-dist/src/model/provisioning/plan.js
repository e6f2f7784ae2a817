import { createdAtStart, replicaTargets } from '../../scenario/group-counts.js';
import { cpuShareRule, cpuShares, memoryShares } from '../../catalogue/cpu-shares.js';
import { vmMemoryOverheadMiB } from '../hypervisor.js';
import { MIB_PER_GIB } from '../units.js';
/** The size a VM deployed from template t has. */
export function templateSize(t, overheadExtraMiB, rule, addVcpus = 0, addMemoryMiB = 0) {
    const vcpus = t.vcpus + addVcpus;
    const memoryMiB = t.memoryGiB * MIB_PER_GIB + addMemoryMiB;
    return sizeOf(vcpus, memoryMiB, t, overheadExtraMiB, rule);
}
/** Size fields for vcpus and memoryMiB with template t's shares settings. */
export function sizeOf(vcpus, memoryMiB, t, overheadExtraMiB, rule) {
    return {
        vcpus,
        memoryMiB,
        overheadMiB: vmMemoryOverheadMiB(vcpus, memoryMiB, overheadExtraMiB),
        cpuShares: cpuShares(t.cpu.shares, vcpus, rule),
        memShares: memoryShares(t.memory.shares, memoryMiB),
    };
}
/** One plan per World.groups entry, in the same order (clusters, then their VM groups). */
export function groupPlans(scenario, world) {
    const spec = scenario.spec;
    const vmIndex = new Map();
    const plans = [];
    let gi = 0;
    const replicas = replicaTargets(spec);
    for (const c of spec.clusters) {
        const extra = c.hosts[0]?.hypervisor.vmMemoryOverheadMiB ?? 0;
        const hv = c.hosts[0]?.hypervisor;
        const rule = hv === undefined ? 'esxi' : cpuShareRule(hv.flavour, hv.cgroup);
        for (const g of c.vms) {
            plans.push({
                group: gi++,
                template: spec.templates[g.template],
                overheadExtraMiB: extra,
                cpuShareRule: rule,
                provision: g.provision ?? null,
                autoscale: g.autoscale ?? null,
                cloneOf: -1,
                createdAtStart: createdAtStart(g, replicas.has(`${c.site}/${c.name}/${g.name}`)),
            });
        }
    }
    const cloning = plans.some((p) => p.provision?.cloneOf !== undefined);
    if (cloning)
        world.vms.ids.forEach((id, v) => vmIndex.set(id, v));
    return plans.map((p) => (p.provision?.cloneOf !== undefined ? { ...p, cloneOf: vmIndex.get(p.provision.cloneOf) ?? -1 } : p));
}
//# sourceMappingURL=plan.js.map