/**
 * Memory reclamation on one host, run whenever the host is recomputed and, while anything is in
 * motion, every memory tick. The cascade follows the ESXi free-memory states (DOMAIN.md):
 *   clear and worse: page sharing (ESXi breaks large pages; intra-VM only unless salting is off)
 *   soft:  balloon idle guest memory, chosen by shares and idleness (idle memory tax)
 *   hard:  compress what compresses to half a page or better, swap the rest; balloons stop
 *   low:   as hard, and new guest allocations are blocked
 * KVM: KSM merges identical pages at its scan rate when enabled; virtio-balloon when the host
 * runs a balloon policy; zswap in front of swap when enabled.
 * Every mechanism moves memory between the terms of the identity in memory-arrays.ts, at a
 * finite rate, never below a VM's reservation.
 */
import type { World } from '../world.js';
import { distribute } from './distribute.js';
import { ESXI_COMPRESSION_RATIO, PAGE_MIB } from './compression.js';
import type { MemoryArrays } from './memory-arrays.js';
import { nextMemoryState, STATE_CLEAR, STATE_HARD, STATE_HIGH, STATE_LOW, STATE_SOFT, STATE_THRESHOLD_PCT } from './min-free.js';

const KSM_METADATA_BYTES_PER_PAGE = 64;
/** Reclaimed active memory below this (MiB) no longer needs ticks: its effect is negligible. */
const SETTLED_MIB = 1;
/** A stalled vCPU still gets some work done between page faults. */
const MAX_STALL = 0.95;
const ESXI = 0;

export class MemoryReclaimer {
  private weights = new Float64Array(64);
  private caps = new Float64Array(64);
  private out = new Float64Array(64);
  private keyCount = new Int32Array(16);

  constructor(
    private readonly world: World,
    private readonly mem: MemoryArrays,
  ) {}

  private ensure(n: number, keys: number): void {
    if (n > this.weights.length) {
      const size = Math.max(n, this.weights.length * 2);
      this.weights = new Float64Array(size);
      this.caps = new Float64Array(size);
      this.out = new Float64Array(size);
    }
    if (keys > this.keyCount.length) this.keyCount = new Int32Array(Math.max(keys, this.keyCount.length * 2));
  }

