/**
 * The normalized calibration trace: what every importer produces and replay and fit read.
 * Times are ms from the trace start (`startEpochMs`, when the format has absolute time).
 * Cumulative counters are already differenced: a rate holds over [t0, t1); a gauge is a
 * reading at t. An empty series means the source did not have that figure.
 */

/** A rate over intervals [t0[i], t1[i]), e.g. CPU cores used. */
export interface RateSeries {
  readonly t0: Float64Array;
  readonly t1: Float64Array;
  readonly v: Float64Array;
}

/** Readings of a level at instants t[i], e.g. KSM pages_sharing. */
export interface GaugeSeries {
  readonly t: Float64Array;
  readonly v: Float64Array;
}

export const EMPTY_RATE: RateSeries = { t0: new Float64Array(0), t1: new Float64Array(0), v: new Float64Array(0) };
export const EMPTY_GAUGE: GaugeSeries = { t: new Float64Array(0), v: new Float64Array(0) };

/** Size of a host; null where the source did not say. `notes` say where each figure came from. */
export interface HostInfo {
  readonly name: string;
  readonly cpus: number | null;
  readonly mhz: number | null;
  readonly memoryMiB: number | null;
  readonly notes: readonly string[];
}

/** Host-side settings read with the trace (KSM and zswap tunables), null when absent. */
export interface HostSettings {
  readonly ksmRun: number | null;
  readonly ksmPagesToScan: number | null;
  readonly ksmSleepMs: number | null;
  /** max_page_sharing (most sharers of one KSM page). */
  readonly ksmMaxPageSharing: number | null;
  readonly zswapEnabled: boolean | null;
  readonly zswapCompressor: string | null;
  readonly zswapMaxPoolPct: number | null;
}

export const NO_SETTINGS: HostSettings = {
  ksmRun: null,
  ksmPagesToScan: null,
  ksmSleepMs: null,
  ksmMaxPageSharing: null,
  zswapEnabled: null,
  zswapCompressor: null,
  zswapMaxPoolPct: null,
};

export interface VmTrace {
  readonly name: string;
  readonly vcpus: number | null;
  /** Configured (maximum) memory, MiB. */
  readonly memoryMiB: number | null;
  /** Host CPU used by the VM's process, cores (Δcpu.time / Δt). */
  readonly cpuCores: RateSeries;
  /**
   * MHz of one core of `cpuCores` and `stealCores` when the source states it (GWA-T-12: CPU
   * usage [MHZ] / (provisioned MHz / cores)): the demand is then absolute, cores × this MHz on
   * any host. null: cores of the traced host itself.
   */
  readonly cpuRefMhz: number | null;
  /** Run-queue wait of its vCPUs, cores (Σ Δvcpu.N.delay / Δt): steal as the guest sees it. */
  readonly stealCores: RateSeries;
  /** Current balloon size (guest memory after ballooning), MiB. */
  readonly balloonMiB: GaugeSeries;
  /** Host-side resident memory of the VM process, MiB. */
  readonly rssMiB: GaugeSeries;
  /** Memory the guest uses (MemTotal − MemAvailable, guest-reported), MiB. */
  readonly guestUsedMiB: GaugeSeries;
  readonly diskReadMiBps: RateSeries;
  readonly diskWriteMiBps: RateSeries;
  readonly netRxMiBps: RateSeries;
  readonly netTxMiBps: RateSeries;
}

/**
 * What an operator did to a domain during the trace (operator-actions.ts): from the capture's
 * command log (events.txt, domain-lifecycle.txt) or seen in the readings (balloon.current,
 * balloon.maximum, vcpu.current, state.state changing).
 */
export type OperatorActionKind = 'balloon-target' | 'vcpus' | 'max-memory' | 'start' | 'stop' | 'migrate' | 'other';

export interface OperatorAction {
  /** ms from the trace start (for a change seen in the readings: the last reading before it). */
  readonly tMs: number;
  /** The domain, as named in the trace. */
  readonly vm: string;
  readonly kind: OperatorActionKind;
  /** balloon-target and max-memory: MiB; vcpus: the new count; null otherwise. */
  readonly value: number | null;
  /** The command as logged, or the change as read (`balloon.current 131072 → 98304 KiB`). */
  readonly text: string;
  /** Where it was found: `events.txt:3`, or the readings' file and line. */
  readonly source: string;
}

