/**
 * Compression and host swap (cascade step 4, hard and low states; balloons stop).
 * Sources (DOMAIN.md "Memory reclamation"; figures in compression.ts):
 * - ESXi compresses only pages that fit in 2 KB (ratio 2) into a per-VM cache of at most
 *   `Mem.MemZipMaxPct` = 10 % of the VM, and swaps the rest; swap is the last resort.
 * - KVM: zswap in front of swap when enabled, its pool at most `max_pool_percent` of RAM, at the
 *   compressor's ratio capped by the allocator.
 * Pages are taken by the idle memory tax (host-pass.ts), within the swap device's bandwidth.
 */
import { distribute } from '../distribute.js';
import { ESXI_COMPRESSION_RATIO, PAGE_MIB } from '../compression.js';
import { availableMiB, taxWeights, type HostPass } from './host-pass.js';

/**
 * Frees up to `need` MiB on host p.h by compressing what compresses and swapping the rest
 * (spending p.swapLeftMiB); adds the CPU spent compressing, as a rate over p.dt, to the host's
 * compressionMhz. Returns the memory freed (MiB).
 */
export function compressAndSwap(p: HostPass, need: number): number {
  const { world, mem, h, vms, n, dt, esxi, scratch } = p;
  const V = world.vms;
  const HS = mem.hostSettings;
  const VS = mem.vmSettings;
  const VM = mem.vm;
  const HM = mem.host;
  const compressOn = esxi ? (HS.compression[h]) === 1 : (HS.zswap[h]) === 1;
  const ratio = esxi ? ESXI_COMPRESSION_RATIO : (HS.zswapRatio[h]);
  let poolRoom = esxi ? Infinity : (HS.zswapPoolFrac[h]) * (world.hosts.memoryMiB[h]) - (HM.compressedStoredMiB[h]);
  let swapBudget = p.swapLeftMiB;
  taxWeights(p);
  // Pages to take per MiB freed, if each VM's compressible share is compressed.
  for (let j = 0; j < n; j++) scratch.caps[j] = availableMiB(p, vms[j]);
  let compressible = 0;
  for (let j = 0; j < n; j++) compressible += VS.compressibleFrac[vms[j]];
  const avgCompressible = compressOn && n > 0 ? compressible / n : 0;
  const perFreed = avgCompressible * (1 - 1 / ratio) + (1 - avgCompressible);
  distribute(need / perFreed, n, scratch.weights, scratch.caps, scratch.out);
  let freed = 0;
  let compressedNow = 0;
  for (let j = 0; j < n; j++) {
    const v = vms[j];
    const take = scratch.out[j];
    if (take <= 0) continue;
    let toCompress = compressOn ? take * (VS.compressibleFrac[v]) : 0;
    if (esxi) {
      const cacheRoom = (HS.cacheFrac[h]) * (V.memoryMiB[v]) - (VM.compressedStoredMiB[v]);
      toCompress = Math.max(0, Math.min(toCompress, cacheRoom * ratio));
    } else {
      toCompress = Math.max(0, Math.min(toCompress, poolRoom * ratio));
      poolRoom -= toCompress / ratio;
    }
    const toSwap = Math.min(take - toCompress, swapBudget);
    swapBudget -= toSwap;
    VM.compressedMiB[v] = (VM.compressedMiB[v]) + toCompress;
    VM.compressedStoredMiB[v] = (VM.compressedStoredMiB[v]) + toCompress / ratio;
    VM.swappedMiB[v] = (VM.swappedMiB[v]) + toSwap;
    VM.swapOutMiB[v] = (VM.swapOutMiB[v]) + toSwap;
    HM.swapOutMiB[h] = (HM.swapOutMiB[h]) + toSwap;
    compressedNow += toCompress;
    freed += toCompress * (1 - 1 / ratio) + toSwap;
  }
  // A cache full of compressed pages frees nothing more: write compressed pages out to swap.
  for (let j = 0; j < n && freed < need && swapBudget > 0; j++) {
    const v = vms[j];
    const c = VM.compressedMiB[v];
    if (c <= 0) continue;
    const r = c / (VM.compressedStoredMiB[v]);
    const out = Math.min(c, swapBudget, (need - freed) * r);
    VM.compressedMiB[v] = c - out;
    VM.compressedStoredMiB[v] = (VM.compressedStoredMiB[v]) - out / r;
    VM.swappedMiB[v] = (VM.swappedMiB[v]) + out;
    VM.swapOutMiB[v] = (VM.swapOutMiB[v]) + out;
    HM.swapOutMiB[h] = (HM.swapOutMiB[h]) + out;
    swapBudget -= out;
    freed += out / r;
  }
  // CPU spent compressing, as a rate over this interval, taken from the host's capacity.
  const coreMhz = world.hosts.coreMhz[h];
  if (dt > 0)
    HM.compressionMhz[h] =
      (HM.compressionMhz[h]) + ((compressedNow / PAGE_MIB) * (HS.compressUsPerPage[h]) * 1e-3 * coreMhz) / dt;
  p.swapLeftMiB = swapBudget;
  return freed;
}
