/**
 * The demand CSV of one replayed VM: CPU used + run-queue wait (what it would have used
 * uncontended) per grid cell, as % of its vCPUs (cpu_pct, cores of the traced host) or, for a
 * source in absolute units (VmTrace.cpuRefMhz, GWA-T-12), in MHz (cpu_mhz, not capped: the
 * simulated host caps it at its own vCPU capacity), and the memory its guest used. Cells without
 * a CPU sample are a VM not running (demand 0), except a short hole a counter reset left, which
 * holds the previous level; cells an operator action powered it off are 0 (operator-events.ts).
 */
import { resampleGauge, resampleRate, type Grid } from '../resample.js';
import type { VmTrace } from '../trace.js';
import type { VmShape } from './operator-events.js';

/** Active memory of a VM whose guest does not report it: the scenario default (25 %). */
export const DEFAULT_ACTIVE_PCT = 25;

/** Longest run of cells without a CPU rate, between two with one, that is a hole (a counter reset) rather than the VM not running. */
export const MAX_HOLE_CELLS = 2;

/**
 * Cells without a CPU rate: a short run between cells that have one (an interval left out for a
 * counter reset) takes the previous value; anything else is a VM not running, demand 0.
 */
function fillShortHoles(d: Float64Array): void {
  let k = 0;
  while (k < d.length) {
    if (Number.isFinite(d[k])) {
      k++;
      continue;
    }
    let end = k;
    while (end < d.length && !Number.isFinite(d[end])) end++;
    const hole = k > 0 && end < d.length && end - k <= MAX_HOLE_CELLS;
    for (let i = k; i < end; i++) d[i] = hole ? (d[k - 1]) : 0;
    k = end;
  }
}

/**
 * The demand CSV of one VM, its demand per cell, and the first and last cells with a CPU sample
 * (-1: none). `shape`: its vCPUs per cell and the cells it is powered off, from operator actions.
 */
export function demandCsv(v: VmTrace, vcpus: number, memMiB: number, g: Grid, shape?: VmShape): { text: string; demand: Float64Array; firstCell: number; lastCell: number } {
  const used = resampleRate(v.cpuCores, g);
  const steal = v.stealCores.v.length > 0 ? resampleRate(v.stealCores, g) : null;
  const mem = v.guestUsedMiB.v.length > 0 ? resampleGauge(v.guestUsedMiB, g) : null;
  const demand = new Float64Array(g.cells);
  const ref = v.cpuRefMhz;
  for (let k = 0; k < g.cells; k++) {
    const u = used[k];
    const w = steal ? (steal[k]) : 0;
    const cores = Math.max(0, (u + (Number.isFinite(w) ? w : 0)) / (shape ? (shape.vcpus[k]) : vcpus));
    demand[k] = Number.isFinite(u) ? (ref === null ? Math.min(1, cores) : cores) : NaN;
  }
  const firstCell = demand.findIndex((x) => Number.isFinite(x));
  const lastCell = demand.findLastIndex((x) => Number.isFinite(x));
  if (shape) for (let k = 0; k < g.cells; k++) if (shape.off[k] === 1) demand[k] = 0;
  fillShortHoles(demand);
  const rows = [ref === null ? 'time_s,cpu_pct,mem_active_pct' : 'time_s,cpu_mhz,mem_active_pct'];
  let lastMem = DEFAULT_ACTIVE_PCT;
  for (let k = 0; k < g.cells; k++) {
    const frac = demand[k];
    const m = mem ? (mem[k]) : NaN;
    if (Number.isFinite(m)) lastMem = Math.min(100, Math.max(0, (m / memMiB) * 100));
    const cpu = ref === null ? (frac * 100).toFixed(4) : (frac * (shape ? (shape.vcpus[k]) : vcpus) * ref).toFixed(6);
    rows.push(`${(k * g.stepMs) / 1000},${cpu},${lastMem.toFixed(4)}`);
  }
  return { text: `${rows.join('\n')}\n`, demand, firstCell, lastCell };
}
