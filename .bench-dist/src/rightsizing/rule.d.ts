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
export type Verdict = 'oversized' | 'undersized' | 'right-sized';
export interface VmDemand {
    readonly vcpus: number;
    readonly memoryMiB: number;
    /** p95 of CPU demand over the run, % of the VM's vCPU capacity. */
    readonly cpuDemandP95Pct: number;
    /** Memory the guest touched over the run, MiB. */
    readonly memTouchedMiB: number;
    readonly memReservationMiB: number;
}
export interface Recommendation {
    readonly cpu: Verdict;
    readonly recommendedVcpus: number;
    /** vCPUs it could give back (negative: vCPUs it needs). */
    readonly vcpusBack: number;
    readonly memory: Verdict;
    readonly recommendedMemoryGiB: number;
    /** GiB it could give back (0 unless oversized). */
    readonly memoryGiBBack: number;
}
export declare function recommend(vm: VmDemand, bufferPct: number): Recommendation;
