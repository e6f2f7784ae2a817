/**
 * How a VM's CPU shares are set, by hypervisor. Both divide contended CPU max-min fair in
 * proportion to these numbers (cpu/allocate.ts); they differ in what one number stands for.
 * - ESXi: shares per VM, presets low / normal / high = 500 / 1000 / 2000 per vCPU, so a wider
 *   VM weighs more (vSphere Resource Management, "Shares").
 * - KVM: libvirt puts each domain in its own cgroup with one weight that all its vCPU threads
 *   (and emulator threads) share, whatever the vCPU count (libvirt formatdomain, "CPU Tuning":
 *   <cputune><shares>). cgroup v2: cpu.weight, default 100, range 1–10000
 *   (Documentation/admin-guide/cgroup-v2.rst, "CPU Interface Files"); libvirt writes <shares>
 *   to cpu.weight as is (src/util/vircgroupv2.c, virCgroupV2SetCpuShares). cgroup v1: cpu.shares,
 *   default 1024, range 2–262144 (Documentation/scheduler/sched-design-CFS.rst, "Group
 *   scheduler extensions to CFS"). CFS divides CPU between sibling groups by weight, then among
 *   a group's runnable threads (sched-design-CFS, CONFIG_FAIR_GROUP_SCHED).
 *   Presets low / normal / high are half / the default / double the default weight: dcsim's
 *   convention, the same 1:2:4 ratio as ESXi's presets.
 */
/** ESXi share presets: low / normal / high = 500 / 1000 / 2000 per vCPU (vSphere resource management). */
export const CPU_SHARES_PER_VCPU = { low: 500, normal: 1000, high: 2000 };
/** ESXi memory share presets: 5 / 10 / 20 per MiB of configured memory. */
export const MEMORY_SHARES_PER_MIB = { low: 5, normal: 10, high: 20 };
/** Who sets the CPU shares of a VM: ESXi per vCPU, or one KVM domain cgroup of either version. */
export const CPU_SHARE_RULES = ['esxi', 'kvm-cgroup-v1', 'kvm-cgroup-v2'];
/** Default weight of a domain cgroup and the values the kernel accepts. */
export const CGROUP_CPU_WEIGHT = {
    'kvm-cgroup-v1': { normal: 1024, min: 2, max: 262_144 },
    'kvm-cgroup-v2': { normal: 100, min: 1, max: 10_000 },
};
const PRESET_FACTOR = { low: 0.5, normal: 1, high: 2 };
/** The rule of a host group's hypervisor. */
export function cpuShareRule(flavour, cgroup) {
    return flavour === 'esxi' ? 'esxi' : cgroup === 'v1' ? 'kvm-cgroup-v1' : 'kvm-cgroup-v2';
}
/**
 * Absolute CPU shares of a VM from a preset name or a number, under `rule` (ESXi by default).
 * A number is the VM's shares (ESXi) or its domain's weight (KVM, libvirt <shares>), clamped to
 * the range the kernel accepts.
 */
export function cpuShares(level, vcpus, rule = 'esxi') {
    if (rule === 'esxi')
        return typeof level === 'number' ? level : CPU_SHARES_PER_VCPU[level] * vcpus;
    const w = CGROUP_CPU_WEIGHT[rule];
    if (typeof level !== 'number')
        return w.normal * PRESET_FACTOR[level];
    return Math.min(w.max, Math.max(w.min, level));
}
/** Absolute memory shares of a VM from a preset name or a number. */
export function memoryShares(level, memoryMiB) {
    return typeof level === 'number' ? level : MEMORY_SHARES_PER_MIB[level] * memoryMiB;
}
//# sourceMappingURL=cpu-shares.js.map