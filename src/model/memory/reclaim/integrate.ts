/**
 * Integrals of the memory amounts (MiB·ms, MHz·ms) of a host and its VMs, accumulated as
 * amount × elapsed just before the amounts change (integrate at change points, STYLE.md).
 */
import type { World } from '../../world.js';
import type { MemoryArrays } from '../memory-arrays.js';

/** Integrate the memory amounts of host h and its VMs vms[0..n) up to t. */
export function integrateMemory(world: World, mem: MemoryArrays, h: number, vms: Int32Array, n: number, t: number): void {
  const HM = mem.host;
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
  const VM = mem.vm;
  const V = world.vms;
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
