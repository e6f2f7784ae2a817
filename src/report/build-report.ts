/**
 * Assembles report.json from a finished run: the one versioned contract the viewer reads.
 */
import { FLAVOURS } from '../model/hypervisor.js';
import { DOWN_REASONS, HOST_STATES, RESTART_PRIORITIES, VM_MIGRATING, VM_RUNNING, VM_STATES, type HostStateName } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../model/memory/min-free.js';
import { vmMeans, vmMemory } from '../output/vms-csv.js';
import type { EventLog } from '../output/event-log.js';
import type { SimulationResult } from '../run/simulate.js';
import type { Scenario } from '../scenario/scenario.js';
import { VERSION } from '../version.js';
import { REPORT_VERSION, type HeadlineFigures, type Report } from './schema.js';
import { round3, type SeriesCollector } from './series-collector.js';

/** Alarms listed in report.json (all of them are counted, and go to events.ndjson). */
const REPORT_ALARMS = 5000;
/** Migrations listed in report.json (all are counted). */
const REPORT_MIGRATIONS = 5000;

function nullable(x: number): number | null {
  return Number.isFinite(x) ? round3(x) : null;
}

/** Round every number of a headline for the report (figures, not raw state). */
function roundHeadline(h: HeadlineFigures): HeadlineFigures {
  return JSON.parse(JSON.stringify(h, (_k, v: unknown) => (typeof v === 'number' ? round3(v) : v))) as HeadlineFigures;
}

function finite(x: number): number {
  return Number.isFinite(x) ? round3(x) : 0;
}

