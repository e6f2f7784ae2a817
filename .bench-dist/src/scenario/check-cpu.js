/**
 * CPU share numbers against the hypervisor that applies them: on KVM a template's numeric
 * `cpu.shares` is its domain's libvirt <shares>, written to the cgroup's cpu.weight (v2, 1–10000)
 * or cpu.shares (v1, 2–262144), which the kernel rejects outside that range (catalogue/cpu-shares.ts).
 * ESXi shares are any positive number.
 */
import { CGROUP_CPU_WEIGHT, cpuShareRule } from '../catalogue/cpu-shares.js';
export function checkCpuShares(spec) {
    const problems = [];
    const seen = new Set();
    for (const c of spec.clusters) {
        const hv = c.hosts[0]?.hypervisor;
        if (hv === undefined)
            continue;
        const rule = cpuShareRule(hv.flavour, hv.cgroup);
        if (rule === 'esxi')
            continue;
        const range = CGROUP_CPU_WEIGHT[rule];
        for (const g of c.vms) {
            const shares = spec.templates[g.template]?.cpu.shares;
            if (typeof shares !== 'number' || (shares >= range.min && shares <= range.max) || seen.has(`${g.template}/${rule}`))
                continue;
            seen.add(`${g.template}/${rule}`);
            const file = rule === 'kvm-cgroup-v2' ? 'cpu.weight' : 'cpu.shares';
            problems.push({
                path: ['templates', g.template, 'cpu', 'shares'],
                message: `expected a KVM domain weight (libvirt <shares>, cgroup ${hv.cgroup} ${file}) from ${range.min} to ${range.max} for cluster ${c.name}, found ${shares}`,
            });
        }
    }
    return problems;
}
//# sourceMappingURL=check-cpu.js.map