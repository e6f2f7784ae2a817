/**
 * vSphere HA admission control (DOMAIN.md "Failures and HA"; VMware "vSphere Availability",
 * Slot Policy and Cluster Resource Percentage admission control): whether the cluster keeps
 * enough spare capacity to restart every powered-on VM after the configured host failures.
 * Pure functions of capacities and reservations; the caller decides what the answer blocks.
 */

export interface SlotInput {
  hostCpuMhz: ArrayLike<number>;
  hostMemMiB: ArrayLike<number>;
  /** CPU reservation of each powered-on VM; the VM count is the number of slots in use. */
  vmCpuResMhz: ArrayLike<number>;
  /** Memory reservation of each powered-on VM, including its overhead if the caller models one. */
  vmMemResMiB: ArrayLike<number>;
  /** Floor of the CPU slot; vSphere uses 32 MHz when no VM reserves more. */
  minSlotCpuMhz?: number;
  /**
   * Floor of the memory slot, 0 by default. vSphere floors it at the largest VM memory overhead;
   * a caller that models overhead passes it here or adds it to the reservations. With a 0 MiB
   * slot, memory never limits the slot count.
   */
  minSlotMemMiB?: number;
}

export interface SlotSize {
  cpuMhz: number;
  memMiB: number;
}

export const DEFAULT_MIN_SLOT_CPU_MHZ = 32;

function maxOf(values: ArrayLike<number>, floor: number): number {
  let m = floor;
  for (let i = 0; i < values.length; i++) if ((values[i]) > m) m = values[i];
  return m;
}

/** Slot = largest CPU reservation (at least 32 MHz) and largest memory reservation. */
export function slotSize(input: SlotInput): SlotSize {
  return {
    cpuMhz: maxOf(input.vmCpuResMhz, input.minSlotCpuMhz ?? DEFAULT_MIN_SLOT_CPU_MHZ),
    memMiB: maxOf(input.vmMemResMiB, input.minSlotMemMiB ?? 0),
  };
}

/** floor(min(cpu / slot cpu, mem / slot mem)); a dimension whose slot is 0 does not limit. */
export function slotsPerHost(hostCpuMhz: number, hostMemMiB: number, slot: SlotSize): number {
  if (!(slot.cpuMhz > 0) && !(slot.memMiB > 0)) {
    throw new RangeError('a slot needs a positive CPU or memory size');
  }
  const byCpu = slot.cpuMhz > 0 ? hostCpuMhz / slot.cpuMhz : Number.POSITIVE_INFINITY;
  const byMem = slot.memMiB > 0 ? hostMemMiB / slot.memMiB : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.floor(Math.min(byCpu, byMem)));
}

export interface SlotPolicyResult {
  slot: SlotSize;
  slotsPerHost: number[];
  totalSlots: number;
  /** Slots of the `hostFailuresToTolerate` largest hosts, held back for restarts. */
  failoverSlots: number;
  /** total − failover − used; negative when the powered-on VMs already break the policy. */
  availableSlots: number;
  /** One slot per powered-on VM. */
  usedSlots: number;
  /**
   * Most host failures after which the remaining slots still hold every powered-on VM (vSphere's
   * "current failover capacity"), assuming the largest hosts fail; at most hosts − 1, the largest
   * value vSphere accepts, and 0 when even the whole cluster is too small.
   */
  tolerates: number;
}

/** Slot policy ("host failures cluster tolerates") for the powered-on VMs of `input`. */
export function slotPolicy(input: SlotInput, hostFailuresToTolerate: number): SlotPolicyResult {
  const n = input.hostCpuMhz.length;
  if (input.hostMemMiB.length !== n) throw new RangeError('hostCpuMhz and hostMemMiB differ in length');
  if (input.vmCpuResMhz.length !== input.vmMemResMiB.length) {
    throw new RangeError('vmCpuResMhz and vmMemResMiB differ in length');
  }
  const slot = slotSize(input);
  const perHost: number[] = [];
  for (let i = 0; i < n; i++) {
    perHost.push(slotsPerHost(input.hostCpuMhz[i], input.hostMemMiB[i], slot));
  }
  // Failing the largest hosts first is the worst case the policy must survive.
  const largestFirst = [...perHost].sort((a, b) => b - a);
  let totalSlots = 0;
  for (const s of perHost) totalSlots += s;
  const usedSlots = input.vmCpuResMhz.length;
  const failures = Math.min(Math.max(0, Math.floor(hostFailuresToTolerate)), n);
  let failoverSlots = 0;
  for (let i = 0; i < failures; i++) failoverSlots += largestFirst[i];

  let tolerates = 0;
  let remaining = totalSlots;
  for (let f = 1; f < n; f++) {
    remaining -= largestFirst[f - 1];
    if (remaining < usedSlots) break;
    tolerates = f;
  }
  return {
    slot,
    slotsPerHost: perHost,
    totalSlots,
    failoverSlots,
    availableSlots: totalSlots - failoverSlots - usedSlots,
    usedSlots,
    tolerates,
  };
}

export interface PercentagePolicyResult {
  /** 100 · (total − reserved) / total; 0 for a cluster without CPU. */
  currentCpuFailoverPct: number;
  currentMemFailoverPct: number;
  /** Both current capacities are at least the configured percentages. */
  ok: boolean;
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

function currentPct(total: number, reserved: number): number {
  // Multiplying first keeps round cases exact (e.g. 100 · 10 000 / 100 000 = 10).
  return total > 0 ? (100 * (total - reserved)) / total : 0;
}

/**
 * Cluster resource percentage policy: the share of CPU and memory not reserved by powered-on VMs
 * must stay at or above the configured failover percentages. Reservations should already include
 * vSphere's defaults for VMs without one (32 MHz, memory overhead).
 */
export function percentagePolicy(
  hostCpuMhz: ArrayLike<number>,
  hostMemMiB: ArrayLike<number>,
  reservedCpuMhz: number,
  reservedMemMiB: number,
  cpuPct: number,
  memPct: number,
): PercentagePolicyResult {
  const currentCpuFailoverPct = currentPct(sum(hostCpuMhz), reservedCpuMhz);
  const currentMemFailoverPct = currentPct(sum(hostMemMiB), reservedMemMiB);
  return {
    currentCpuFailoverPct,
    currentMemFailoverPct,
    ok: currentCpuFailoverPct >= cpuPct && currentMemFailoverPct >= memPct,
  };
}

/** Percentage to reserve so that `failuresToTolerate` of `hostCount` equal hosts may fail: 100·F/N. */
export function percentForFailures(hostCount: number, failuresToTolerate: number): number {
  if (!(hostCount > 0)) throw new RangeError(`hostCount must be positive, got ${hostCount}`);
  if (!(failuresToTolerate >= 0)) {
    throw new RangeError(`failuresToTolerate must be ≥ 0, got ${failuresToTolerate}`);
  }
  return Math.min(100, (100 * failuresToTolerate) / hostCount);
}
