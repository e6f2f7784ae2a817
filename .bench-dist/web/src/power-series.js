/**
 * Power by host state, for the Energy and money panel (pure: no DOM, no d3): the cluster series'
 * mean power of hosts serving, booting or shutting down, and in standby, in kW and summed over
 * clusters; the hosts in standby; the host.power events as power-downs and power-ups; host-hours
 * spent in standby.
 */
import { lifecycleText, field } from './lifecycle.js';
import { memoPerReport } from './memo.js';
import { ALL_CLUSTERS, clusterView } from './shape.js';
/** The power series of cluster `key`, or of every cluster summed (`ALL_CLUSTERS`); cached per report, do not mutate. */
export const powerView = memoPerReport((report, key) => computePowerView(report, key));
function computePowerView(report, key) {
    const s = report.series;
    const n = s.t.length;
    const ids = key === ALL_CLUSTERS ? Object.keys(s.clusters) : [key];
    const parts = ids.map((id) => s.clusters[id]).filter((c) => c !== undefined);
    const total = (pick, scale) => Array.from({ length: n }, (_, i) => parts.reduce((a, c) => a + (pick(c)[i] ?? 0), 0) * scale);
    const transitionKW = total((c) => c.powerTransitionW, 1e-3);
    const standbyKW = total((c) => c.powerStandbyW, 1e-3);
    const hostsStandby = total((c) => c.hostsStandby, 1);
    const base = clusterView(report, key);
    return {
        key,
        label: base.label,
        t: base.t,
        dt: base.dt,
        x: base.x,
        servingKW: total((c) => c.powerServingW, 1e-3),
        transitionKW,
        standbyKW,
        hostsStandby,
        managed: [transitionKW, standbyKW, hostsStandby].some((xs) => xs.some((x) => x > 0)),
    };
}
/**
 * The report's host.power events of cluster `key` (all for ALL_CLUSTERS) that start a change of
 * direction: on → shutting-down (or standby directly) is a power-down, standby → booting (or on
 * directly) a power-up; the end of each transition is left out, so each change is one tick.
 */
export function powerChanges(report, key) {
    const out = [];
    for (const e of report.events.items) {
        if (e.type !== 'host.power')
            continue;
        const host = field(e, 'host');
        if (key !== ALL_CLUSTERS && !host.startsWith(`${key}/`))
            continue;
        const direction = powerDirection(e);
        if (direction)
            out.push({ t: e.t, host, direction, text: lifecycleText(e) });
    }
    return out;
}
/** Whether a host.power event starts a power-down or a power-up (null: it ends one). */
export function powerDirection(e) {
    const from = field(e, 'from');
    const to = field(e, 'to');
    if (to === 'shutting-down' || (to === 'standby' && from !== 'shutting-down'))
        return 'down';
    if (to === 'booting' || (to === 'on' && from !== 'booting'))
        return 'up';
    return null;
}
/** host.power-skipped events of cluster `key` (power-downs power management decided against). */
export function powerSkips(report, key) {
    return report.events.items.filter((e) => e.type === 'host.power-skipped' && (key === ALL_CLUSTERS || field(e, 'host').startsWith(`${key}/`))).length;
}
/** Host-hours in standby, worked out once per report (the findings and the panel both ask). */
const standbyHours = new WeakMap();
/**
 * Host-hours spent in standby: from the host series' state at each interval's end when the report
 * has them (each interval counted whole), else from the clusters' hosts in standby (which also
 * counts hosts booting or shutting down).
 */
export function standbyHostHours(report) {
    let v = standbyHours.get(report);
    if (v === undefined) {
        v = computeStandbyHostHours(report);
        standbyHours.set(report, v);
    }
    return v;
}
function computeStandbyHostHours(report) {
    const { t, intervalMs, hosts, clusters } = report.series;
    let ms = 0;
    if (hosts) {
        for (const h of Object.values(hosts))
            h.state.forEach((st, i) => (ms += st === 'standby' ? (intervalMs[i] ?? 0) : 0));
    }
    else {
        for (const c of Object.values(clusters))
            c.hostsStandby.forEach((k, i) => (ms += k * (intervalMs[i] ?? 0)));
    }
    return t.length > 0 ? ms / 3_600_000 : 0;
}
//# sourceMappingURL=power-series.js.map