/**
 * Runway: the first month at which an objective fails as demand grows, found by simulation. Month
 * m is the scenario's own run (its duration, typically a representative day or week) with every
 * growing group's demand grown to month m (growth.ts); months 0 … horizon are each simulated, so
 * the objective's value is known at every month, not extrapolated, and no monotonicity is assumed.
 * Months are represented by that run: what happens within a month (a month-end peak) is only seen
 * if the run contains it. One seed: no confidence interval on the date.
 */
import { metricsOf } from '../sweep/metrics.js';
import { meets, type Objective } from '../sweep/objectives.js';
import type { HeadlineFigures } from '../report/schema.js';
import { monthDate, scenarioAtMonth } from './growth.js';

export interface RunwayMonth {
  readonly month: number;
  readonly date: string;
  /** Each objective's metric at this month, in the order of the objectives (null: not given). */
  readonly values: readonly (number | null)[];
  /** Objectives that fail at this month. */
  readonly failing: readonly string[];
}

export interface Runway {
  readonly months: readonly RunwayMonth[];
  /** The first month with a failing objective, or null when all hold to the horizon. */
  readonly runsOut: RunwayMonth | null;
}

/**
 * Months 0 … `horizon` of the raw scenario; `simulate` runs one raw scenario and gives its headline
 * figures (injected: the CLI loads and runs, tests may stub).
 */
export function runway(raw: Record<string, unknown>, start: string, horizon: number, objectives: readonly Objective[], simulate: (raw: Record<string, unknown>, month: number) => HeadlineFigures, onMonth?: (m: RunwayMonth) => void): Runway {
  const months: RunwayMonth[] = [];
  for (let m = 0; m <= horizon; m++) {
    const figures = metricsOf(simulate(scenarioAtMonth(raw, m), m));
    const values = objectives.map((o) => figures[o.index] ?? null);
    const failing = objectives.filter((o, k) => !meets(o, { mean: values[k] ?? NaN, ciLow: NaN, ciHigh: NaN }, 'mean')).map((o) => o.text);
    const row = { month: m, date: monthDate(start, m), values, failing };
    months.push(row);
    onMonth?.(row);
  }
  return { months, runsOut: months.find((r) => r.failing.length > 0) ?? null };
}

/** runway.csv: month, date, each objective's value and whether it holds. */
export function runwayCsv(r: Runway, objectives: readonly Objective[]): string {
  const head = ['month', 'date', ...objectives.flatMap((o) => [o.metric, `${o.text} holds`])];
  const lines = r.months.map((m) => [m.month, m.date, ...objectives.flatMap((o, k) => [m.values[k] === null ? '' : String(Number((m.values[k] as number).toFixed(4))), m.failing.includes(o.text) ? 'no' : 'yes'])].join(','));
  return `${[head.map((h) => (/[",<>=]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(','), ...lines].join('\n')}\n`;
}

/** The sentence the terminal prints. */
export function runwaySentence(name: string, r: Runway, horizon: number, start: string): string {
  if (r.runsOut === null) return `${name}: every objective holds through month ${horizon} (${monthDate(start, horizon)}); the runway is beyond the horizon\n`;
  if (r.runsOut.month === 0) return `${name}: already fails ${r.runsOut.failing.join(', ')} at month 0 (today's demand)\n`;
  return `${name} runs out around ${r.runsOut.date} (month ${r.runsOut.month}; month ${r.runsOut.month - 1} holds): ${r.runsOut.failing.join(', ')} ${r.runsOut.failing.length > 1 ? 'fail' : 'fails'} first\n`;
}
