import { type WorkloadArrays } from './workload-arrays.js';
/** 0 at the trough, 1 at the peak hour: a raised cosine over the day (UTC hours of the epoch). */
export declare function diurnalShape(epochMs: number, peakHour: number): number;
/** Saturday or Sunday (UTC). 1970-01-01 was a Thursday. */
export declare function isWeekend(epochMs: number): boolean;
/** Index of the trace sample in force at `tMs`; traces shorter than the run repeat from their start. */
export declare function traceIndex(times: Float64Array, tMs: number, hint: number): number;
/**
 * CPU level of VM `i` for step `counter` starting at `tMs` (ms from the run start); writes the
 * active-memory fraction into `mem[i]`. Stateful kinds (random walk) advance `w.level[i]`, so
 * each counter must be evaluated once, in increasing order. Kept small (the kinds with long
 * bodies are functions of their own) so that the step pass can inline it.
 */
export declare function steppedLevel(w: WorkloadArrays, i: number, counter: number, tMs: number, startEpochMs: number, mem: Float64Array): number;
