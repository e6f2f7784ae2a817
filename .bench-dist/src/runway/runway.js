/**
 * Runway, per cluster: the first month at which an objective fails as demand grows, found by
 * simulation. Month m is the scenario's own run (its duration, typically a representative day or
 * week) with every growing group's demand grown to month m (growth.ts); months 0 … horizon are
 * each simulated, so each objective's value is known at every month, not extrapolated, and no
 * monotonicity is assumed. Objectives are judged on each cluster's own headline figures. What
 * happens within a month (a month-end peak) is seen only if the run contains it. With several
 * replications (seeds) each has its own run-out month; the date given is their median and the
 * interval their range (with few seeds, the range is the honest statement, not a 95 % interval).
 */
import { metricsOf } from '../sweep/metrics.js';
import { meets } from '../sweep/objectives.js';
import { monthDate, scenarioAtMonth } from './growth.js';
/**
 * Months 0 … `horizon` of the raw scenario; `simulate` runs one raw scenario (injected: the CLI
 * loads and runs, tests may stub).
 */
export function runway(raw, start, horizon, objectives, simulate, onMonth, replications = 1) {
    const rows = [];
    for (let m = 0; m <= horizon; m++) {
        const grown = scenarioAtMonth(raw, m);
        for (let r = 0; r < replications; r++) {
            for (const { cluster, figures } of simulate(grown, m, r)) {
                const all = metricsOf(figures);
                const values = objectives.map((o) => all[o.index] ?? null);
                const failing = objectives.filter((o, k) => !meets(o, { mean: values[k] ?? NaN, ciLow: NaN, ciHigh: NaN }, 'mean')).map((o) => o.text);
                rows.push({ cluster, replication: r, month: m, date: monthDate(start, m), values, failing });
            }
        }
        onMonth?.(m);
    }
    const clusters = [...new Set(rows.map((r) => r.cluster))];
    const firstFail = (c, r) => rows.find((x) => x.cluster === c && x.replication === r && x.failing.length > 0) ?? null;
    return {
        rows,
        replications,
        runsOut: clusters.map((c) => ({ cluster: c, at: firstFail(c, 0), months: Array.from({ length: replications }, (_, r) => firstFail(c, r)?.month ?? null) })),
    };
}
/** Median of run-out months, beyond the horizon counting as horizon + 1 (lower median for even counts). */
function medianMonth(months, horizon) {
    const sorted = months.map((m) => m ?? horizon + 1).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)];
}
const quoted = (h) => (/[",<>=]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h);
/** runway.csv: month, date, cluster, each objective's value and whether it holds. */
export function runwayCsv(r, objectives) {
    const many = r.replications > 1;
    const head = ['month', 'date', 'cluster', ...(many ? ['replication'] : []), ...objectives.flatMap((o) => [o.metric, `${o.text} holds`])];
    const lines = r.rows.map((m) => [m.month, m.date, quoted(m.cluster), ...(many ? [m.replication] : []), ...objectives.flatMap((o, k) => [m.values[k] === null ? '' : String(Number(m.values[k].toFixed(4))), m.failing.includes(o.text) ? 'no' : 'yes'])].join(','));
    return `${[head.map(quoted).join(','), ...lines].join('\n')}\n`;
}
/** The sentences the terminal prints, one per cluster. */
export function runwaySentences(r, horizon, start) {
    return r.runsOut
        .map(({ cluster, at, months }) => {
        if (r.replications > 1) {
            const med = medianMonth(months, horizon);
            const known = months.map((m) => m ?? horizon + 1);
            const [lo, hi] = [Math.min(...known), Math.max(...known)];
            const when = (m) => (m > horizon ? `beyond month ${horizon}` : `month ${m} (${monthDate(start, m)})`);
            const binding = [...new Set(r.rows.filter((x) => x.cluster === cluster && x.month === months[0]).flatMap((x) => x.failing))];
            if (med > horizon)
                return `${cluster}: the median of ${r.replications} seeds holds through month ${horizon}; earliest failure ${when(lo)}\n`;
            return `${cluster} runs out around ${monthDate(start, med)} (month ${med}, median of ${r.replications} seeds; range ${when(lo)} to ${when(hi)})${binding.length > 0 ? `: ${binding.join(', ')} first in the first seed` : ''}\n`;
        }
        if (at === null)
            return `${cluster}: every objective holds through month ${horizon} (${monthDate(start, horizon)}); the runway is beyond the horizon\n`;
        if (at.month === 0)
            return `${cluster}: already fails ${at.failing.join(', ')} at month 0 (today's demand)\n`;
        return `${cluster} runs out around ${at.date} (month ${at.month}; month ${at.month - 1} holds): ${at.failing.join(', ')} ${at.failing.length > 1 ? 'fail' : 'fails'} first\n`;
    })
        .join('');
}
//# sourceMappingURL=runway.js.map