/**
 * The what-if scenario: the scenario a report came from with every group resized to the largest
 * recommendation among its VMs (a group shares one template, so no VM of it ends undersized), its
 * workload rescaled to ask for the same MHz and MiB (scale-workload.ts). Each resized group gets
 * its own template "<template>.rightsized-<cluster>-<group>"; comments of the original file are
 * kept. Groups that cannot be rescaled (trace workloads) or have no VM that ran are left as they
 * are and named in the returned notes.
 */
import { parseDocument } from 'yaml';
import { scaleWorkload } from './scale-workload.js';
export function whatIfScenario(scenarioText, rows, bufferPct) {
    const doc = parseDocument(scenarioText, { merge: true });
    const spec = doc.toJS();
    const templates = (spec.templates ?? {});
    const byGroup = new Map();
    for (const r of rows)
        byGroup.set(r.vm.group, [...(byGroup.get(r.vm.group) ?? []), r]);
    const notes = [];
    let resized = 0;
    const clusters = (spec.clusters ?? []);
    clusters.forEach((cluster, k) => {
        const site = String(cluster.site ?? 'dc1');
        (cluster.vms ?? []).forEach((group, j) => {
            const id = `${site}/${String(cluster.name)}/${String(group.name)}`;
            const recs = byGroup.get(id);
            const template = templates[String(group.template)];
            if (recs === undefined || template === undefined) {
                notes.push(`${id}: left as it is (no VM of it ran)`);
                return;
            }
            const oldVcpus = Number(template.vcpus);
            const oldGiB = Number(template.memoryGiB);
            const cpuRes = Number(template.cpu?.reservationMHz ?? 0);
            const memRes = Number(template.memory?.reservationGiB ?? 0);
            const hostMhz = Math.min(...(cluster.hosts ?? []).map((h) => Number(h.mhz)));
            // Never below a reservation: the resized VM must still be able to hold it.
            const vcpus = Math.max(...recs.map((r) => r.rec.recommendedVcpus), Math.ceil(cpuRes / hostMhz));
            const memoryGiB = Math.max(...recs.map((r) => r.rec.recommendedMemoryGiB), memRes);
            if (vcpus === oldVcpus && memoryGiB === oldGiB)
                return;
            const workload = scaleWorkload(group.workload, oldVcpus / vcpus, oldGiB / memoryGiB);
            if (workload === null) {
                notes.push(`${id}: left as it is (a ${String(group.workload.type)} workload cannot be rescaled)`);
                return;
            }
            const name = `${String(group.template)}.rightsized-${String(cluster.name)}-${String(group.name)}`;
            const memory = { ...(template.memory ?? {}) };
            if (typeof memory.touchedPct === 'number')
                memory.touchedPct = Math.min(100, Math.floor((memory.touchedPct * oldGiB) / memoryGiB * 1000) / 1000);
            doc.setIn(['templates', name], doc.createNode({ ...template, vcpus, memoryGiB, ...(template.memory !== undefined ? { memory } : {}) }));
            doc.setIn(['clusters', k, 'vms', j, 'template'], name);
            const node = doc.createNode(workload);
            node.flow = true;
            doc.setIn(['clusters', k, 'vms', j, 'workload'], node);
            notes.push(`${id}: ${oldVcpus} → ${vcpus} vCPUs, ${oldGiB} → ${memoryGiB} GiB`);
            resized++;
        });
    });
    doc.set('name', `${String(spec.name)}-rightsized`);
    const before = doc.commentBefore ? `\n${doc.commentBefore}` : '';
    doc.commentBefore = ` What-if (dcsim rightsize): every group resized to its VMs' largest recommendation (p95 demand + ${bufferPct} % buffer), workloads rescaled to ask for the same MHz and MiB.\n${notes.map((n) => ` ${n}`).join('\n')}${before}`;
    return { text: doc.toString({ lineWidth: 0 }), notes, resizedGroups: resized };
}
//# sourceMappingURL=what-if.js.map