/**
 * Per-VM figures over the run (means from the integrals over the time each VM was placed), read
 * by vms.csv and by report.json's VM list. No CSV here, so the report builder runs in the lab's
 * browser bundle too.
 */
import type { RunOutcome } from '../metrics/run-outcome.js';

/** Per-VM memory reclamation means over the time placed (MiB) and stall as % of demand. */
export function vmMemory(r: Pick<RunOutcome, 'world' | 'vmMemory'>, v: number): {
  shared: number;
  balloon: number;
  compressed: number;
  swapped: number;
  swapIn: number;
  swapOut: number;
  stallPct: number;
} {
  const V = r.world.vms;
  const M = r.vmMemory;
  const placed = V.placedMs[v] as number;
  const mean = (x: number): number => (placed > 0 ? x / placed : NaN);
  const want = V.wantInt[v] as number;
  return {
    shared: mean(M.sharedInt[v] as number),
    balloon: mean(M.balloonInt[v] as number),
    compressed: mean(M.compressedInt[v] as number),
    swapped: mean(M.swappedInt[v] as number),
    swapIn: M.swapInMiB[v] as number,
    swapOut: M.swapOutMiB[v] as number,
    stallPct: want > 0 ? ((M.stallInt[v] as number) / want) * 100 : 0,
  };
}

/** Per-VM means over the time the VM was placed, in % of its vCPU capacity. */
export function vmMeans(r: Pick<RunOutcome, 'world'>, v: number): { demand: number; granted: number; ready: number } {
  const V = r.world.vms;
  const denom = (V.capMhz[v] as number) * (V.placedMs[v] as number);
  if (denom <= 0) return { demand: NaN, granted: NaN, ready: NaN };
  return {
    demand: ((V.wantInt[v] as number) / denom) * 100,
    granted: ((V.grantedInt[v] as number) / denom) * 100,
    ready: ((V.readyInt[v] as number) / denom) * 100,
  };
}
