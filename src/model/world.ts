/**
 * The world: every per-host and per-VM quantity as a typed array indexed by a dense id
 * (structure of arrays). Names and hierarchical ids map to indices once, at build time.
 * Hosts and VMs of one cluster occupy contiguous index ranges, so a cluster is a slice.
 *
 * Rates (MHz, MiB, W) hold from the last change; integrals (`…Int`) are rate × ms accumulated
 * up to `…LastT`, and are brought up to date only just before a rate changes.
 */
import type { Millis } from './units.js';

export interface ClusterInfo {
  readonly id: string; // "dc1/cluster-a"
  readonly name: string;
  readonly site: string;
  readonly hostStart: number;
  readonly hostEnd: number; // exclusive
  readonly vmStart: number;
  readonly vmEnd: number; // exclusive
  readonly placement: {
    readonly algorithm: 'first-fit' | 'best-fit' | 'spread' | 'round-robin';
    readonly maxVcpuPerCore: number; // Infinity for no cap
    readonly maxMemoryOvercommit: number; // Infinity for no cap
  };
  readonly memoryHysteresisPct: number;
}

export interface HostArrays {
  readonly n: number;
  readonly ids: readonly string[];
  readonly cluster: Int32Array;
  readonly cores: Int32Array;
  readonly coreMhz: Float64Array;
  readonly capacityMhz: Float64Array; // cores × core MHz
  readonly usableMhz: Float64Array; // capacity less hypervisor CPU overhead
  readonly memoryMiB: Float64Array;
  readonly overheadMiB: Float64Array; // hypervisor's own memory
  readonly minFreeMiB: Float64Array;
  readonly idleW: Float64Array;
  readonly maxW: Float64Array;
  readonly powerModel: Uint8Array; // PM_* code (power/models.ts)
  readonly powerTable: Float64Array; // [host × 11] SPECpower watts at 0, 10, …, 100 %
  readonly flavour: Uint8Array; // index into FLAVOURS
  readonly hvType: Uint8Array; // 1 or 2

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
  readonly readyMhz: Float64Array;
  readonly activeMiB: Float64Array;
  readonly consumedMiB: Float64Array; // Σ touched VM memory + per-VM overheads
  readonly powerW: Float64Array;
  readonly memState: Uint8Array;
  readonly contended: Uint8Array;

  // Integrals since the start, up to lastT.
  readonly lastT: Float64Array;
  readonly demandInt: Float64Array; // MHz·ms
  readonly grantedInt: Float64Array;
  readonly readyInt: Float64Array;
  readonly activeInt: Float64Array; // MiB·ms
  readonly consumedInt: Float64Array;
  readonly energyInt: Float64Array; // W·ms
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
  readonly memReservationMiB: Float64Array;
  readonly overheadMiB: Float64Array;

  readonly host: Int32Array; // -1 when not placed
  readonly next: Int32Array; // intrusive host list
  readonly prev: Int32Array;
  readonly capMhz: Float64Array; // vCPUs × core MHz of the current host

  // Current rates.
  readonly demand: Float64Array; // fraction 0..1 of vCPU capacity, from the workload
  readonly wantMhz: Float64Array; // demand × capMhz
  readonly grantedMhz: Float64Array;
  readonly readyMhz: Float64Array;
  readonly activeMiB: Float64Array;
  readonly touchedMiB: Float64Array; // guest memory ever touched: stays consumed without reclamation

  // Integrals since placement, up to lastT.
  readonly lastT: Float64Array;
  readonly wantInt: Float64Array; // MHz·ms
  readonly grantedInt: Float64Array;
  readonly readyInt: Float64Array;
  readonly placedMs: Float64Array; // time spent placed
}

export interface VmGroupInfo {
  readonly id: string; // "dc1/cluster-a/web"
  readonly cluster: number;
  readonly template: string;
  readonly workload: string; // workload type
  readonly vmStart: number;
  readonly vmEnd: number;
}

export interface World {
  readonly startEpochMs: number;
  readonly durationMs: Millis;
  readonly stepMs: Millis;
  readonly clusters: readonly ClusterInfo[];
  readonly groups: readonly VmGroupInfo[];
  readonly hosts: HostArrays;
  readonly vms: VmArrays;
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
