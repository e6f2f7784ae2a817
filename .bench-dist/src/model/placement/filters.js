/**
 * Placement filters: can host h take VM v, and if not, why. One small function per concern
 * (host state, capacity caps, reservations, rules), used alike by initial placement, HA
 * restarts, migrations and power management. Each returns 0 (passes) or a reason code
 * (1 + index into REJECT_REASONS).
 */
import { HOST_ON } from '../lifecycle.js';
export const REJECT_REASONS = [
    'VM has more vCPUs than the host has cores',
    'vCPU:pCPU cap',
    'memory overcommit cap',
    'CPU reservations exceed usable capacity',
    'memory reservations exceed host memory',
    'host not available (failed, standby, booting or in maintenance)',
    'failover host kept for HA restarts',
    'anti-affinity rule',
    'affinity rule',
    'VM-host rule',
];
export const REJECT_STATE = 6;
export const REJECT_FAILOVER = 7;
export const REJECT_ANTI_AFFINITY = 8;
export const REJECT_AFFINITY = 9;
export const REJECT_VM_HOST = 10;
/** Why a placement is asked for: filters differ slightly by purpose. */
export const PURPOSE_POWER_ON = 0;
export const PURPOSE_HA_RESTART = 1;
export const PURPOSE_MIGRATION = 2;
export function askOf(world, v) {
    const V = world.vms;
    return {
        vcpus: V.vcpus[v],
        memoryMiB: V.memoryMiB[v],
        cpuReservationMhz: V.cpuReservationMhz[v],
        memReservedMiB: V.memReservationMiB[v] + V.overheadMiB[v],
    };
}
/** The host is on and takes new VMs; failover hosts take only HA restarts (vSphere keeps them empty). */
export function stateFilter(world, h, purpose) {
    if (world.hosts.state[h] !== HOST_ON)
        return REJECT_STATE;
    if (world.failoverHost[h] === 1 && purpose !== PURPOSE_HA_RESTART)
        return REJECT_FAILOVER;
    return 0;
}
/** Caps on vCPU:pCPU and memory overcommit, and reservations against capacity. */
export function capacityFilter(world, cluster, h, ask) {
    const H = world.hosts;
    const cores = H.cores[h];
    if (ask.vcpus > cores)
        return 1;
    if (H.vcpus[h] + ask.vcpus > cluster.placement.maxVcpuPerCore * cores + 1e-9)
        return 2;
    const mem = H.memoryMiB[h];
    if (H.configuredMiB[h] + ask.memoryMiB > cluster.placement.maxMemoryOvercommit * mem + 1e-6)
        return 3;
    if (H.reservedMhz[h] + ask.cpuReservationMhz > H.usableMhz[h] + 1e-9)
        return 4;
    if (H.reservedMiB[h] + ask.memReservedMiB > mem - H.overheadMiB[h])
        return 5;
    return 0;
}
/** Where VM u is, or is going: a migrating VM counts on its destination for rules. */
function whereIs(world, u) {
    const dest = world.vms.destHost[u];
    return dest >= 0 ? dest : world.vms.host[u];
}
/** One rule against host h for VM v. `withShould` false lets should rules pass. */
export function ruleFilter(world, cluster, rule, h, v, withShould) {
    if (!rule.mandatory && !withShould)
        return 0;
    if (rule.kind === 'vm-host') {
        const inGroup = rule.hostMask[h - cluster.hostStart] === 1;
        return inGroup === rule.negate ? REJECT_VM_HOST : 0;
    }
    const members = rule.vms;
    if (rule.kind === 'anti-affinity') {
        for (let k = 0; k < members.length; k++) {
            const u = members[k];
            if (u !== v && whereIs(world, u) === h)
                return REJECT_ANTI_AFFINITY;
        }
        return 0;
    }
    // Affinity: the first member placed chooses the host; the others follow it.
    for (let k = 0; k < members.length; k++) {
        const u = members[k];
        if (u === v)
            continue;
        const at = whereIs(world, u);
        if (at >= 0 && at !== h)
            return REJECT_AFFINITY;
    }
    return 0;
}
/** Every rule VM v belongs to, against host h. */
export function rulesFilter(world, cluster, h, v, withShould) {
    const ids = world.vmRules.get(v);
    if (ids === undefined)
        return 0;
    for (const r of ids) {
        const code = ruleFilter(world, cluster, cluster.rules[r], h, v, withShould);
        if (code !== 0)
            return code;
    }
    return 0;
}
/** All filters in order; 0 when host h can take VM v for this purpose. */
export function rejectCode(world, cluster, h, v, purpose = PURPOSE_POWER_ON, withShould = true) {
    return (stateFilter(world, h, purpose) ||
        capacityFilter(world, cluster, h, askOf(world, v)) ||
        rulesFilter(world, cluster, h, v, withShould));
}
/** Whether VM v is in any should rule (then a second pass without them is allowed). */
export function hasShouldRule(world, cluster, v) {
    const ids = world.vmRules.get(v);
    return ids !== undefined && ids.some((r) => !cluster.rules[r].mandatory);
}
//# sourceMappingURL=filters.js.map