/**
 * The world: every per-host and per-VM quantity as a typed array indexed by a dense id
 * (structure of arrays). Names and hierarchical ids map to indices once, at build time.
 * Hosts and VMs of one cluster occupy contiguous index ranges, so a cluster is a slice.
 *
 * Rates (MHz, MiB, W) hold from the last change; integrals (`…Int`) are rate × ms accumulated
 * up to `…LastT`, and are brought up to date only just before a rate changes.
 */
import type { Millis } from './units.js';

/** Which of Nova's filters are on, and the weighers with their multipliers (placement/weighers.ts). */
export interface FilterScheduler {
  readonly coreFilter: boolean;
  readonly ramFilter: boolean;
  readonly affinityFilter: boolean;
  readonly antiAffinityFilter: boolean;
  readonly weighers: ReadonlyArray<{ readonly weigher: 'RAMWeigher' | 'CPUWeigher' | 'CoreRamWeigher' | 'NumInstancesWeigher'; readonly multiplier: number }>;
}

export interface ClusterInfo {
  readonly id: string; // "dc1/cluster-a"
  readonly name: string;
  readonly site: string;
  readonly hostStart: number;
  readonly hostEnd: number; // exclusive
  readonly vmStart: number;
  readonly vmEnd: number; // exclusive
  readonly placement: {
    readonly algorithm: 'first-fit' | 'best-fit' | 'spread' | 'balanced' | 'round-robin' | 'pack' | 'filter-weigher';
    readonly maxVcpuPerCore: number; // Infinity for no cap
    readonly maxMemoryOvercommit: number; // Infinity for no cap
    /** Hosts the initial placement leaves empty: kept on, or put in standby (sizing). */
    readonly spareHosts: 'on' | 'standby';
    /** Nova-style filters and weighers (algorithm 'filter-weigher'), else null. */
    readonly filterScheduler: FilterScheduler | null;
    /** VMs that fit nowhere at power-on wait and are tried again when capacity frees ('wait'), or stay down ('fail'). */
    readonly unplaced: 'wait' | 'fail';
    /** Refuse a host where the VM's CPU reservation exceeds its vCPUs × the host's core MHz. */
    readonly reservationWithinVcpus: boolean;
  };
  readonly memoryHysteresisPct: number;
  readonly rules: readonly PlacementRule[];
  readonly ha: {
    readonly enabled: boolean;
    readonly heartbeatMs: number;
    readonly detectionMs: number;
    readonly maxRestartAttempts: number;
    readonly retryDelayMs: number;
    readonly isolationPowerOff: boolean;
    readonly vmMonitoring: boolean; // HA on and VM monitoring on
    readonly vmFailureIntervalMs: number;
    readonly manualRecoveryMs: number;
    readonly admission: {
      readonly policy: 'slots' | 'percentage' | 'failover-hosts' | 'disabled';
      readonly hostFailuresToTolerate: number;
      readonly cpuPct: number;
      readonly memoryPct: number;
    };
  };
  readonly drs: {
    readonly enabled: boolean;
    readonly intervalMs: number;
    readonly threshold: number;
    readonly maxConcurrentPerHost: number;
    readonly maxConcurrentPerCluster: number;
    readonly paybackMs: number;
  };
  readonly power: {
    readonly dpm: {
      readonly enabled: boolean;
      readonly targetPct: number;
      readonly tolerancePct: number;
      readonly powerOnAfterMs: number;
      readonly powerOffAfterMs: number;
      readonly intervalMs: number;
      readonly minHostsOn: number;
      /** Usable CPU (MHz) and memory (MiB) the hosts left on must keep (MinPoweredOnCpuCapacity, MinPoweredOnMemCapacity). */
      readonly minPoweredOnCpuMhz: number;
      readonly minPoweredOnMiB: number;
      /** DPM threshold 1–5: recommendations of priority 1..threshold are applied (power/dpm-priority.ts). */
      readonly threshold: number;
    };
    readonly schedule: readonly PowerWindowInfo[];
  };
  readonly migration: {
    readonly maxDowntimeMs: number;
    readonly maxRounds: number;
    readonly nonConvergence: 'abort' | 'auto-converge' | 'force';
  };
}

/** A calendar power-down window (UTC clock, minutes from midnight). */
export interface PowerWindowInfo {
  readonly days: readonly number[]; // 0 = Sunday … 6 = Saturday (Date.getUTCDay)
  readonly fromMin: number;
  readonly toMin: number;
  readonly keepHosts: number | null;
  readonly keepPct: number | null;
}

/**
 * A placement rule with its members resolved to VM indices and, for VM-host rules, a host mask.
 * kind: affinity (together), anti-affinity (apart), vm-host (must / should, run / not run).
 */
