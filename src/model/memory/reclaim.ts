/**
 * Memory reclamation on one host, run whenever the host is recomputed and, while anything is in
 * motion, every memory tick. The cascade follows the ESXi free-memory states (DOMAIN.md "Memory
 * reclamation (ESXi flavour)": sharing → balloon → compression → host swap):
 *   clear and worse: page sharing (ESXi breaks large pages; intra-VM only unless salting is off)
 *   soft:  balloon idle guest memory, chosen by shares and idleness (idle memory tax)
 *   hard:  compress what compresses to half a page or better, swap the rest; balloons stop
 *   low:   as hard, and new guest allocations are blocked
 * KVM (DOMAIN.md "Memory reclamation (KVM flavour)"): KSM merges identical pages at its scan rate
 * when enabled; virtio-balloon when the host runs a balloon policy; zswap in front of swap when
 * enabled. Every mechanism, one file each under reclaim/, moves memory between the terms of the
 * identity in memory-arrays.ts, at a finite rate, never below a VM's reservation.
 */
import { FLAVOURS } from '../hypervisor.js';
import type { World } from '../world.js';
import type { MemoryArrays } from './memory-arrays.js';
import { STATE_THRESHOLD_PCT } from '../../catalogue/memory-states.js';
import { nextMemoryState, STATE_CLEAR, STATE_HARD, STATE_HIGH, STATE_SOFT } from './min-free.js';
import { inflateBalloons, deflateBalloons } from './reclaim/balloon.js';
import { compressAndSwap } from './reclaim/compress-swap.js';
import { guestDemand } from './reclaim/guest-demand.js';
import { ensureScratch, newScratch, type HostPass } from './reclaim/host-pass.js';
import { integrateMemory } from './reclaim/integrate.js';
import { enforceLimits } from './reclaim/limits.js';
import { enforceBalloonTargets } from './reclaim/balloon-target.js';
import { pageIns } from './reclaim/page-in.js';
import { share } from './reclaim/share.js';
import { hostTotals, SETTLED_MIB } from './reclaim/totals.js';

const ESXI = FLAVOURS.indexOf('esxi');
/** The pass holds no host's VMs between updates (a checkpoint then finds no stray reference). */
const NO_VMS = new Int32Array(0);

/** What one reclamation pass leaves for the caller to schedule. */
export interface ReclaimOutcome {
  /** The host's new memory state (min-free.ts codes). */
  state: number;
  /** Something is still in motion: the host needs another memory tick. */
  moving: boolean;
  /** The only motion left is page sharing converging (ticks may be sparse). */
  onlySharing: boolean;
  /** Time one full sharing scan of the host takes (ms). */
  scanMs: number;
}

/** The state a host moves to from `from` with `free` MiB free (min-free.ts bands, with hysteresis). */
function stateAt(from: number, free: number, minFree: number, hysteresisPct: number): number {
  return nextMemoryState(from, (free / minFree) * 100, hysteresisPct);
}

export class MemoryReclaimer {
  /** The pass handed to the steps, refilled for each update (no allocation per host update). */
  private readonly pass: { -readonly [K in keyof HostPass]: HostPass[K] };

  constructor(
    private readonly world: World,
    private readonly mem: MemoryArrays,
  ) {
    this.pass = { world, mem, scratch: newScratch(), h: 0, vms: NO_VMS, n: 0, dt: 0, esxi: false, swapLeftMiB: 0, moving: false, sharingPotentialMiB: 0, scanMs: 0 };
  }

  /** Integrate the memory amounts of host h and its VMs up to t. */
  flush(h: number, vms: Int32Array, n: number, t: number): void {
    integrateMemory(this.world, this.mem, h, vms, n, t);
  }

