/**
 * Page sharing (cascade step 3), converging toward what is shareable at the scanner's rate.
 * Sources (DOMAIN.md "Memory reclamation"):
 * - ESXi backs guests with large pages while free memory is plentiful and breaks them for
 *   sharing once the host leaves the high state; inter-VM sharing is off by default since
 *   2014-15 (salting, Mem.ShareForceSalting=2), so only intra-VM sharing unless a scenario
 *   turns it on.
 * - KVM shares only with KSM on; KSM scans `pages_to_scan` pages every `sleep_millisecs`, so
 *   savings build up over hours, and costs 64 B of kernel metadata per tracked page.
 * - A template that states its mergeable content (VmMemorySettings.mergeContent) merges toward
 *   the ceiling ksm-content.ts derives from it; on a fresh start KSM's first full pass only
 *   records each page's checksum (mm/ksm.c cmp_and_merge_page: a page enters the unstable tree
 *   only when its checksum is unchanged since the previous scan), so merging starts one full
 *   pass late; a host told it starts merged (ksm.initialPagesSharing, from a capture's first
 *   pages_sharing) starts there, capped by the ceiling, its checksum pass behind it.
 */
import { PAGE_MIB } from '../compression.js';
import { STATE_HIGH } from '../min-free.js';
import { ensureScratch, type HostPass } from './host-pass.js';
import { contentCeiling, ensureContentScratch } from './ksm-content.js';

const KSM_METADATA_BYTES_PER_PAGE = 64;

/**
 * Runs the sharing scanner of host p.h in `state` over p.dt; `free` bounds KSM's metadata growth.
 * Returns the memory freed (MiB; negative when copy-on-write unshares or KSM metadata grows);
 * sets p.sharingPotentialMiB (sharing still moves while below it), p.scanMs and the host's
 * ksmKeptMiB (KSM pages holding the merged content: each VM's kept ceiling × its merged fraction).
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
  // Of dt, the time content VMs merge: all of it once KSM's checksum pass is behind it.
  let mergeDt = dt;
  if (ksm) {
    const pagesPerMs = HS.ksmPagesPerMs[h];
    const totalPages = touchedSum / PAGE_MIB;
    const scannedBefore = HM.scanProgress[h];
    HM.scanProgress[h] = scannedBefore + pagesPerMs * dt;
    if (scannedBefore < totalPages) mergeDt = Math.max(0, (HM.scanProgress[h]) - totalPages) / pagesPerMs;
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
  const c = p.scratch.content;
  ensureContentScratch(c, maxKey + 1, n);
  let contentVms = 0;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const touched = V.touchedMiB[v];
    // Pages already ballooned, compressed or swapped are not there to share.
    const present = touched - (VM.balloonMiB[v]) - (VM.compressedMiB[v]) - (VM.swappedMiB[v]);
    c.present[k] = present;
    const content = ksm && (VS.mergeContent[v]) === 1;
    c.zero[k] = content ? VS.zeroFrac[v] : 0;
    // A linked clone's raised inter-VM fraction (provisioner.ts) cannot push content past its pages.
    c.dup[k] = content ? Math.min(VS.interFrac[v], 1 - (VS.zeroFrac[v])) : 0;
    c.image[k] = VS.sharingKey[v];
    if (content) {
      contentVms++;
      continue;
    }
    const same = counts[VS.sharingKey[v]];
    let potential = 0;
    if (intraOn) potential += touched * ((VS.zeroFrac[v]) + (VS.intraFrac[v]));
    if (interOn && same > 1) potential += (touched * (VS.interFrac[v]) * (same - 1)) / same;
    if (potential > present) potential = present;
    if (potential < 0) potential = 0;
    c.fixedSaved[k] = potential;
    // Fixed fractions say nothing about distinct contents: no kept pages are claimed for them.
    c.fixedKept[k] = 0;
  }
  // Content VMs' ceilings (the others have zero / dup 0 there, so they take no part in them).
  if (contentVms > 0) contentCeiling({ n, presentMiB: c.present, zeroFrac: c.zero, sharedFrac: c.dup, image: c.image, keys: maxKey + 1, maxPageSharing: HS.ksmMaxPageSharing[h] }, c, c.saved, c.kept);
  for (let k = 0; k < n; k++) {
    if (contentVms > 0 && ksm && (VS.mergeContent[vms[k]]) === 1) continue;
    c.saved[k] = c.fixedSaved[k];
    c.kept[k] = c.fixedKept[k];
  }
  // A host that starts with KSM already merged: its first pass with VMs takes that state.
  const start = HM.ksmStartMiB[h];
  let startFrac = -1;
  if (start > 0 && n > 0) {
    let ceiling = 0;
    for (let k = 0; k < n; k++) ceiling += c.saved[k];
    startFrac = ceiling > 0 ? Math.min(1, start / ceiling) : 0;
    HM.ksmStartMiB[h] = 0;
  }
  let keptMiB = 0;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const potential = c.saved[k];
    potentialMiB += potential;
    const before = VM.sharedMiB[v];
    const from = startFrac >= 0 ? potential * startFrac : before;
    const step = (VS.mergeContent[v]) === 1 && ksm ? mergeDt : dt;
    let after = from + potential * progressRate * step;
    if (after > potential) after = potential;
    VM.sharedMiB[v] = after;
    freed += after - before;
    if (potential > 0) keptMiB += (c.kept[k] * after) / potential;
  }
  HM.ksmKeptMiB[h] = keptMiB;
  p.sharingPotentialMiB = potentialMiB;
  p.scanMs = scanMs;
  return freed - metadataGrowth;
}
