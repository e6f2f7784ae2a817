/** Restart priority of the k-th VM of every host. */
export const PRIORITIES = ['high', 'medium', 'low', 'disabled'];
/** HA heartbeat detection time and VM boot time of the story. */
export const DETECT_MS = 30_000;
export const BOOT_MS = 60_000;
export function noLifecycle() {
    return {
        managed: () => false,
        hostState: () => 'on',
        upFraction: () => 1,
        idle: () => false,
        events: [],
        incidents: [],
        migrations: [],
        vms: new Map(),
        hosts: new Map(),
        cast: null,
    };
}
function overlap(a0, a1, b0, b1) {
    return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}
export function planLifecycle(o) {
    const { step, intervals: M, perHost, clusters: C } = o;
    const cl0 = Array.from({ length: o.hosts }, (_, h) => h).filter((h) => h % C === 0);
    if (cl0.length < 4 || M < 40 || perHost < 4)
        throw new Error('the lifecycle story needs 4 hosts in the first cluster, 4 VMs per host and 40 intervals');
    const failed = cl0[0];
    const maintenance = cl0[cl0.length - 1];
    const targets = cl0.slice(1, -1);
    const at = (frac) => Math.floor(M * frac) * step;
    const failAt = at(0.3) + Math.floor(step * 0.3);
    const detectAt = failAt + DETECT_MS;
    const waitUntil = detectAt + 4 * step;
    const repairAt = failAt + 24 * step;
    const events = [];
    const vms = new Map();
    const story = (h, k) => {
        const v = h * perHost + k;
        let s = vms.get(v);
        if (!s) {
            s = { host: h, down: [], migrations: 0, migrationDowntimeMs: 0 };
            vms.set(v, s);
        }
        return s;
    };
    const F = o.hostId(failed);
    // The failure and HA's restarts.
    events.push({ t: failAt, type: 'host.failed', host: F, cause: 'scripted', vms: perHost, incident: 0 });
    for (let k = 0; k < perHost; k++)
        events.push({ t: failAt, type: 'vm.down', vm: o.vmId(failed, k), host: F, reason: 'host-failure' });
    events.push({ t: detectAt, type: 'ha.failure-detected', host: F, incident: 0 });
    let recoveredAt = 0;
    const restart = (k, host, t, attempt) => {
        const s = story(failed, k);
        s.host = host;
        events.push({ t, type: 'vm.restarting', vm: o.vmId(failed, k), host: o.hostId(host), priority: PRIORITIES[k % 4], attempt, shouldRuleViolated: false });
        events.push({ t: t + BOOT_MS, type: 'vm.restarted', vm: o.vmId(failed, k), host: o.hostId(host), downMs: t + BOOT_MS - failAt });
        s.down.push({ reason: 'restarting', from: t, to: t + BOOT_MS });
        recoveredAt = Math.max(recoveredAt, t + BOOT_MS);
    };
    for (let k = 0; k < perHost; k++) {
        const s = story(failed, k);
        s.down.push({ reason: 'host-failure', from: failAt, to: detectAt });
        const p = PRIORITIES[k % 4];
        if (p === 'high' || p === 'medium')
            restart(k, targets[k % targets.length], detectAt, 1);
        else if (p === 'low') {
            events.push({ t: detectAt, type: 'ha.restart-failed', vm: o.vmId(failed, k), attempt: 1, why: 'no host has 8 GiB of unreserved memory' });
            s.down.push({ reason: 'waiting-for-capacity', from: detectAt, to: waitUntil });
            restart(k, targets[k % targets.length], waitUntil, 2);
        }
        else
            s.down.push({ reason: 'not-protected', from: detectAt, to: repairAt });
    }
    events.push({ t: repairAt, type: 'host.repaired', host: F, incident: 0 });
    for (let k = 0; k < perHost; k++)
        if (PRIORITIES[k % 4] === 'disabled')
            restart(k, failed, repairAt, 1);
    events.push({ t: recoveredAt, type: 'ha.incident-recovered', incident: 0, vms: perHost, recoveryMs: recoveredAt - failAt });
    const incidents = [
        { id: 0, t: failAt, cause: 'scripted', hosts: [F], vmsAffected: perHost, vmsRecovered: perHost, recoveredAt, recoveryMs: recoveredAt - failAt },
    ];
    // Migrations: one DRS move, one that does not converge, and the evacuation for maintenance.
    const migrations = [];
    const migrate = (h, k, to, reason, startedAt, j, converged) => {
        const item = {
            vm: o.vmId(h, k),
            from: o.hostId(h),
            to: o.hostId(to),
            reason,
            startedAt,
            durationMs: converged ? 25_000 + 15_000 * j : 40_000,
            rounds: converged ? 3 + (j % 3) : 30,
            transferredMiB: converged ? 9_000 + 250 * j : 41_000,
            downtimeMs: converged ? 120 + 40 * j : 0,
            converged,
        };
        migrations.push(item);
        const ids = { vm: item.vm, from: item.from, to: item.to };
        events.push({ t: startedAt, type: 'migration.started', ...ids, reason, plannedMs: item.durationMs });
        const end = startedAt + item.durationMs;
        if (converged) {
            events.push({ t: end, type: 'migration.completed', ...ids, durationMs: item.durationMs, rounds: item.rounds, transferredMiB: item.transferredMiB, downtimeMs: item.downtimeMs, reason });
            const s = story(h, k);
            s.host = to;
            s.migrations += 1;
            s.migrationDowntimeMs += item.downtimeMs;
        }
        else
            events.push({ t: end, type: 'migration.aborted', ...ids, why: 'did not converge in 30 pre-copy rounds', reason });
    };
    const drsAt = at(0.5) + step - 10_000;
    const [a, b] = [targets[0], targets[1]];
    events.push({ t: drsAt, type: 'drs.recommendation', cluster: 'c0', vm: o.vmId(a, 1), from: o.hostId(a), to: o.hostId(b) });
    migrate(a, 1, b, 'drs', drsAt, 0, true);
    migrate(b, 2, a, 'drs', at(0.55) + step - 5_000, 0, false);
    const enterAt = at(0.7) + step - 30_000;
    const exitAt = at(0.85) + Math.floor(step / 2);
    const Mh = o.hostId(maintenance);
    events.push({ t: enterAt, type: 'host.maintenance-entered', host: Mh, durationMs: null });
    for (let k = 0; k < perHost; k++)
        migrate(maintenance, k, targets[k % targets.length], 'maintenance', enterAt, k, true);
    const evacuatedAt = Math.max(...migrations.filter((m) => m.reason === 'maintenance').map((m) => m.startedAt + m.durationMs));
    events.push({ t: evacuatedAt, type: 'host.maintenance-ready', host: Mh, evacuatedIn: evacuatedAt - enterAt });
    events.push({ t: exitAt, type: 'host.maintenance-exited', host: Mh, inMaintenanceMs: exitAt - enterAt });
    events.sort((x, y) => x.t - y.t);
    const hosts = new Map([[failed, { failedFrom: failAt, failedTo: repairAt }]]);
    return {
        managed: (c) => c === 0,
        hostState: (h, end) => {
            if (h === failed && end >= failAt && end < repairAt)
                return 'failed';
            if (h === maintenance && end >= enterAt && end < exitAt)
                return 'maintenance';
            return 'on';
        },
        upFraction: (h, t0, t1) => (h === failed ? 1 - overlap(t0, t1, failAt, repairAt) / (t1 - t0) : 1),
        idle: (h, t) => (h === failed && t >= failAt && t < repairAt) || (h === maintenance && t >= evacuatedAt && t < exitAt),
        events,
        incidents,
        migrations: migrations.sort((x, y) => x.startedAt - y.startedAt),
        vms,
        hosts,
        cast: { failed, targets, maintenance, failAt, repairAt },
    };
}
//# sourceMappingURL=synthetic-lifecycle.js.map