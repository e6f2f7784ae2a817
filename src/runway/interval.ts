/**
 * The run-out date of a cluster over replications. With every replication crossing within the
 * horizon and at least two of them, the date is the mean crossing day with a 95 % Student-t
 * interval on it (mean ± t(0.975, n − 1) · s / √n, src/sweep/stats.ts): the replications are
 * independent runs with different seeds, so their crossing days are i.i.d. draws. When some
 * replications hold to the horizon the crossing days are censored and a mean would be biased
 * early: no t-interval then; the median (when more than half cross) and the range are given.
 */
import { summarize } from '../sweep/stats.js';
import { bindingResources, type Check } from './checks.js';
import type { ClusterRunway, Crossing } from './runway.js';

export interface RunOutDate {
  readonly cluster: string;
  readonly replications: number;
  /** Replications that cross within the horizon. */
  readonly crossed: number;
  /** Mean day (from the start) when every replication crossed; else the median if more than half did; else null. */
  readonly days: number | null;
  /** 95 % t-interval half-width in days (null: one replication, or censored). */
  readonly halfDays: number | null;
  readonly earliestDays: number | null;
  readonly latestDays: number | null;
  /** The checks that fail first in most replications (ties: the earliest crossing's), and the resources that bind. */
  readonly binding: readonly Check[];
  readonly resources: readonly string[];
  /** Replications whose first failing checks are `binding`. */
  readonly bindingIn: number;
}

const key = (c: Crossing): string => c.failing.map((x) => x.name).join(' & ');

export function runOutDate(r: ClusterRunway): RunOutDate {
  const crossed = r.crossings.filter((c): c is Crossing => c !== null);
  const n = r.crossings.length;
  const days = crossed.map((c) => c.days).sort((a, b) => a - b);
  let mean: number | null = null;
  let half: number | null = null;
  if (crossed.length === n && n > 0) {
    const s = summarize(crossed.map((c) => c.days));
    mean = s.mean;
    half = n >= 2 ? s.ciHigh - s.mean : null;
  } else if (crossed.length * 2 > n) {
    // Median with the censored ones counted as later than every crossing (lower median for even n).
    mean = days[Math.floor((n - 1) / 2)] ?? null;
  }
  const counts = new Map<string, { n: number; first: Crossing }>();
  for (const c of [...crossed].sort((a, b) => a.days - b.days)) {
    const e = counts.get(key(c));
    if (e === undefined) counts.set(key(c), { n: 1, first: c });
    else e.n++;
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return {
    cluster: r.cluster,
    replications: n,
    crossed: crossed.length,
    days: mean,
    halfDays: half,
    earliestDays: days[0] ?? null,
    latestDays: days.length > 0 ? (days[days.length - 1]) : null,
    binding: top?.first.failing ?? [],
    resources: bindingResources(top?.first.failing ?? []),
    bindingIn: top?.n ?? 0,
  };
}
