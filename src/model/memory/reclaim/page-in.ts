/**
 * Page-ins (cascade step 4, after reclamation): guests touch their reclaimed active pages and
 * each touch brings a page back (swap-in or decompression). Source (DOMAIN.md "Memory
 * reclamation"): a swapped page touched by the guest costs a disk read, so the penalty grows
 * with swapped active memory; decompression times in compression.ts. Under hard or low pressure
 * every page brought back pushes another out (churn: amounts stay, both counters grow);
 * otherwise the amounts shrink while free memory lasts.
 */
import { PAGE_MIB } from '../compression.js';
import { hotShare, residentMiB, type HostPass } from './host-pass.js';

/**
 * Brings back the pages host p.h's guests touch over p.dt, into at most `free` MiB unless
 * `churn` (swap-ins and churn spend p.swapLeftMiB); adds the CPU spent decompressing to the
 * host's compressionMhz. Returns the memory the pages brought back took (MiB).
 */
export function pageIns(p: HostPass, churn: boolean, free: number): number {
  const { world, mem, h, vms, n, dt } = p;
  if (dt <= 0) return 0;
  let swapBudget = p.swapLeftMiB;
  const VS = mem.vmSettings;
  const VM = mem.vm;
  const HM = mem.host;
  const HS = mem.hostSettings;
  let room = churn ? 0 : Math.max(0, free);
  let used = 0;
  let decompressed = 0;
  for (let j = 0; j < n; j++) {
    const v = vms[j];
    const share = hotShare(world, v);
    const hotSwapped = (VM.swappedMiB[v]) * share;
    const hotCompressed = (VM.compressedMiB[v]) * share;
    if (hotSwapped <= 0 && hotCompressed <= 0) continue;
    // The guest touches its whole working set once per touchSeconds.
    const touchedFrac = Math.min(1, dt / (VS.touchMs[v]));
    const hit = hotSwapped * touchedFrac;
    const overLimit = residentMiB(world, mem, v) >= (VS.limitMiB[v]);
    // Pages come back into free memory; under pressure (or over a limit) each page brought
    // back pushes another, chosen at random again, out: churn costs the device both ways.
    const back = churn || overLimit ? 0 : Math.min(hit, room, swapBudget);
    swapBudget -= back;
    const churned = Math.max(0, Math.min(hit - back, swapBudget / 2));
    swapBudget -= 2 * churned;
    VM.swapInMiB[v] = (VM.swapInMiB[v]) + back + churned;
    HM.swapInMiB[h] = (HM.swapInMiB[h]) + back + churned;
    VM.swapOutMiB[v] = (VM.swapOutMiB[v]) + churned;
    HM.swapOutMiB[h] = (HM.swapOutMiB[h]) + churned;
    if (churn || overLimit) continue;
    VM.swappedMiB[v] = (VM.swappedMiB[v]) - back;
    room -= back;
    used += back;
    const compressed = VM.compressedMiB[v];
    const ratio = compressed > 0 ? compressed / (VM.compressedStoredMiB[v]) : 1;
    // Decompressing takes the page's full size back and frees its slot.
    const decompress = Math.min(hotCompressed * touchedFrac, room / (1 - 1 / ratio || 1));
    if (decompress > 0) {
      decompressed += decompress;
      VM.compressedMiB[v] = compressed - decompress;
      VM.compressedStoredMiB[v] = (VM.compressedStoredMiB[v]) - decompress / ratio;
      const cost = decompress * (1 - 1 / ratio);
      room -= cost;
      used += cost;
    }
  }
  const coreMhz = world.hosts.coreMhz[h];
  HM.compressionMhz[h] =
    (HM.compressionMhz[h]) + ((decompressed / PAGE_MIB) * (HS.decompressUsPerPage[h]) * 1e-3 * coreMhz) / dt;
  p.swapLeftMiB = swapBudget;
  return used;
}