export function buildReport(scenario: Scenario, r: SimulationResult, series: SeriesCollector, events: EventLog): Report {
  const { world, recorder } = r;
  const spec = scenario.spec;
  const H = world.hosts;
  const V = world.vms;
  const duration = world.durationMs;
  const reasons = new Map(r.placement.unplaced.map((u) => [u.vm, u.reason]));
  return {
    schema: 'dcsim-report',
    version: REPORT_VERSION,
    generator: { name: 'dcsim', version: VERSION },
    run: {
      scenario: spec.name,
      description: spec.description,
      file: scenario.file,
      sha256: scenario.sha256,
      seed: r.seed,
      start: new Date(scenario.startEpochMs).toISOString(),
      durationMs: duration,
      stepMs: spec.step,
      intervalMs: r.intervalMs,
      warnings: [
        ...scenario.warnings,
        ...(r.stopped ? [`PARTIAL REPORT: the run stopped at ${r.stopped.t} ms: ${r.stopped.reason}`] : []),
      ],
    },
    headline: roundHeadline(r.headline),
    clusters: world.clusters.map((c, ci) => ({
      id: c.id,
      name: c.name,
      site: c.site,
      placement: {
        algorithm: c.placement.algorithm,
        maxVcpuPerCore: Number.isFinite(c.placement.maxVcpuPerCore) ? c.placement.maxVcpuPerCore : null,
        maxMemoryOvercommit: Number.isFinite(c.placement.maxMemoryOvercommit) ? c.placement.maxMemoryOvercommit : null,
      },
      headline: roundHeadline(r.clusterHeadlines[ci] as HeadlineFigures),
    })),
    hosts: Array.from({ length: H.n }, (_, h) => {
      const vcpuMhz = (H.vcpus[h] as number) * (H.coreMhz[h] as number);
      const stateHours = Object.fromEntries(
        MEMORY_STATES.map((s, k) => [s, round3((H.stateMs[h * 5 + k] as number) / 3_600_000)]),
      ) as Report['hosts'][number]['stateHours'];
      return {
        id: H.ids[h] as string,
        cluster: (world.clusters[H.cluster[h] as number] as { id: string }).id,
        cores: H.cores[h] as number,
        coreMhz: H.coreMhz[h] as number,
        usableMhz: round3(H.usableMhz[h] as number),
        memoryMiB: H.memoryMiB[h] as number,
        minFreeMiB: round3(H.minFreeMiB[h] as number),
        hypervisor: { flavour: FLAVOURS[H.flavour[h] as number] as 'esxi' | 'kvm', type: H.hvType[h] === 2 ? 2 : 1 },
        vms: H.vmCount[h] as number,
        vcpus: H.vcpus[h] as number,
        vcpuPerCore: round3((H.vcpus[h] as number) / (H.cores[h] as number)),
        memoryOvercommit: round3((H.configuredMiB[h] as number) / (H.memoryMiB[h] as number)),
        meanUtilPct: round3(((H.grantedInt[h] as number) / duration / (H.usableMhz[h] as number)) * 100),
        meanReadyPct: vcpuMhz > 0 ? round3(((H.readyInt[h] as number) / duration / vcpuMhz) * 100) : 0,
        energyKWh: round3((H.energyInt[h] as number) / 3.6e9),
        stateHours,
        state: HOST_STATES[H.state[h] as number] as HostStateName,
        failures: r.ha.hostFailCount[h] as number,
        failedHours: round3(r.ha.failedMsAt(h, duration) / 3_600_000),
        upHours: round3((H.upInt[h] as number) / 3_600_000),
      };
    }),
    vms: Array.from({ length: V.n }, (_, v) => {
      const h = V.host[v] as number;
      const m = vmMeans(r, v);
      const mm = vmMemory(r, v);
      return {
        id: V.ids[v] as string,
        group: (world.groups[V.group[v] as number] as { id: string }).id,
        host: h >= 0 ? (H.ids[h] as string) : null,
        vcpus: V.vcpus[v] as number,
        memoryMiB: V.memoryMiB[v] as number,
        demandMeanPct: finite(m.demand),
        demandP95Pct: finite(recorder.vmDemand.quantile(v, 0.95)),
        grantedMeanPct: finite(m.granted),
        grantedP95Pct: finite(recorder.vmGranted.quantile(v, 0.95)),
        readyMeanPct: finite(m.ready),
        readyP95Pct: finite(recorder.vmReady.quantile(v, 0.95)),
        memSharedMeanMiB: finite(mm.shared),
        memBalloonMeanMiB: finite(mm.balloon),
        memCompressedMeanMiB: finite(mm.compressed),
        memSwappedMeanMiB: finite(mm.swapped),
        memStallPct: finite(mm.stallPct),
        unplaceable: reasons.get(v) ?? null,
        state: VM_STATES[V.state[v] as number] as Report['vms'][number]['state'],
        downReason: V.state[v] === VM_RUNNING || V.state[v] === VM_MIGRATING ? null : (DOWN_REASONS[V.downReason[v] as number] as string),
        haPriority: RESTART_PRIORITIES[V.haPriority[v] as number] as Report['vms'][number]['haPriority'],
        outages: r.model.outages.outages[v] as number,
        downtimeS: round3(r.model.outages.downMsAt(v, duration) / 1000),
        availabilityPct: nullable(r.model.outages.availability(v, duration) * 100),
        migrations: V.migrations[v] as number,
        migrationDowntimeMs: round3(V.migrationDowntimeMs[v] as number),
      };
    }),
    energy: { hours: hourlyEnergy(r) },
    availability: {
      incidents: r.ha.incidents.map((i) => ({
        id: i.id,
        t: i.t,
        cause: i.cause,
        hosts: [...i.hosts],
        vmsAffected: i.vmsAffected,
        vmsRecovered: i.vmsRecovered,
        recoveredAt: i.recoveredAt,
        recoveryMs: i.recoveredAt === null ? null : i.recoveredAt - i.t,
      })),
      hostGroups: world.hostGroups.map((g) => {
        let failures = 0;
        let upMs = 0;
        let failedMs = 0;
        for (let h = g.hostStart; h < g.hostEnd; h++) {
          failures += r.ha.hostFailCount[h] as number;
          upMs += H.upInt[h] as number;
          failedMs += r.ha.failedMsAt(h, duration);
        }
        return {
          id: g.id,
          hosts: g.hostEnd - g.hostStart,
          failures,
          mtbfHours: failures > 0 ? round3(upMs / failures / 3_600_000) : null,
          mttrHours: failures > 0 ? round3(failedMs / failures / 3_600_000) : null,
        };
      }),
    },
    migrations: {
      total: r.migrator.records.length,
      truncated: r.migrator.records.length > REPORT_MIGRATIONS,
      items: r.migrator.records.slice(0, REPORT_MIGRATIONS).map((m) => ({
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
    },
    series: {
      t: series.t,
      intervalMs: series.intervalMs,
      clusters: series.clusterSeriesById(),
      hosts: series.hostSeriesById(),
      hostsOmitted: series.hostsOmitted,
    },
    alarms: {
      rules: {
        cpuReady: spec.alarms.cpuReady ? { thresholdPct: spec.alarms.cpuReady.thresholdPct, forMs: spec.alarms.cpuReady.for } : null,
        hostCpu: spec.alarms.hostCpu ? { thresholdPct: spec.alarms.hostCpu.thresholdPct, forMs: spec.alarms.hostCpu.for } : null,
        hostSwapping: spec.alarms.hostSwapping,
        hostMemoryState: spec.alarms.hostMemoryState,
      },
      total: r.alarms.total,
      activeAtEnd: r.alarms.activeCount(),
      byRule: { ...r.alarms.raised },
      truncated: r.alarms.total > REPORT_ALARMS,
      items: r.alarms.alarms.slice(0, REPORT_ALARMS).map((a) => ({
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
    events: {
      total: events.total,
      counts: { ...events.counts },
      truncated: events.total > events.kept.length,
      items: events.kept,
    },
  };
}

/** The meter's cluster-hours summed over clusters: the datacenter's hourly energy, cost and carbon. */
function hourlyEnergy(r: SimulationResult): Report['energy']['hours'] {
  const out: Report['energy']['hours'] = { t: [], itKWh: [], facilityKWh: [], cost: [], kgCo2: [], servingKWh: [], transitionKWh: [], standbyKWh: [] };
  const clusters = r.world.clusters.length;
  const rows = r.meter.hours;
  for (let i = 0; i + clusters <= rows.length; i += clusters) {
    let it = 0;
    let facility = 0;
    let cost: number | null = 0;
    let co2: number | null = 0;
    let serving = 0;
    let transition = 0;
    let standby = 0;
    for (let c = 0; c < clusters; c++) {
      const h = rows[i + c]!;
      it += h.itKWh;
      facility += h.facilityKWh;
      serving += h.servingKWh;
      transition += h.transitionKWh;
      standby += h.standbyKWh;
      cost = cost === null || h.cost === null ? null : cost + h.cost;
      co2 = co2 === null || h.kgCo2 === null ? null : co2 + h.kgCo2;
    }
    out.t.push(rows[i]!.t0);
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
