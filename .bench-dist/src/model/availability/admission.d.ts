/**
 * vSphere HA admission control (DOMAIN.md "Failures and HA"; VMware "vSphere Availability",
 * Slot Policy and Cluster Resource Percentage admission control): whether the cluster keeps
 * enough spare capacity to restart every powered-on VM after the configured host failures.
 * Pure functions of capacities and reservations; the caller decides what the answer blocks.
 */
export interface SlotInput {
    hostCpuMhz: ArrayLike<number>;
    hostMemMiB: ArrayLike<number>;
    /** CPU reservation of each powered-on VM; the VM count is the number of slots in use. */
    vmCpuResMhz: ArrayLike<number>;
    /** Memory reservation of each powered-on VM, including its overhead if the caller models one. */
    vmMemResMiB: ArrayLike<number>;
    /** Floor of the CPU slot; vSphere uses 32 MHz when no VM reserves more. */
    minSlotCpuMhz?: number;
    /**
     * Floor of the memory slot, 0 by default. vSphere floors it at the largest VM memory overhead;
     * a caller that models overhead passes it here or adds it to the reservations. With a 0 MiB
     * slot, memory never limits the slot count.
     */
    minSlotMemMiB?: number;
}
export interface SlotSize {
    cpuMhz: number;
    memMiB: number;
}
export declare const DEFAULT_MIN_SLOT_CPU_MHZ = 32;
/** Slot = largest CPU reservation (at least 32 MHz) and largest memory reservation. */
export declare function slotSize(input: SlotInput): SlotSize;
/** floor(min(cpu / slot cpu, mem / slot mem)); a dimension whose slot is 0 does not limit. */
export declare function slotsPerHost(hostCpuMhz: number, hostMemMiB: number, slot: SlotSize): number;
export interface SlotPolicyResult {
    slot: SlotSize;
    slotsPerHost: number[];
    totalSlots: number;
    /** Slots of the `hostFailuresToTolerate` largest hosts, held back for restarts. */
    failoverSlots: number;
    /** total − failover − used; negative when the powered-on VMs already break the policy. */
    availableSlots: number;
    /** One slot per powered-on VM. */
    usedSlots: number;
    /**
     * Most host failures after which the remaining slots still hold every powered-on VM (vSphere's
     * "current failover capacity"), assuming the largest hosts fail; at most hosts − 1, the largest
     * value vSphere accepts, and 0 when even the whole cluster is too small.
     */
    tolerates: number;
}
/** Slot policy ("host failures cluster tolerates") for the powered-on VMs of `input`. */
export declare function slotPolicy(input: SlotInput, hostFailuresToTolerate: number): SlotPolicyResult;
export interface PercentagePolicyResult {
    /** 100 · (total − reserved) / total; 0 for a cluster without CPU. */
    currentCpuFailoverPct: number;
    currentMemFailoverPct: number;
    /** Both current capacities are at least the configured percentages. */
    ok: boolean;
}
/**
 * Cluster resource percentage policy: the share of CPU and memory not reserved by powered-on VMs
 * must stay at or above the configured failover percentages. Reservations should already include
 * vSphere's defaults for VMs without one (32 MHz, memory overhead).
 */
export declare function percentagePolicy(hostCpuMhz: ArrayLike<number>, hostMemMiB: ArrayLike<number>, reservedCpuMhz: number, reservedMemMiB: number, cpuPct: number, memPct: number): PercentagePolicyResult;
/** Percentage to reserve so that `failuresToTolerate` of `hostCount` equal hosts may fail: 100·F/N. */
export declare function percentForFailures(hostCount: number, failuresToTolerate: number): number;
