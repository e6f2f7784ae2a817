/**
 * Assembles report.json from a finished run: the one versioned contract the viewer reads.
 */
import { FLAVOURS } from '../model/hypervisor.js';
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
      warnings: [...scenario.warnings],
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
      };
    }),
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
