/**
 * Integrals of the memory amounts (MiB·ms, MHz·ms) of a host and its VMs, accumulated as
 * amount × elapsed just before the amounts change (integrate at change points, STYLE.md).
 */
import type { World } from '../../world.js';
import type { MemoryArrays } from '../memory-arrays.js';

/** Integrate the memory amounts of host h and its VMs vms[0..n) up to t. */
export function integrateMemory(world: World, mem: MemoryArrays, h: number, vms: Int32Array, n: number, t: number): void {
  const HM = mem.host;
  const dt = t - (HM.memLastT[h]);
  if (dt <= 0) return;
  HM.sharedInt[h] = (HM.sharedInt[h]) + (HM.sharedMiB[h]) * dt;
  HM.balloonInt[h] = (HM.balloonInt[h]) + (HM.balloonMiB[h]) * dt;
  HM.compressedStoredInt[h] = (HM.compressedStoredInt[h]) + (HM.compressedStoredMiB[h]) * dt;
  HM.compressionSavedInt[h] =
    (HM.compressionSavedInt[h]) + ((HM.compressedMiB[h]) - (HM.compressedStoredMiB[h])) * dt;
  HM.swappedInt[h] = (HM.swappedInt[h]) + (HM.swappedMiB[h]) * dt;
  HM.stallInt[h] = (HM.stallInt[h]) + (HM.stallMhz[h]) * dt;
  HM.blockedInt[h] = (HM.blockedInt[h]) + (HM.blockedMiB[h]) * dt;
  HM.memLastT[h] = t;
  const VM = mem.vm;
  const V = world.vms;
  for (let k = 0; k < n; k++) {
    const v = vms[k];
    const d = t - (VM.memLastT[v]);
    if (d <= 0) continue;
    VM.sharedInt[v] = (VM.sharedInt[v]) + (VM.sharedMiB[v]) * d;
    VM.balloonInt[v] = (VM.balloonInt[v]) + (VM.balloonMiB[v]) * d;
    VM.compressedInt[v] = (VM.compressedInt[v]) + (VM.compressedMiB[v]) * d;
    VM.swappedInt[v] = (VM.swappedInt[v]) + (VM.swappedMiB[v]) * d;
    VM.stallInt[v] = (VM.stallInt[v]) + (VM.stall[v]) * (V.wantMhz[v]) * d;
    VM.memLastT[v] = t;
  }
}
