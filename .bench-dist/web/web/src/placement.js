/**
 * Placement over time for the playback: which VMs run on which host at the end of each output
 * interval, rebuilt from the report's events. vm.placed puts a VM on a host; vm.down takes it
 * off (it waits, down, with its reason: ha.restart-failed makes it waiting for capacity,
 * ha.failure-detected not protected when its restart priority is disabled); vm.restarting puts it on its new host (booting until
 * vm.restarted); migration.started marks it migrating on its source, migration.completed moves
 * it to the destination. VMs the events never mention stay on their end-of-run host for the
 * whole run. When the report keeps only the first events, placement after the last kept event
 * is as of that event (`approximateAfter`). Pure: no DOM.
 */
import { field } from './lifecycle.js';
import { clusterView, compareIds } from './shape.js';
/** The placement change an event makes, and where the VM was before it (for VMs first seen in it). */
function changeOf(e) {
    const vm = 'vm' in e && typeof e.vm === 'string' ? e.vm : '';
    const base = { t: e.t, vm, reason: '', from: '' };
    switch (e.type) {
        case 'vm.placed':
            return { change: { ...base, host: e.host, status: 'running' }, before: null };
        case 'vm.down':
            return { change: { ...base, host: null, status: 'down', reason: field(e, 'reason'), from: field(e, 'host') }, before: field(e, 'host') };
        case 'ha.restart-failed':
            return { change: { ...base, host: null, status: 'down', reason: 'waiting-for-capacity' }, before: null };
        case 'ha.failure-detected':
            // Not a VM's change: HA now knows the host is dead; its unprotected VMs stay down.
            return { change: { ...base, host: null, status: 'down', reason: 'not-protected', from: field(e, 'host') }, before: null };
        case 'vm.restarting':
            return { change: { ...base, host: field(e, 'host'), status: 'booting' }, before: null };
        case 'vm.restarted':
            return { change: { ...base, host: field(e, 'host'), status: 'running' }, before: null };
        case 'migration.started':
            return { change: { ...base, host: field(e, 'from'), status: 'migrating' }, before: field(e, 'from') };
        case 'migration.aborted':
            return { change: { ...base, host: field(e, 'from'), status: 'running' }, before: field(e, 'from') };
        case 'migration.completed':
            return { change: { ...base, host: field(e, 'to'), status: 'running' }, before: field(e, 'from') };
        default:
            return null;
    }
}
/** Placement rebuilt from the events (see the module comment); static when the events move nothing. */
export function eventPlacement(report, hosts) {
    const vmById = new Map(report.vms.map((v) => [v.id, v]));
    const hostById = new Map(report.hosts.map((h) => [h.id, h]));
    const changes = [];
    const initial = new Map();
    const detections = [];
    for (const e of report.events.items) {
        const c = changeOf(e);
        if (c && e.type === 'ha.failure-detected')
            detections.push(c.change);
        if (!c || !vmById.has(c.change.vm))
            continue;
        if (!initial.has(c.change.vm))
            initial.set(c.change.vm, { host: c.before, status: 'running', reason: '', since: 0, from: '' });
        changes.push(c.change);
    }
    changes.push(...detections);
    changes.sort((a, b) => a.t - b.t);
    for (const v of report.vms)
        if (!initial.has(v.id) && v.host !== null)
            initial.set(v.id, { host: v.host, status: 'running', reason: '', since: 0, from: '' });
    const moving = changes.some((c) => c.t > 0 || c.status !== 'running');
    const clusterOfVm = (where, vm) => hostById.get(where.from)?.cluster ?? report.clusters.find((c) => vm.id.startsWith(`${c.id}/`) || vm.group.startsWith(`${c.id}/`))?.id ?? '';
    const order = (a, b) => compareIds(a.group, b.group) || compareIds(a.id, b.id);
    // The replay: `now` is the placement after the first `applied` changes.
    let now = new Map();
    let applied = 0;
    const reset = () => {
        now = new Map([...initial].map(([k, w]) => [k, { ...w }]));
        applied = 0;
    };
    const apply = (c) => {
        if (c.vm === '') {
            // HA declared host c.from dead: its VMs still down there with restarts disabled wait for it.
            for (const [id, w] of now)
                if (w.status === 'down' && w.from === c.from && vmById.get(id)?.haPriority === 'disabled')
                    w.reason = c.reason;
            return;
        }
        const w = now.get(c.vm) ?? { host: null, status: 'running', reason: '', since: 0, from: '' };
        if (c.status === 'down') {
            // A failed restart leaves the VM down where it went down; only the reason changes.
            if (w.status !== 'down') {
                w.since = c.t;
                w.from = c.from || w.host || '';
            }
            w.reason = c.reason || w.reason;
        }
        w.host = c.host;
        w.status = c.status;
        now.set(c.vm, w);
    };
    const ends = report.series.t.map((t, i) => t + (report.series.intervalMs[i] ?? 0));
    let frame = -1;
    const seek = (i) => {
        if (i === frame)
            return;
        if (i < frame || frame < 0)
            reset();
        const end = ends[i] ?? Number.POSITIVE_INFINITY;
        while (applied < changes.length && changes[applied].t <= end)
            apply(changes[applied++]);
        frame = i;
    };
    // The most VMs on one host or down in one cluster, over the whole run (one pass over the changes).
    reset();
    const counts = new Map();
    const downClusters = new Set();
    let maxVms = 0;
    const bump = (key, d) => {
        const n = (counts.get(key) ?? 0) + d;
        counts.set(key, n);
        if (n > maxVms)
            maxVms = n;
        if (d > 0 && key.startsWith('d:'))
            downClusters.add(key.slice(2));
    };
    const slot = (w, vm) => (w.host !== null ? `h:${w.host}` : w.status === 'down' ? `d:${clusterOfVm(w, vm)}` : null);
    for (const [id, w] of now) {
        const s = slot(w, vmById.get(id));
        if (s)
            bump(s, 1);
    }
    for (const c of changes) {
        if (c.vm === '')
            continue;
        const vm = vmById.get(c.vm);
        const before = now.get(c.vm);
        const s0 = before ? slot(before, vm) : null;
        apply(c);
        const s1 = slot(now.get(c.vm), vm);
        if (s0 !== s1) {
            if (s0)
                bump(s0, -1);
            if (s1)
                bump(s1, 1);
        }
    }
    reset();
    const hs = report.series.hosts;
    const clusterUtil = new Map();
    if (!hs)
        for (const c of report.clusters)
            clusterUtil.set(c.id, clusterView(report, c.id).utilPct);
    const last = report.events.items.reduce((m, e) => Math.max(m, e.t), 0);
    let cached = null;
    const build = (i) => {
        if (cached && cached.i === i)
            return cached;
        seek(i);
        const byHost = new Map();
        const status = new Map();
        const down = [];
        for (const [id, w] of now) {
            const vm = vmById.get(id);
            if (w.host !== null) {
                const list = byHost.get(w.host) ?? [];
                list.push(vm);
                byHost.set(w.host, list);
                if (w.status !== 'running') {
                    const m = status.get(w.host) ?? new Map();
                    m.set(id, w.status);
                    status.set(w.host, m);
                }
            }
            else if (w.status === 'down')
                down.push({ vm, reason: w.reason, since: w.since, from: w.from, cluster: clusterOfVm(w, vm) });
        }
        for (const list of byHost.values())
            list.sort(order);
        down.sort((a, b) => a.since - b.since || order(a.vm, b.vm));
        const frames = hosts.map((h) => {
            const s = hs?.[h.id];
            return {
                host: h,
                vms: byHost.get(h.id) ?? [],
                status: status.get(h.id) ?? new Map(),
                utilPct: s ? (s.utilPct[i] ?? Number.NaN) : (clusterUtil.get(h.cluster)?.[i] ?? Number.NaN),
                memState: s ? (s.memState[i] ?? null) : null,
                state: s ? (s.state[i] ?? null) : null,
            };
        });
        cached = { i, frames, down };
        return cached;
    };
    return {
        frames: report.series.t.length,
        approximate: !hs,
        approximateAfter: report.events.truncated ? last : null,
        moving,
        maxVms,
        downClusters,
        at: (i) => build(i).frames,
        down: (i) => build(i).down,
    };
}
