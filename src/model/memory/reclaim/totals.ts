/**
 * After the cascade (step 5): the host's totals, each VM's stall, and whether anything is still
 * in motion. Stall source (DOMAIN.md "Memory reclamation"): a swapped page touched by the guest
 * costs a disk read (ms), a compressed one a decompression (µs, compression.ts), so the penalty
 * grows with reclaimed active memory.
 */
import { PAGE_MIB } from '../compression.js';
import { hotShare, residentMiB, type HostPass } from './host-pass.js';

/** Reclaimed active memory below this (MiB) no longer needs ticks: its effect is negligible. */
export const SETTLED_MIB = 1;
/** A stalled vCPU still gets some work done between page faults. */
const MAX_STALL = 0.95;

/**
 * Sums host p.h's reclaimed memory into its arrays (sharedMiB, balloonMiB, compressedMiB,
 * compressedStoredMiB, swappedMiB, stallMhz), sets each VM's stall and the host's consumed
 * memory, and p.moving while reclaimed active pages still fault or allocations wait.
 */
export function hostTotals(p: HostPass): void {
  const { world, mem, h, vms, n } = p;
  const V = world.vms;
  const HS = mem.hostSettings;
  const HM = mem.host;
  const VS = mem.vmSettings;
  const VM = mem.vm;
  let shared = 0;
  let balloon = 0;
  let compressed = 0;
  let stored = 0;
  let swapped = 0;
  let stallMhz = 0;
  let moving = false;
  let consumed = 0;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    shared += VM.sharedMiB[v];
    balloon += VM.balloonMiB[v];
    compressed += VM.compressedMiB[v];
    stored += VM.compressedStoredMiB[v];
    swapped += VM.swappedMiB[v];
    consumed += residentMiB(world, mem, v) + (V.overheadMiB[v]);
    const share = hotShare(world, v);
    const hotSwapped = (VM.swappedMiB[v]) * share;
    const hotCompressed = (VM.compressedMiB[v]) * share;
    // Faults per ms on reclaimed active pages × their service time, spread over the vCPUs.
    const faultsPerMs = (hotSwapped * (HS.swapLatencyMs[h]) + (hotCompressed * (HS.decompressUsPerPage[h])) / 1000) / PAGE_MIB;
    const stall = Math.min(MAX_STALL, faultsPerMs / (VS.touchMs[v]) / (V.vcpus[v]));
    VM.stall[v] = stall;
    stallMhz += stall * (V.wantMhz[v]);
    if (hotSwapped + hotCompressed > SETTLED_MIB || (VM.blockedMiB[v]) > 0) moving = true;
  }
  HM.sharedMiB[h] = shared;
  HM.balloonMiB[h] = balloon;
  HM.compressedMiB[h] = compressed;
  HM.compressedStoredMiB[h] = stored;
  HM.swappedMiB[h] = swapped;
  HM.stallMhz[h] = stallMhz;
  world.hosts.consumedMiB[h] = consumed + (HM.ksmMetadataMiB[h]);
  if (moving) p.moving = true;
}
