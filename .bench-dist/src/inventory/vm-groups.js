import { NameScope } from './names.js';
const round = (x, digits = 3) => Number(x.toFixed(digits));
const pct = (x) => `${(x * 100).toFixed(1)} %`;
function spread(xs) {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    return `mean ${pct(mean)}, min ${pct(Math.min(...xs))}, max ${pct(Math.max(...xs))}, sd ${pct(sd)} over ${xs.length} VM(s)`;
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
/**
 * `hostMhz` gives the core MHz of the host a VM runs on (null when the host is not in vHost);
 * `fallbackMhz` is used then, and flagged. `datastores` are the names a group may reference.
 */
export function vmGroups(vms, hostMhz, fallbackMhz, datastores, templateScope, templatePrefix) {
    const groups = new Map();
    for (const v of vms) {
        const ds = v.datastore !== null && datastores.has(v.datastore) ? v.datastore : null;
        const key = JSON.stringify([v.vcpus, v.memoryMiB, v.cpuReservationMHz, v.cpuLimitMHz, v.cpuShares, v.memReservationMiB, v.memLimitMiB, v.memShares, ds]);
        groups.set(key, [...(groups.get(key) ?? []), v]);
    }
    const scope = new NameScope();
    return [...groups.values()].map((members) => {
        const v = members[0];
        const gib = round(v.memoryMiB / 1024);
        const name = scope.take(`vm-${v.vcpus}c-${String(gib).replace('.', '_')}g`);
        const notes = [`${members.length} VM(s): ${members.slice(0, 12).map((m) => m.name).join(', ')}${members.length > 12 ? `, … (${members.length - 12} more)` : ''}`];
        const unknownHosts = members.filter((m) => hostMhz(m.host) === null);
        if (unknownHosts.length > 0)
            notes.push(`guess: host of ${unknownHosts.map((m) => m.name).join(', ')} not in vHost; CPU level taken against ${fallbackMhz} MHz cores`);
        const cpuLevels = members.map((m) => Math.min(1, m.cpuUsedMHz / (m.vcpus * (hostMhz(m.host) ?? fallbackMhz))));
        const capped = members.filter((m, k) => m.cpuUsedMHz > 0 && cpuLevels[k] === 1);
        if (capped.length > 0)
            notes.push(`${capped.length} VM(s) used more than vCPUs × nominal MHz (turbo): capped at 100 %`);
        notes.push(`CPU demand (one sample per VM, vCPU "Overall" at the export time, not a peak or p95): ${spread(cpuLevels)}; the constant level is the mean, uncertain by at least the sd`);
        const withActive = members.filter((m) => m.memActiveMiB !== null);
        const memLevels = withActive.map((m) => Math.min(1, m.memActiveMiB / m.memoryMiB));
        let memory = 0.25;
        if (memLevels.length > 0) {
            memory = round(mean(memLevels), 4);
            notes.push(`active memory (vMemory "Active", one sample): ${spread(memLevels)}`);
        }
        else
            notes.push('guess: no vMemory "Active" values; active memory 25 % (dcsim default)');
        const consumed = members.filter((m) => m.memConsumedMiB !== null).map((m) => Math.min(1, m.memConsumedMiB / m.memoryMiB));
        const cpuSpec = {};
        if (v.cpuReservationMHz > 0)
            cpuSpec.reservationMHz = v.cpuReservationMHz;
        if (v.cpuLimitMHz !== null)
            cpuSpec.limitMHz = v.cpuLimitMHz;
        if (v.cpuShares !== 'normal')
            cpuSpec.shares = v.cpuShares;
        const memSpec = {};
        if (v.memReservationMiB > 0)
            memSpec.reservationGiB = round(v.memReservationMiB / 1024);
        if (v.memLimitMiB !== null)
            memSpec.limitGiB = round(v.memLimitMiB / 1024);
        if (v.memShares !== 'normal')
            memSpec.shares = v.memShares;
        if (consumed.length > 0) {
            memSpec.touchedPct = round(mean(consumed) * 100, 1);
            notes.push(`touchedPct from vMemory "Consumed" less "Consumed Overhead", over configured memory: ${spread(consumed)}`);
        }
        const template = { vcpus: v.vcpus, memoryGiB: gib };
        if (Object.keys(cpuSpec).length > 0)
            template.cpu = cpuSpec;
        if (Object.keys(memSpec).length > 0)
            template.memory = memSpec;
        const disks = members.filter((m) => m.provisionedMiB !== null && m.provisionedMiB > 0);
        if (disks.length > 0) {
            template.diskGiB = round(mean(disks.map((m) => m.provisionedMiB / 1024)), 1);
            const used = disks.filter((m) => m.inUseMiB !== null).map((m) => Math.min(1, m.inUseMiB / m.provisionedMiB));
            if (used.length > 0)
                template.diskUsedPct = round(mean(used) * 100, 1);
            notes.push('disk: mean of vInfo "Provisioned MiB"; diskUsedPct: "In Use MiB" / provisioned (includes swap and snapshot files)');
        }
        const snaps = members.filter((m) => m.snapshots > 0);
        if (snaps.length > 0) {
            notes.push(`not simulated: ${snaps.length} VM(s) have snapshots (${snaps.reduce((a, m) => a + m.snapshots, 0)}, ${round(snaps.reduce((a, m) => a + m.snapshotMiB, 0) / 1024, 1)} GiB); add snapshot events to model their growth`);
        }
        const templateName = templateScope.take(`${templatePrefix}.${name}`);
        const ds = v.datastore !== null && datastores.has(v.datastore) ? v.datastore : null;
        const group = {
            name,
            count: members.length,
            template: templateName,
            workload: { type: 'constant', cpu: round(mean(cpuLevels), 4), memory },
            ...(ds !== null ? { datastore: ds } : {}),
        };
        return { template, group, notes };
    });
}
//# sourceMappingURL=vm-groups.js.map