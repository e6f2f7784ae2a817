/**
 * The messages between lab.html and the simulator in its Web Worker. Plain data only (the
 * structured clone copies them); typed arrays carry per-host and per-VM state.
 *
 * A lab holds panes: pane 0 is the main run, a fork adds another. The page asks, the worker
 * answers each request with one reply carrying the pane's new state. While playing, the worker
 * also sends states on its own (id 0), so it never waits for the page to draw.
 */

import type { ClusterPolicyChange } from '../model/cluster-policy.js';

/** What `dcsim lab` hands the page: the scenario already loaded and validated in Node. */
export interface LabPayload {
  /** The Scenario as JSON (spec, file, sha256, startEpochMs, warnings; traces as plain arrays). */
  readonly scenario: ScenarioJson;
  /** The scenario file's text without its `events:` key, and its events as written (for export). */
  readonly baseText: string;
  readonly baseEvents: readonly RawEvent[];
  /** The file name the export suggests. */
  readonly exportName: string;
}

/**
 * What the worker needs to write report.html as `dcsim report` does: the viewer's scripts and
 * stylesheet, and the page's Content-Security-Policy (hashes computed by `dcsim lab` in Node).
 */
export interface ReportPageAssets {
  readonly d3: string;
  readonly viewer: string;
  readonly css: string;
  readonly csp: string;
}

export interface ScenarioJson {
  readonly spec: unknown;
  readonly file: string;
  readonly sha256: string;
  readonly startEpochMs: number;
  readonly warnings: readonly string[];
  readonly traces: readonly { readonly key: string; readonly vms: readonly TraceJson[] }[];
}

export interface TraceJson {
  readonly source: string;
  readonly timesMs: readonly number[];
  readonly cpu: readonly number[];
  readonly memActive: readonly number[] | null;
  /** Reference speed of absolute traces (MHz), null for relative ones. */
  readonly refMhz: number | null;
  readonly startEpochMs: number | null;
}

/** A scenario event as YAML writes it: durations as text ("7260001ms"). */
export type RawEvent = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/** An action a user takes; each becomes one scenario event at the next safe instant. */
export type LabAction =
  | { readonly kind: 'fail-host'; readonly host: string; readonly repairAfterMs: number | null }
  | { readonly kind: 'repair-host'; readonly host: string }
  | { readonly kind: 'isolate-host'; readonly host: string; readonly durationMs: number }
  | { readonly kind: 'maintenance'; readonly host: string; readonly durationMs: number | null }
  | { readonly kind: 'power-off'; readonly host: string }
  | { readonly kind: 'power-on'; readonly host: string }
  | { readonly kind: 'migrate'; readonly vm: string; readonly host: string }
  | { readonly kind: 'vm-power'; readonly vm: string; readonly state: 'off' | 'on' }
  | { readonly kind: 'hot-add'; readonly vm: string; readonly addVcpus: number; readonly addMemoryGiB: number }
  | ({ readonly kind: 'cluster-policy'; readonly cluster: string } & ClusterPolicyChange);

/** An action as recorded: the event it became and when it takes effect. */
export interface RecordedAction {
  readonly atMs: number;
  readonly event: RawEvent;
  readonly text: string;
}

/** What never changes during a run: names, sizes, capacities. */
export interface LabStatic {
  readonly name: string;
  readonly description: string;
  readonly durationMs: number;
  readonly stepMs: number;
  readonly intervalMs: number;
  readonly startEpochMs: number;
  readonly clusters: readonly LabClusterStatic[];
  readonly hostIds: readonly string[];
  readonly hostCluster: Int32Array;
  readonly hostCapacityMhz: Float64Array;
  readonly hostMemoryMiB: Float64Array;
  readonly hostCores: Int32Array;
  readonly vmIds: readonly string[];
  readonly vmCluster: Int32Array;
  readonly vmVcpus: Int32Array;
  readonly vmMemoryMiB: Float64Array;
  readonly vmPriority: Uint8Array;
}

