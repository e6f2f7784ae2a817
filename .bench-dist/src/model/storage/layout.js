import { allocatedMiB } from '../../scenario/disk-allocation.js';
import { MIB_PER_GIB } from '../units.js';
function info(d, id, cluster) {
    return { id, name: d.name, cluster, capacityMiB: d.capacityGiB * MIB_PER_GIB, bandwidthMiBps: d.bandwidthMiBps };
}
/** Index of datastore `name` as cluster c sees it (its own first, then the shared ones), -1 if none. */
export function resolveDatastore(datastores, c, name) {
    const own = datastores.findIndex((d) => d.cluster === c && d.name === name);
    return own >= 0 ? own : datastores.findIndex((d) => d.cluster === -1 && d.name === name);
}
/** Default datastore of cluster c: its own first, else the first shared one, else -1. */
function defaultDatastore(datastores, c) {
    const own = datastores.findIndex((d) => d.cluster === c);
    return own >= 0 ? own : datastores.findIndex((d) => d.cluster === -1);
}
export function storageLayout(scenario, world) {
    const spec = scenario.spec;
    const datastores = spec.datastores.map((d) => info(d, d.name, -1));
    spec.clusters.forEach((c, ci) => {
        for (const d of c.datastores)
            datastores.push(info(d, `${c.site}/${c.name}/${d.name}`, ci));
    });
    const n = world.vms.n;
    const disks = {
        ds: new Int32Array(n).fill(-1),
        diskMiB: new Float64Array(n),
        baseMiB: new Float64Array(n),
        writeMiBPerMs: new Float64Array(n),
    };
    let gi = 0;
    spec.clusters.forEach((c, ci) => {
        for (const g of c.vms) {
            const group = world.groups[gi++];
            const t = spec.templates[g.template];
            const d = g.datastore !== undefined ? resolveDatastore(datastores, ci, g.datastore) : defaultDatastore(datastores, ci);
            const size = t.diskGiB * MIB_PER_GIB;
            for (let v = group.vmStart; v < group.vmEnd; v++) {
                disks.ds[v] = d;
                disks.diskMiB[v] = size;
                disks.baseMiB[v] = allocatedMiB(t, size);
                disks.writeMiBPerMs[v] = t.diskWriteMiBps / 1000;
            }
        }
    });
    return { datastores, disks };
}
//# sourceMappingURL=layout.js.map