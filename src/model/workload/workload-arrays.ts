/**
 * Workload parameters of every VM: one kind code per VM and, per kind, a table of that kind's
 * named parameters with one row per VM of the kind (`row[v]` is VM v's row in its kind's table).
 * The tables of the stepped kinds hold their rows in the order the step schedule visits the VMs
 * (phase, then VM index: see step-schedule.ts), so the VMs of a batch of one kind are one
 * contiguous run of rows and the step pass reads each parameter column front to back rather than
 * at scattered VM indices (workload/levels.ts batchLevels). Build the tables with WorkloadBuilder.
 */
import type { TraceData } from '../../scenario/scenario.js';

export const WL_CONSTANT = 0;
export const WL_DIURNAL = 1;
export const WL_RANDOM_WALK = 2;
export const WL_UNIFORM = 3;
export const WL_ON_OFF = 4;
export const WL_TRACE = 5;

/** Kinds whose level is re-evaluated at every step (in one batched pass), not by events. */
export function isStepped(kind: number): boolean {
  return kind === WL_DIURNAL || kind === WL_RANDOM_WALK || kind === WL_UNIFORM || kind === WL_TRACE;
}

/** Indices of the VMs whose kind is stepped, ascending. */
export function steppedVms(kind: Uint8Array): Int32Array {
  const out: number[] = [];
  for (let v = 0; v < kind.length; v++) if (isStepped(kind[v])) out.push(v);
  return Int32Array.from(out);
}

/** A fixed level. */
export interface ConstantTable {
  readonly cpu: Float64Array;
}

/** Raised cosine between `low` and `high` peaking at `peakHour` (UTC), × `weekendFactor` on weekends, × (1 + noise·N(0,1)). */
export interface DiurnalTable {
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly peakHour: Float64Array;
  readonly weekendFactor: Float64Array;
  readonly noise: Float64Array;
  /** Per-row generator state (entity-streams.ts) for the noise draws. */
  readonly rng: Int32Array;
}

/** level ← clamp(level + sigma·N(0,1), min, max) at each step, from `start`. */
export interface RandomWalkTable {
  readonly start: Float64Array;
  readonly sigma: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
  /** State: the walk's current level. */
  readonly level: Float64Array;
  readonly rng: Int32Array;
}

/** A fresh level uniform in [min, max) at each step. */
export interface UniformTable {
  readonly min: Float64Array;
  readonly max: Float64Array;
  readonly rng: Int32Array;
}

/** Bursts: `on` for exponential periods of mean `meanOnMs`, `off` for periods of mean `meanOffMs`. */
export interface OnOffTable {
  readonly on: Float64Array;
  readonly off: Float64Array;
  readonly meanOnMs: Float64Array;
  readonly meanOffMs: Float64Array;
  /** State: 1 while on, 0 while off. */
  readonly isOn: Uint8Array;
}

export interface WorkloadArrays {
  readonly kind: Uint8Array;
  /** VM v's row in the table of its kind (-1 for a trace, whose data is `trace[v]`). */
  readonly row: Int32Array;
  readonly constant: ConstantTable;
  readonly diurnal: DiurnalTable;
  readonly randomWalk: RandomWalkTable;
  readonly uniform: UniformTable;
  readonly onOff: OnOffTable;
  readonly memLow: Float64Array; // active memory fraction (at the trough, for diurnal)
  readonly memHigh: Float64Array; // active memory fraction at the peak
  readonly seed: Uint32Array; // per-VM seed for counter-based draws (phase, on/off periods)
  readonly phaseMs: Float64Array; // offset of the VM's step boundaries within a step, [0, step)
  readonly trace: Int32Array; // index into traces, -1 if none
  readonly traceCursor: Int32Array;
  /**
   * Absolute demand: the MHz a level of 1 stands for (a trace's reference capacity, or the
   * template's vCPUs × its reference MHz per vCPU); 0 = relative demand, a level of 1 being the
   * VM's vCPUs × the core MHz of whichever host it runs on (see workload/demand.ts).
   */
  readonly refMhz: Float64Array;
  readonly traces: readonly TraceData[];
}

const f64 = (n: number): Float64Array => new Float64Array(n);

/** Tables with room for `count[kind]` rows of each kind. */
export function createKindTables(count: ArrayLike<number>): Pick<WorkloadArrays, 'constant' | 'diurnal' | 'randomWalk' | 'uniform' | 'onOff'> {
  const c = (k: number): number => count[k] ?? 0;
  const d = c(WL_DIURNAL);
  const r = c(WL_RANDOM_WALK);
  const u = c(WL_UNIFORM);
  const o = c(WL_ON_OFF);
  return {
    constant: { cpu: f64(c(WL_CONSTANT)) },
    diurnal: { low: f64(d), high: f64(d), peakHour: f64(d), weekendFactor: f64(d), noise: f64(d), rng: new Int32Array(d) },
    randomWalk: { start: f64(r), sigma: f64(r), min: f64(r), max: f64(r), level: f64(r), rng: new Int32Array(r) },
    uniform: { min: f64(u), max: f64(u), rng: new Int32Array(u) },
    onOff: { on: f64(o), off: f64(o), meanOnMs: f64(o), meanOffMs: f64(o), isOn: new Uint8Array(o) },
  };
}
