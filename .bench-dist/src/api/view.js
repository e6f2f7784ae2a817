import { DOWN_REASONS, HOST_STATES, RESTART_PRIORITIES, VM_STATES } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../model/memory/min-free.js';
export function hostView(dc, h) {
    const { world } = dc;
    const H = world.hosts;
    return {
        index: h,
        id: H.ids[h],
        cluster: world.clusters[H.cluster[h]].id,
        state: HOST_STATES[H.state[h]],
        cores: H.cores[h],
        coreMhz: H.coreMhz[h],
        usableMhz: H.usableMhz[h],
        memoryMiB: H.memoryMiB[h],
        vms: H.vmCount[h],
        vcpus: H.vcpus[h],
        configuredMiB: H.configuredMiB[h],
        demandMhz: H.demandMhz[h],
        grantedMhz: H.grantedMhz[h],
        readyMhz: H.readyMhz[h],
        consumedMiB: H.consumedMiB[h],
        memoryState: MEMORY_STATES[H.memState[h]],
        powerW: H.powerW[h],
        idleW: H.idleW[h],
        maxW: H.maxW[h],
        energyKWh: H.energyInt[h] / 3.6e9,
    };
}
export function vmView(dc, v) {
    const { world } = dc;
    const V = world.vms;
    const h = V.host[v];
    const state = V.state[v];
    return {
        index: v,
        id: V.ids[v],
        group: world.groups[V.group[v]].id,
        cluster: world.clusters[V.cluster[v]].id,
        host: h >= 0 ? world.hosts.ids[h] : null,
        state: VM_STATES[state],
        downReason: state === 0 || state === 1 ? null : (DOWN_REASONS[V.downReason[v]] ?? null),
        haPriority: RESTART_PRIORITIES[V.haPriority[v]],
        vcpus: V.vcpus[v],
        memoryMiB: V.memoryMiB[v],
        demand: V.demand[v],
        wantMhz: V.wantMhz[v],
        grantedMhz: V.grantedMhz[v],
        readyMhz: V.readyMhz[v],
        cpuReservationMhz: V.cpuReservationMhz[v],
        cpuShares: V.cpuShares[v],
        memReservationMiB: V.memReservationMiB[v],
        migrating: V.destHost[v] >= 0,
    };
}
export function simulationView(dc) {
    const { world } = dc;
    const hostIndex = new Map(world.hosts.ids.map((id, i) => [id, i]));
    const vmIndex = new Map(world.vms.ids.map((id, i) => [id, i]));
    return {
        get now() {
            return dc.kernel.now;
        },
        hosts: () => Array.from({ length: world.hosts.n }, (_, h) => hostView(dc, h)),
        vms: () => Array.from({ length: world.vms.n }, (_, v) => vmView(dc, v)),
        host: (id) => {
            const h = hostIndex.get(id);
            return h === undefined ? undefined : hostView(dc, h);
        },
        vm: (id) => {
            const v = vmIndex.get(id);
            return v === undefined ? undefined : vmView(dc, v);
        },
    };
}
//# sourceMappingURL=view.js.map