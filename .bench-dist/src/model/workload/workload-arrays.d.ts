/**
 * Workload parameters of every VM as typed arrays, one kind code per VM. The meaning of the
 * parameter columns p0..p4 depends on the kind (see the constants below).
 */
import type { TraceData } from '../../scenario/scenario.js';
export declare const WL_CONSTANT = 0;
export declare const WL_DIURNAL = 1;
export declare const WL_RANDOM_WALK = 2;
export declare const WL_UNIFORM = 3;
export declare const WL_ON_OFF = 4;
export declare const WL_TRACE = 5;
/** Kinds whose level is re-evaluated at every step (in one batched pass), not by events. */
export declare function isStepped(kind: number): boolean;
export interface WorkloadArrays {
    readonly kind: Uint8Array;
    readonly p0: Float64Array;
    readonly p1: Float64Array;
    readonly p2: Float64Array;
    readonly p3: Float64Array;
    readonly p4: Float64Array;
    readonly memLow: Float64Array;
    readonly memHigh: Float64Array;
    readonly seed: Uint32Array;
    readonly rng: Int32Array;
    readonly phaseMs: Float64Array;
    readonly level: Float64Array;
    readonly trace: Int32Array;
    readonly traceCursor: Int32Array;
    /**
     * Absolute demand: the MHz a level of 1 stands for (a trace's reference capacity, or the
     * template's vCPUs × its reference MHz per vCPU); 0 = relative demand, a level of 1 being the
     * VM's vCPUs × the core MHz of whichever host it runs on (see workload/demand.ts).
     */
    readonly refMhz: Float64Array;
    readonly traces: readonly TraceData[];
}
export declare function createWorkloadArrays(n: number, traces: readonly TraceData[]): WorkloadArrays;
