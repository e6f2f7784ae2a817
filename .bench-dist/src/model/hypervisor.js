export const FLAVOURS = ['esxi', 'kvm'];
export function defaultCpuOverheadPct(type) {
    return type === 1 ? 2 : 8;
}
export function defaultHostMemoryOverheadMiB(type, hostMemoryMiB) {
    return hostMemoryMiB * (type === 1 ? 0.015 : 0.04);
}
/**
 * Memory a hypervisor keeps for each powered-on VM (page tables, device emulation, vCPU state):
 * estimated as 1% of configured memory + 8 MiB per vCPU + a configured extra, which is the order
 * of the per-VM overhead tables ESXi publishes for small and mid-size VMs.
 */
export function vmMemoryOverheadMiB(vcpus, memoryMiB, extraMiB) {
    return 0.01 * memoryMiB + 8 * vcpus + extraMiB;
}
//# sourceMappingURL=hypervisor.js.map