export interface HostTrace {
  readonly info: HostInfo;
  readonly settings: HostSettings;
  readonly vms: readonly VmTrace[];
  /** Operator actions on its domains, in time order (empty when the source has none). */
  readonly actions: readonly OperatorAction[];
  /** Non-idle share of all CPUs (/proc/stat: all but idle and iowait), %. */
  readonly cpuBusyPct: RateSeries;
  /** Host steal (/proc/stat steal column: the host is itself a guest), %. */
  readonly stealPct: RateSeries;
  readonly ksmPagesSharing: GaugeSeries;
  readonly ksmPagesShared: GaugeSeries;
  /** Swap in use on disk: SwapTotal − SwapFree − Zswapped, MiB. */
  readonly swapUsedMiB: GaugeSeries;
  readonly swapInMiBps: RateSeries;
  readonly swapOutMiBps: RateSeries;
  /** zswap pool (compressed bytes held in RAM), MiB. */
  readonly zswapPoolMiB: GaugeSeries;
  readonly memAvailableMiB: GaugeSeries;
}

export type TraceFormat = 'ndjson' | 'domstats' | 'capture-dir' | 'prometheus' | 'ksm-csv' | 'bitbrains' | 'planetlab' | 'generic-csv';

export const TRACE_FORMATS: readonly TraceFormat[] = ['ndjson', 'domstats', 'capture-dir', 'prometheus', 'ksm-csv', 'bitbrains', 'planetlab', 'generic-csv'];

/** A malformed line (or a whole-file problem, at line 1) of an input file. */
export interface ImportProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface CalibrationTrace {
  /** The path imported, as given. */
  readonly source: string;
  readonly format: TraceFormat;
  /** Unix ms of time 0, or null when the format has no absolute time (PlanetLab). */
  readonly startEpochMs: number | null;
  readonly hosts: readonly HostTrace[];
  /** Malformed lines, each with its file and line (at most 50 per file, then a count). */
  readonly problems: readonly ImportProblem[];
  /** What was skipped or assumed, one sentence each (counter resets, gaps, defaults). */
  readonly notes: readonly string[];
}

/** Formats a problem as `file:line: message`, the way the scenario loader does. */
export function formatImportProblem(p: ImportProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Number of readings in a series. */
export function seriesLength(s: RateSeries | GaugeSeries): number {
  return s.v.length;
}

/** A host trace with only what `part` gives; every other series empty. */
export function hostWith(info: HostInfo, vms: readonly VmTrace[], part: Partial<HostTrace> = {}): HostTrace {
  return {
    info,
    settings: NO_SETTINGS,
    vms,
    actions: [],
    cpuBusyPct: EMPTY_RATE,
    stealPct: EMPTY_RATE,
    ksmPagesSharing: EMPTY_GAUGE,
    ksmPagesShared: EMPTY_GAUGE,
    swapUsedMiB: EMPTY_GAUGE,
    swapInMiBps: EMPTY_RATE,
    swapOutMiBps: EMPTY_RATE,
    zswapPoolMiB: EMPTY_GAUGE,
    memAvailableMiB: EMPTY_GAUGE,
    ...part,
  };
}

/** A VM trace with only what `part` gives; every other series empty. */
export function vmWith(name: string, part: Partial<Omit<VmTrace, 'name'>> = {}): VmTrace {
  return {
    name,
    vcpus: null,
    memoryMiB: null,
    cpuCores: EMPTY_RATE,
    cpuRefMhz: null,
    stealCores: EMPTY_RATE,
    balloonMiB: EMPTY_GAUGE,
    rssMiB: EMPTY_GAUGE,
    guestUsedMiB: EMPTY_GAUGE,
    diskReadMiBps: EMPTY_RATE,
    diskWriteMiBps: EMPTY_RATE,
    netRxMiBps: EMPTY_RATE,
    netTxMiBps: EMPTY_RATE,
    ...part,
  };
}

/** Host info with nothing known but the name. */
export function unknownHost(name: string, note: string): HostInfo {
  return { name, cpus: null, mhz: null, memoryMiB: null, notes: [note] };
}
