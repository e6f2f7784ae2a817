/**
 * What `dcsim runway` prints and writes: runway.csv (every check's value per month, cluster and
 * replication) and one sentence per cluster, "cluster-a runs out of N+1 failover capacity around
 * 14 Aug 2027 (± 3 weeks); memory binds first", with a line below it saying how the date was found.
 */
import { EVERY_VM_PLACED, MEMORY_STATE, type Check } from './checks.js';
import { runOutDate, type RunOutDate } from './interval.js';
import { dayDate, longDate, monthDate, plusMinus } from './month-date.js';
import type { Runway } from './runway.js';

const quoted = (h: string): string => (/[",<>=%;]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h);

/** Check names in order of first appearance (clusters differ: N+k, datastores). */
export function checkNames(r: Runway): string[] {
  const names: string[] = [];
  for (const row of r.rows) for (const c of row.checks) if (!names.includes(c.name)) names.push(c.name);
  return names;
}

/**
 * runway.csv: month, date, cluster, (replication,) each check's value and whether it holds ('' where
 * not checked); for N+k, its value is how many checks fail in the failover run, and a column lists them with their figures.
 */
export function runwayCsv(r: Runway): string {
  const many = r.replications > 1;
  const names = checkNames(r);
  const failover = new Set(r.rows.flatMap((m) => m.checks.filter((c) => c.failoverFailing !== undefined).map((c) => c.name)));
  const head = ['month', 'date', 'cluster', ...(many ? ['replication'] : []), ...names.flatMap((n) => [n, `${n} holds`, ...(failover.has(n) ? [`${n} failing`] : [])])];
  const num = (v: number | null): string => (v === null ? '' : String(Number(v.toFixed(4))));
  const lines = r.rows.map((m) => {
    const cells = names.flatMap((n) => {
      const c = m.checks.find((x) => x.name === n);
      const extra = failover.has(n) ? [quoted((c?.failoverFailing ?? []).map((x) => `${x.name}: ${num(x.value)}`).join('; '))] : [];
      if (c === undefined) return ['', '', ...extra];
      return [num(c.value), c.holds ? 'yes' : 'no', ...extra];
    });
    return [m.month, m.date, quoted(m.cluster), ...(many ? [m.replication] : []), ...cells].join(',');
  });
  return `${[head.map(quoted).join(','), ...lines].join('\n')}\n`;
}

/** What a check's failure means, as "runs out of …" says it. */
export function phraseOf(c: Check): string {
  if (c.failoverFailing !== undefined) return `${c.name.replace(' failover', '')} failover capacity`;
  if (c.name === MEMORY_STATE) return 'memory before the hard state';
  if (c.name === EVERY_VM_PLACED) return 'room to place every VM';
  if (c.resource === 'datastore space') return `datastore space (${c.name})`;
  return `room under ${c.name}`;
}

const joinAnd = (xs: readonly string[]): string => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

function binds(d: RunOutDate): string {
  return `${joinAnd(d.resources)} ${d.resources.length > 1 ? 'bind' : 'binds'} first`;
}

/** The sentence and its method line for one cluster. */
export function clusterSentence(r: Runway, d: RunOutDate): string {
  const res = r.refineSteps > 0 ? `found to within ${Math.ceil(31 / 2 ** r.refineSteps)} day${Math.ceil(31 / 2 ** r.refineSteps) === 1 ? '' : 's'} by bisecting the crossing month ${r.refineSteps} times` : 'found to the month';
  const what = joinAnd(d.binding.map(phraseOf));
  const firstFailing = r.clusters.find((c) => c.cluster === d.cluster)?.crossings.find((c) => c !== null);
  if (d.crossed > 0 && d.latestDays === 0 && firstFailing?.lastHolds === -1) return `${d.cluster} already fails today (month 0): ${joinAnd(d.binding.map((c) => c.name))}; ${binds(d)}\n`;
  if (d.crossed === 0) return `${d.cluster}: every check holds through month ${r.horizon} (${monthDate(r.start, r.horizon)})${r.replications > 1 ? ` in all ${r.replications} seeds` : ''}; the runway is beyond the horizon\n`;
  const range = `earliest ${longDate(dayDate(r.start, d.earliestDays as number))}, latest ${longDate(dayDate(r.start, d.latestDays as number))}`;
  if (d.days === null) return `${d.cluster}: ${d.crossed} of ${d.replications} seeds run out within ${r.horizon} months (${range}; ${what} first); the median runway is beyond the horizon\n`;
  const when = longDate(dayDate(r.start, d.days));
  let interval: string;
  let method: string;
  if (d.replications === 1) {
    interval = 'one seed, no interval';
    method = `one run per point (seed of the scenario); the date ${res}`;
  } else if (d.halfDays !== null) {
    interval = plusMinus(d.halfDays);
    method = `95 % t-interval over ${d.replications} seeds on the crossing date (mean ${when}, ± ${d.halfDays.toFixed(1)} days; ${range}); each seed's date ${res}`;
  } else {
    interval = `${d.replications - d.crossed} of ${d.replications} seeds hold to month ${r.horizon}, no interval`;
    method = `median of ${d.replications} seeds, the ones that hold counted as later (${range}); each seed's date ${res}`;
  }
  const inSeeds = d.replications > 1 && d.bindingIn < d.crossed ? ` (first in ${d.bindingIn} of ${d.crossed} seeds)` : '';
  return `${d.cluster} runs out of ${what} around ${when} (${interval}); ${binds(d)}${inSeeds}\n  ${method}\n`;
}

/**
 * Each check's first failing whole month for a cluster (the date of each objective, not only the
 * binding one): with one seed its month, with several the median over seeds (a seed that holds to
 * the horizon counted as later; lower median). Bisection refines only the first crossing.
 */
export function checkMonths(r: Runway, cluster: string): { name: string; month: number | null; resources: string[] }[] {
  const rows = r.rows.filter((x) => x.cluster === cluster);
  const names = checkNames({ ...r, rows });
  return names.map((name) => {
    const firsts = Array.from({ length: r.replications }, (_, rep) => rows.find((x) => x.replication === rep && x.checks.some((c) => c.name === name && !c.holds)));
    const sorted = firsts.map((x) => x?.month ?? r.horizon + 1).sort((a, b) => a - b);
    const month = sorted[Math.floor((sorted.length - 1) / 2)];
    const at = firsts.find((x) => x?.month === month)?.checks.find((c) => c.name === name);
    return { name, month: month > r.horizon ? null : month, resources: at?.failoverFailing?.map((c) => c.resource) ?? [] };
  });
}

export function checkMonthsLine(r: Runway, cluster: string): string {
  const all = checkMonths(r, cluster);
  const failing = all.filter((c) => c.month !== null).sort((a, b) => (a.month as number) - (b.month as number));
  const holding = all.filter((c) => c.month === null).map((c) => c.name);
  const of = r.replications > 1 ? `, median of ${r.replications} seeds` : '';
  const parts = failing.map((c) => `${c.name} month ${c.month} (${monthDate(r.start, c.month as number)})${c.resources.length > 0 ? ` on ${joinAnd([...new Set(c.resources)])}` : ''}`);
  const fails = parts.length > 0 ? `first failing month of each check${of}: ${parts.join('; ')}` : '';
  const holds = holding.length > 0 ? `holding through month ${r.horizon}: ${holding.join(', ')}` : '';
  return `  ${[fails, holds].filter((x) => x !== '').join('; ')}\n`;
}

/** The sentences the terminal prints, per cluster: the run-out sentence, how it was found, each check's month. */
export function runwaySentences(r: Runway): string {
  return r.clusters.map((c) => clusterSentence(r, runOutDate(c)) + (runOutDate(c).crossed > 0 ? checkMonthsLine(r, c.cluster) : '')).join('');
}