  /**
   * Run reclamation for host h (VMs vms[0..n)) over the time since its last memory update; sets
   * the host's consumed memory, stall and engaged flag.
   */
  update(h: number, vms: Int32Array, n: number, t: number, hysteresisPct: number, initial = false): ReclaimOutcome {
    const { world, mem } = this;
    const H = world.hosts;
    const HM = mem.host;
    const dt = t - (HM.memLastT[h]);
    this.flush(h, vms, n, t);
    // CPU the host spends compressing and decompressing over this interval (added by the steps).
    if (dt > 0) HM.compressionMhz[h] = 0;
    const esxi = H.flavour[h] === ESXI;
    const p = this.pass;
    ensureScratch(p.scratch, n, 1);
    p.h = h;
    p.vms = vms;
    p.n = n;
    p.dt = dt;
    p.esxi = esxi;
    p.moving = false;
    const minFree = H.minFreeMiB[h];
    const capacity = (H.memoryMiB[h]) - (H.overheadMiB[h]);
    const entered = H.memState[h];

    // 1–2. The guests' own moves: active growth deflates balloons, new allocations take memory.
    let free = guestDemand(p, capacity, minFree, entered, initial);
    // One swap device: its bandwidth over the interval is shared by every swap use below.
    p.swapLeftMiB = (mem.hostSettings.swapMiBPerMs[h]) * dt;

    // 3. Page sharing converges toward what is shareable; a VM over its memory limit is
    //    reclaimed whatever the host state.
    free += share(p, entered, free);
    free += enforceLimits(p);
    // An operator's balloon target (virsh setmem) moves the balloon whatever the host state.
    free += enforceBalloonTargets(p);

    // 4. Reclamation runs during the interval, alongside the allocations: a host that was not
    //    yet in the hard state balloons first (at the balloons' rate); what ballooning cannot
    //    cover takes the host into hard, where compression and swap take over and balloons stop.
    //    It reclaims to just above the soft threshold, below the margin needed to climb to
    //    clear, so a host under steady pressure stays in soft instead of flapping; balloons are
    //    given back in high and clear only down to twice that margin, leaving a dead band.
    const target = ((STATE_THRESHOLD_PCT[1] + hysteresisPct / 2) / 100) * minFree;
    const deflateFloor = ((STATE_THRESHOLD_PCT[1] + 2 * hysteresisPct) / 100) * minFree;
    let state: number;
    if (free < target) {
      if (entered < STATE_HARD && stateAt(entered, free, minFree, hysteresisPct) >= STATE_SOFT) free += inflateBalloons(p, target - free);
      state = stateAt(entered, free, minFree, hysteresisPct);
      if (state >= STATE_HARD) {
        free += compressAndSwap(p, target - free);
        state = stateAt(state, free, minFree, hysteresisPct);
      }
    } else {
      state = stateAt(entered, free, minFree, hysteresisPct);
      if (state <= STATE_CLEAR) free -= deflateBalloons(p, free - deflateFloor);
    }
    const paged = pageIns(p, state >= STATE_HARD, free - target);
    if (paged > 0) {
      free -= paged;
      state = stateAt(state, free, minFree, hysteresisPct);
    }

    // 5. Totals, stall and whether anything is still in motion.
    hostTotals(p);
    const shared = HM.sharedMiB[h];
    const balloon = HM.balloonMiB[h];
    const reclaimed = shared + balloon + (HM.compressedMiB[h]) + (HM.swappedMiB[h]);
    let moving = p.moving;
    // ESXi starts sharing once the host leaves high: the next tick runs the scanner.
    if (esxi && entered === STATE_HIGH && state !== STATE_HIGH) moving = true;
    // Still short of the reclamation target, or balloons that could be given back: tick again.
    // A host that has reclaimed enough rests, even in soft, until its inputs change.
    if (free < target - SETTLED_MIB || (balloon > 0 && free > deflateFloor + SETTLED_MIB)) moving = true;
    // Sharing converges linearly, so its ticks can be sparse: exact at any tick length.
    const stillSharing = p.sharingPotentialMiB - shared > SETTLED_MIB;
    const onlySharing = stillSharing && !moving;
    if (stillSharing) moving = true;
    const ksm = (mem.hostSettings.ksm[h]) === 1;
    HM.engaged[h] = reclaimed > 0 || moving || state !== STATE_HIGH || ksm ? 1 : 0;
    p.vms = NO_VMS;
    return { state, moving, onlySharing, scanMs: p.scanMs };
  }
}
