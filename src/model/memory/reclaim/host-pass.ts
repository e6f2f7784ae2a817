/**
 * What every reclamation step of one host pass reads: the world, the memory arrays, the host and
 * its VMs, the interval, and scratch buffers reused across passes (no allocation per VM). The
 * helpers here are the few quantities several steps share, so each is defined once.
 */
import type { World } from '../../world.js';
import type { MemoryArrays } from '../memory-arrays.js';
import { newContentScratch, type ContentScratch } from './ksm-content.js';

/** Scratch reused across passes: per-VM weights, caps and shares for distribute(), key counts for sharing. */
export interface ReclaimScratch {
  weights: Float64Array;
  caps: Float64Array;
  out: Float64Array;
  keyCount: Int32Array;
  /** KSM content ceilings (ksm-content.ts). */
  content: ContentScratch;
}

export function newScratch(): ReclaimScratch {
  return { weights: new Float64Array(64), caps: new Float64Array(64), out: new Float64Array(64), keyCount: new Int32Array(16), content: newContentScratch() };
}

/** Grow the scratch to hold n VMs and `keys` sharing keys (doubling, so growth is amortised). */
export function ensureScratch(s: ReclaimScratch, n: number, keys: number): void {
  if (n > s.weights.length) {
    const size = Math.max(n, s.weights.length * 2);
    s.weights = new Float64Array(size);
    s.caps = new Float64Array(size);
    s.out = new Float64Array(size);
  }
  if (keys > s.keyCount.length) s.keyCount = new Int32Array(Math.max(keys, s.keyCount.length * 2));
}

/**
 * One reclamation pass over host h and its VMs vms[0..n) for an interval of dt ms: what the steps
 * read, and the few things several of them add to (the swap device's bandwidth, whether anything
 * is left in motion). Each step returns its own result, the memory it freed or used, as a value.
 * The record is refilled for every pass, so a host update allocates nothing.
 */
export interface HostPass {
  readonly world: World;
  readonly mem: MemoryArrays;
  readonly scratch: ReclaimScratch;
  readonly h: number;
  readonly vms: Int32Array;
  readonly n: number;
  readonly dt: number;
  /** ESXi rules (large pages, per-VM compression cache) rather than KVM's (KSM, zswap). */
  readonly esxi: boolean;
  /**
   * The swap device's bandwidth left in this interval (MiB): one device, whose bandwidth over
   * the interval every swap use of the pass spends (limits, compression and swap, page-ins).
   */
  swapLeftMiB: number;
  /** Something is left in motion (allocations waiting, a VM over its limit, pages faulting): tick again. */
  moving: boolean;
  /** What page sharing would reach on this host now (MiB), set by share(). */
  sharingPotentialMiB: number;
  /** Time one full sharing scan of the host takes (ms), set by share(). */
  scanMs: number;
}

/** Resident memory of VM v: touched less everything reclaimed (compressed pages' stored bytes stay). */
export function residentMiB(world: World, mem: MemoryArrays, v: number): number {
  const VM = mem.vm;
  return (
    (world.vms.touchedMiB[v]) -
    (VM.sharedMiB[v]) -
    (VM.balloonMiB[v]) -
    ((VM.compressedMiB[v]) - (VM.compressedStoredMiB[v])) -
    (VM.swappedMiB[v])
  );
}

/** What VM v can still give: resident memory above its reservation that is not a compressed page. */
export function availableMiB(p: HostPass, v: number): number {
  const V = p.world.vms;
  const floor = Math.min(V.memReservationMiB[v], V.touchedMiB[v]);
  return Math.max(0, residentMiB(p.world, p.mem, v) - (p.mem.vm.compressedStoredMiB[v]) - floor);
}

/**
 * Share of VM v's reclaimed pages that are in its working set. Host-level reclamation picks
 * pages without knowing which the guest uses (ESXi swaps randomly chosen pages), and the
 * guest's accesses spread over its touched memory as its active share, so the hot share of a
 * reclaimed pool is active / touched.
 */
export function hotShare(world: World, v: number): number {
  const V = world.vms;
  const touched = V.touchedMiB[v];
  return touched > 0 ? Math.min(1, (V.activeMiB[v]) / touched) : 0;
}

/**
 * Idle-memory-tax weights into scratch.weights: VMs with more idle memory per share give first.
 * Source: ESXi Mem.IdleTax (idle memory tax; Waldspurger, "Memory Resource Management in VMware
 * ESX Server", OSDI 2002).
 */
export function taxWeights(p: HostPass): void {
  const V = p.world.vms;
  const tax = p.mem.hostSettings.idleTax[p.h];
  const k = 1 / (1 - tax);
  for (let j = 0; j < p.n; j++) {
    const v = p.vms[j];
    const touched = V.touchedMiB[v];
    const active = touched > 0 ? Math.min(1, (V.activeMiB[v]) / touched) : 1;
    p.scratch.weights[j] = (residentMiB(p.world, p.mem, v) * (active + k * (1 - active))) / (p.mem.vmSettings.shares[v]);
  }
}
