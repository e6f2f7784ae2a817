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
  const placed = V.placedMs[v];
  const mean = (x: number): number => (placed > 0 ? x / placed : NaN);
  const want = V.wantInt[v];
  return {
    shared: mean(M.sharedInt[v]),
    balloon: mean(M.balloonInt[v]),
    compressed: mean(M.compressedInt[v]),
    swapped: mean(M.swappedInt[v]),
    swapIn: M.swapInMiB[v],
    swapOut: M.swapOutMiB[v],
    stallPct: want > 0 ? ((M.stallInt[v]) / want) * 100 : 0,
  };
}

/** Per-VM means over the time the VM was placed, in % of its vCPU capacity. */
export function vmMeans(r: Pick<RunOutcome, 'world'>, v: number): { demand: number; granted: number; ready: number } {
  const V = r.world.vms;
  const denom = (V.capMhz[v]) * (V.placedMs[v]);
  if (denom <= 0) return { demand: NaN, granted: NaN, ready: NaN };
  return {
    demand: ((V.wantInt[v]) / denom) * 100,
    granted: ((V.grantedInt[v]) / denom) * 100,
    ready: ((V.readyInt[v]) / denom) * 100,
  };
}
