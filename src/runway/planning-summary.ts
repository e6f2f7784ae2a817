/**
 * The planning summary report.html embeds (src/report/schema.ts, PlanningSummarySchema): the
 * runway of each cluster as the chart draws it (each check's value per month of the first
 * replication, its limit, the run-out date and its interval), with the sentences the terminal
 * prints. Capacity remaining, right-sizing and the what-if are added by the command that has them.
 */
import type { PlanningSummary } from '../report/planning-schema.js';
import type { Objective } from '../sweep/objectives.js';
import { datastoreCheckName } from './checks.js';
import { runOutDate } from './interval.js';
import { dayDate, monthDate } from './month-date.js';
import type { Runway } from './runway.js';
import { checkMonths, checkMonthsLine, checkNames, clusterSentence } from './runway-text.js';

export type RunwayPart = Pick<PlanningSummary, 'start' | 'horizon' | 'replications' | 'dates' | 'method' | 'clusters'>;

/** The limit a check is drawn against: an objective's threshold, the datastore ceiling; null for pass/fail counts. */
function thresholdOf(name: string, objectives: readonly Objective[], datastoreMaxPct: number): number | null {
  const o = objectives.find((x) => x.text === name);
  if (o !== undefined) return o.threshold;
  return name === datastoreCheckName(datastoreMaxPct) ? datastoreMaxPct : null;
}

export function runwayPart(r: Runway, objectives: readonly Objective[], datastoreMaxPct: number): RunwayPart {
  const dates = Array.from({ length: r.horizon + 1 }, (_, m) => monthDate(r.start, m));
  const method =
    `Each month 0–${r.horizon} is the scenario's own run of the estate as it is that month (growth, arrivals, retirements); ` +
    `N+k: the same month run again with the k largest hosts failed. The first failing month is bisected ${r.refineSteps} times. ` +
    (r.replications > 1 ? `${r.replications} seeds; the date is their mean with a 95 % t-interval (none when some seeds hold to the horizon).` : 'One seed: no interval on the date.');
  return {
    start: r.start,
    horizon: r.horizon,
    replications: r.replications,
    dates,
    method,
    clusters: r.clusters.map((c) => {
      const d = runOutDate(c);
      const [sentence, ...rest] = clusterSentence(r, d).trimEnd().split('\n');
      const rows = r.rows.filter((x) => x.cluster === c.cluster && x.replication === 0);
      const months = checkMonths(r, c.cluster);
      const day = (x: number | null): string | null => (x === null ? null : dayDate(r.start, x));
      return {
        cluster: c.cluster,
        sentence: sentence as string,
        detail: [...rest.map((l) => l.trim()), ...(d.crossed > 0 ? [checkMonthsLine(r, c.cluster).trim()] : [])].join('\n'),
        checks: checkNames({ ...r, rows }).map((name) => {
          const at = rows.map((x) => x.checks.find((k) => k.name === name));
          return {
            name,
            resource: at.find((k) => k !== undefined)?.resource ?? '',
            threshold: thresholdOf(name, objectives, datastoreMaxPct),
            values: at.map((k) => (k?.value === null || k?.value === undefined || !Number.isFinite(k.value) ? null : Number(k.value.toFixed(6)))),
            holds: at.map((k) => (k === undefined ? null : k.holds)),
            firstFailMonth: months.find((m) => m.name === name)?.month ?? null,
          };
        }),
        runOut:
          d.days === null
            ? null
            : {
                date: dayDate(r.start, d.days),
                lowDate: d.halfDays === null ? null : day(d.days - d.halfDays),
                highDate: d.halfDays === null ? null : day(d.days + d.halfDays),
                earliestDate: dayDate(r.start, d.earliestDays as number),
                latestDate: dayDate(r.start, d.latestDays as number),
                crossed: d.crossed,
                binding: d.binding.map((b) => b.name),
                resources: [...d.resources],
              },
      };
    }),
  };
}
