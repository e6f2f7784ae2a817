/**
 * Workload levels: CPU demand as a fraction of a VM's vCPU capacity and active memory as a
 * fraction of its configured memory, for the VM's step `counter` (0 for the level at the start,
 * then one more at each of the VM's step boundaries). Each VM draws from its own stream
 * (its row's `rng` in its kind's table), once per evaluation that needs a draw, so its numbers depend only on its own
 * seed and step, never on the order in which VMs are evaluated or on which other VMs exist.
 * Parameters and state are read from the VM's row of its kind's table (workload-arrays.ts).
 */
import { fastNormal, nextUniform } from '../../engine/index.js';
import {
  WL_CONSTANT,
  WL_DIURNAL,
  WL_ON_OFF,
  WL_RANDOM_WALK,
  WL_TRACE,
  WL_UNIFORM,
  type WorkloadArrays,
} from './workload-arrays.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** 0 at the trough, 1 at the peak hour: a raised cosine over the day (UTC hours of the epoch). */
export function diurnalShape(epochMs: number, peakHour: number): number {
  const hour = (epochMs % DAY_MS) / HOUR_MS;
  return (1 + Math.cos((2 * Math.PI * (hour - peakHour)) / 24)) / 2;
}

/** Saturday or Sunday (UTC). 1970-01-01 was a Thursday. */
export function isWeekend(epochMs: number): boolean {
  const dow = (((Math.floor(epochMs / DAY_MS) + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}

/** Index of the trace sample in force at `tMs`; traces shorter than the run repeat from their start. */
export function traceIndex(times: Float64Array, tMs: number, hint: number): number {
  const n = times.length;
  const last = times[n - 1];
  const period = n > 1 ? last + (last - (times[n - 2])) : last + 1;
  const t = tMs >= period ? tMs % period : tMs;
  let i = hint >= 0 && hint < n && (times[hint]) <= t ? hint : 0;
  while (i + 1 < n && (times[i + 1]) <= t) i++;
  return i;
}

/**
 * CPU level of VM `i` for step `counter` starting at `tMs` (ms from the run start); writes the
 * active-memory fraction into `mem[at]` (the model keeps it by the VM's slot: world.ts
 * VmArrays.slot). Stateful kinds (random walk) advance their state, so each counter must be
 * evaluated once, in increasing order. Kept small (the kinds with long bodies are functions of
 * their own) so that the step pass can inline it.
 */
export function steppedLevel(
  w: WorkloadArrays,
  i: number,
  counter: number,
  tMs: number,
  startEpochMs: number,
  mem: Float64Array,
  at = i,
): number {
  const kind = w.kind[i];
  const r = w.row[i];
  if (kind === WL_RANDOM_WALK) {
    const rw = w.randomWalk;
    mem[at] = w.memLow[i];
    if (counter === 0) return (rw.level[r] = rw.start[r]);
    const x = (rw.level[r]) + (rw.sigma[r]) * fastNormal(nextUniform(rw.rng, r));
    const lo = rw.min[r];
    const hi = rw.max[r];
    return (rw.level[r] = x < lo ? lo : x > hi ? hi : x);
  }
  if (kind === WL_UNIFORM) {
    const u = w.uniform;
    mem[at] = w.memLow[i];
    const lo = u.min[r];
    return lo + ((u.max[r]) - lo) * nextUniform(u.rng, r);
  }
  if (kind === WL_DIURNAL) return diurnalLevel(w, i, tMs, startEpochMs, mem, at);
  if (kind === WL_TRACE) return traceLevel(w, i, tMs, mem, at);
  mem[at] = w.memLow[i];
  if (kind === WL_CONSTANT) return w.constant.cpu[r];
  if (kind === WL_ON_OFF) return (w.onOff.isOn[r]) !== 0 ? (w.onOff.on[r]) : (w.onOff.off[r]);
  throw new Error(`unknown workload kind ${kind}`);
}

/**
 * Levels of one run of the step schedule, VMs order[start, end) at step `counter`, into
 * out[at, at + end - start); active-memory fractions into mem[start, end), by position in
 * `order` (the step schedule's order is by slot, as the model keeps them). `kind` is the
 * workload kind every VM of the run shares, and their rows of its table are consecutive
 * (datacenter.ts splits each batch into such runs), or -1 for VMs of any kinds and rows.
 * Shaped for the step pass, which runs once per VM-step: a run of one kind runs a loop with no
 * kind dispatch over that kind's rows (workload-builder.ts lays the tables out in schedule
 * order), so it streams through the kind's columns and never touches a VM-indexed array. The
 * levels are computed before any is applied, so this loop touches the workload columns alone
 * and the apply loop the VM and host columns alone. For uniform and random-walk VMs the memory
 * fraction is the constant memLow, set at counter 0 and never written again (memLow does not
 * change after the build), so these loops skip it.
 */
export function batchLevels(
  w: WorkloadArrays,
  kind: number,
  order: Int32Array,
  start: number,
  end: number,
  counter: number,
  tMs: number,
  startEpochMs: number,
  mem: Float64Array,
  out: Float64Array,
  at = 0,
): void {
  const n = end - start;
  if (kind === WL_UNIFORM && counter > 0) {
    const { min, max, rng } = w.uniform;
    const r0 = w.row[order[start]];
    for (let k = 0; k < n; k++) {
      const r = r0 + k;
      const lo = min[r];
      out[at + k] = lo + ((max[r]) - lo) * nextUniform(rng, r);
    }
  } else if (kind === WL_RANDOM_WALK && counter > 0) {
    const { level, sigma, min, max, rng } = w.randomWalk;
    const r0 = w.row[order[start]];
    for (let k = 0; k < n; k++) {
      const r = r0 + k;
      const x = (level[r]) + (sigma[r]) * fastNormal(nextUniform(rng, r));
      const lo = min[r];
      const hi = max[r];
      out[at + k] = level[r] = x < lo ? lo : x > hi ? hi : x;
    }
  } else if (kind === WL_DIURNAL) {
    // One instant for the run: the weekend test once, and the day's shape once per peak hour
    // (a group's VMs share it), the same numbers diurnalLevel computes VM by VM.
    const epoch = startEpochMs + (tMs > 0 ? tMs : 0);
    const weekend = isWeekend(epoch);
    const peakHour = w.diurnal.peakHour;
    const r0 = w.row[order[start]];
    let peak = NaN;
    let shape = 0;
    for (let k = 0; k < n; k++) {
      const r = r0 + k;
      if (peakHour[r] !== peak) {
        peak = peakHour[r];
        shape = diurnalShape(epoch, peak);
      }
      out[at + k] = diurnalAt(w, order[start + k], r, shape, weekend, mem, start + k);
    }
  } else {
    for (let j = start; j < end; j++) out[at + j - start] = steppedLevel(w, order[j], counter, tMs, startEpochMs, mem, j);
  }
}

function diurnalLevel(w: WorkloadArrays, i: number, tMs: number, startEpochMs: number, mem: Float64Array, at: number): number {
  const epoch = startEpochMs + (tMs > 0 ? tMs : 0);
  const r = w.row[i];
  return diurnalAt(w, i, r, diurnalShape(epoch, w.diurnal.peakHour[r]), isWeekend(epoch), mem, at);
}

/** Diurnal level of VM i (row r of the diurnal table) where the day's shape at its peak hour is `shape`; its memory fraction to mem[at]. */
function diurnalAt(w: WorkloadArrays, i: number, r: number, shape: number, weekend: boolean, mem: Float64Array, at: number): number {
  const d = w.diurnal;
  const low = d.low[r];
  let level = low + ((d.high[r]) - low) * shape;
  if (weekend) level *= d.weekendFactor[r];
  const noise = d.noise[r];
  if (noise > 0) level *= 1 + noise * fastNormal(nextUniform(d.rng, r));
  const ml = w.memLow[i];
  mem[at] = ml + ((w.memHigh[i]) - ml) * shape;
  return clamp(level, 0, 1);
}

function traceLevel(w: WorkloadArrays, i: number, tMs: number, mem: Float64Array, at: number): number {
  const trace = w.traces[w.trace[i]];
  if (trace === undefined) throw new Error(`VM ${i} has no trace`);
  const k = traceIndex(trace.timesMs, tMs > 0 ? tMs : 0, w.traceCursor[i]);
  w.traceCursor[i] = k;
  mem[at] = trace.memActive !== null ? (trace.memActive[k]) : (w.memLow[i]);
  return trace.cpu[k];
}
