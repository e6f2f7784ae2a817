/**
 * A sweep's points as table rows: the columns (parameters, verdict, binding, key metrics) and
 * the order by any of them. Plain functions, no DOM.
 */
import { objectiveShort } from './sweep-cells.js';
const BOUND_SHORT = { none: 'nothing', cpuCap: 'vCPU cap', memoryCap: 'memory cap', reservations: 'reservations', rules: 'rules', hostWidth: 'host width' };
const KEY_METRICS = [
    ['density.hostsInUse', 'hosts in use'],
    ['density.vcpuPerCore', 'vCPU/core'],
    ['density.busiestVcpuPerCore', 'busiest vCPU/core'],
    ['density.memoryOvercommit', 'memory overcommit'],
    ['cpuReady.p95OfVmP95Pct', 'p95 CPU ready %'],
    ['memory.peakSwappedGiB', 'peak swap GiB'],
    ['availability.meanVmAvailabilityPct', 'availability %'],
    ['energy.itKWh', 'IT kWh'],
];
export function pointColumns(sweep) {
    const metricNames = new Set(sweep.metrics.map((m) => m.name));
    return [
        { key: 'id', label: 'point', numeric: false, get: (p) => p.id },
        ...sweep.parameters.map((q) => ({ key: `param:${q.path}`, label: q.path, numeric: q.values.every((v) => typeof v === 'number'), get: (p) => { const v = p.values[q.path]; return typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v); } })),
        { key: 'verdict', label: 'verdict', numeric: false, get: (p) => (p.meets ? 'met' : `fails ${p.failing.map(objectiveShort).join(', ')}`) },
        { key: 'notBinding', label: 'not binding', numeric: false, get: (p) => (p.notBinding.length > 0 ? p.notBinding.join(', ') : null) },
        { key: 'boundBy', label: 'bound by', numeric: false, get: (p) => BOUND_SHORT[p.boundBy] },
        ...KEY_METRICS.filter(([m]) => metricNames.has(m)).map(([m, label]) => ({ key: `metric:${m}`, label, numeric: true, get: (p) => p.stats[m]?.mean ?? null })),
    ];
}
/** Rows sorted by column `key`, ascending or not; nulls last, ties in point order. */
export function sortPoints(points, column, ascending) {
    const order = new Map(points.map((p, k) => [p, k]));
    return [...points].sort((a, b) => {
        const x = column.get(a);
        const y = column.get(b);
        if (x === null || y === null)
            return x === y ? order.get(a) - order.get(b) : x === null ? 1 : -1;
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return (ascending ? c : -c) || order.get(a) - order.get(b);
    });
}
//# sourceMappingURL=sweep-rows.js.map