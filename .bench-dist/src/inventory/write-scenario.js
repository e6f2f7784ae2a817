/**
 * An Inventory written as a dcsim scenario (YAML text with comments): one scenario cluster per
 * vSphere cluster, host groups by server model (host-groups.ts), VM groups by configuration with a
 * constant starting workload (vm-groups.ts). Every guess and every column not read is a comment,
 * so the file says what it knows and what it assumed.
 */
import { Document } from 'yaml';
import { hostGroups } from './host-groups.js';
import { NameScope, scenarioName } from './names.js';
import { vmGroups } from './vm-groups.js';
/** First line of every imported scenario: `--force` replaces only files that carry it. */
export const IMPORT_HEADER = 'Scenario imported from an RVTools export (dcsim import rvtools).';
const STANDALONE = 'standalone-hosts';
/** vSphere HA admission control from vCluster: off, or host failures to tolerate (dcsim's default slot policy). */
function admission(c) {
    if (!c.admissionControl)
        return { policy: 'disabled' };
    return c.failoverLevel === null ? {} : { hostFailuresToTolerate: c.failoverLevel };
}
export function writeScenario(inv, scenarioNameHint) {
    const comments = [];
    const header = [IMPORT_HEADER, `Source: ${inv.source}.`];
    const hostByName = new Map(inv.hosts.map((h) => [h.name, h]));
    const clusterNames = [...new Set([...inv.clusters.map((c) => c.name), ...inv.hosts.map((h) => h.cluster || STANDALONE)])];
    const templates = {};
    const templateScope = new NameScope();
    const clusterScope = new NameScope();
    const datastoreNames = new Map(inv.datastores.map((d) => [d.name, scenarioName(d.name, 'datastore')]));
    const clusters = [];
    const vmsLeft = new Set(inv.vms);
    for (const cname of clusterNames) {
        const hosts = inv.hosts.filter((h) => (h.cluster || STANDALONE) === cname);
        if (hosts.length === 0)
            continue;
        const name = clusterScope.take(scenarioName(cname, 'cluster'));
        const k = clusters.length;
        const info = inv.clusters.find((c) => c.name === cname);
        const hostNames = new Set(hosts.map((h) => h.name));
        const vms = inv.vms.filter((v) => (hostByName.has(v.host) ? hostNames.has(v.host) : (v.cluster || STANDALONE) === cname));
        for (const v of vms)
            vmsLeft.delete(v);
        const hg = hostGroups(hosts);
        const fallbackMhz = hosts[0]?.mhz ?? 2000;
        const groups = vmGroups(vms, (h) => (hostNames.has(h) ? hostByName.get(h).mhz : null), fallbackMhz, new Set(datastoreNames.keys()), templateScope, name);
        const clusterNotes = [
            `vSphere cluster "${cname}": ${hosts.length} host(s), ${vms.length} powered-on VM(s).`,
            'placement: caps off (the estate already runs at its consolidation; placement here is dcsim\'s, not vCenter\'s host-by-host assignment).',
        ];
        if (info === undefined)
            clusterNotes.push(`guess: "${cname}" is not in vCluster; HA and DRS off`);
        const cluster = {
            name,
            site: 'dc1',
            placement: { algorithm: 'spread', maxVcpuPerCore: null, maxMemoryOvercommit: null },
            ha: { enabled: info?.haEnabled ?? false, ...(info?.haEnabled ? { admissionControl: admission(info) } : {}) },
            drs: { enabled: info?.drsEnabled ?? false },
            hosts: hg.map((g) => g.spec),
            vms: groups.map((g) => ({ ...g.group, ...(g.group.datastore !== undefined ? { datastore: datastoreNames.get(g.group.datastore) } : {}) })),
        };
        clusters.push(cluster);
        comments.push({ path: ['clusters', k], lines: clusterNotes });
        hg.forEach((g, j) => {
            comments.push({ path: ['clusters', k, 'hosts', j], lines: g.notes });
            comments.push({ path: ['clusters', k, 'hosts', j, 'power'], lines: [] });
        });
        groups.forEach((g, j) => {
            templates[g.group.template] = g.template;
            comments.push({ path: ['clusters', k, 'vms', j], lines: g.notes });
            comments.push({ path: ['clusters', k, 'vms', j, 'workload'], lines: [] });
        });
    }
    if (vmsLeft.size > 0)
        header.push(`Left out: ${vmsLeft.size} powered-on VM(s) whose host and cluster are in no vHost row: ${[...vmsLeft].map((v) => v.name).slice(0, 20).join(', ')}.`);
    const { poweredOff, suspended, templates: tpl } = inv.skipped;
    header.push(`Left out: ${poweredOff} powered-off VM(s), ${suspended} suspended VM(s), ${tpl} template(s) (they use no CPU or memory).`);
    header.push('Run: one day at a 5 m step from a fixed start; the export holds one instant, not a history.');
    const unmappedLines = [];
    for (const [tab, cols] of inv.unmapped)
        if (cols.length > 0)
            unmappedLines.push(`${tab}: ${cols.join(', ')}`);
    for (const t of inv.missingTabs)
        unmappedLines.push(`${t}: tab not in the export (not imported)`);
    if (unmappedLines.length > 0)
        header.push('Columns not mapped (not read by the import):', ...unmappedLines.map((l) => `  ${l}`));
    const spec = {
        name: scenarioName(scenarioNameHint, 'imported'),
        description: `Imported from ${inv.source}: ${inv.hosts.length} hosts, ${inv.vms.length - vmsLeft.size} powered-on VMs.`,
        seed: 1,
        start: '2026-01-05T00:00:00Z',
        duration: '1d',
        step: '5m',
        templates,
        clusters,
        ...(inv.datastores.length > 0
            ? { datastores: inv.datastores.map((d) => ({ name: datastoreNames.get(d.name), capacityGiB: Number((d.capacityMiB / 1024).toFixed(1)) })) }
            : {}),
    };
    const doc = new Document(spec);
    doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
    let guesses = 0;
    for (const c of comments) {
        const node = doc.getIn(c.path, true);
        if (node === undefined)
            continue;
        if (c.lines.length === 0) {
            node.flow = true;
            continue;
        }
        guesses += c.lines.filter((l) => l.includes('guess:')).length;
        node.commentBefore = c.lines.map((l) => ` ${l}`).join('\n');
    }
    for (const t of Object.keys(templates)) {
        for (const part of ['cpu', 'memory']) {
            const n = doc.getIn(['templates', t, part], true);
            if (n !== undefined)
                n.flow = true;
        }
    }
    const placement = clusters.map((_, k) => doc.getIn(['clusters', k, 'placement'], true));
    for (const p of placement)
        p.flow = true;
    for (let k = 0; k < clusters.length; k++)
        for (const part of ['ha', 'drs'])
            doc.getIn(['clusters', k, part], true).flow = true;
    return { text: doc.toString({ lineWidth: 0 }), unmappedLines, guesses };
}
//# sourceMappingURL=write-scenario.js.map