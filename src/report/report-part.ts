/**
 * What one cluster contributes to report.json, summary.json and vms.csv, as plain data: its
 * entries (cluster, hosts, VMs, host groups, series), its lists (incidents, migrations, alarms,
 * unplaceable VMs) and its headline parts. The report is assembled from the parts of all
 * clusters (assembleReport), whether they ran in one simulation or each on its own: clusters
 * are independent domains, so the parts, and the report, are the same.
 */
import { FLAVOURS } from '../model/hypervisor.js';
import { DOWN_REASONS, HOST_STATES, RESTART_PRIORITIES, VM_MIGRATING, VM_RUNNING, VM_STATES, type HostStateName } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../catalogue/memory-states.js';
import { stateMsIndex } from '../model/memory/min-free.js';
import { vmMeans, vmMemory } from '../output/vm-figures.js';
import type { HeadlineParts } from '../metrics/headline.js';
import type { RunOutcome } from '../metrics/run-outcome.js';
import type { ClusterSeriesData, HostSeriesData, Report, ReportAlarm } from './schema.js';
import { round3 } from '../metrics/round.js';
import type { SeriesCollector } from './series-collector.js';

type ReportMigration = Report['migrations']['items'][number];

/** Alarms listed in report.json (all of them are counted, and go to events.ndjson). */
export const REPORT_ALARMS = 5000;
/** Migrations listed in report.json (all are counted). */
export const REPORT_MIGRATIONS = 5000;

/** An HA incident before the report numbers it (`key` and `id` as the event log knows it). */
export interface PartIncident {
  readonly key: string;
  readonly t: number;
  readonly cause: string;
  readonly hosts: string[];
  readonly vmsAffected: number;
  readonly vmsRecovered: number;
  readonly recoveredAt: number | null;
}

export interface ReportPart {
  readonly cluster: Report['clusters'][number];
  readonly hosts: Report['hosts'];
  readonly vms: Report['vms'];
  readonly hostGroups: Report['availability']['hostGroups'];
  readonly incidents: PartIncident[];
  /**
   * The cluster's first REPORT_MIGRATIONS migrations by start (all report.json can list: its
   * first ones over all clusters are among them), in the order they started; `migrationsTotal`
   * counts them all. Capped so that a long run's parts do not grow with its length.
   */
  readonly migrations: ReportMigration[];
  readonly migrationsTotal: number;
  /** `items`: the first REPORT_ALARMS by raisedAt, in the order raised (as migrations). */
  readonly alarms: { total: number; activeAtEnd: number; byRule: Record<string, number>; items: ReportAlarm[] };
  readonly series: ClusterSeriesData;
  readonly hostSeries: HostSeriesData[] | null;
  readonly unplaced: { vm: string; reason: string }[];
  readonly headline: HeadlineParts;
}

/**
 * The first `n` of `items` by `time` (ties by position), in their original order. The first n
 * of several clusters' lists merged by time (build-report's byTime) are always among their
 * lists' first n each, so a part keeps no more than the report can show.
 */
export function firstByTime<T>(items: readonly T[], time: (x: T) => number, n: number): T[] {
  if (items.length <= n) return [...items];
  const order = items.map((_, k) => k);
  order.sort((a, b) => time(items[a] as T) - time(items[b] as T) || a - b);
  return order
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((k) => items[k] as T);
}

function nullable(x: number): number | null {
  return Number.isFinite(x) ? round3(x) : null;
}

function finite(x: number): number {
  return Number.isFinite(x) ? round3(x) : 0;
}

/**
 * Cluster `ci` of a finished run. `incidentKey` names an incident the way the run's event log
 * does (its number in a whole-datacenter run; prefixed by the cluster when merged from apart).
 */
