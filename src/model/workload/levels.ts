/**
 * Workload levels: CPU demand as a fraction of a VM's vCPU capacity and active memory as a
 * fraction of its configured memory, for the VM's step `counter` (0 for the level at the start,
 * then one more at each of the VM's step boundaries). Each VM draws from its own stream
 * (workload.rng), once per evaluation that needs a draw, so its numbers depend only on its own
 * seed and step, never on the order in which VMs are evaluated or on which other VMs exist.
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
 * active-memory fraction into `mem[i]`. Stateful kinds (random walk) advance `w.level[i]`, so
 * each counter must be evaluated once, in increasing order. Kept small (the kinds with long
 * bodies are functions of their own) so that the step pass can inline it.
 */
export function steppedLevel(
  w: WorkloadArrays,
  i: number,
  counter: number,
  tMs: number,
  startEpochMs: number,
  mem: Float64Array,
): number {
  const kind = w.kind[i];
  if (kind === WL_RANDOM_WALK) {
    mem[i] = w.memLow[i];
    if (counter === 0) return (w.level[i] = w.p0[i]);
    const x = (w.level[i]) + (w.p1[i]) * fastNormal(nextUniform(w.rng, i));
    const lo = w.p2[i];
    const hi = w.p3[i];
    return (w.level[i] = x < lo ? lo : x > hi ? hi : x);
  }
  if (kind === WL_UNIFORM) {
    mem[i] = w.memLow[i];
    const lo = w.p0[i];
    return lo + ((w.p1[i]) - lo) * nextUniform(w.rng, i);
  }
  if (kind === WL_DIURNAL) return diurnalLevel(w, i, tMs, startEpochMs, mem);
  if (kind === WL_TRACE) return traceLevel(w, i, tMs, mem);
  mem[i] = w.memLow[i];
  if (kind === WL_CONSTANT) return w.p0[i];
  if (kind === WL_ON_OFF) return (w.level[i]) > 0 ? (w.p0[i]) : (w.p1[i]);
  throw new Error(`unknown workload kind ${kind}`);
}

/**
 * Levels of one batch of the step schedule, VMs order[start, end) at step `counter`, into
 * out[0, end - start); active-memory fractions into `mem` as steppedLevel does. `kind` is the
 * workload kind every VM of the batch shares, or -1 when the batch mixes kinds.
 * Shaped for the step pass, which runs once per VM-step: a batch of one kind (the usual case: a
 * scenario's VM groups rarely mix kinds within a phase) runs a loop with no kind dispatch that
 * reads only that kind's columns; the levels are computed before any is applied, so this loop
 * touches the workload columns alone and the apply loop the VM and host columns alone. For
 * uniform and random-walk VMs the memory fraction is the constant memLow, set at counter 0 and
 * never written again (memLow does not change after the build), so these loops skip it.
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
): void {
  if (kind === WL_UNIFORM && counter > 0) {
    const { p0, p1, rng } = w;
    for (let j = start; j < end; j++) {
      const i = order[j];
      const lo = p0[i];
      out[j - start] = lo + ((p1[i]) - lo) * nextUniform(rng, i);
    }
  } else if (kind === WL_RANDOM_WALK && counter > 0) {
    const { level, p1, p2, p3, rng } = w;
    for (let j = start; j < end; j++) {
      const i = order[j];
      const x = (level[i]) + (p1[i]) * fastNormal(nextUniform(rng, i));
      const lo = p2[i];
      const hi = p3[i];
      out[j - start] = level[i] = x < lo ? lo : x > hi ? hi : x;
    }
  } else {
    for (let j = start; j < end; j++) out[j - start] = steppedLevel(w, order[j], counter, tMs, startEpochMs, mem);
  }
}

function diurnalLevel(w: WorkloadArrays, i: number, tMs: number, startEpochMs: number, mem: Float64Array): number {
  const epoch = startEpochMs + (tMs > 0 ? tMs : 0);
  const shape = diurnalShape(epoch, w.p2[i]);
  const low = w.p0[i];
  let level = low + ((w.p1[i]) - low) * shape;
  if (isWeekend(epoch)) level *= w.p3[i];
  const noise = w.p4[i];
  if (noise > 0) level *= 1 + noise * fastNormal(nextUniform(w.rng, i));
  const ml = w.memLow[i];
  mem[i] = ml + ((w.memHigh[i]) - ml) * shape;
  return clamp(level, 0, 1);
}

function traceLevel(w: WorkloadArrays, i: number, tMs: number, mem: Float64Array): number {
  const trace = w.traces[w.trace[i]];
  if (trace === undefined) throw new Error(`VM ${i} has no trace`);
  const k = traceIndex(trace.timesMs, tMs > 0 ? tMs : 0, w.traceCursor[i]);
  w.traceCursor[i] = k;
  mem[i] = trace.memActive !== null ? (trace.memActive[k]) : (w.memLow[i]);
  return trace.cpu[k];
}
