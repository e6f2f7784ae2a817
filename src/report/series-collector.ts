/**
 * Keeps the series that go into report.json: every cluster series, and host series when the
 * run is small enough for a browser to hold them (hosts × intervals under a cap).
 */
import { MEMORY_STATES } from '../model/memory/min-free.js';
import type { World } from '../model/world.js';
import type { SampleFrame } from '../metrics/frame.js';
import type { SampleSink } from '../metrics/recorder.js';
import type { ClusterSeriesData, HostSeriesData } from './schema.js';

/** Host series are kept when hosts × intervals stays under this many points per metric. */
export const HOST_SERIES_MAX_POINTS = 500_000;

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

type StateName = (typeof MEMORY_STATES)[number];

export class SeriesCollector implements SampleSink {
  readonly t: number[] = [];
  readonly intervalMs: number[] = [];
  readonly clusters: ClusterSeriesData[];
  readonly hosts: HostSeriesData[] | null;
  readonly hostsOmitted: string | null;

  constructor(
    private readonly world: World,
    expectedIntervals: number,
    wantHosts: boolean,
  ) {
    this.clusters = world.clusters.map(() => ({
      capacityMhz: [], demandMhz: [], grantedMhz: [], utilPct: [], maxHostUtilPct: [], readyMeanPct: [],
      readyP50Pct: [], readyP95Pct: [], readyP99Pct: [], memoryMiB: [], consumedMiB: [], activeMiB: [],
      powerW: [], energyWh: [], worstMemState: [], sharedMiB: [], balloonMiB: [], compressedMiB: [],
      compressionSavedMiB: [], swappedMiB: [], swapInMiBps: [], swapOutMiBps: [], stallPct: [],
    }));
    const points = world.hosts.n * expectedIntervals;
    if (!wantHosts) {
      this.hosts = null;
      this.hostsOmitted = 'host series turned off in the scenario outputs';
    } else if (points > HOST_SERIES_MAX_POINTS) {
      this.hosts = null;
      this.hostsOmitted = `${world.hosts.n} hosts × ${expectedIntervals} intervals exceed ${HOST_SERIES_MAX_POINTS} points; see timeseries-host.csv`;
    } else {
      this.hosts = Array.from({ length: world.hosts.n }, () => ({
        utilPct: [], readyPct: [], consumedMiB: [], activeMiB: [], powerW: [], memState: [],
        sharedMiB: [], balloonMiB: [], compressedMiB: [], swappedMiB: [], stallPct: [],
      }));
      this.hostsOmitted = null;
    }
  }

  onSample(f: SampleFrame): void {
    this.t.push(f.t0);
    this.intervalMs.push(f.t1 - f.t0);
    const c = f.cluster;
    this.clusters.forEach((s, ci) => {
      s.capacityMhz.push(round3(c.capacityMhz[ci] as number));
      s.demandMhz.push(round3(c.demandMhz[ci] as number));
      s.grantedMhz.push(round3(c.grantedMhz[ci] as number));
      s.utilPct.push(round3(c.utilPct[ci] as number));
      s.maxHostUtilPct.push(round3(c.maxHostUtilPct[ci] as number));
      s.readyMeanPct.push(round3(c.readyMeanPct[ci] as number));
      s.readyP50Pct.push(round3(c.readyP50Pct[ci] as number));
      s.readyP95Pct.push(round3(c.readyP95Pct[ci] as number));
      s.readyP99Pct.push(round3(c.readyP99Pct[ci] as number));
      s.memoryMiB.push(round3(c.memoryMiB[ci] as number));
      s.consumedMiB.push(round3(c.consumedMiB[ci] as number));
      s.activeMiB.push(round3(c.activeMiB[ci] as number));
      s.powerW.push(round3(c.powerW[ci] as number));
      s.energyWh.push(round3(c.energyWh[ci] as number));
      s.worstMemState.push(MEMORY_STATES[c.worstMemState[ci] as number] as StateName);
      s.sharedMiB.push(round3(c.sharedMiB[ci] as number));
      s.balloonMiB.push(round3(c.balloonMiB[ci] as number));
      s.compressedMiB.push(round3(c.compressedMiB[ci] as number));
      s.compressionSavedMiB.push(round3(c.compressionSavedMiB[ci] as number));
      s.swappedMiB.push(round3(c.swappedMiB[ci] as number));
      s.swapInMiBps.push(round3(c.swapInMiBps[ci] as number));
      s.swapOutMiBps.push(round3(c.swapOutMiBps[ci] as number));
      s.stallPct.push(round3(c.stallPct[ci] as number));
    });
    if (this.hosts) {
      const h = f.host;
      this.hosts.forEach((s, i) => {
        s.utilPct.push(round3(h.utilPct[i] as number));
        s.readyPct.push(round3(h.readyPct[i] as number));
        s.consumedMiB.push(round3(h.consumedMiB[i] as number));
        s.activeMiB.push(round3(h.activeMiB[i] as number));
        s.powerW.push(round3(h.powerW[i] as number));
        s.memState.push(MEMORY_STATES[h.memState[i] as number] as StateName);
        s.sharedMiB.push(round3(h.sharedMiB[i] as number));
        s.balloonMiB.push(round3(h.balloonMiB[i] as number));
        s.compressedMiB.push(round3(h.compressedMiB[i] as number));
        s.swappedMiB.push(round3(h.swappedMiB[i] as number));
        s.stallPct.push(round3(h.stallPct[i] as number));
      });
    }
  }

  clusterSeriesById(): Record<string, ClusterSeriesData> {
    return Object.fromEntries(this.world.clusters.map((c, i) => [c.id, this.clusters[i] as ClusterSeriesData]));
  }

  hostSeriesById(): Record<string, HostSeriesData> | null {
    if (!this.hosts) return null;
    return Object.fromEntries(this.world.hosts.ids.map((id, i) => [id, (this.hosts as HostSeriesData[])[i] as HostSeriesData]));
  }
}
