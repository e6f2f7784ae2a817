/**
 * Files replay and calibrate write beside the usual report: observed-vs-simulated.csv (per host
 * and grid cell, observed against one or more simulated runs) and errors.csv (per metric).
 */
import { stringify } from 'csv-stringify/sync';
import { num } from '../../output/csv.js';
import { METRIC_INFO, METRICS } from './metrics.js';
/** observed-vs-simulated.csv: host, time, interval, then observed_X and <prefix>_X per metric. */
export function comparisonCsv(plan, startEpochMs, runs) {
    const header = ['host', 'time', 't_s', 'interval_s'];
    for (const m of METRICS) {
        header.push(`observed_${METRIC_INFO[m].column}`);
        for (const r of runs)
            header.push(`${r.prefix}_${METRIC_INFO[m].column}`);
    }
    const rows = [header];
    const g = plan.grid;
    plan.observed.forEach((o, h) => {
        for (let k = 0; k < g.cells; k++) {
            const t = k * g.stepMs;
            const row = [o.host, startEpochMs !== null ? new Date(startEpochMs + t).toISOString() : '', num(t / 1000, 0), num(g.stepMs / 1000, 0)];
            for (const m of METRICS) {
                row.push(num(o[m][k], 4));
                for (const r of runs)
                    row.push(num(r.hosts[h][m][k], 4));
            }
            rows.push(row);
        }
    });
    return stringify(rows);
}
/** errors.csv: one row per metric (and phase, when several runs are compared). */
export function errorsCsv(phases) {
    const rows = [['phase', 'metric', 'label', 'unit', 'cells', 'weight', 'rmse', 'mae', 'bias', 'mape_pct', 'nrmse']];
    for (const p of phases) {
        for (const e of p.errors) {
            const info = METRIC_INFO[e.metric];
            rows.push([p.phase, e.metric, info.label, info.unit, String(e.n), num(e.weight, 2), num(e.rmse, 4), num(e.mae, 4), num(e.bias, 4), num(e.mapePct, 2), num(e.nrmse, 4)]);
        }
    }
    return stringify(rows);
}
/** Errors as JSON-safe objects (NaN → null). */
export function errorsJson(errors) {
    const f = (x) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : null);
    return errors.map((e) => ({
        metric: e.metric,
        label: METRIC_INFO[e.metric].label,
        unit: METRIC_INFO[e.metric].unit,
        cells: e.n,
        weight: e.weight,
        rmse: f(e.rmse),
        mae: f(e.mae),
        bias: f(e.bias),
        mapePct: f(e.mapePct),
        nrmse: f(e.nrmse),
    }));
}
/** A series as a JSON array (NaN → null, 4 significant decimals). */
export function seriesJson(a) {
    return Array.from(a, (x) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null));
}
/** Host series as JSON: { host, cpu: [...], ... }. */
export function hostSeriesJson(hosts) {
    return hosts.map((h) => ({ host: h.host, ...Object.fromEntries(METRICS.map((m) => [m, seriesJson(h[m])])) }));
}
//# sourceMappingURL=write.js.map