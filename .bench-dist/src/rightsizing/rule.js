/**
 * The right-sizing rule, per VM, in the spirit of VMware Aria Operations' rightsizing page
 * (blogs.vmware.com/management/2023/03/rightsizing-vms-with-vmware-aria-operations.html: oversized
 * and undersized VMs from their demand, recommended size = demand plus a buffer; the same shape as
 * ITRS Capacity Planner's default, 95th percentile of CPU plus a 20 % growth buffer):
 *
 *   CPU:    need = p95 of CPU demand (in vCPUs: p95 % × configured vCPUs) × (1 + buffer);
 *           recommended vCPUs = max(1, ⌈need⌉).
 *   Memory: need = memory the guest touched (dcsim's counterpart of vSphere "Consumed", which
 *           Aria Operations uses for VMs without guest memory metrics) × (1 + buffer);
 *           recommended GiB = max(1, ⌈need⌉ in whole GiB), never below the memory reservation.
 *   A VM is oversized in a resource when the recommendation is below its configuration and could
 *   give back the difference. It is undersized in CPU when the recommendation is above its vCPUs
 *   (p95 demand within the buffer of its capacity) and needs the difference. Memory is never
 *   judged undersized: touched memory is bounded by the configured size, so it cannot show a need
 *   beyond it (guest paging would, and dcsim does not simulate the guest's own paging).
 *
 * The p95 is over the run's output intervals, so the recommendation holds for that run's load
 * only: a run shorter than the VM's cycle (a month-end peak) understates it.
 */
/** Rounding slack so that 2 × 1.25 = 2.5000000000000004 does not become 3. */
const EPS = 1e-9;
const verdict = (recommended, configured) => (recommended < configured ? 'oversized' : recommended > configured ? 'undersized' : 'right-sized');
export function recommend(vm, bufferPct) {
    const grow = 1 + bufferPct / 100;
    const cpuNeed = (vm.cpuDemandP95Pct / 100) * vm.vcpus * grow;
    const recommendedVcpus = Math.max(1, Math.ceil(cpuNeed - EPS));
    const memNeedGiB = (vm.memTouchedMiB / 1024) * grow;
    const configuredGiB = vm.memoryMiB / 1024;
    const recommendedMemoryGiB = Math.max(1, Math.ceil(memNeedGiB - EPS), Math.ceil(vm.memReservationMiB / 1024 - EPS));
    // Memory configured in fractions of a GiB is judged against the whole GiB above it.
    const judged = verdict(recommendedMemoryGiB, Math.ceil(configuredGiB - EPS));
    const memVerdict = judged === 'undersized' ? 'right-sized' : judged;
    return {
        cpu: verdict(recommendedVcpus, vm.vcpus),
        recommendedVcpus,
        vcpusBack: vm.vcpus - recommendedVcpus,
        memory: memVerdict,
        recommendedMemoryGiB: memVerdict === 'right-sized' ? configuredGiB : recommendedMemoryGiB,
        memoryGiBBack: memVerdict === 'right-sized' ? 0 : configuredGiB - recommendedMemoryGiB,
    };
}
//# sourceMappingURL=rule.js.map