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
  const compressOn = esxi ? (HS.compression[h] as number) === 1 : (HS.zswap[h] as number) === 1;
  const ratio = esxi ? ESXI_COMPRESSION_RATIO : (HS.zswapRatio[h] as number);
  let poolRoom = esxi ? Infinity : (HS.zswapPoolFrac[h] as number) * (world.hosts.memoryMiB[h] as number) - (HM.compressedStoredMiB[h] as number);
  let swapBudget = p.swapLeftMiB;
  taxWeights(p);
  // Pages to take per MiB freed, if each VM's compressible share is compressed.
  for (let j = 0; j < n; j++) scratch.caps[j] = availableMiB(p, vms[j] as number);
  let compressible = 0;
  for (let j = 0; j < n; j++) compressible += VS.compressibleFrac[vms[j] as number] as number;
  const avgCompressible = compressOn && n > 0 ? compressible / n : 0;
  const perFreed = avgCompressible * (1 - 1 / ratio) + (1 - avgCompressible);
  distribute(need / perFreed, n, scratch.weights, scratch.caps, scratch.out);
  let freed = 0;
  let compressedNow = 0;
  for (let j = 0; j < n; j++) {
    const v = vms[j] as number;
    const take = scratch.out[j] as number;
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
  // CPU spent compressing, as a rate over this interval, taken from the host's capacity.
  const coreMhz = world.hosts.coreMhz[h] as number;
  if (dt > 0)
    HM.compressionMhz[h] =
      (HM.compressionMhz[h] as number) + ((compressedNow / PAGE_MIB) * (HS.compressUsPerPage[h] as number) * 1e-3 * coreMhz) / dt;
  p.swapLeftMiB = swapBudget;
  return freed;
}
