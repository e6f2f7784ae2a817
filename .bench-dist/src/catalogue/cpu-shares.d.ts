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
export declare const CPU_SHARES_PER_VCPU: {
    readonly low: 500;
    readonly normal: 1000;
    readonly high: 2000;
};
/** ESXi memory share presets: 5 / 10 / 20 per MiB of configured memory. */
export declare const MEMORY_SHARES_PER_MIB: {
    readonly low: 5;
    readonly normal: 10;
    readonly high: 20;
};
export type SharesLevel = keyof typeof CPU_SHARES_PER_VCPU;
/** Who sets the CPU shares of a VM: ESXi per vCPU, or one KVM domain cgroup of either version. */
export declare const CPU_SHARE_RULES: readonly ["esxi", "kvm-cgroup-v1", "kvm-cgroup-v2"];
export type CpuShareRule = (typeof CPU_SHARE_RULES)[number];
/** Default weight of a domain cgroup and the values the kernel accepts. */
export declare const CGROUP_CPU_WEIGHT: {
    readonly 'kvm-cgroup-v1': {
        readonly normal: 1024;
        readonly min: 2;
        readonly max: 262144;
    };
    readonly 'kvm-cgroup-v2': {
        readonly normal: 100;
        readonly min: 1;
        readonly max: 10000;
    };
};
/** The rule of a host group's hypervisor. */
export declare function cpuShareRule(flavour: 'esxi' | 'kvm', cgroup: 'v1' | 'v2'): CpuShareRule;
/**
 * Absolute CPU shares of a VM from a preset name or a number, under `rule` (ESXi by default).
 * A number is the VM's shares (ESXi) or its domain's weight (KVM, libvirt <shares>), clamped to
 * the range the kernel accepts.
 */
export declare function cpuShares(level: SharesLevel | number, vcpus: number, rule?: CpuShareRule): number;
/** Absolute memory shares of a VM from a preset name or a number. */
export declare function memoryShares(level: SharesLevel | number, memoryMiB: number): number;
