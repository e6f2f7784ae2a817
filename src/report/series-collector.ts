/**
 * Keeps the series that go into report.json: every cluster series, and host series when the
 * run is small enough for a browser to hold them (hosts × intervals under a cap).
 */
import { HOST_STATES, type HostStateName } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../catalogue/memory-states.js';
import type { World } from '../model/world.js';
import type { ClusterFrame, HostFrame, SampleFrame } from '../metrics/frame.js';
import type { SampleSink } from '../metrics/recorder.js';
import { round3 } from '../metrics/round.js';
import type { ClusterSeriesData, HostSeriesData } from './schema.js';

/** Host series are kept when hosts × intervals stays under this many points per metric. */
export const HOST_SERIES_MAX_POINTS = 500_000;

type StateName = (typeof MEMORY_STATES)[number];

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : round3(x);
}

/** Numeric series copied from the frame under the same names. */
const CLUSTER_NUMBERS = [
  'capacityMhz', 'demandMhz', 'grantedMhz', 'utilPct', 'maxHostUtilPct', 'readyMeanPct', 'readyP50Pct',
  'readyP95Pct', 'readyP99Pct', 'memoryMiB', 'consumedMiB', 'activeMiB', 'powerW', 'energyWh', 'sharedMiB',
  'balloonMiB', 'compressedMiB', 'compressionSavedMiB', 'swappedMiB', 'swapInMiBps', 'swapOutMiBps', 'stallPct',
  'hostsUp', 'vmsDown', 'migrationsActive', 'powerServingW', 'powerTransitionW', 'powerStandbyW', 'hostsStandby',
] as const satisfies ReadonlyArray<keyof ClusterSeriesData & keyof ClusterFrame>;

const HOST_NUMBERS = [
  'utilPct', 'readyPct', 'consumedMiB', 'activeMiB', 'powerW', 'sharedMiB', 'balloonMiB', 'compressedMiB',
  'swappedMiB', 'stallPct', 'upPct',
] as const satisfies ReadonlyArray<keyof HostSeriesData & keyof HostFrame>;

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
    /** Hosts of the whole run (more than this world's when it is one cluster run apart). */
    runHosts = world.hosts.n,
  ) {
    this.clusters = world.clusters.map(() => ({
      capacityMhz: [], demandMhz: [], grantedMhz: [], utilPct: [], maxHostUtilPct: [], readyMeanPct: [],
      readyP50Pct: [], readyP95Pct: [], readyP99Pct: [], memoryMiB: [], consumedMiB: [], activeMiB: [],
      powerW: [], energyWh: [], worstMemState: [], sharedMiB: [], balloonMiB: [], compressedMiB: [],
      compressionSavedMiB: [], swappedMiB: [], swapInMiBps: [], swapOutMiBps: [], stallPct: [],
      hostsUp: [], vmsDown: [], failoverHosts: [], imbalance: [], migrationsActive: [],
      powerServingW: [], powerTransitionW: [], powerStandbyW: [], hostsStandby: [],
    }));
    const points = runHosts * expectedIntervals;
    if (!wantHosts) {
      this.hosts = null;
      this.hostsOmitted = 'host series turned off in the scenario outputs';
    } else if (points > HOST_SERIES_MAX_POINTS) {
      this.hosts = null;
      this.hostsOmitted = `${runHosts} hosts × ${expectedIntervals} intervals exceed ${HOST_SERIES_MAX_POINTS} points; see timeseries-host.csv`;
    } else {
      this.hosts = Array.from({ length: world.hosts.n }, () => ({
        utilPct: [], readyPct: [], consumedMiB: [], activeMiB: [], powerW: [], memState: [],
        sharedMiB: [], balloonMiB: [], compressedMiB: [], swappedMiB: [], stallPct: [], upPct: [], state: [],
      }));
      this.hostsOmitted = null;
    }
  }

  onSample(f: SampleFrame): void {
    this.t.push(f.t0);
    this.intervalMs.push(f.t1 - f.t0);
    const c = f.cluster;
    this.clusters.forEach((s, ci) => {
      for (const k of CLUSTER_NUMBERS) s[k].push(round3(c[k][ci]));
      s.worstMemState.push(MEMORY_STATES[c.worstMemState[ci]] as StateName);
      s.failoverHosts.push(orNull(c.failoverHosts[ci]));
      s.imbalance.push(orNull(c.imbalance[ci]));
    });
    if (this.hosts) {
      const h = f.host;
      this.hosts.forEach((s, i) => {
        for (const k of HOST_NUMBERS) s[k].push(round3(h[k][i]));
        s.memState.push(MEMORY_STATES[h.memState[i]] as StateName);
        s.state.push(HOST_STATES[h.state[i]] as HostStateName);
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
