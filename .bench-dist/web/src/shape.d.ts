import { type LifecycleLane } from './lifecycle.js';
import type { AlarmRule, AlarmRules, HeadlineFigures, HostRow, MemoryState, ReadyBand, Report, ReportAlarm, ReportEvent, VmRow } from './types.js';
export declare const MEMORY_STATES: readonly MemoryState[];
export declare const STATE_RANK: Record<MemoryState, number>;
export declare const STATE_MEANING: Record<MemoryState, string>;
/** CPU ready rule-of-thumb bands (per vCPU, % of time): < 2.5 fine, 2.5–5 watch, 5–10 significant, > 10 bad. */
export declare const READY_LIMITS: {
    readonly watch: 2.5;
    readonly significant: 5;
    readonly bad: 10;
};
export declare const READY_BANDS: ReadonlyArray<{
    band: ReadyBand;
    from: number;
    to: number;
    meaning: string;
}>;
/** Same rule as the simulator's headline band. */
export declare function readyBand(pct: number): ReadyBand;
/** Parses run.start (ISO 8601) to epoch ms; 0 when it is not a date. */
export declare function startMs(report: Report): number;
/** One cluster's series (or all clusters together), in display units, ready to chart. */
export interface ClusterView {
    readonly key: string;
    readonly label: string;
    /** True when several clusters were combined (ready percentiles are then the worst cluster's). */
    readonly combined: boolean;
    /** Interval starts and lengths, ms from the run start. */
    readonly t: readonly number[];
    readonly dt: readonly number[];
    /** Interval midpoints: where values are drawn. */
    readonly x: readonly number[];
    readonly capacityGHz: number[];
    readonly demandGHz: number[];
    readonly grantedGHz: number[];
    readonly utilPct: number[];
    readonly readyMeanPct: number[];
    readonly readyP50Pct: number[];
    readonly readyP95Pct: number[];
    readonly readyP99Pct: number[];
    readonly memoryGiB: number[];
    readonly consumedGiB: number[];
    readonly activeGiB: number[];
    readonly powerKW: number[];
    readonly worstState: MemoryState[];
    /** Memory reclamation (GiB): saved by page sharing, held by balloons, saved by compression, in host swap. */
    readonly sharedGiB: number[];
    readonly balloonGiB: number[];
    readonly compressionSavedGiB: number[];
    readonly swappedGiB: number[];
    /** Swap traffic, MiB/s. */
    readonly swapInMiBps: number[];
    readonly swapOutMiBps: number[];
    /** CPU demand lost waiting on reclaimed pages, % of demand (demand-weighted over clusters). */
    readonly stallPct: number[];
    /** Granted GHz per cluster (one layer when a single cluster). */
    readonly layers: ReadonlyArray<{
        key: string;
        label: string;
        values: number[];
    }>;
    /** Lifecycle, summed over the clusters: hosts serving VMs (interval mean), VMs down and migrations in flight (at each interval's end). */
    readonly hostsUp: number[];
    readonly vmsDown: number[];
    readonly migrationsActive: number[];
}
export declare const ALL_CLUSTERS = "*";
export declare function midpoints(report: Report): number[];
/**
 * The series of cluster `key`, or of every cluster together (`ALL_CLUSTERS`): capacities,
 * demand, granted and memory are summed, utilisation recomputed from the sums, and each CPU
 * ready percentile is the highest of the clusters' (percentiles of different VM sets cannot be
 * combined exactly). Views are computed once per report and key, and shared: do not mutate them.
 */
