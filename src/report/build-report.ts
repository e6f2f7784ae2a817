/**
 * Assembles report.json: the one versioned contract the viewer reads. The report is built from
 * the clusters' parts (report-part.ts) in cluster order; lists that interleave clusters
 * (incidents, migrations, alarms) are ordered by time, then cluster, so a run whose clusters ran
 * apart gives the same report as one simulation.
 */
import { foldParts, headlineOf, type HeadlineParts } from '../metrics/headline.js';
import type { EventLog } from '../output/event-log.js';
import type { EventSink } from '../output/event-sink.js';
import type { RunOutcome } from '../metrics/run-outcome.js';
import type { Scenario } from '../scenario/scenario.js';
import { VERSION } from '../version.js';
import { HARD_FACTOR } from '../output/event-budget.js';
import { reportComparison } from './comparison.js';
import { REPORT_VERSION, type HeadlineFigures, type Report } from './schema.js';
import { REPORT_ALARMS, REPORT_MIGRATIONS, reportPart, roundHeadline, type PartIncident, type ReportPart } from './report-part.js';
import type { SeriesCollector } from './series-collector.js';


/** The run's own facts (not the clusters'). */
export interface RunFacts {
  readonly seed: number | string;
  readonly intervalMs: number;
  readonly stopped: { readonly t: number; readonly reason: string } | null;
  /** Sampling instants (ms) and interval lengths, shared by every cluster. */
  readonly t: number[];
  readonly intervalLengths: number[];
  /** Why host series are absent (null: they are present). */
  readonly hostsOmitted: string | null;
}

/** report.json of a run simulated in one piece. */
export function buildReport(scenario: Scenario, r: RunOutcome, series: SeriesCollector, events: EventLog): Report {
  const parts = r.world.clusters.map((_, ci) => reportPart(r, series, ci));
  events.flush();
  return assembleReport(scenario, factsOf(r, series), parts, events.sink, r.headline);
}

export function factsOf(r: RunOutcome, series: SeriesCollector): RunFacts {
  return { seed: r.seed, intervalMs: r.intervalMs, stopped: r.stopped, t: series.t, intervalLengths: series.intervalMs, hostsOmitted: series.hostsOmitted };
}

/** The datacenter's parts (the clusters' folded in cluster order) and its headline figures. */
export function datacenterHeadline(scenario: Scenario, parts: readonly HeadlineParts[]): { folded: HeadlineParts; headline: HeadlineFigures } {
  const spec = scenario.spec;
  const folded = foldParts(parts);
  return { folded, headline: headlineOf(folded, spec.duration, spec.energy, spec.finance) };
}

/** Items of several clusters, stably ordered by time then cluster. */
function byTime<T>(lists: readonly (readonly T[])[], time: (x: T) => number): T[] {
  const all = lists.flatMap((l, c) => l.map((x, k) => ({ x, c, k })));
  all.sort((a, b) => time(a.x) - time(b.x) || a.c - b.c || a.k - b.k);
  return all.map((e) => e.x);
}

/**
 * Incidents numbered as the event log numbered them (first named in the canonical event order),
 * then those no event named, by time and cluster; an incident over several clusters once.
 */
function numberedIncidents(parts: readonly ReportPart[], sink: EventSink): Report['availability']['incidents'] {
  const seen = new Set<string>();
  const unique: PartIncident[][] = parts.map((p) =>
    p.incidents.filter((i) => {
      if (seen.has(i.key)) return false;
      seen.add(i.key);
      return true;
    }),
  );
  const ordered = byTime(unique, (i) => i.t);
  let next = sink.incidentsNamed;
  const numbered = ordered.map((i) => ({ i, id: sink.incidentNumber(i.key) ?? next++ }));
  numbered.sort((a, b) => a.id - b.id);
  return numbered.map(({ i: { key: _key, ...incident }, id }) => ({
    id,
    ...incident,
    recoveryMs: incident.recoveredAt === null ? null : incident.recoveredAt - incident.t,
  }));
}

