const HOUR = 3_600_000;
/** Host power settings of the story: standby and transition watts, shutdown and boot times. */
export const STANDBY_W = 12;
export const TRANSITION_W = 200;
export const SHUTDOWN_MS = 120_000;
export const HOST_BOOT_MS = 360_000;
export const DOWN_REASON = 'demand: all hosts below 45 % for 40 min';
export const UP_REASON = 'demand: a host at 84 % for 5 min';
/** Power-down and power-up times of each night that starts before `end`. */
function nights(end) {
    const out = [{ down: 40 * 60_000, up: 7 * HOUR }];
    for (let d = 0; d * 24 * HOUR + 20 * HOUR < end; d++)
        out.push({ down: d * 24 * HOUR + 20 * HOUR + 40 * 60_000, up: (d + 1) * 24 * HOUR + 7 * HOUR });
    return out.filter((n) => n.down < end);
}
function overlap(a0, a1, b0, b1) {
    return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}
export function planPower(o) {
    const { step, perHost, clusters: C } = o;
    const end = o.intervals * step;
    const stretches = new Map();
    const events = [];
    const migrations = [];
    const vms = new Map();
    const sleepersOf = new Map();
    const keeperOf = new Set();
    const story = (v) => {
        let s = vms.get(v);
        if (!s) {
            s = { host: Math.floor(v / perHost), down: [], migrations: 0, migrationDowntimeMs: 0 };
            vms.set(v, s);
        }
        return s;
    };
    const move = (v, to, reason, startedAt, j) => {
        const s = story(v);
        const item = {
            vm: o.vmId(Math.floor(v / perHost), v % perHost),
            from: o.hostId(s.host),
            to: o.hostId(to),
            reason,
            startedAt,
            durationMs: 20_000 + 5_000 * j,
            rounds: 3 + (j % 3),
            transferredMiB: 8_500 + 300 * j,
            downtimeMs: 90 + 20 * j,
            converged: true,
        };
        migrations.push(item);
        const ids = { vm: item.vm, from: item.from, to: item.to };
        if (reason === 'drs')
            events.push({ t: startedAt, type: 'drs.recommendation', cluster: o.hostId(to).split('/').slice(0, 2).join('/'), ...ids });
        events.push({ t: startedAt, type: 'migration.started', ...ids, reason, plannedMs: item.durationMs });
        events.push({ t: startedAt + item.durationMs, type: 'migration.completed', ...ids, durationMs: item.durationMs, rounds: item.rounds, transferredMiB: item.transferredMiB, downtimeMs: item.downtimeMs, reason });
        s.host = to;
        s.migrations += 1;
        s.migrationDowntimeMs += item.downtimeMs;
        return startedAt + item.durationMs;
    };
    const power = (t, host, from, to, reason) => events.push({ t, type: 'host.power', host: o.hostId(host), from, to, reason });
    for (let c = 0; c < C; c++) {
        const members = Array.from({ length: o.hosts }, (_, h) => h).filter((h) => h % C === c);
        const k = Math.max(0, Math.min(Math.floor(members.length / 2), members.length - 2));
        const keepers = members.slice(0, members.length - k);
        const sleepers = members.slice(members.length - k);
        for (const h of keepers)
            keeperOf.add(h);
        sleepersOf.set(c, sleepers);
        if (k === 0)
            continue;
        for (const night of nights(end)) {
            sleepers.forEach((h, j) => {
                const own = Array.from({ length: perHost }, (_, m) => h * perHost + m);
                const evacAt = night.down + j * step;
                if (evacAt >= end)
                    return;
                events.push({ t: evacAt, type: 'host.maintenance-entered', host: o.hostId(h), durationMs: null });
                const evacuatedAt = Math.max(...own.map((v, m) => move(v, keepers[(j * perHost + m) % keepers.length], 'maintenance', evacAt, m)));
                events.push({ t: evacuatedAt, type: 'host.maintenance-ready', host: o.hostId(h), evacuatedIn: evacuatedAt - evacAt });
                events.push({ t: evacuatedAt, type: 'host.maintenance-exited', host: o.hostId(h), inMaintenanceMs: evacuatedAt - evacAt });
                const standbyAt = evacuatedAt + SHUTDOWN_MS;
                const bootAt = night.up + j * step;
                const onAt = bootAt + HOST_BOOT_MS;
                const list = stretches.get(h) ?? [];
                list.push({ from: evacAt, to: evacuatedAt, state: 'maintenance' }, { from: evacuatedAt, to: standbyAt, state: 'shutting-down' }, { from: standbyAt, to: bootAt, state: 'standby' }, { from: bootAt, to: onAt, state: 'booting' });
                stretches.set(h, list);
                power(evacuatedAt, h, 'on', 'shutting-down', DOWN_REASON);
                if (standbyAt < end)
                    power(standbyAt, h, 'shutting-down', 'standby', DOWN_REASON);
                if (bootAt < end)
                    power(bootAt, h, 'standby', 'booting', UP_REASON);
                if (onAt < end)
                    power(onAt, h, 'booting', 'on', UP_REASON);
                // DRS brings the VMs back once the host serves again.
                const backAt = onAt + step - 10_000;
                if (backAt < end)
                    own.forEach((v, m) => move(v, h, 'drs', backAt, m));
            });
            const skipAt = night.down + k * step;
            if (skipAt < end)
                events.push({ t: skipAt, type: 'host.power-skipped', host: o.hostId(keepers[keepers.length - 1]), why: 'too few hosts would stay on' });
        }
    }
    events.sort((x, y) => x.t - y.t);
    const stateAt = (h, t) => stretches.get(h)?.find((s) => t >= s.from && t < s.to)?.state ?? 'on';
    const shareIn = (h, t0, t1, states) => (stretches.get(h) ?? []).filter((s) => states.includes(s.state)).reduce((a, s) => a + overlap(t0, t1, s.from, s.to), 0) / (t1 - t0);
    const powerShares = (h, t0, t1) => {
        const transition = shareIn(h, t0, t1, ['shutting-down', 'booting']);
        const standby = shareIn(h, t0, t1, ['standby']);
        return { serving: 1 - transition - standby, transition, standby };
    };
    const upFraction = (h, t0, t1) => powerShares(h, t0, t1).serving;
    return {
        managed: () => true,
        hostState: stateAt,
        upFraction,
        idle: (h, t) => ['shutting-down', 'standby', 'booting'].includes(stateAt(h, t)),
        events,
        incidents: [],
        migrations: migrations.sort((x, y) => x.startedAt - y.startedAt),
        vms,
        hosts: new Map(),
        cast: null,
        powerShares,
        loadShare: (h, t0, t1) => {
            if (!keeperOf.has(h))
                return 1;
            const members = Array.from({ length: o.hosts }, (_, x) => x).filter((x) => x % C === h % C);
            const asleep = (sleepersOf.get(h % C) ?? []).reduce((a, s) => a + (1 - upFraction(s, t0, t1)), 0);
            return members.length / (members.length - asleep);
        },
    };
}
//# sourceMappingURL=synthetic-power.js.map