/**
 * Keeps the series that go into report.json: every cluster series, and host series when the
 * run is small enough for a browser to hold them (hosts × intervals under a cap).
 */
import { HOST_STATES } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../model/memory/min-free.js';
/** Host series are kept when hosts × intervals stays under this many points per metric. */
export const HOST_SERIES_MAX_POINTS = 500_000;
export function round3(x) {
    return Math.round(x * 1000) / 1000;
}
function orNull(x) {
    return Number.isNaN(x) ? null : round3(x);
}
/** Numeric series copied from the frame under the same names. */
const CLUSTER_NUMBERS = [
    'capacityMhz', 'demandMhz', 'grantedMhz', 'utilPct', 'maxHostUtilPct', 'readyMeanPct', 'readyP50Pct',
    'readyP95Pct', 'readyP99Pct', 'memoryMiB', 'consumedMiB', 'activeMiB', 'powerW', 'energyWh', 'sharedMiB',
    'balloonMiB', 'compressedMiB', 'compressionSavedMiB', 'swappedMiB', 'swapInMiBps', 'swapOutMiBps', 'stallPct',
    'hostsUp', 'vmsDown', 'migrationsActive', 'powerServingW', 'powerTransitionW', 'powerStandbyW', 'hostsStandby',
];
const HOST_NUMBERS = [
    'utilPct', 'readyPct', 'consumedMiB', 'activeMiB', 'powerW', 'sharedMiB', 'balloonMiB', 'compressedMiB',
    'swappedMiB', 'stallPct', 'upPct',
];
export class SeriesCollector {
    world;
    t = [];
    intervalMs = [];
    clusters;
    hosts;
    hostsOmitted;
    constructor(world, expectedIntervals, wantHosts, 
    /** Hosts of the whole run (more than this world's when it is one cluster run apart). */
    runHosts = world.hosts.n) {
        this.world = world;
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
        }
        else if (points > HOST_SERIES_MAX_POINTS) {
            this.hosts = null;
            this.hostsOmitted = `${runHosts} hosts × ${expectedIntervals} intervals exceed ${HOST_SERIES_MAX_POINTS} points; see timeseries-host.csv`;
        }
        else {
            this.hosts = Array.from({ length: world.hosts.n }, () => ({
                utilPct: [], readyPct: [], consumedMiB: [], activeMiB: [], powerW: [], memState: [],
                sharedMiB: [], balloonMiB: [], compressedMiB: [], swappedMiB: [], stallPct: [], upPct: [], state: [],
            }));
            this.hostsOmitted = null;
        }
    }
    onSample(f) {
        this.t.push(f.t0);
        this.intervalMs.push(f.t1 - f.t0);
        const c = f.cluster;
        this.clusters.forEach((s, ci) => {
            for (const k of CLUSTER_NUMBERS)
                s[k].push(round3(c[k][ci]));
            s.worstMemState.push(MEMORY_STATES[c.worstMemState[ci]]);
            s.failoverHosts.push(orNull(c.failoverHosts[ci]));
            s.imbalance.push(orNull(c.imbalance[ci]));
        });
        if (this.hosts) {
            const h = f.host;
            this.hosts.forEach((s, i) => {
                for (const k of HOST_NUMBERS)
                    s[k].push(round3(h[k][i]));
                s.memState.push(MEMORY_STATES[h.memState[i]]);
                s.state.push(HOST_STATES[h.state[i]]);
            });
        }
    }
    clusterSeriesById() {
        return Object.fromEntries(this.world.clusters.map((c, i) => [c.id, this.clusters[i]]));
    }
    hostSeriesById() {
        if (!this.hosts)
            return null;
        return Object.fromEntries(this.world.hosts.ids.map((id, i) => [id, this.hosts[i]]));
    }
}
//# sourceMappingURL=series-collector.js.map