export declare const clusterView: (report: Report, key: string) => ClusterView;
/** Stacked areas: layer k spans [y0, y1] with y1 = y0 + values; the top layer's y1 is the total. */
export declare function stackLayers(layers: ReadonlyArray<readonly number[]>): Array<{
    y0: number[];
    y1: number[];
}>;
/** A stretch of intervals [i0, i1) in one state (memory state by default), spanning [t0, t1) ms. */
export interface StateRun<S extends string = MemoryState> {
    readonly state: S;
    readonly i0: number;
    readonly i1: number;
    readonly t0: number;
    readonly t1: number;
}
/** Run-length encoding of a per-interval state series (memory states, host lifecycle states). */
export declare function stateRuns<S extends string = MemoryState>(states: readonly S[], t: readonly number[], dt: readonly number[]): Array<StateRun<S>>;
/** Number of hosts in each memory state at every interval (the counts sum to the host count). */
export declare function stateCounts(series: ReadonlyArray<readonly MemoryState[]>, n: number): Record<MemoryState, number[]>;
export type EventLane = 'placed' | 'unplaceable' | 'memory' | LifecycleLane;
/** Events of one lane falling into one time bucket, drawn as one marker. */
export interface EventMarker {
    readonly lane: EventLane;
    /** Bucket start and end, ms from the run start. */
    readonly t0: number;
    readonly t1: number;
    /** Time of the first event in the bucket. */
    readonly t: number;
    readonly count: number;
    /** For memory markers: the worst state entered in the bucket. */
    readonly worst: MemoryState | null;
    /** Up to `keep` events, for the tooltip. */
    readonly items: ReportEvent[];
}
/** The marker lane of an event; null for alarm events (alarms are drawn as bars from report.alarms). */
export declare function laneOf(e: ReportEvent): EventLane | null;
/**
 * Collapses events into one marker per lane and time bucket of `bucketMs` (so 10 000
 * placements at t = 0 make one marker with their count). Markers are ordered by lane, then time.
 * Alarm events are left out: the timeline draws alarms as bars (`alarmTracks`).
 */
export declare function collapseEvents(items: readonly ReportEvent[], bucketMs: number, keep?: number): EventMarker[];
export type HostMetric = 'util' | 'ready' | 'mem' | 'stall';
export declare const HOST_METRICS: ReadonlyArray<{
    key: HostMetric;
    label: string;
    unit: string;
}>;
/** One row per host of `metric` per interval; null when the report has no host series. */
export declare function hostMetricRows(report: Report, hosts: readonly HostRow[], metric: HostMetric): number[][] | null;
/** Time-weighted mean and the peak of `values` over intervals overlapping [x0, x1). */
export declare function windowStats(values: readonly number[], t: readonly number[], dt: readonly number[], x0: number, x1: number): {
    mean: number;
    peak: number;
};
export type HostOrder = 'id' | 'mean' | 'peak';
/** Row order for the heatmap: as given ('id': callers pass hosts in cluster, then id order), or by mean / peak over the window, highest first (ties by id). */
export declare function orderHosts(ids: readonly string[], rows: ReadonlyArray<readonly number[]>, by: HostOrder, t: readonly number[], dt: readonly number[], x0: number, x1: number): number[];
/** Natural order of ids: `esx-2` before `esx-10`. */
export declare function compareIds(a: string, b: string): number;
export declare function vmsOnHost(report: Report, hostId: string): VmRow[];
export type VmKey = 'id' | 'group' | 'host' | 'vcpus' | 'memoryMiB' | 'demandMeanPct' | 'demandP95Pct' | 'grantedMeanPct' | 'readyMeanPct' | 'readyP95Pct' | 'memBalloonMeanMiB' | 'memSwappedMeanMiB' | 'memStallPct' | 'state' | 'availabilityPct' | 'outages' | 'downtimeS' | 'migrations';
/** VMs sorted by `key` (ties by id), the first `n` (all when n ≤ 0). Missing figures (null: a VM that never ran) go last either way. */
export declare function sortVms(vms: readonly VmRow[], key: VmKey, descending: boolean, n?: number): VmRow[];
/** How a figure is written; 'money' adds the run's currency. */
export type FigureFormat = 'count' | 'num' | 'pct' | 'ratio' | 'gib' | 'mib-as-gib' | 'kwh' | 'kw' | 'ghz' | 'money' | 'seconds' | 'ms';
/** A comparison figure as written in the table: "—" when the report leaves it out; money in `currency`. */
export declare function formatFigure(v: number | null, f: FigureFormat, currency?: string): string;
/** A headline figure for cards and the comparison table. */
export interface HeadlineFigure {
    readonly key: string;
    readonly label: string;
    readonly format: FigureFormat;
    /** Which direction is better, for the comparison's change column (null: neither). */
    readonly better: 'lower' | 'higher' | null;
    /** The figure, or null when the report leaves it out (no price, no grid intensity). */
    readonly get: (h: HeadlineFigures) => number | null;
}
export declare const HEADLINE_FIGURES: readonly HeadlineFigure[];
/** A figure of a whole run, for the comparison table: the headline figures and the alarm counts. */
export interface RunFigure {
    readonly key: string;
    readonly label: string;
    readonly format: FigureFormat;
    readonly better: 'lower' | 'higher' | null;
    readonly get: (r: Report) => number | null;
}
/** The comparison table's rows: the headline figures, with the alarm counts after the placement outcome. */
export declare const RUN_FIGURES: readonly RunFigure[];
/** Unique labels for several runs: scenario names, with a number added to repeated ones. */
export declare function runLabels(names: readonly string[]): string[];
/** Hours of each memory state summed over hosts (for the memory legend). */
export declare function stateHoursTotal(hosts: readonly HostRow[]): Record<MemoryState, number>;
export declare const ALARM_RULES: readonly AlarmRule[];
/** What each rule watches, in words. */
export declare const ALARM_RULE_MEANING: Record<AlarmRule, string>;
/** The rules in force in a run, in the usual order. */
export declare function rulesInForce(r: AlarmRules): AlarmRule[];
/** The rules in force, their thresholds and durations, in one sentence. */
export declare function alarmRulesText(r: AlarmRules): string;
/** A value of the alarm's rule in its unit: '14.8 %', '142 MiB/s', or a memory state's name. */
export declare function alarmValue(a: Pick<ReportAlarm, 'rule' | 'unit'>, v: number): string;
/** The condition that raised the alarm: '> 5 %', '> 0 MiB/s', 'hard or worse'. */
export declare function alarmThreshold(a: Pick<ReportAlarm, 'rule' | 'unit' | 'threshold'>): string;
/** When the alarm stopped being raised: its clearing time, or the end of the run. */
export declare function alarmEnd(a: ReportAlarm, runEndMs: number): number;
/** Counts by rule in words, the rules with none left out: 'cpu-ready 63 · host-cpu 15'. */
export declare function alarmCountsText(byRule: Partial<Record<AlarmRule, number>>): string;
export type AlarmKey = 'raisedAt' | 'durationMs' | 'peak';
/**
 * Alarms sorted by raise time, duration or peak. Peaks of different rules are in different
 * units, so by peak the alarms stay grouped by rule (in the usual rule order) and are sorted
 * within each rule. Ties: raise time, then target.
 */