  /** Integrate the memory amounts of host h and its VMs up to t. */
  flush(h: number, vms: Int32Array, n: number, t: number): void {
    const HM = this.mem.host;
    const dt = t - (HM.memLastT[h] as number);
    if (dt <= 0) return;
    HM.sharedInt[h] = (HM.sharedInt[h] as number) + (HM.sharedMiB[h] as number) * dt;
    HM.balloonInt[h] = (HM.balloonInt[h] as number) + (HM.balloonMiB[h] as number) * dt;
    HM.compressedStoredInt[h] = (HM.compressedStoredInt[h] as number) + (HM.compressedStoredMiB[h] as number) * dt;
    HM.compressionSavedInt[h] =
      (HM.compressionSavedInt[h] as number) + ((HM.compressedMiB[h] as number) - (HM.compressedStoredMiB[h] as number)) * dt;
    HM.swappedInt[h] = (HM.swappedInt[h] as number) + (HM.swappedMiB[h] as number) * dt;
    HM.stallInt[h] = (HM.stallInt[h] as number) + (HM.stallMhz[h] as number) * dt;
    HM.blockedInt[h] = (HM.blockedInt[h] as number) + (HM.blockedMiB[h] as number) * dt;
    HM.memLastT[h] = t;
    const VM = this.mem.vm;
    const V = this.world.vms;
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      const d = t - (VM.memLastT[v] as number);
      if (d <= 0) continue;
      VM.sharedInt[v] = (VM.sharedInt[v] as number) + (VM.sharedMiB[v] as number) * d;
      VM.balloonInt[v] = (VM.balloonInt[v] as number) + (VM.balloonMiB[v] as number) * d;
      VM.compressedInt[v] = (VM.compressedInt[v] as number) + (VM.compressedMiB[v] as number) * d;
      VM.swappedInt[v] = (VM.swappedInt[v] as number) + (VM.swappedMiB[v] as number) * d;
      VM.stallInt[v] = (VM.stallInt[v] as number) + (VM.stall[v] as number) * (V.wantMhz[v] as number) * d;
      VM.memLastT[v] = t;
    }
  }

  /** Resident memory of VM v: touched less everything reclaimed (compressed pages' stored bytes stay). */
  resident(v: number): number {
    const VM = this.mem.vm;
    return (
      (this.world.vms.touchedMiB[v] as number) -
      (VM.sharedMiB[v] as number) -
      (VM.balloonMiB[v] as number) -
      ((VM.compressedMiB[v] as number) - (VM.compressedStoredMiB[v] as number)) -
      (VM.swappedMiB[v] as number)
    );
  }

  /**
   * Run reclamation for host h (VMs vms[0..n)) over the time since its last memory update.
   * Returns the new memory state; sets the host's consumed memory, stall and engaged flags.
   */
  update(h: number, vms: Int32Array, n: number, t: number, hysteresisPct: number, initial = false): number {
    const { world, mem } = this;
    const H = world.hosts;
    const V = world.vms;
    const HS = mem.hostSettings;
    const HM = mem.host;
    const VS = mem.vmSettings;
    const VM = mem.vm;
    const dt = t - (HM.memLastT[h] as number);
    this.flush(h, vms, n, t);
    // CPU the host spends compressing and decompressing over this interval (set below).
    if (dt > 0) HM.compressionMhz[h] = 0;
    this.ensure(n, 1);
    const minFree = H.minFreeMiB[h] as number;
    const capacity = (H.memoryMiB[h] as number) - (H.overheadMiB[h] as number);
    let state = H.memState[h] as number;
    const esxi = H.flavour[h] === ESXI;

    // 1. The guest's own moves: a balloon holds only idle pages, so active growth deflates it,
    //    as far as free memory allows (beyond that the guest pages inside itself until
    //    reclamation makes room); shared pages written to are copied back (step 3).
    let overheads = HM.ksmMetadataMiB[h] as number;
    let resident = 0;
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      overheads += V.overheadMiB[v] as number;
      resident += this.resident(v);
    }
    let free = capacity - overheads - resident;
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      const idle = Math.max(0, (V.touchedMiB[v] as number) - (V.activeMiB[v] as number));
      const give = Math.min((VM.balloonMiB[v] as number) - idle, Math.max(0, free));
      if (give > 0) {
        VM.balloonMiB[v] = (VM.balloonMiB[v] as number) - give;
        free -= give;
      }
    }
    // One swap device: its bandwidth over the interval is shared by every swap use below.
    this.swapBudget = (HS.swapMiBPerMs[h] as number) * dt;

    // 2. New guest allocations (touched growth, at the guest's touch rate) take free memory; in
    //    the low state they wait. At the start VMs are already running: what they have touched
    //    is granted at once while free memory stays above the clear threshold (no boot storm).
    let blocked = 0;
    const startRoom = free - (STATE_THRESHOLD_PCT[1] / 100) * minFree;
    let growing = false;
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      const boot = (VS.touchedFrac[v] as number) * (V.memoryMiB[v] as number);
      const want = Math.max(V.touchedMiB[v] as number, V.activeMiB[v] as number, boot) - (V.touchedMiB[v] as number);
      if (want <= 0) {
        VM.blockedMiB[v] = 0;
        continue;
      }
      const room = initial ? Math.max(0, startRoom - ((capacity - overheads - resident) - free)) : state === STATE_LOW ? 0 : Math.max(0, free);
      const rate = initial ? Infinity : (VS.touchMiBPerMs[v] as number) * dt;
      const grow = Math.min(want, room, rate);
      V.touchedMiB[v] = (V.touchedMiB[v] as number) + grow;
      free -= grow;
      const waiting = Math.min(want - grow, Math.max(0, rate - grow));
      VM.blockedMiB[v] = state === STATE_LOW || initial ? want - grow : waiting;
      blocked += VM.blockedMiB[v] as number;
      if (want > grow) growing = true;
    }
    HM.blockedMiB[h] = blocked;
    // The start grants memory up to the clear threshold exactly; keep rounding from reading as soft.
    if (initial && free < minFree && free > minFree * (1 - 1e-9)) free = minFree;

    // 3. Page sharing converges toward what is shareable, at the scanner's rate.
    free += this.share(h, vms, n, dt, state, esxi, free);
    // A VM over its memory limit is reclaimed whatever the host state: balloon, then swap.
    free += this.enforceLimits(h, vms, n, dt);

    // 4. Reclamation runs during the interval, alongside the allocations: a host that was not
    //    yet in the hard state balloons first (at the balloons' rate); what ballooning cannot
    //    cover takes the host into hard, where compression and swap take over and balloons stop.
    //    It reclaims to just above the soft threshold, below the margin needed to climb to
    //    clear, so a host under steady pressure stays in soft instead of flapping; balloons are
    //    given back in high and clear only down to twice that margin, leaving a dead band.
    const entered = state;
    const target = ((STATE_THRESHOLD_PCT[1] + hysteresisPct / 2) / 100) * minFree;
    const deflateFloor = ((STATE_THRESHOLD_PCT[1] + 2 * hysteresisPct) / 100) * minFree;
    if (free < target) {
      const pressed = nextMemoryState(entered, (free / minFree) * 100, hysteresisPct);
      if (entered < STATE_HARD && pressed >= STATE_SOFT) free += this.balloon(h, vms, n, dt, target - free);
      state = nextMemoryState(entered, (free / minFree) * 100, hysteresisPct);
      if (state >= STATE_HARD) {
        free += this.compressAndSwap(h, vms, n, dt, target - free, esxi);
        state = nextMemoryState(state, (free / minFree) * 100, hysteresisPct);
      }
    } else {
      state = nextMemoryState(entered, (free / minFree) * 100, hysteresisPct);
      if (state <= STATE_CLEAR) free -= this.deflate(h, vms, n, dt, free - deflateFloor);
    }
    const paged = this.pageIns(h, vms, n, dt, state >= STATE_HARD, free - target);
    if (paged > 0) {
      free -= paged;
      state = nextMemoryState(state, (free / minFree) * 100, hysteresisPct);
    }

    // 5. Totals, stall and whether anything is still in motion.
    let shared = 0;
    let balloon = 0;
    let compressed = 0;
    let stored = 0;
    let swapped = 0;
    let stallMhz = 0;
    let moving = false;
    let consumed = 0;
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      shared += VM.sharedMiB[v] as number;
      balloon += VM.balloonMiB[v] as number;
      compressed += VM.compressedMiB[v] as number;
      stored += VM.compressedStoredMiB[v] as number;
      swapped += VM.swappedMiB[v] as number;
      consumed += this.resident(v) + (V.overheadMiB[v] as number);
      const share = this.hotShare(v);
      const hotSwapped = (VM.swappedMiB[v] as number) * share;
      const hotCompressed = (VM.compressedMiB[v] as number) * share;
      // Faults per ms on reclaimed active pages × their service time, spread over the vCPUs.
      const faultsPerMs = (hotSwapped * (HS.swapLatencyMs[h] as number) + (hotCompressed * (HS.decompressUsPerPage[h] as number)) / 1000) / PAGE_MIB;
      const stall = Math.min(MAX_STALL, faultsPerMs / (VS.touchMs[v] as number) / (V.vcpus[v] as number));
      VM.stall[v] = stall;
      stallMhz += stall * (V.wantMhz[v] as number);
      if (hotSwapped + hotCompressed > SETTLED_MIB || (VM.blockedMiB[v] as number) > 0) moving = true;
    }
    HM.sharedMiB[h] = shared;
    HM.balloonMiB[h] = balloon;
    HM.compressedMiB[h] = compressed;
    HM.compressedStoredMiB[h] = stored;
    HM.swappedMiB[h] = swapped;
    HM.stallMhz[h] = stallMhz;
    H.consumedMiB[h] = consumed + (HM.ksmMetadataMiB[h] as number);
    const reclaimed = shared + balloon + compressed + swapped;
    if (growing || this.overLimit) moving = true;
    // ESXi starts sharing once the host leaves high: the next tick runs the scanner.
    if (esxi && entered === STATE_HIGH && state !== STATE_HIGH) moving = true;
    this.overLimit = false;
    // Still short of the reclamation target, or balloons that could be given back: tick again.
    // A host that has reclaimed enough rests, even in soft, until its inputs change.
    if (free < target - SETTLED_MIB || (balloon > 0 && free > deflateFloor + SETTLED_MIB)) moving = true;
    // Sharing converges linearly, so its ticks can be sparse: exact at any tick length.
    const sharing = this.lastPotential - shared > SETTLED_MIB;
    this.onlySharing = sharing && !moving;
    if (sharing) moving = true;
    HM.engaged[h] = reclaimed > 0 || moving || state !== STATE_HIGH || (HS.ksm[h] as number) === 1 ? 1 : 0;
    this.moving = moving;
    return state;
  }

  /** Whether the last update left something in motion (the host needs another tick). */
  moving = false;
  /** The only motion left is page sharing converging (ticks may be sparse). */
  onlySharing = false;
  /** Time one full sharing scan of the host takes (ms), from the last update. */
  scanMs = 0;
  private overLimit = false;
  private swapBudget = 0;
  private lastPotential = 0;

  /** Page sharing: returns the memory it freed (negative when copy-on-write unshares). */
  private share(h: number, vms: Int32Array, n: number, dt: number, state: number, esxi: boolean, free: number): number {
    const { world, mem } = this;
    const V = world.vms;
    const HS = mem.hostSettings;
    const HM = mem.host;
    const VS = mem.vmSettings;
    const VM = mem.vm;
    const ksm = (HS.ksm[h] as number) === 1;
    // ESXi backs guests with large pages while free memory is plentiful; sharing starts once the
    // host leaves the high state. KVM shares only with KSM on.
    const intraOn = esxi ? state !== STATE_HIGH : ksm;
    const interOn = esxi ? intraOn && (HS.interVmSharing[h] as number) === 1 : ksm;
    let maxKey = 0;
    for (let k = 0; k < n; k++) maxKey = Math.max(maxKey, VS.sharingKey[vms[k] as number] as number);
    this.ensure(n, maxKey + 1);
    const counts = this.keyCount;
    counts.fill(0, 0, maxKey + 1);
    let touchedSum = 0;
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      counts[VS.sharingKey[v] as number] = (counts[VS.sharingKey[v] as number] as number) + 1;
      touchedSum += V.touchedMiB[v] as number;
    }
    // Scanner progress as a fraction of one full pass over the guests' memory.
    let metadataGrowth = 0;
    let progressRate: number; // fraction of potential realised per ms
    if (ksm) {
      const pagesPerMs = HS.ksmPagesPerMs[h] as number;
      const totalPages = touchedSum / PAGE_MIB;
      HM.scanProgress[h] = (HM.scanProgress[h] as number) + pagesPerMs * dt;
      progressRate = totalPages > 0 ? pagesPerMs / totalPages : 0;
      this.scanMs = totalPages / pagesPerMs;
      const tracked = Math.min(HM.scanProgress[h] as number, totalPages);
      // Metadata is kernel memory: it grows only into free memory and counts against it.
      const before = HM.ksmMetadataMiB[h] as number;
      HM.ksmMetadataMiB[h] = Math.min((tracked * KSM_METADATA_BYTES_PER_PAGE) / (1024 * 1024), before + Math.max(0, free));
      metadataGrowth = (HM.ksmMetadataMiB[h] as number) - before;
    } else {
      progressRate = 1 / (HS.shareScanMs[h] as number);
      this.scanMs = HS.shareScanMs[h] as number;
      HM.ksmMetadataMiB[h] = 0;
    }
    let freed = 0;
    let potentialSum = 0;
    if (!intraOn && !interOn) {
      // Scanning paused (ESXi back in the high state): pages stay shared until written.
      for (let k = 0; k < n; k++) potentialSum += VM.sharedMiB[vms[k] as number] as number;
      this.lastPotential = potentialSum;
      return -metadataGrowth;
    }
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      const touched = V.touchedMiB[v] as number;
      const same = counts[VS.sharingKey[v] as number] as number;
      let potential = 0;
      if (intraOn) potential += touched * ((VS.zeroFrac[v] as number) + (VS.intraFrac[v] as number));
      if (interOn && same > 1) potential += (touched * (VS.interFrac[v] as number) * (same - 1)) / same;
      // Pages already ballooned, compressed or swapped are not there to share.
      const present = touched - (VM.balloonMiB[v] as number) - (VM.compressedMiB[v] as number) - (VM.swappedMiB[v] as number);
      if (potential > present) potential = present;
      if (potential < 0) potential = 0;
      potentialSum += potential;
      const before = VM.sharedMiB[v] as number;
      let after = before + potential * progressRate * dt;
      if (after > potential) after = potential;
      VM.sharedMiB[v] = after;
      freed += after - before;
    }
    this.lastPotential = potentialSum;
    return freed - metadataGrowth;
  }

  /**
   * Share of VM v's reclaimed pages that are in its working set. Host-level reclamation picks
   * pages without knowing which the guest uses (ESXi swaps randomly chosen pages), and the
   * guest's accesses spread over its touched memory as its active share, so the hot share of a
   * reclaimed pool is active / touched.
   */
  private hotShare(v: number): number {
    const V = this.world.vms;
    const touched = V.touchedMiB[v] as number;
    return touched > 0 ? Math.min(1, (V.activeMiB[v] as number) / touched) : 0;
  }

  /** Idle-memory-tax weights: VMs with more idle memory per share give first (ESXi Mem.IdleTax). */
  private taxWeights(h: number, vms: Int32Array, n: number): void {
    const V = this.world.vms;
    const tax = this.mem.hostSettings.idleTax[h] as number;
    const k = 1 / (1 - tax);
    for (let j = 0; j < n; j++) {
      const v = vms[j] as number;
      const touched = V.touchedMiB[v] as number;
      const active = touched > 0 ? Math.min(1, (V.activeMiB[v] as number) / touched) : 1;
      this.weights[j] = (this.resident(v) * (active + k * (1 - active))) / (this.mem.vmSettings.shares[v] as number);
    }
  }

  /** What VM v can still give: resident memory above its reservation that is not a compressed page. */
  private available(v: number): number {
    const V = this.world.vms;
    const floor = Math.min(V.memReservationMiB[v] as number, V.touchedMiB[v] as number);
    return Math.max(0, this.resident(v) - (this.mem.vm.compressedStoredMiB[v] as number) - floor);
  }

  private balloon(h: number, vms: Int32Array, n: number, dt: number, need: number): number {
    const { world, mem } = this;
    const HS = mem.hostSettings;
    if ((HS.balloon[h] as number) !== 1) return 0;
    const V = world.vms;
    const VM = mem.vm;
    this.taxWeights(h, vms, n);
    for (let j = 0; j < n; j++) {
      const v = vms[j] as number;
      if ((mem.vmSettings.balloonDriver[v] as number) !== 1) {
        this.caps[j] = 0;
        continue;
      }
      const idle = (V.touchedMiB[v] as number) - (V.activeMiB[v] as number) - (VM.balloonMiB[v] as number);
      const maxMore = (HS.balloonMaxFrac[h] as number) * (V.memoryMiB[v] as number) - (VM.balloonMiB[v] as number);
      this.caps[j] = Math.max(0, Math.min(idle, maxMore, this.available(v), (HS.balloonMiBPerMs[h] as number) * dt));
    }
    const given = distribute(need, n, this.weights, this.caps, this.out);
    for (let j = 0; j < n; j++) {
      const v = vms[j] as number;
      VM.balloonMiB[v] = (VM.balloonMiB[v] as number) + (this.out[j] as number);
    }
    return given;
  }

  private enforceLimits(h: number, vms: Int32Array, n: number, dt: number): number {
    const { world, mem } = this;
    const V = world.vms;
    const HS = mem.hostSettings;
    const VS = mem.vmSettings;
    const VM = mem.vm;
    let freed = 0;
    for (let k = 0; k < n; k++) {
      const v = vms[k] as number;
      const limit = VS.limitMiB[v] as number;
      if (!Number.isFinite(limit)) continue;
      let excess = this.resident(v) - limit;
      if (excess <= 0) continue;
      this.overLimit = true;
      if ((VS.balloonDriver[v] as number) === 1 && (HS.balloon[h] as number) === 1) {
        const idle = (V.touchedMiB[v] as number) - (V.activeMiB[v] as number) - (VM.balloonMiB[v] as number);
        const cap = (HS.balloonMaxFrac[h] as number) * (V.memoryMiB[v] as number) - (VM.balloonMiB[v] as number);
        const take = Math.max(0, Math.min(excess, idle, cap, (HS.balloonMiBPerMs[h] as number) * dt));
        VM.balloonMiB[v] = (VM.balloonMiB[v] as number) + take;
        excess -= take;
        freed += take;
      }
      const swap = Math.max(0, Math.min(excess, this.swapBudget));
      this.swapBudget -= swap;
      VM.swappedMiB[v] = (VM.swappedMiB[v] as number) + swap;
      VM.swapOutMiB[v] = (VM.swapOutMiB[v] as number) + swap;
      mem.host.swapOutMiB[h] = (mem.host.swapOutMiB[h] as number) + swap;
      freed += swap;
    }
    return freed;
  }

  /** Host state high: give balloons back at their rate while free memory stays above `room`. */
  private deflate(h: number, vms: Int32Array, n: number, dt: number, room: number): number {
    if (room <= 0) return 0;
    const VM = this.mem.vm;
    const rate = (this.mem.hostSettings.balloonMiBPerMs[h] as number) * dt;
    let left = room;
    for (let j = 0; j < n && left > 0; j++) {
      const v = vms[j] as number;
      const underLimit = Math.max(0, (this.mem.vmSettings.limitMiB[v] as number) - this.resident(v));
      const give = Math.min(VM.balloonMiB[v] as number, rate, left, underLimit);
      VM.balloonMiB[v] = (VM.balloonMiB[v] as number) - give;
      left -= give;
    }
    return room - left;
  }

  /** Hard and low states: compress what compresses, swap the rest, within cache caps and swap bandwidth. */
  private compressAndSwap(h: number, vms: Int32Array, n: number, dt: number, need: number, esxi: boolean): number {
    const { world, mem } = this;
    const V = world.vms;
    const HS = mem.hostSettings;
    const VS = mem.vmSettings;
    const VM = mem.vm;
    const HM = mem.host;
    const compressOn = esxi ? (HS.compression[h] as number) === 1 : (HS.zswap[h] as number) === 1;
    const ratio = esxi ? ESXI_COMPRESSION_RATIO : (HS.zswapRatio[h] as number);
    let poolRoom = esxi ? Infinity : (HS.zswapPoolFrac[h] as number) * (world.hosts.memoryMiB[h] as number) - (HM.compressedStoredMiB[h] as number);
    let swapBudget = this.swapBudget;
    this.taxWeights(h, vms, n);
    // Pages to take per MiB freed, if each VM's compressible share is compressed.
    for (let j = 0; j < n; j++) this.caps[j] = this.available(vms[j] as number);
    let compressible = 0;
    for (let j = 0; j < n; j++) compressible += VS.compressibleFrac[vms[j] as number] as number;
    const avgCompressible = compressOn && n > 0 ? compressible / n : 0;
    const perFreed = avgCompressible * (1 - 1 / ratio) + (1 - avgCompressible);
    distribute(need / perFreed, n, this.weights, this.caps, this.out);
    let freed = 0;
    let compressedNow = 0;
    for (let j = 0; j < n; j++) {
      const v = vms[j] as number;
      const take = this.out[j] as number;
      if (take <= 0) continue;
      let toCompress = compressOn ? take * (VS.compressibleFrac[v] as number) : 0;
      if (esxi) {
        const cacheRoom = (HS.cacheFrac[h] as number) * (V.memoryMiB[v] as number) - (VM.compressedStoredMiB[v] as number);
        toCompress = Math.max(0, Math.min(toCompress, cacheRoom * ratio));
      } else {
        toCompress = Math.max(0, Math.min(toCompress, poolRoom * ratio));
        poolRoom -= toCompress / ratio;
      }
      const toSwap = Math.min(take - toCompress, swapBudget);
      swapBudget -= toSwap;
      VM.compressedMiB[v] = (VM.compressedMiB[v] as number) + toCompress;
      VM.compressedStoredMiB[v] = (VM.compressedStoredMiB[v] as number) + toCompress / ratio;
      VM.swappedMiB[v] = (VM.swappedMiB[v] as number) + toSwap;
      VM.swapOutMiB[v] = (VM.swapOutMiB[v] as number) + toSwap;
      HM.swapOutMiB[h] = (HM.swapOutMiB[h] as number) + toSwap;
      compressedNow += toCompress;
      freed += toCompress * (1 - 1 / ratio) + toSwap;
    }
    // A cache full of compressed pages frees nothing more: write compressed pages out to swap.
    for (let j = 0; j < n && freed < need && swapBudget > 0; j++) {
      const v = vms[j] as number;
      const c = VM.compressedMiB[v] as number;
      if (c <= 0) continue;
      const r = c / (VM.compressedStoredMiB[v] as number);
      const out = Math.min(c, swapBudget, (need - freed) * r);
      VM.compressedMiB[v] = c - out;
      VM.compressedStoredMiB[v] = (VM.compressedStoredMiB[v] as number) - out / r;
      VM.swappedMiB[v] = (VM.swappedMiB[v] as number) + out;
      VM.swapOutMiB[v] = (VM.swapOutMiB[v] as number) + out;
      HM.swapOutMiB[h] = (HM.swapOutMiB[h] as number) + out;
      swapBudget -= out;
      freed += out / r;
    }
    this.swapBudget = swapBudget;
    // CPU spent compressing, as a rate over this interval, taken from the host's capacity.
    const coreMhz = world.hosts.coreMhz[h] as number;
    if (dt > 0)
      HM.compressionMhz[h] =
        (HM.compressionMhz[h] as number) + ((compressedNow / PAGE_MIB) * (HS.compressUsPerPage[h] as number) * 1e-3 * coreMhz) / dt;
    return freed;
  }

  /**
   * Guests touch their reclaimed active pages: each touch brings a page back (swap-in or
   * decompression). Under hard or low pressure every page brought back pushes another out
   * (churn: amounts stay, both counters grow); otherwise the amounts shrink while free memory
   * lasts. Returns the memory this took.
   */
  private pageIns(h: number, vms: Int32Array, n: number, dt: number, churn: boolean, free: number): number {
    if (dt <= 0) return 0;
    const { mem } = this;
    const VS = mem.vmSettings;
    const VM = mem.vm;
    const HM = mem.host;
    const HS = mem.hostSettings;
    let room = churn ? 0 : Math.max(0, free);
    let used = 0;
    let decompressed = 0;
    for (let j = 0; j < n; j++) {
      const v = vms[j] as number;
      const share = this.hotShare(v);
      const hotSwapped = (VM.swappedMiB[v] as number) * share;
      const hotCompressed = (VM.compressedMiB[v] as number) * share;
      if (hotSwapped <= 0 && hotCompressed <= 0) continue;
      // The guest touches its whole working set once per touchSeconds.
      const touchedFrac = Math.min(1, dt / (VS.touchMs[v] as number));
      const hit = hotSwapped * touchedFrac;
      const overLimit = this.resident(v) >= (VS.limitMiB[v] as number);
      // Pages come back into free memory; under pressure (or over a limit) each page brought
      // back pushes another, chosen at random again, out: churn costs the device both ways.
      const back = churn || overLimit ? 0 : Math.min(hit, room, this.swapBudget);
      this.swapBudget -= back;
      const churned = Math.max(0, Math.min(hit - back, this.swapBudget / 2));
      this.swapBudget -= 2 * churned;
      VM.swapInMiB[v] = (VM.swapInMiB[v] as number) + back + churned;
      HM.swapInMiB[h] = (HM.swapInMiB[h] as number) + back + churned;
      VM.swapOutMiB[v] = (VM.swapOutMiB[v] as number) + churned;
      HM.swapOutMiB[h] = (HM.swapOutMiB[h] as number) + churned;
      if (churn || overLimit) continue;
      VM.swappedMiB[v] = (VM.swappedMiB[v] as number) - back;
      room -= back;
      used += back;
      const compressed = VM.compressedMiB[v] as number;
      const ratio = compressed > 0 ? compressed / (VM.compressedStoredMiB[v] as number) : 1;
      // Decompressing takes the page's full size back and frees its slot.
      const decompress = Math.min(hotCompressed * touchedFrac, room / (1 - 1 / ratio || 1));
      if (decompress > 0) {
        decompressed += decompress;
        VM.compressedMiB[v] = compressed - decompress;
        VM.compressedStoredMiB[v] = (VM.compressedStoredMiB[v] as number) - decompress / ratio;
        const cost = decompress * (1 - 1 / ratio);
        room -= cost;
        used += cost;
      }
    }
    const coreMhz = this.world.hosts.coreMhz[h] as number;
    HM.compressionMhz[h] =
      (HM.compressionMhz[h] as number) + ((decompressed / PAGE_MIB) * (HS.decompressUsPerPage[h] as number) * 1e-3 * coreMhz) / dt;
    return used;
  }
}
