/**
 * Page sharing (cascade step 3), converging toward what is shareable at the scanner's rate.
 * Sources (DOMAIN.md "Memory reclamation"):
 * - ESXi backs guests with large pages while free memory is plentiful and breaks them for
 *   sharing once the host leaves the high state; inter-VM sharing is off by default since
 *   2014-15 (salting, Mem.ShareForceSalting=2), so only intra-VM sharing unless a scenario
 *   turns it on.
 * - KVM shares only with KSM on; KSM scans `pages_to_scan` pages every `sleep_millisecs`, so
 *   savings build up over hours, and costs 64 B of kernel metadata per tracked page.
 */
import { PAGE_MIB } from '../compression.js';
import { STATE_HIGH } from '../min-free.js';
import { ensureScratch, type HostPass } from './host-pass.js';

const KSM_METADATA_BYTES_PER_PAGE = 64;

/**
 * Runs the sharing scanner of host p.h in `state` over p.dt; `free` bounds KSM's metadata growth.
 * Returns the memory freed (MiB; negative when copy-on-write unshares or KSM metadata grows);
 * sets p.sharingPotentialMiB (sharing still moves while below it) and p.scanMs.
 */
export function share(p: HostPass, state: number, free: number): number {
  const { world, mem, h, vms, n, dt, esxi } = p;
  const V = world.vms;
  const HS = mem.hostSettings;
  const HM = mem.host;
  const VS = mem.vmSettings;
  const VM = mem.vm;
  const ksm = (HS.ksm[h]) === 1;
  const intraOn = esxi ? state !== STATE_HIGH : ksm;
  const interOn = esxi ? intraOn && (HS.interVmSharing[h]) === 1 : ksm;
  let maxKey = 0;
  for (let k = 0; k < n; k++) maxKey = Math.max(maxKey, VS.sharingKey[vms[k]]);
  ensureScratch(p.scratch, n, maxKey + 1);
  const counts = p.scratch.keyCount;
  counts.fill(0, 0, maxKey + 1);
  let touchedSum = 0;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    counts[VS.sharingKey[v]] = (counts[VS.sharingKey[v]]) + 1;
    touchedSum += V.touchedMiB[v];
  }
  // Scanner progress as a fraction of one full pass over the guests' memory.
  let metadataGrowth = 0;
  let progressRate: number; // fraction of potential realised per ms
  let scanMs: number;
  if (ksm) {
    const pagesPerMs = HS.ksmPagesPerMs[h];
    const totalPages = touchedSum / PAGE_MIB;
    HM.scanProgress[h] = (HM.scanProgress[h]) + pagesPerMs * dt;
    progressRate = totalPages > 0 ? pagesPerMs / totalPages : 0;
    scanMs = totalPages / pagesPerMs;
    const tracked = Math.min(HM.scanProgress[h], totalPages);
    // Metadata is kernel memory: it grows only into free memory and counts against it.
    const before = HM.ksmMetadataMiB[h];
    HM.ksmMetadataMiB[h] = Math.min((tracked * KSM_METADATA_BYTES_PER_PAGE) / (1024 * 1024), before + Math.max(0, free));
    metadataGrowth = (HM.ksmMetadataMiB[h]) - before;
  } else {
    progressRate = 1 / (HS.shareScanMs[h]);
    scanMs = HS.shareScanMs[h];
    HM.ksmMetadataMiB[h] = 0;
  }
  let freed = 0;
  let potentialMiB = 0;
  if (!intraOn && !interOn) {
    // Scanning paused (ESXi back in the high state): pages stay shared until written.
    for (let k = 0; k < n; k++) potentialMiB += VM.sharedMiB[vms[k]];
    p.sharingPotentialMiB = potentialMiB;
    p.scanMs = scanMs;
    return -metadataGrowth;
  }
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const touched = V.touchedMiB[v];
    const same = counts[VS.sharingKey[v]];
    let potential = 0;
    if (intraOn) potential += touched * ((VS.zeroFrac[v]) + (VS.intraFrac[v]));
    if (interOn && same > 1) potential += (touched * (VS.interFrac[v]) * (same - 1)) / same;
    // Pages already ballooned, compressed or swapped are not there to share.
    const present = touched - (VM.balloonMiB[v]) - (VM.compressedMiB[v]) - (VM.swappedMiB[v]);
    if (potential > present) potential = present;
    if (potential < 0) potential = 0;
    potentialMiB += potential;
    const before = VM.sharedMiB[v];
    let after = before + potential * progressRate * dt;
    if (after > potential) after = potential;
    VM.sharedMiB[v] = after;
    freed += after - before;
  }
  p.sharingPotentialMiB = potentialMiB;
  p.scanMs = scanMs;
  return freed - metadataGrowth;
}