export function reportPart(r: RunOutcome, series: SeriesCollector, ci: number, incidentKey: (id: number) => string = String): ReportPart {
  const { world } = r;
  const H = world.hosts;
  const V = world.vms;
  const duration = world.durationMs;
  const cl = world.clusters[ci]!;
  const unplaced = r.unplaced.filter((u) => u.vm >= cl.vmStart && u.vm < cl.vmEnd);
  const reasons = new Map(unplaced.map((u) => [u.vm, u.reason]));
  const hosts: Report['hosts'] = [];
  for (let h = cl.hostStart; h < cl.hostEnd; h++) {
    const vcpuMhz = (H.vcpus[h]) * (H.coreMhz[h]);
    const stateHours = Object.fromEntries(
      MEMORY_STATES.map((s, k) => [s, round3((H.stateMs[stateMsIndex(h, k)]) / 3_600_000)]),
    ) as Report['hosts'][number]['stateHours'];
    hosts.push({
      id: H.ids[h] as string,
      cluster: cl.id,
      cores: H.cores[h],
      coreMhz: H.coreMhz[h],
      usableMhz: round3(H.usableMhz[h]),
      memoryMiB: H.memoryMiB[h],
      minFreeMiB: round3(H.minFreeMiB[h]),
      hypervisor: { flavour: FLAVOURS[H.flavour[h]] as 'esxi' | 'kvm', type: H.hvType[h] === 2 ? 2 : 1 },
      vms: H.vmCount[h],
      vcpus: H.vcpus[h],
      vcpuPerCore: round3((H.vcpus[h]) / (H.cores[h])),
      memoryOvercommit: round3((H.configuredMiB[h]) / (H.memoryMiB[h])),
      meanUtilPct: round3(((H.grantedInt[h]) / duration / (H.usableMhz[h])) * 100),
      meanReadyPct: vcpuMhz > 0 ? round3(((H.readyInt[h]) / duration / vcpuMhz) * 100) : 0,
      energyKWh: round3((H.energyInt[h]) / 3.6e9),
      stateHours,
      state: HOST_STATES[H.state[h]] as HostStateName,
      failures: r.hostFailures.count[h],
      failedHours: round3((r.hostFailures.failedMs[h]) / 3_600_000),
      upHours: round3((H.upInt[h]) / 3_600_000),
    });
  }
  const vms: Report['vms'] = [];
  for (let v = cl.vmStart; v < cl.vmEnd; v++) {
    const h = V.host[v];
    const m = vmMeans(r, v);
    const mm = vmMemory(r, v);
    vms.push({
      id: V.ids[v] as string,
      group: (world.groups[V.group[v]] as { id: string }).id,
      host: h >= 0 ? (H.ids[h] as string) : null,
      vcpus: V.vcpus[v],
      memoryMiB: V.memoryMiB[v],
      demandMeanPct: finite(m.demand),
      demandP95Pct: finite(r.vmP95Pct.demand[v]),
      grantedMeanPct: finite(m.granted),
      grantedP95Pct: finite(r.vmP95Pct.granted[v]),
      readyMeanPct: finite(m.ready),
      readyP95Pct: finite(r.vmP95Pct.ready[v]),
      memSharedMeanMiB: finite(mm.shared),
      memBalloonMeanMiB: finite(mm.balloon),
      memCompressedMeanMiB: finite(mm.compressed),
      memSwappedMeanMiB: finite(mm.swapped),
      memStallPct: finite(mm.stallPct),
      unplaceable: reasons.get(v) ?? null,
      state: VM_STATES[V.state[v]] as Report['vms'][number]['state'],
      downReason: V.state[v] === VM_RUNNING || V.state[v] === VM_MIGRATING ? null : (DOWN_REASONS[V.downReason[v]] as string),
      haPriority: RESTART_PRIORITIES[V.haPriority[v]] as Report['vms'][number]['haPriority'],
      outages: r.vmOutages.count[v],
      downtimeS: round3((r.vmOutages.downMs[v]) / 1000),
      availabilityPct: nullable((r.vmOutages.availability[v]) * 100),
      migrations: V.migrations[v],
      migrationDowntimeMs: round3(V.migrationDowntimeMs[v]),
    });
  }
  const inCluster = (id: string): boolean => id.startsWith(`${cl.id}/`);
  const hostIds = new Set(hosts.map((h) => h.id));
  const alarms = firstByTime(
    r.alarms.items.filter((a) => inCluster(a.target)),
    (a) => a.raisedAt,
    REPORT_ALARMS,
  );
  const migrations = r.migrations.filter((m) => m.vm >= cl.vmStart && m.vm < cl.vmEnd);
  const byRule = { ...(r.alarms.raisedByCluster[ci] as Record<string, number>) };
  return {
    cluster: {
      id: cl.id,
      name: cl.name,
      site: cl.site,
      placement: {
        algorithm: cl.placement.algorithm,
        maxVcpuPerCore: Number.isFinite(cl.placement.maxVcpuPerCore) ? cl.placement.maxVcpuPerCore : null,
        maxMemoryOvercommit: Number.isFinite(cl.placement.maxMemoryOvercommit) ? cl.placement.maxMemoryOvercommit : null,
      },
      headline: roundHeadline(r.clusterHeadlines[ci] as Report['headline']),
    },
    hosts,
    vms,
    hostGroups: world.hostGroups
      .filter((g) => g.cluster === ci)
      .map((g) => {
        let failures = 0;
        let upMs = 0;
        let failedMs = 0;
        for (let h = g.hostStart; h < g.hostEnd; h++) {
          failures += r.hostFailures.count[h];
          upMs += H.upInt[h];
          failedMs += r.hostFailures.failedMs[h];
        }
        return {
          id: g.id,
          hosts: g.hostEnd - g.hostStart,
          failures,
          mtbfHours: failures > 0 ? round3(upMs / failures / 3_600_000) : null,
          mttrHours: failures > 0 ? round3(failedMs / failures / 3_600_000) : null,
        };
      }),
    incidents: r.incidents
      .filter((i) => i.hosts.some((id) => hostIds.has(id)))
      .map((i) => ({
        key: incidentKey(i.id),
        t: i.t,
        cause: i.cause,
        hosts: [...i.hosts],
        vmsAffected: i.vmsAffected,
        vmsRecovered: i.vmsRecovered,
        recoveredAt: i.recoveredAt,
      })),
    migrationsTotal: migrations.length,
    migrations: firstByTime(migrations, (m) => m.startedAt, REPORT_MIGRATIONS).map((m) => ({
        vm: V.ids[m.vm] as string,
        from: H.ids[m.from] as string,
        to: H.ids[m.to] as string,
        reason: m.reason,
        startedAt: m.startedAt,
        durationMs: round3(m.durationMs),
        rounds: m.rounds,
        transferredMiB: round3(m.transferredMiB),
        downtimeMs: round3(m.downtimeMs),
        converged: m.outcome === 'completed',
      })),
    alarms: {
      total: Object.values(byRule).reduce((a, b) => a + b, 0),
      activeAtEnd: r.alarms.activeAtEnd[ci],
      byRule,
      items: alarms.map((a) => ({
        rule: a.rule,
        target: a.target,
        since: a.since,
        raisedAt: a.raisedAt,
        clearedAt: a.clearedAt,
        durationMs: (a.clearedAt ?? duration) - a.raisedAt,
        peak: round3(a.peak),
        threshold: a.threshold,
        unit: a.unit,
      })),
    },
    series: series.clusters[ci] as ClusterSeriesData,
    hostSeries: series.hosts ? series.hosts.slice(cl.hostStart, cl.hostEnd) : null,
    unplaced: unplaced.map((u) => ({ vm: V.ids[u.vm] as string, reason: u.reason })),
    headline: r.headlineParts[ci] as HeadlineParts,
  };
}

/** Round every number of a headline for the report (figures, not raw state). */
export function roundHeadline(h: Report['headline']): Report['headline'] {
  return JSON.parse(JSON.stringify(h, (_k, v: unknown) => (typeof v === 'number' ? round3(v) : v))) as Report['headline'];
}
