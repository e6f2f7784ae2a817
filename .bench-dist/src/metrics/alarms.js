/**
 * Alarms, raised and cleared during the run from the output intervals' averages, as a
 * monitoring system evaluates its rules on 5-minute statistics. A rule with a duration fires at
 * the end of the interval by which its condition has held that long, and clears at the end of
 * the first interval in which it no longer holds.
 */
import { MEMORY_STATES } from '../model/memory/min-free.js';
export const ALARM_RULES = ['cpu-ready', 'host-cpu', 'host-swapping', 'host-memory-state'];
/** Alarms kept in memory for the report; all of them are counted and go to the listeners. */
export const KEPT_ALARMS = 100_000;
/** One rule over a set of targets: when its condition started holding, and its open alarm. */
class RuleState {
    rule;
    threshold;
    forMs;
    unit;
    ids;
    cluster;
    since;
    open;
    constructor(rule, threshold, forMs, unit, ids, 
    /** Cluster of each target. */
    cluster) {
        this.rule = rule;
        this.threshold = threshold;
        this.forMs = forMs;
        this.unit = unit;
        this.ids = ids;
        this.cluster = cluster;
        this.since = new Float64Array(ids.length).fill(NaN);
        this.open = new Array(ids.length).fill(null);
    }
}
function noneRaised() {
    return { 'cpu-ready': 0, 'host-cpu': 0, 'host-swapping': 0, 'host-memory-state': 0 };
}
export class AlarmEvaluator {
    listeners;
    alarms = [];
    raised = noneRaised();
    /** Alarms raised per cluster, by rule (the report's counts per cluster, merged over clusters). */
    raisedByCluster;
    rules = [];
    stateFloor;
    constructor(spec, world, listeners) {
        this.listeners = listeners;
        const vms = world.vms.ids;
        const hosts = world.hosts.ids;
        const vc = world.vms.cluster;
        const hc = world.hosts.cluster;
        this.raisedByCluster = world.clusters.map(() => noneRaised());
        if (spec.cpuReady)
            this.rules.push(new RuleState('cpu-ready', spec.cpuReady.thresholdPct, spec.cpuReady.for, '%', vms, vc));
        if (spec.hostCpu)
            this.rules.push(new RuleState('host-cpu', spec.hostCpu.thresholdPct, spec.hostCpu.for, '%', hosts, hc));
        if (spec.hostSwapping)
            this.rules.push(new RuleState('host-swapping', 0, 0, 'MiB/s', hosts, hc));
        this.stateFloor = spec.hostMemoryState === null ? -1 : MEMORY_STATES.indexOf(spec.hostMemoryState);
        if (this.stateFloor >= 0)
            this.rules.push(new RuleState('host-memory-state', this.stateFloor, 0, 'state', hosts, hc));
    }
    onSample(f) {
        for (const r of this.rules) {
            const n = r.ids.length;
            for (let i = 0; i < n; i++)
                this.evaluate(r, i, this.value(r.rule, f, i), f.t0, f.t1);
        }
    }
    value(rule, f, i) {
        switch (rule) {
            case 'cpu-ready':
                return f.vm.readyPct[i];
            case 'host-cpu':
                return f.host.utilPct[i];
            case 'host-swapping':
                return f.host.swapInMiBps[i] + f.host.swapOutMiBps[i];
            case 'host-memory-state':
                return f.host.memState[i];
        }
    }
    evaluate(r, i, value, t0, t1) {
        const holds = r.rule === 'host-memory-state' ? value >= r.threshold : value > r.threshold;
        const open = r.open[i];
        if (!holds) {
            r.since[i] = NaN;
            if (open) {
                open.clearedAt = t1;
                r.open[i] = null;
                for (const l of this.listeners)
                    l.alarmCleared?.(t1, open);
            }
            return;
        }
        if (Number.isNaN(r.since[i]))
            r.since[i] = t0;
        if (open) {
            if (value > open.peak)
                open.peak = value;
            return;
        }
        if (t1 - r.since[i] < r.forMs)
            return;
        const alarm = {
            rule: r.rule,
            target: r.ids[i],
            since: r.since[i],
            raisedAt: t1,
            clearedAt: null,
            peak: value,
            threshold: r.threshold,
            unit: r.unit,
        };
        r.open[i] = alarm;
        this.raised[r.rule]++;
        this.raisedByCluster[r.cluster[i]][r.rule]++;
        if (this.alarms.length < KEPT_ALARMS)
            this.alarms.push(alarm);
        for (const l of this.listeners)
            l.alarmRaised?.(t1, alarm);
    }
    /** Alarms still raised at the end of the run (of one cluster, when given). */
    activeCount(cluster) {
        let n = 0;
        for (const r of this.rules)
            r.open.forEach((a, i) => {
                if (a && (cluster === undefined || r.cluster[i] === cluster))
                    n++;
            });
        return n;
    }
    get total() {
        return ALARM_RULES.reduce((s, r) => s + this.raised[r], 0);
    }
}
//# sourceMappingURL=alarms.js.map