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
import { meets, type Objective } from '../sweep/objectives.js';
import type { HeadlineFigures } from '../report/schema.js';
import { monthDate, scenarioAtMonth } from './growth.js';

export interface ClusterMonth {
  readonly cluster: string;
  readonly replication: number;
  readonly month: number;
  readonly date: string;
  /** Each objective's metric at this month, in the order of the objectives (null: not given). */
  readonly values: readonly (number | null)[];
  /** Objectives that fail at this month. */
  readonly failing: readonly string[];
}

export interface Runway {
  /** Month by month, each cluster in scenario order. */
  readonly rows: readonly ClusterMonth[];
  /**
   * Per cluster, its first month with a failing objective, or null when all hold to the horizon:
   * `at` for the first replication, `months` for every replication (null: beyond the horizon).
   */
  readonly runsOut: readonly { readonly cluster: string; readonly at: ClusterMonth | null; readonly months: readonly (number | null)[] }[];
  readonly replications: number;
}

/** One simulated month: the headline figures of each cluster, in scenario order. */
export type MonthFigures = readonly { readonly cluster: string; readonly figures: HeadlineFigures }[];

/**
 * Months 0 … `horizon` of the raw scenario; `simulate` runs one raw scenario (injected: the CLI
 * loads and runs, tests may stub).
 */
export function runway(
  raw: Record<string, unknown>,
  start: string,
  horizon: number,
  objectives: readonly Objective[],
  simulate: (raw: Record<string, unknown>, month: number, replication: number) => MonthFigures,
  onMonth?: (month: number) => void,
  replications = 1,
): Runway {
  const rows: ClusterMonth[] = [];
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
  const firstFail = (c: string, r: number) => rows.find((x) => x.cluster === c && x.replication === r && x.failing.length > 0) ?? null;
  return {
    rows,
    replications,
    runsOut: clusters.map((c) => ({ cluster: c, at: firstFail(c, 0), months: Array.from({ length: replications }, (_, r) => firstFail(c, r)?.month ?? null) })),
  };
}

/** Median of run-out months, beyond the horizon counting as horizon + 1 (lower median for even counts). */
function medianMonth(months: readonly (number | null)[], horizon: number): number {
  const sorted = months.map((m) => m ?? horizon + 1).sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

const quoted = (h: string): string => (/[",<>=]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h);

/** runway.csv: month, date, cluster, each objective's value and whether it holds. */
export function runwayCsv(r: Runway, objectives: readonly Objective[]): string {
  const many = r.replications > 1;
  const head = ['month', 'date', 'cluster', ...(many ? ['replication'] : []), ...objectives.flatMap((o) => [o.metric, `${o.text} holds`])];
  const lines = r.rows.map((m) =>
    [m.month, m.date, quoted(m.cluster), ...(many ? [m.replication] : []), ...objectives.flatMap((o, k) => [m.values[k] === null ? '' : String(Number((m.values[k] as number).toFixed(4))), m.failing.includes(o.text) ? 'no' : 'yes'])].join(','),
  );
  return `${[head.map(quoted).join(','), ...lines].join('\n')}\n`;
}

/** The sentences the terminal prints, one per cluster. */
export function runwaySentences(r: Runway, horizon: number, start: string): string {
  return r.runsOut
    .map(({ cluster, at, months }) => {
      if (r.replications > 1) {
        const med = medianMonth(months, horizon);
        const known = months.map((m) => m ?? horizon + 1);
        const [lo, hi] = [Math.min(...known), Math.max(...known)];
        const when = (m: number): string => (m > horizon ? `beyond month ${horizon}` : `month ${m} (${monthDate(start, m)})`);
        const binding = [...new Set(r.rows.filter((x) => x.cluster === cluster && x.month === months[0]).flatMap((x) => x.failing))];
        if (med > horizon) return `${cluster}: the median of ${r.replications} seeds holds through month ${horizon}; earliest failure ${when(lo)}\n`;
        return `${cluster} runs out around ${monthDate(start, med)} (month ${med}, median of ${r.replications} seeds; range ${when(lo)} to ${when(hi)})${binding.length > 0 ? `: ${binding.join(', ')} first in the first seed` : ''}\n`;
      }
      if (at === null) return `${cluster}: every objective holds through month ${horizon} (${monthDate(start, horizon)}); the runway is beyond the horizon\n`;
      if (at.month === 0) return `${cluster}: already fails ${at.failing.join(', ')} at month 0 (today's demand)\n`;
      return `${cluster} runs out around ${at.date} (month ${at.month}; month ${at.month - 1} holds): ${at.failing.join(', ')} ${at.failing.length > 1 ? 'fail' : 'fails'} first\n`;
    })
    .join('');
}