/** report.json from the clusters' parts, their events and the datacenter's headline (datacenterHeadline). */
export function assembleReport(scenario: Scenario, run: RunFacts, parts: readonly ReportPart[], events: EventSink, headline: HeadlineFigures): Report {
  const spec = scenario.spec;
  const migrations = byTime(parts.map((p) => p.migrations), (m) => m.startedAt);
  const migrationTotal = parts.reduce((s, p) => s + p.migrationsTotal, 0);
  const alarms = byTime(parts.map((p) => p.alarms.items), (a) => a.raisedAt);
  const byRule: Record<string, number> = {};
  for (const p of parts) for (const [k, n] of Object.entries(p.alarms.byRule)) byRule[k] = (byRule[k] ?? 0) + n;
  const alarmTotal = parts.reduce((s, p) => s + p.alarms.total, 0);
  const hostSeries = parts.every((p) => p.hostSeries !== null) ? parts.flatMap((p) => p.hostSeries ?? []) : null;
  const hostIds = parts.flatMap((p) => p.hosts.map((h) => h.id));
  const report: Omit<Report, 'comparison'> = {
    schema: 'dcsim-report',
    version: REPORT_VERSION,
    generator: { name: 'dcsim', version: VERSION },
    run: {
      scenario: spec.name,
      description: spec.description,
      file: scenario.file,
      sha256: scenario.sha256,
      seed: run.seed,
      start: new Date(scenario.startEpochMs).toISOString(),
      durationMs: spec.duration,
      stepMs: spec.step,
      intervalMs: run.intervalMs,
      warnings: [
        ...scenario.warnings,
        ...(run.stopped ? [`PARTIAL REPORT: the run stopped at ${run.stopped.t} ms: ${run.stopped.reason}`] : []),
      ],
    },
    headline: roundHeadline(headline),
    clusters: parts.map((p) => p.cluster),
    hosts: parts.flatMap((p) => p.hosts),
    vms: parts.flatMap((p) => p.vms),
    energy: {
      hours: hourlyEnergy(parts),
      clusters: Object.fromEntries(parts.map((p) => [p.cluster.id, hourlyEnergy([p])])),
    },
    availability: {
      incidents: numberedIncidents(parts, events),
      hostGroups: parts.flatMap((p) => p.hostGroups),
    },
    migrations: {
      total: migrationTotal,
      truncated: migrationTotal > REPORT_MIGRATIONS,
      items: migrations.slice(0, REPORT_MIGRATIONS),
    },
    series: {
      t: run.t,
      intervalMs: run.intervalLengths,
      clusters: Object.fromEntries(parts.map((p) => [p.cluster.id, p.series])),
      hosts: hostSeries === null ? null : Object.fromEntries(hostIds.map((id, i) => [id, hostSeries[i]!])),
      hostsOmitted: run.hostsOmitted,
    },
    alarms: {
      rules: {
        cpuReady: spec.alarms.cpuReady ? { thresholdPct: spec.alarms.cpuReady.thresholdPct, forMs: spec.alarms.cpuReady.for } : null,
        hostCpu: spec.alarms.hostCpu ? { thresholdPct: spec.alarms.hostCpu.thresholdPct, forMs: spec.alarms.hostCpu.for } : null,
        hostSwapping: spec.alarms.hostSwapping,
        hostMemoryState: spec.alarms.hostMemoryState,
      },
      total: alarmTotal,
      activeAtEnd: parts.reduce((s, p) => s + p.alarms.activeAtEnd, 0),
      byRule: byRule as Report['alarms']['byRule'],
      truncated: alarmTotal > REPORT_ALARMS,
      items: alarms.slice(0, REPORT_ALARMS),
    },
    events: {
      total: events.total,
      counts: { ...events.counts },
      truncated: events.aggregation()?.keptUntil != null,
      items: events.kept,
      aggregated: aggregatedEvents(events),
    },
  };
  return { ...report, comparison: reportComparison(report) };
}

/** events.aggregated: what the event budget folded, with a sentence saying so. */
function aggregatedEvents(sink: EventSink): Report['events']['aggregated'] {
  const a = sink.aggregation();
  if (a === null) return null;
  const folded = Object.entries(a.kinds).map(([kind, k]) => `${k.total.toLocaleString('en-GB')} ${kind}`);
  const cut = a.keptUntil === null ? '' : ` Past ${(a.budget * HARD_FACTOR).toLocaleString('en-GB')} kept events the rest were cut: the report's events end at t = ${a.keptUntil} ms.`;
  return {
    budget: a.budget,
    kinds: a.kinds,
    keptUntil: a.keptUntil,
    note:
      `${sink.total.toLocaleString('en-GB')} events, more than the report's budget of ${a.budget.toLocaleString('en-GB')}: ${folded.join(', ')} are counted per hour instead of listed (first and last of each kept); ` +
      `every placement, migration completion, failure, restart, power and maintenance event is listed.${cut} events.ndjson has them all.`,
  };
}

/** The meter's cluster-hours summed over `parts`' clusters: their hourly energy, cost and carbon. */
function hourlyEnergy(parts: readonly ReportPart[]): Report['energy']['hours'] {
  const out: Report['energy']['hours'] = { t: [], itKWh: [], facilityKWh: [], cost: [], kgCo2: [], servingKWh: [], transitionKWh: [], standbyKWh: [] };
  const rows = parts.map((p) => p.headline.meterRows);
  const hours = rows[0]?.length ?? 0;
  for (let i = 0; i < hours; i++) {
    let it = 0;
    let facility = 0;
    let cost: number | null = 0;
    let co2: number | null = 0;
    let serving = 0;
    let transition = 0;
    let standby = 0;
    for (const cluster of rows) {
      const h = cluster[i];
      if (h === undefined) throw new Error('hourlyEnergy: clusters metered a different number of hours');
      it += h.itKWh;
      facility += h.facilityKWh;
      serving += h.servingKWh;
      transition += h.transitionKWh;
      standby += h.standbyKWh;
      cost = cost === null || h.cost === null ? null : cost + h.cost;
      co2 = co2 === null || h.kgCo2 === null ? null : co2 + h.kgCo2;
    }
    out.t.push(rows[0]![i]!.t0);
    out.itKWh.push(round6(it));
    out.facilityKWh.push(round6(facility));
    out.cost.push(cost === null ? null : round6(cost));
    out.kgCo2.push(co2 === null ? null : round6(co2));
    out.servingKWh.push(round6(serving));
    out.transitionKWh.push(round6(transition));
    out.standbyKWh.push(round6(standby));
  }
  return out;
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
