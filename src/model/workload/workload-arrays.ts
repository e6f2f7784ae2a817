/**
 * Workload parameters of every VM as typed arrays, one kind code per VM. The meaning of the
 * parameter columns p0..p4 depends on the kind (see the constants below).
 */
import type { TraceData } from '../../scenario/scenario.js';

export const WL_CONSTANT = 0; // p0 cpu
export const WL_DIURNAL = 1; // p0 low, p1 high, p2 peak hour, p3 weekend factor, p4 noise std-dev
export const WL_RANDOM_WALK = 2; // p0 start, p1 sigma, p2 min, p3 max; level = current value
export const WL_UNIFORM = 3; // p0 min, p1 max
export const WL_ON_OFF = 4; // p0 on level, p1 off level, p2 mean on ms, p3 mean off ms
export const WL_TRACE = 5; // trace = index into traces

/** Kinds whose level is re-evaluated at every step (in one batched pass), not by events. */
export function isStepped(kind: number): boolean {
  return kind === WL_DIURNAL || kind === WL_RANDOM_WALK || kind === WL_UNIFORM || kind === WL_TRACE;
}

export interface WorkloadArrays {
  readonly kind: Uint8Array;
  readonly p0: Float64Array;
  readonly p1: Float64Array;
  readonly p2: Float64Array;
  readonly p3: Float64Array;
  readonly p4: Float64Array;
  readonly memLow: Float64Array; // active memory fraction (at the trough, for diurnal)
  readonly memHigh: Float64Array; // active memory fraction at the peak
  readonly seed: Uint32Array; // per-VM seed for counter-based draws (phase, on/off periods)
  readonly rng: Int32Array; // per-VM stream state for the per-step draws
  readonly phaseMs: Float64Array; // offset of the VM's step boundaries within a step, [0, step)
  readonly level: Float64Array; // state: random-walk level, on/off: 1 on / 0 off
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

export function createWorkloadArrays(n: number, traces: readonly TraceData[]): WorkloadArrays {
  const trace = new Int32Array(n);
  trace.fill(-1);
  return {
    kind: new Uint8Array(n),
    p0: new Float64Array(n),
    p1: new Float64Array(n),
    p2: new Float64Array(n),
    p3: new Float64Array(n),
    p4: new Float64Array(n),
    memLow: new Float64Array(n),
    memHigh: new Float64Array(n),
    seed: new Uint32Array(n),
    rng: new Int32Array(n),
    phaseMs: new Float64Array(n),
    level: new Float64Array(n),
    trace,
    traceCursor: new Int32Array(n),
    refMhz: new Float64Array(n),
    traces,
  };
}