export declare function sortAlarms(items: readonly ReportAlarm[], key: AlarmKey, descending: boolean): ReportAlarm[];
export interface AlarmFilter {
    /** One rule, or 'all'. */
    readonly rule: AlarmRule | 'all';
    /** A cluster id, or ALL_CLUSTERS. */
    readonly cluster: string;
    /** Case-insensitive part of the target's id ('' for any). */
    readonly text: string;
}
export declare function filterAlarms(items: readonly ReportAlarm[], f: AlarmFilter): ReportAlarm[];
/** One alarm as a bar on the timeline: from its raise to its clearing (or the end of the run), on a track. */
export interface AlarmBar {
    /** Index in report.alarms.items. */
    readonly index: number;
    readonly alarm: ReportAlarm;
    readonly t0: number;
    readonly t1: number;
    /** Track from the top of the lane; bars on one track never overlap in time. */
    readonly track: number;
}
export interface AlarmTracks {
    /** One bar per alarm, by rule (in the usual order), then by raise time. */
    readonly bars: AlarmBar[];
    readonly tracks: number;
    /** The rules with alarms, each on its own consecutive tracks. */
    readonly groups: ReadonlyArray<{
        rule: AlarmRule;
        first: number;
        tracks: number;
        count: number;
    }>;
}
/**
 * Lays the alarms out as bars on as few tracks as it takes: each rule gets its own band of
 * tracks, and within it each alarm goes on the first track free at its raise time.
 */
export declare function alarmTracks(items: readonly ReportAlarm[], runEndMs: number): AlarmTracks;
/** Height of the timeline's alarm lane for a number of tracks: about 7 px a track, 30 to 120 px. */
export declare function alarmLaneHeight(tracks: number): number;
