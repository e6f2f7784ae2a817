/**
 * Semantic checks for provisioning, autoscaling, datastores and VM lifecycle events: every
 * datastore, group and VM they name exists where it is used, counts fit the groups declared up
 * front, and each event names exactly one target.
 */
import { createdAtStart, replicaTargets } from './group-counts.js';
import { allocatedMiB } from './disk-allocation.js';
import { clusterIdOf, scenarioIds } from './ids.js';
import { didYouMean } from './suggest.js';
function unknownGroup(id, ids) {
    const sample = ids.examples('group');
    return `unknown VM group '${id}'${didYouMean(id, sample)}; VM group ids look like ${sample.join(', ') || '(none in this scenario)'}`;
}
/** Datastore names a cluster's VMs can use: its own, then the scenario's. */
function datastoreNames(spec, c) {
    return [...c.datastores.map((d) => d.name), ...spec.datastores.map((d) => d.name)];
}
function unknownDatastore(name, known) {
    return `unknown datastore '${name}'${didYouMean(name, known)}; ${known.length === 0 ? 'no datastores are defined (add datastores to the cluster or the scenario)' : `datastores here: ${known.join(', ')}`}`;
}
/** Names unique among the scenario's datastores, and a cluster's own do not reuse them. */
function checkDatastoreNames(spec) {
    const problems = [];
    const top = new Set();
    spec.datastores.forEach((d, i) => {
        if (top.has(d.name))
            problems.push({ path: ['datastores', i, 'name'], message: `duplicate datastore name '${d.name}'` });
        top.add(d.name);
    });
    spec.clusters.forEach((c, ci) => {
        const own = new Set();
        c.datastores.forEach((d, i) => {
            const path = ['clusters', ci, 'datastores', i, 'name'];
            if (own.has(d.name))
                problems.push({ path, message: `duplicate datastore name '${d.name}'` });
            else if (top.has(d.name))
                problems.push({ path, message: `datastore name '${d.name}' is also a scenario-level datastore; give it its own name` });
            own.add(d.name);
        });
    });
    return problems;
}
function checkGroups(spec, ids) {
    const problems = [];
    spec.clusters.forEach((c, ci) => {
        const known = datastoreNames(spec, c);
        const cid = clusterIdOf(c);
        c.vms.forEach((g, gi) => {
            const at = (...rest) => ['clusters', ci, 'vms', gi, ...rest];
            if (g.datastore !== undefined && !known.includes(g.datastore))
                problems.push({ path: at('datastore'), message: unknownDatastore(g.datastore, known) });
            const p = g.provision;
            if (p !== undefined) {
                if (p.source === 'clone' && p.cloneOf === undefined)
                    problems.push({ path: at('provision'), message: 'source clone needs cloneOf: the id of the VM to copy, e.g. "dc1/c1/gold-001"' });
                if (p.source === 'template' && p.cloneOf !== undefined)
                    problems.push({ path: at('provision', 'cloneOf'), message: 'cloneOf is for source: clone; a template deploy copies the template\'s disk' });
                if (p.source === 'template' && p.mode === 'linked')
                    problems.push({ path: at('provision', 'mode'), message: 'linked clones need a source VM: use source: clone with cloneOf' });
                if (p.cloneOf !== undefined) {
                    if (!ids.hasVm(p.cloneOf)) {
                        const sample = ids.examples('vm');
                        problems.push({ path: at('provision', 'cloneOf'), message: `unknown VM '${p.cloneOf}'${didYouMean(p.cloneOf, sample)}; VM ids look like ${sample.join(', ')}` });
                    }
                    else if (p.cloneOf.slice(0, p.cloneOf.lastIndexOf('-')) === `${cid}/${g.name}`)
                        problems.push({ path: at('provision', 'cloneOf'), message: `a group cannot clone one of its own VMs ('${p.cloneOf}' is in group ${cid}/${g.name})` });
                }
                if (p.count !== undefined && p.count > g.count)
                    problems.push({ path: at('provision', 'count'), message: `expected provision.count (${p.count}) to be at most the group's count (${g.count})` });
                if (p.at !== undefined && p.at > spec.duration)
                    problems.push({ path: at('provision', 'at'), message: `provisioning at ${p.at} ms is after the end of the run (${spec.duration} ms)` });
            }
            const a = g.autoscale;
            if (a !== undefined) {
                if (a.max > g.count)
                    problems.push({ path: at('autoscale', 'max'), message: `expected autoscale.max (${a.max}) to be at most the group's count (${g.count}): VMs are declared up front` });
                if (a.min > a.max)
                    problems.push({ path: at('autoscale', 'min'), message: `expected autoscale.min (${a.min}) to be at most autoscale.max (${a.max})` });
                if (a.scaleInBelowPct >= a.scaleOutAbovePct)
                    problems.push({ path: at('autoscale', 'scaleInBelowPct'), message: `expected scaleInBelowPct (${a.scaleInBelowPct}) below scaleOutAbovePct (${a.scaleOutAbovePct})` });
                if (p?.count !== undefined && p.count > a.max)
                    problems.push({ path: at('provision', 'count'), message: `expected provision.count (${p.count}) to be at most autoscale.max (${a.max})` });
            }
        });
    });
    return problems;
}
/** The cluster a VM or group id belongs to ("dc1/c1/web-001" and "dc1/c1/web" → dc1/c1's). */
function clusterOf(spec, id) {
    const cid = id.slice(0, id.lastIndexOf('/'));
    return spec.clusters.find((c) => clusterIdOf(c) === cid);
}
/** The count of a group by id (0 for none). */
function groupCount(spec, id) {
    const name = id.slice(id.lastIndexOf('/') + 1);
    return clusterOf(spec, id)?.vms.find((g) => g.name === name)?.count ?? 0;
}
function checkEvents(spec, ids) {
    const problems = [];
    spec.events.forEach((e, i) => {
        const path = ['events', i];
        if (e.type !== 'create-vms' && e.type !== 'delete-vms' && e.type !== 'hot-add' && e.type !== 'snapshot' && e.type !== 'storage-migrate')
            return;
        const group = 'group' in e ? e.group : undefined;
        if (group !== undefined && !ids.hasGroup(group))
            problems.push({ path: [...path, 'group'], message: unknownGroup(group, ids) });
        if ((e.type === 'create-vms' || e.type === 'delete-vms') && ids.hasGroup(e.group) && e.count > groupCount(spec, e.group))
            problems.push({ path: [...path, 'count'], message: `expected count (${e.count}) to be at most the group's count (${groupCount(spec, e.group)})` });
        if (e.type === 'hot-add' || e.type === 'snapshot') {
            if ((e.vm === undefined) === (e.group === undefined))
                problems.push({ path, message: `give either vm or group for a ${e.type} event, not ${e.vm === undefined ? 'neither' : 'both'}` });
        }
        if (e.type === 'hot-add' && e.addVcpus === 0 && e.addMemoryGiB === 0)
            problems.push({ path, message: 'hot-add adds nothing: give addVcpus and/or addMemoryGiB' });
        const target = 'vm' in e && e.vm !== undefined ? e.vm : group;
        const cluster = target !== undefined ? clusterOf(spec, target) : undefined;
        if (cluster === undefined)
            return;
        const known = datastoreNames(spec, cluster);
        if ((e.type === 'snapshot' || e.type === 'storage-migrate') && known.length === 0)
            problems.push({ path: [...path, 'type'], message: `${e.type} needs datastores: add datastores to cluster ${clusterIdOf(cluster)} or to the scenario` });
        else if (e.type === 'storage-migrate' && !known.includes(e.datastore))
            problems.push({ path: [...path, 'datastore'], message: unknownDatastore(e.datastore, known) });
    });
    return problems;
}
/** The disks of the VMs that exist at the start fit on their datastores. */
function checkCapacity(spec) {
    const replicas = replicaTargets(spec);
    const need = new Map();
    spec.datastores.forEach((d, i) => need.set(`/${d.name}`, { path: ['datastores', i, 'capacityGiB'], capacityMiB: d.capacityGiB * 1024, miB: 0 }));
    spec.clusters.forEach((c, ci) => {
        c.datastores.forEach((d, i) => need.set(`${ci}/${d.name}`, { path: ['clusters', ci, 'datastores', i, 'capacityGiB'], capacityMiB: d.capacityGiB * 1024, miB: 0 }));
        for (const g of c.vms) {
            const t = spec.templates[g.template];
            const name = g.datastore ?? c.datastores[0]?.name ?? spec.datastores[0]?.name;
            if (t === undefined || name === undefined)
                continue;
            const slot = need.get(`${ci}/${name}`) ?? need.get(`/${name}`);
            if (slot)
                slot.miB += createdAtStart(g, replicas.has(`${clusterIdOf(c)}/${g.name}`)) * allocatedMiB(t, t.diskGiB * 1024);
        }
    });
    const problems = [];
    for (const s of need.values())
        if (s.miB > s.capacityMiB)
            problems.push({ path: s.path, message: `the disks of the VMs that exist at the start take ${(s.miB / 1024).toFixed(1)} GiB, more than the datastore's ${(s.capacityMiB / 1024).toFixed(1)} GiB` });
    return problems;
}
export function checkProvisioning(spec) {
    const ids = scenarioIds(spec);
    return [...checkDatastoreNames(spec), ...checkGroups(spec, ids), ...checkEvents(spec, ids), ...checkCapacity(spec)];
}
//# sourceMappingURL=check-provisioning.js.map