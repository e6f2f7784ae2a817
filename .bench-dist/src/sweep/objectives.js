/**
 * Service objectives: `<metric> <op> <number>` (ops <, <=, >, >=, ==), e.g.
 * `cpuReady.p95OfVmP95Pct<5`. A point meets an objective when its mean does (basis `mean`), or
 * when the unfavourable end of its 95 % confidence interval does (basis `ci95`: the upper bound
 * for < and <=, the lower for > and >=, both for ==).
 */
import { METRIC_NAMES } from './metrics.js';
export class ObjectiveError extends Error {
}
/** p95 CPU ready under 5 %, no swap at any time, availability at least 99.95 %. */
export const DEFAULT_OBJECTIVES = [
    'cpuReady.p95OfVmP95Pct<5',
    'memory.peakSwappedGiB==0',
    'availability.meanVmAvailabilityPct>=99.95',
];
const FORM = /^\s*([A-Za-z][A-Za-z0-9.]*)\s*(<=|>=|==|<|>)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$/;
export function parseObjective(text) {
    const m = FORM.exec(text);
    if (!m)
        throw new ObjectiveError(`bad objective '${text}': expected <metric><op><number> with op one of < <= > >= ==, e.g. 'cpuReady.p95OfVmP95Pct<5'`);
    const [, metric, op, num] = m;
    const index = METRIC_NAMES.indexOf(metric);
    if (index < 0)
        throw new ObjectiveError(`bad objective '${text}': unknown metric '${metric}'; known metrics: ${METRIC_NAMES.join(', ')}`);
    const threshold = Number(num);
    return { metric, index, op, threshold, text: `${metric}${op}${threshold}` };
}
function holds(x, op, t) {
    switch (op) {
        case '<':
            return x < t;
        case '<=':
            return x <= t;
        case '>':
            return x > t;
        case '>=':
            return x >= t;
        case '==':
            return x === t;
    }
}
/** Whether a point meets `o`; a metric the runs did not give fails its objective. */
export function meets(o, s, basis) {
    if (Number.isNaN(s.mean))
        return false;
    if (basis === 'mean')
        return holds(s.mean, o.op, o.threshold);
    // With one replication there is no interval: judge the mean.
    const lo = Number.isNaN(s.ciLow) ? s.mean : s.ciLow;
    const hi = Number.isNaN(s.ciHigh) ? s.mean : s.ciHigh;
    switch (o.op) {
        case '<':
        case '<=':
            return holds(hi, o.op, o.threshold);
        case '>':
        case '>=':
            return holds(lo, o.op, o.threshold);
        case '==':
            return holds(lo, o.op, o.threshold) && holds(hi, o.op, o.threshold);
    }
}
//# sourceMappingURL=objectives.js.map