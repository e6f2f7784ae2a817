/** Which resource runs out first across the cluster under its caps. */
export function bindingResource(world, cluster) {
    const H = world.hosts;
    const V = world.vms;
    const cpuCap = Number.isFinite(cluster.placement.maxVcpuPerCore) ? cluster.placement.maxVcpuPerCore : 1;
    const memCap = Number.isFinite(cluster.placement.maxMemoryOvercommit) ? cluster.placement.maxMemoryOvercommit : 1;
    let cores = 0;
    let mem = 0;
    for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
        cores += H.cores[h];
        mem += H.memoryMiB[h];
    }
    let vcpus = 0;
    let vmMem = 0;
    for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
        vcpus += V.vcpus[v];
        vmMem += V.memoryMiB[v];
    }
    const cpuShare = cores > 0 ? vcpus / (cpuCap * cores) : 0;
    const memShare = mem > 0 ? vmMem / (memCap * mem) : 0;
    return memShare > cpuShare ? 'memory' : 'vcpus';
}
/**
 * The cluster's VM indices largest first by the binding resource, then by the other resource,
 * then in scenario order (a stable, total order: the same placement on every machine).
 */
export function packOrder(world, cluster) {
    const V = world.vms;
    const byMemory = bindingResource(world, cluster) === 'memory';
    const first = byMemory ? V.memoryMiB : V.vcpus;
    const second = byMemory ? V.vcpus : V.memoryMiB;
    const order = [];
    for (let v = cluster.vmStart; v < cluster.vmEnd; v++)
        order.push(v);
    order.sort((a, b) => first[b] - first[a] || second[b] - second[a] || a - b);
    return Int32Array.from(order);
}
//# sourceMappingURL=pack.js.map