/**
 * vSphere HA admission control (DOMAIN.md "Failures and HA"; VMware "vSphere Availability",
 * Slot Policy and Cluster Resource Percentage admission control): whether the cluster keeps
 * enough spare capacity to restart every powered-on VM after the configured host failures.
 * Pure functions of capacities and reservations; the caller decides what the answer blocks.
 */
export const DEFAULT_MIN_SLOT_CPU_MHZ = 32;
function maxOf(values, floor) {
    let m = floor;
    for (let i = 0; i < values.length; i++)
        if (values[i] > m)
            m = values[i];
    return m;
}
/** Slot = largest CPU reservation (at least 32 MHz) and largest memory reservation. */
export function slotSize(input) {
    return {
        cpuMhz: maxOf(input.vmCpuResMhz, input.minSlotCpuMhz ?? DEFAULT_MIN_SLOT_CPU_MHZ),
        memMiB: maxOf(input.vmMemResMiB, input.minSlotMemMiB ?? 0),
    };
}
/** floor(min(cpu / slot cpu, mem / slot mem)); a dimension whose slot is 0 does not limit. */
export function slotsPerHost(hostCpuMhz, hostMemMiB, slot) {
    if (!(slot.cpuMhz > 0) && !(slot.memMiB > 0)) {
        throw new RangeError('a slot needs a positive CPU or memory size');
    }
    const byCpu = slot.cpuMhz > 0 ? hostCpuMhz / slot.cpuMhz : Number.POSITIVE_INFINITY;
    const byMem = slot.memMiB > 0 ? hostMemMiB / slot.memMiB : Number.POSITIVE_INFINITY;
    return Math.max(0, Math.floor(Math.min(byCpu, byMem)));
}
/** Slot policy ("host failures cluster tolerates") for the powered-on VMs of `input`. */
export function slotPolicy(input, hostFailuresToTolerate) {
    const n = input.hostCpuMhz.length;
    if (input.hostMemMiB.length !== n)
        throw new RangeError('hostCpuMhz and hostMemMiB differ in length');
    if (input.vmCpuResMhz.length !== input.vmMemResMiB.length) {
        throw new RangeError('vmCpuResMhz and vmMemResMiB differ in length');
    }
    const slot = slotSize(input);
    const perHost = [];
    for (let i = 0; i < n; i++) {
        perHost.push(slotsPerHost(input.hostCpuMhz[i], input.hostMemMiB[i], slot));
    }
    // Failing the largest hosts first is the worst case the policy must survive.
    const largestFirst = [...perHost].sort((a, b) => b - a);
    let totalSlots = 0;
    for (const s of perHost)
        totalSlots += s;
    const usedSlots = input.vmCpuResMhz.length;
    const failures = Math.min(Math.max(0, Math.floor(hostFailuresToTolerate)), n);
    let failoverSlots = 0;
    for (let i = 0; i < failures; i++)
        failoverSlots += largestFirst[i];
    let tolerates = 0;
    let remaining = totalSlots;
    for (let f = 1; f < n; f++) {
        remaining -= largestFirst[f - 1];
        if (remaining < usedSlots)
            break;
        tolerates = f;
    }
    return {
        slot,
        slotsPerHost: perHost,
        totalSlots,
        failoverSlots,
        availableSlots: totalSlots - failoverSlots - usedSlots,
        usedSlots,
        tolerates,
    };
}
function sum(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    return s;
}
function currentPct(total, reserved) {
    // Multiplying first keeps round cases exact (e.g. 100 · 10 000 / 100 000 = 10).
    return total > 0 ? (100 * (total - reserved)) / total : 0;
}
/**
 * Cluster resource percentage policy: the share of CPU and memory not reserved by powered-on VMs
 * must stay at or above the configured failover percentages. Reservations should already include
 * vSphere's defaults for VMs without one (32 MHz, memory overhead).
 */
export function percentagePolicy(hostCpuMhz, hostMemMiB, reservedCpuMhz, reservedMemMiB, cpuPct, memPct) {
    const currentCpuFailoverPct = currentPct(sum(hostCpuMhz), reservedCpuMhz);
    const currentMemFailoverPct = currentPct(sum(hostMemMiB), reservedMemMiB);
    return {
        currentCpuFailoverPct,
        currentMemFailoverPct,
        ok: currentCpuFailoverPct >= cpuPct && currentMemFailoverPct >= memPct,
    };
}
/** Percentage to reserve so that `failuresToTolerate` of `hostCount` equal hosts may fail: 100·F/N. */
export function percentForFailures(hostCount, failuresToTolerate) {
    if (!(hostCount > 0))
        throw new RangeError(`hostCount must be positive, got ${hostCount}`);
    if (!(failuresToTolerate >= 0)) {
        throw new RangeError(`failuresToTolerate must be ≥ 0, got ${failuresToTolerate}`);
    }
    return Math.min(100, (100 * failuresToTolerate) / hostCount);
}
//# sourceMappingURL=admission.js.map