export interface LabClusterStatic {
  readonly id: string;
  readonly haEnabled: boolean;
  readonly admission: string;
  readonly hostFailuresToTolerate: number;
  readonly detectionMs: number;
  readonly dpmEnabled: boolean;
  readonly dpmTargetPct: number;
  /** Failover hosts (failover-hosts policy), the demand scale and the hosts in service now. */
  readonly failoverHosts: readonly string[];
  readonly demandScale: number;
  readonly hostsInService: number;
  readonly hostCount: number;
  readonly drsEnabled: boolean;
  readonly maxVcpuPerCore: number | null;
  readonly maxMemoryOvercommit: number | null;
}

/** One output interval of one cluster: the figures the charts draw. */
export interface SeriesRow {
  readonly t: number;
  readonly cluster: number;
  readonly capacityMhz: number;
  readonly demandMhz: number;
  readonly grantedMhz: number;
  readonly readyMeanPct: number;
  readonly readyP95Pct: number;
  readonly vmsDown: number;
  readonly failoverHosts: number;
  readonly powerW: number;
  readonly energyWh: number;
  readonly consumedMiB: number;
  readonly memoryMiB: number;
  readonly balloonMiB: number;
  readonly swappedMiB: number;
  readonly hostsUp: number;
}

/** A lifecycle event, with the sentence the log shows. */
export interface LogLine {
  readonly t: number;
  readonly type: string;
  readonly text: string;
}

/** The state of a pane now, and what happened since the last update. */
export interface LabState {
  readonly pane: number;
  readonly t: number;
  readonly done: boolean;
  readonly hostState: Uint8Array;
  readonly hostDemandMhz: Float64Array;
  readonly hostGrantedMhz: Float64Array;
  readonly hostReadyMhz: Float64Array;
  readonly hostConsumedMiB: Float64Array;
  readonly hostMemState: Uint8Array;
  readonly hostPowerW: Float64Array;
  readonly vmHost: Int32Array;
  readonly vmState: Uint8Array;
  readonly vmDownReason: Uint8Array;
  readonly newRows: readonly SeriesRow[];
  readonly newLog: readonly LogLine[];
  readonly clusters: readonly LabClusterStatic[];
  readonly actions: readonly RecordedAction[];
  /** Energy so far, kWh, and events fired (for the speed readout). */
  readonly energyKWh: number;
  /** VM outage time so far, ms summed over VMs (down or restarting; not counting VMs never placed). */
  readonly vmOutageMs: number;
  readonly eventsFired: number;
}

/** The headline figures at the end of a run (unrounded; report.json rounds them). */
export interface LabFinal {
  readonly pane: number;
  readonly headline: unknown;
  readonly clusterHeadlines: readonly unknown[];
}

export type LabRequest =
  | { readonly id: number; readonly type: 'init'; readonly payload: LabPayload; readonly reportPage: ReportPageAssets | null }
  | { readonly id: number; readonly type: 'advance'; readonly pane: number; readonly untilMs: number; readonly budgetMs: number }
  | { readonly id: number; readonly type: 'act'; readonly pane: number; readonly action: LabAction }
  | { readonly id: number; readonly type: 'fork'; readonly from: number; readonly action: LabAction | null }
  | { readonly id: number; readonly type: 'play'; readonly simMsPerWallMs: number | null }
  | { readonly id: number; readonly type: 'pause' }
  | { readonly id: number; readonly type: 'finish'; readonly pane: number }
  | { readonly id: number; readonly type: 'export'; readonly pane: number }
  | { readonly id: number; readonly type: 'report'; readonly pane: number };

export type LabReply =
  | { readonly id: number; readonly type: 'ready'; readonly info: LabStatic; readonly state: LabState }
  | { readonly id: number; readonly type: 'state'; readonly state: LabState; readonly refused?: string }
  | { readonly id: number; readonly type: 'playing'; readonly playing: boolean }
  | { readonly id: number; readonly type: 'forked'; readonly state: LabState }
  | { readonly id: number; readonly type: 'final'; readonly final: LabFinal; readonly state: LabState }
  | { readonly id: number; readonly type: 'exported'; readonly yaml: string }
  /** report.json (as `dcsim run` writes it) and report.html (as `dcsim report` writes it from that file); null without the viewer. */
  | { readonly id: number; readonly type: 'report'; readonly json: string; readonly html: string | null; readonly state: LabState }
  | { readonly id: number; readonly type: 'error'; readonly message: string };

/** A request without its id (the sender numbers them). */
export type LabAsk = LabRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