export interface PlacementRule {
  readonly name: string;
  readonly kind: 'affinity' | 'anti-affinity' | 'vm-host';
  readonly mandatory: boolean; // must rules; should rules yield when nothing else fits
  readonly negate: boolean; // vm-host: must-not / should-not
  readonly vms: Int32Array;
  readonly hostMask: Uint8Array | null; // vm-host: 1 for hosts of the named groups (indices within the cluster)
}

export interface HostArrays {
  readonly n: number;
  readonly ids: readonly string[];
  readonly cluster: Int32Array;
  readonly cores: Int32Array;
  readonly coreMhz: Float64Array;
  readonly capacityMhz: Float64Array; // cores × core MHz
  readonly usableMhz: Float64Array; // capacity less hypervisor CPU overhead
  readonly foreignMhz: Float64Array; // CPU of non-VM processes on the host (backup, monitoring), served before VMs
  readonly readyPerRun: Float64Array; // run-queue wait per unit of run when every core is busy (cpu/run-queue.ts)
  readonly demandIncludesWait: Uint8Array; // 1: VM demand is runnable time (used + waited), the wait comes out of it (cpu/run-queue.ts)
  readonly memoryMiB: Float64Array;
  readonly overheadMiB: Float64Array; // hypervisor's own memory
  readonly minFreeMiB: Float64Array;
  readonly idleW: Float64Array;
  readonly maxW: Float64Array;
  readonly standbyW: Float64Array;
  readonly bootW: Float64Array;
  readonly shutdownW: Float64Array;
  readonly offWhenEmpty: Uint8Array; // 1: a serving host with no VMs draws 0 W (power.offWhenEmpty)
  readonly bootMs: Float64Array;
  readonly shutdownMs: Float64Array;
  readonly powerModel: Uint8Array; // PM_* code (power/models.ts)
  readonly powerTable: Float64Array; // [host × 11] SPECpower watts at 0, 10, …, 100 %
  readonly flavour: Uint8Array; // index into FLAVOURS
  readonly hvType: Uint8Array; // 1 or 2
  readonly hostGroup: Int32Array; // index into World.hostGroups
  readonly domain: Int32Array; // failure domain (rack, PDU) index into World.domains, -1 for none
  readonly nicMiBps: Float64Array; // migration network bandwidth of the host

  // Availability and power state (HOST_* in lifecycle.ts) and when it last changed.
  readonly state: Uint8Array;
  readonly initiallyOn: Uint8Array; // 0: starts in standby
  readonly upInt: Float64Array; // ms spent serving (on or in maintenance), up to stateSince
  readonly migrationMhz: Float64Array; // CPU spent on live migrations in progress
  readonly migrationsActive: Int32Array; // in or out

  // Placement bookkeeping.
  readonly vcpus: Int32Array; // Σ vCPUs placed
  readonly vmCount: Int32Array;
  readonly configuredMiB: Float64Array; // Σ configured VM memory
  readonly reservedMhz: Float64Array;
  readonly reservedMiB: Float64Array;
  readonly firstVm: Int32Array; // head of the intrusive list of VMs on the host, -1 if none

  // Current rates.
  readonly demandMhz: Float64Array; // Σ VM want (demand capped at vCPU capacity)
  readonly grantedMhz: Float64Array;
  readonly readyMhz: Float64Array; // Σ VM ready, wake-up waits included: unmetMhz + waitChance × waitAtFullMhz
  /**
   * Σ of its VMs' ready not counted through the wait chance (vm-flow.ts FLOW_READY_MHZ): the
   * runnable demand not granted (the saturation part of ready), and, where demand includes the
   * wait, the waits too.
   */
  readonly unmetMhz: Float64Array;
  /**
   * Wake-up waits (cpu/run-queue.ts), kept as host term × VM terms so a change of the host's load
   * moves one host rate and no VM's: waitChance is the Erlang C chance that a waking vCPU finds
   * every core busy, waitChanceInt its integral (ms) up to lastT, waitAtFullMhz the Σ of its VMs'
   * waits at chance 1 (vm-flow.ts FLOW_WAIT_AT_FULL).
   */
  readonly waitChance: Float64Array;
  readonly waitChanceInt: Float64Array;
  readonly waitAtFullMhz: Float64Array;
  readonly activeMiB: Float64Array;
  readonly consumedMiB: Float64Array; // Σ touched VM memory + per-VM overheads
  readonly powerW: Float64Array;
  readonly memState: Uint8Array;
  readonly contended: Uint8Array;

  // Integrals since the start, up to lastT.
  readonly lastT: Float64Array;
  /**
   * Time in states (upInt, stateMs) is counted up to this time, on a clock of its own: those
   * integrals move only when the lifecycle or memory state changes and at samples, not at every
   * change of a rate (integrals.ts flushHostStateTime).
   */
  readonly stateSince: Float64Array;
  readonly demandInt: Float64Array; // MHz·ms
  readonly grantedInt: Float64Array;
  readonly readyInt: Float64Array;
  readonly activeInt: Float64Array; // MiB·ms
  readonly consumedInt: Float64Array;
  readonly energyInt: Float64Array; // W·ms
  readonly energyByStateInt: Float64Array; // [host × HOST_STATES] W·ms spent in each lifecycle state
  /** energyInt when energyByStateInt last took its part (integrals.ts flushHostStateEnergy). */
  readonly energyStateMark: Float64Array;
  readonly stateMs: Float64Array; // [host × 5] ms spent in each memory state
  readonly minFreeSeenMiB: Float64Array; // lowest free memory seen
}

