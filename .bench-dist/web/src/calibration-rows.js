/**
 * A calibration's fit in rows and words (pure: no DOM, no d3): the error table (each compared
 * figure before and after the fit), the fitted parameters with their 95 % intervals, the
 * objective sentence, and the overlay series of one host and figure. Fitted values keep four
 * significant digits (a KSM rate of 401.3 pages/s, an overhead of 6.003 %), errors three.
 */
import { NONE } from './format.js';
const PLAIN = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 });
/** `x` to `digits` significant digits with thousands separators ("5,000", "6.003", "0.0123"); "—" for null. */
export function sig(x, digits) {
    if (x === null || x === undefined)
        return NONE;
    if (!Number.isFinite(x))
        return '–';
    return PLAIN.format(Number(x.toPrecision(digits)));
}
/** A value with its unit ("6.003 %", "401.3 pages/s"). */
export function withUnit(text, unit) {
    return text === NONE || unit === '' ? text : `${text} ${unit}`;
}
export function paramValue(x, p) {
    return withUnit(sig(x, 4), p.unit);
}
/** "5.91 – 6.1 %", or why there is no interval (the fit's note says "not estimated: …"). */
export function paramInterval(p) {
    if (p.ci95)
        return withUnit(`${sig(p.ci95[0], 4)} – ${sig(p.ci95[1], 4)}`, p.unit);
    return p.note ?? 'not estimated';
}
/** One row per compared figure, in the summary's order. */
export function errorRows(s) {
    return s.metrics.map((m) => {
        const before = s.errors.before.find((e) => e.metric === m.name) ?? null;
        const after = s.errors.after.find((e) => e.metric === m.name) ?? null;
        return { metric: m.name, label: m.label, unit: m.unit, weight: (after ?? before)?.weight ?? 0, cells: Math.max(before?.cells ?? 0, after?.cells ?? 0), before, after };
    });
}
/** The error columns, each shown before and after the fit; `unit` 'metric' is the figure's own. */
export const ERROR_COLUMNS = [
    { key: 'nrmse', label: 'NRMSE', unit: '' },
    { key: 'rmse', label: 'RMSE', unit: 'metric' },
    { key: 'mapePct', label: 'MAPE', unit: '%' },
    { key: 'bias', label: 'bias', unit: 'metric' },
];
export function errorCell(e, col, metricUnit) {
    return withUnit(sig(e ? e[col.key] : null, 3), col.unit === 'metric' ? metricUnit : col.unit);
}
/** Lower is better for every column but bias, where nearer zero is. */
export function improved(row, col) {
    const a = row.before?.[col.key];
    const b = row.after?.[col.key];
    if (a === null || a === undefined || b === null || b === undefined || a === b)
        return null;
    return Math.abs(b) < Math.abs(a);
}
/** "Error 0.534 → 0.0123 after the fit (57 simulations, converged)." */
export function objectiveText(s) {
    const o = s.optimiser;
    const how = `${o.evaluations} simulation${o.evaluations === 1 ? '' : 's'}, ${o.converged ? 'converged' : 'stopped before its tolerances were met'}`;
    return `Error (weighted NRMSE) ${sig(s.objective.before, 4)} before → ${sig(s.objective.after, 4)} after the fit (${how}).`;
}
/** The three lines of one host and figure, null → NaN (a gap). */
export function overlaySeries(s, host, metric) {
    const h = s.series.hosts.find((x) => x.host === host);
    if (!h)
        return null;
    const nums = (v) => (v ?? []).map((x) => (x === null ? Number.NaN : x));
    return { observed: nums(h.observed[metric]), before: nums(h.before[metric]), after: nums(h.after[metric]) };
}
//# sourceMappingURL=calibration-rows.js.map