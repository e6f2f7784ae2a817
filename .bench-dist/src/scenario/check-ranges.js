/**
 * Semantic checks that relate two fields: orderings (reservation ≤ limit, low ≤ high),
 * time relations (duration ≥ step, output interval a multiple of the step) and the VM total.
 * Each field is valid on its own (zod checked that); these catch contradictions between them.
 */
import { formatDuration } from './wording.js';
/** Largest number of VMs in one scenario: beyond it typed-array state stops fitting in memory. */
export const MAX_TOTAL_VMS = 10_000_000;
/** "expected `a` (x) to be at most `b` (y)" when x > y; the problem sits at `a`. */
function atMost(path, a, x, b, y) {
    return x <= y ? [] : [{ path, message: `expected ${a} (${x}) to be at most ${b} (${y})` }];
}
function checkTemplate(name, t) {
    const at = (...rest) => ['templates', name, ...rest];
    const problems = [];
    if (t.cpu.limitMHz !== null) {
        problems.push(...atMost(at('cpu', 'reservationMHz'), 'cpu.reservationMHz', t.cpu.reservationMHz, 'cpu.limitMHz', t.cpu.limitMHz));
    }
    problems.push(...atMost(at('memory', 'reservationGiB'), 'memory.reservationGiB', t.memory.reservationGiB, 'memoryGiB', t.memoryGiB));
    if (t.memory.limitGiB !== null) {
        problems.push(...atMost(at('memory', 'reservationGiB'), 'memory.reservationGiB', t.memory.reservationGiB, 'memory.limitGiB', t.memory.limitGiB));
    }
    return problems;
}
function checkWorkload(w, at) {
    switch (w.type) {
        case 'diurnal':
            return atMost(at('low'), 'low', w.low, 'high', w.high);
        case 'random-walk': {
            const order = atMost(at('min'), 'min', w.min, 'max', w.max);
            if (order.length > 0)
                return order;
            if (w.start < w.min || w.start > w.max) {
                return [{ path: at('start'), message: `expected start (${w.start}) to be between min (${w.min}) and max (${w.max})` }];
            }
            return [];
        }
        case 'uniform':
            return atMost(at('min'), 'min', w.min, 'max', w.max);
        default:
            return [];
    }
}
function checkTimes(spec) {
    const problems = [];
    const step = formatDuration(spec.step);
    if (spec.duration < spec.step) {
        problems.push({
            path: ['duration'],
            message: `expected duration (${formatDuration(spec.duration)}) to be at least one step (${step})`,
        });
    }
    const interval = spec.outputs.interval;
    if (interval !== undefined && interval % spec.step !== 0) {
        problems.push({
            path: ['outputs', 'interval'],
            message: `expected outputs.interval (${formatDuration(interval)}) to be a whole multiple of the step (${step}), ` +
                'because series are sampled at model steps',
        });
    }
    return problems;
}
function checkTotal(spec) {
    let total = 0;
    for (const cluster of spec.clusters)
        for (const group of cluster.vms)
            total += group.count;
    if (total <= MAX_TOTAL_VMS)
        return [];
    const fmt = (n) => n.toLocaleString('en-US');
    return [{ path: ['clusters'], message: `expected at most ${fmt(MAX_TOTAL_VMS)} VMs in total, found ${fmt(total)}` }];
}
/** All relation checks, in document order. */
export function checkRanges(spec) {
    const problems = checkTimes(spec);
    for (const [name, template] of Object.entries(spec.templates))
        problems.push(...checkTemplate(name, template));
    spec.clusters.forEach((cluster, c) => {
        cluster.vms.forEach((group, v) => {
            problems.push(...checkWorkload(group.workload, (key) => ['clusters', c, 'vms', v, 'workload', key]));
        });
    });
    problems.push(...checkTotal(spec));
    return problems;
}
//# sourceMappingURL=check-ranges.js.map