/**
 * Builds WorkloadArrays VM by VM, then lays each kind's table out in the order the step schedule
 * visits its VMs: (phase, VM index), the key StepSchedule sorts by. A batch of the schedule is
 * the VMs of one phase in index order, so the VMs of one kind in a batch are consecutive rows of
 * that kind's table: the step pass then walks the parameter columns front to back. With random
 * phases this is what keeps the pass from waiting on memory: in VM order a batch of ~1/300 of the
 * VMs touches one cache line per VM per column.
 */
import type { TraceData } from '../../scenario/scenario.js';
import {
  createKindTables,
  WL_CONSTANT,
  WL_DIURNAL,
  WL_ON_OFF,
  WL_RANDOM_WALK,
  WL_TRACE,
  WL_UNIFORM,
  type WorkloadArrays,
} from './workload-arrays.js';

/** One VM's workload, with the parameters of its kind by name. */
export type WorkloadParams =
  | { readonly kind: typeof WL_CONSTANT; readonly cpu: number }
  | { readonly kind: typeof WL_DIURNAL; readonly low: number; readonly high: number; readonly peakHour: number; readonly weekendFactor: number; readonly noise: number }
  | { readonly kind: typeof WL_RANDOM_WALK; readonly start: number; readonly sigma: number; readonly min: number; readonly max: number }
  | { readonly kind: typeof WL_UNIFORM; readonly min: number; readonly max: number }
  | { readonly kind: typeof WL_ON_OFF; readonly on: number; readonly off: number; readonly meanOnMs: number; readonly meanOffMs: number }
  | { readonly kind: typeof WL_TRACE; readonly trace: number };

const KINDS = 6;

export class WorkloadBuilder {
  private readonly params: Array<WorkloadParams | undefined>;
  readonly memLow: Float64Array;
  readonly memHigh: Float64Array;
  readonly seed: Uint32Array;
  readonly phaseMs: Float64Array;
  readonly refMhz: Float64Array;

  constructor(
    readonly n: number,
    readonly traces: readonly TraceData[],
  ) {
    this.params = new Array<WorkloadParams | undefined>(n);
    this.memLow = new Float64Array(n);
    this.memHigh = new Float64Array(n);
    this.seed = new Uint32Array(n);
    this.phaseMs = new Float64Array(n);
    this.refMhz = new Float64Array(n);
  }

  /** VM v's workload; `seed` also starts its per-step generator. */
  set(v: number, p: WorkloadParams, seed: number, phaseMs: number, memLow: number, memHigh: number): void {
    this.params[v] = p;
    this.seed[v] = seed;
    this.phaseMs[v] = phaseMs;
    this.memLow[v] = memLow;
    this.memHigh[v] = memHigh;
  }

  finish(): WorkloadArrays {
    const { n, params, phaseMs } = this;
    const kind = new Uint8Array(n);
    const count = new Int32Array(KINDS);
    for (let v = 0; v < n; v++) {
      const p = params[v];
      if (p === undefined) throw new Error(`workload of VM ${v} was never set`);
      kind[v] = p.kind;
      count[p.kind]++;
    }
    // Rows in step-schedule order: by phase, then VM index (the sort is stable over 0..n-1).
    const byPhase = Array.from({ length: n }, (_, v) => v).sort((a, b) => (phaseMs[a]) - (phaseMs[b]) || a - b);
    const next = new Int32Array(KINDS);
    const row = new Int32Array(n).fill(-1);
    const trace = new Int32Array(n).fill(-1);
    const t = createKindTables(count);
    for (const v of byPhase) {
      const p = params[v] as WorkloadParams;
      const seed = this.seed[v] | 0;
      if (p.kind === WL_TRACE) {
        trace[v] = p.trace;
        continue;
      }
      const r = next[p.kind]++;
      row[v] = r;
      switch (p.kind) {
        case WL_CONSTANT:
          t.constant.cpu[r] = p.cpu;
          break;
        case WL_DIURNAL:
          t.diurnal.low[r] = p.low;
          t.diurnal.high[r] = p.high;
          t.diurnal.peakHour[r] = p.peakHour;
          t.diurnal.weekendFactor[r] = p.weekendFactor;
          t.diurnal.noise[r] = p.noise;
          t.diurnal.rng[r] = seed;
          break;
        case WL_RANDOM_WALK:
          t.randomWalk.start[r] = p.start;
          t.randomWalk.sigma[r] = p.sigma;
          t.randomWalk.min[r] = p.min;
          t.randomWalk.max[r] = p.max;
          t.randomWalk.rng[r] = seed;
          break;
        case WL_UNIFORM:
          t.uniform.min[r] = p.min;
          t.uniform.max[r] = p.max;
          t.uniform.rng[r] = seed;
          break;
        case WL_ON_OFF:
          t.onOff.on[r] = p.on;
          t.onOff.off[r] = p.off;
          t.onOff.meanOnMs[r] = p.meanOnMs;
          t.onOff.meanOffMs[r] = p.meanOffMs;
          break;
      }
    }
    return {
      kind,
      row,
      ...t,
      memLow: this.memLow,
      memHigh: this.memHigh,
      seed: this.seed,
      phaseMs,
      trace,
      traceCursor: new Int32Array(n),
      refMhz: this.refMhz,
      traces: this.traces,
    };
  }
}
