export const WL_CONSTANT = 0; // p0 cpu
export const WL_DIURNAL = 1; // p0 low, p1 high, p2 peak hour, p3 weekend factor, p4 noise std-dev
export const WL_RANDOM_WALK = 2; // p0 start, p1 sigma, p2 min, p3 max; level = current value
export const WL_UNIFORM = 3; // p0 min, p1 max
export const WL_ON_OFF = 4; // p0 on level, p1 off level, p2 mean on ms, p3 mean off ms
export const WL_TRACE = 5; // trace = index into traces
/** Kinds whose level is re-evaluated at every step (in one batched pass), not by events. */
export function isStepped(kind) {
    return kind === WL_DIURNAL || kind === WL_RANDOM_WALK || kind === WL_UNIFORM || kind === WL_TRACE;
}
export function createWorkloadArrays(n, traces) {
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
//# sourceMappingURL=workload-arrays.js.map