export interface VmArrays {
  readonly n: number;
  readonly ids: readonly string[];
  readonly cluster: Int32Array;
  readonly group: Int32Array; // index into World.groups
  readonly vcpus: Int32Array;
  readonly memoryMiB: Float64Array;
  readonly cpuReservationMhz: Float64Array;
  readonly cpuLimitMhz: Float64Array; // Infinity for none
  readonly cpuShares: Float64Array;
  readonly cpuShareRule: Uint8Array; // index into CPU_SHARE_RULES (catalogue/cpu-shares.ts): ESXi per vCPU or a KVM domain weight
  readonly memReservationMiB: Float64Array;
  readonly overheadMiB: Float64Array;

  readonly host: Int32Array; // -1 when not placed
  readonly next: Int32Array; // intrusive host list
  readonly prev: Int32Array;
  readonly capMhz: Float64Array; // vCPUs × core MHz of the current host

  // Current rates.
  readonly demand: Float64Array; // fraction 0..1 of vCPU capacity, from the workload
  readonly wantMhz: Float64Array; // demand × capMhz
  readonly grantedMhz: Float64Array; // ready: cpu/ready.ts vmReadyMhz (its parts are in flow)
  readonly activeMiB: Float64Array;
  readonly touchedMiB: Float64Array; // guest memory ever touched: stays consumed without reclamation

  /**
   * The VM's slot: where the model keeps its records the step pass writes at every VM-step
   * (flow, the datacenter's levels), in step-schedule order (workload/step-schedule.ts stepSlots).
   */
  readonly slot: Int32Array;
  /**
   * Integrals and ready rates the model keeps together, FLOW_STRIDE numbers a VM at
   * slot[v] × FLOW_STRIDE (vm-flow.ts). Its integrals are copied to the four columns below at
   * every sample and at the end.
   */
  readonly flow: Float64Array;
  // Integrals since placement, as of the last sample (or the end): vm-flow.ts keeps them live.
  readonly wantInt: Float64Array; // MHz·ms
  readonly grantedInt: Float64Array;
  readonly readyInt: Float64Array;
  readonly placedMs: Float64Array; // time spent placed

  // Lifecycle (VM_* and DOWN_* in lifecycle.ts).
  readonly state: Uint8Array;
  readonly downReason: Uint8Array;
  readonly haPriority: Uint8Array; // HA restart priority (PRIORITY_* in lifecycle.ts)
  readonly bootMs: Float64Array;
  readonly dirtyMiBps: Float64Array; // page dirty rate at full demand (live migration)
  readonly guestMtbfMs: Float64Array; // mean time between guest OS failures, Infinity for none
  readonly destHost: Int32Array; // destination of an ongoing migration, -1 otherwise
  readonly migrations: Int32Array; // completed live migrations
  readonly migrationDowntimeMs: Float64Array; // Σ stop-and-copy pauses
}

export interface VmGroupInfo {
  readonly id: string; // "dc1/cluster-a/web"
  readonly cluster: number;
  readonly template: string;
  readonly workload: string; // workload type
  readonly vmStart: number;
  readonly vmEnd: number;
}

export interface HostGroupInfo {
  readonly id: string; // "dc1/cluster-a/esx"
  readonly cluster: number;
  readonly name: string;
  readonly hostStart: number;
  readonly hostEnd: number;
}

export interface World {
  readonly startEpochMs: number;
  readonly durationMs: Millis;
  readonly stepMs: Millis;
  readonly clusters: readonly ClusterInfo[];
  readonly groups: readonly VmGroupInfo[];
  readonly hostGroups: readonly HostGroupInfo[];
  /** Failure domains (racks, PDUs) by id ("dc1/cluster-a/rack-1"). */
  readonly domains: readonly string[];
  readonly hosts: HostArrays;
  readonly vms: VmArrays;
  /** VM → indices of the rules of its cluster it belongs to (empty for most VMs). */
  readonly vmRules: ReadonlyMap<number, readonly number[]>;
  /** Hosts kept empty for HA restarts (failover-hosts admission control). */
  readonly failoverHost: Uint8Array;
}

export function f64(n: number, fill = 0): Float64Array {
  const a = new Float64Array(n);
  if (fill !== 0) a.fill(fill);
  return a;
}

export function i32(n: number, fill = 0): Int32Array {
  const a = new Int32Array(n);
  if (fill !== 0) a.fill(fill);
  return a;
}
