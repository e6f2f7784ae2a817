/**
 * When stepped workloads change. VM i changes at φᵢ + k·step (k ≥ 0, φᵢ in [0, step)); the
 * level in force at the start is its counter 0. VMs are kept sorted by phase, so one event walks
 * through them in time order, and all VMs that share a phase (all of them, when phases are
 * aligned) change together in one batch: one event per distinct change time, not per VM.
 */
export declare class StepSchedule {
    readonly stepMs: number;
    /** Stepped VM indices sorted by (phase, index). */
    readonly order: Int32Array;
    private readonly phases;
    private cursor;
    private round;
    /** Batch for the current position, set by `advance`: order[batchStart, batchEnd). */
    batchStart: number;
    batchEnd: number;
    constructor(vms: Int32Array, phaseMs: Float64Array, stepMs: number);
    get empty(): boolean;
    /** Time of the next batch. */
    nextTime(): number;
    /** Step counter of the VMs in the next batch (see workload/levels.ts). */
    nextCounter(): number;
    /** Select the next batch (VMs sharing the cursor's phase) and move past it. */
    advance(): void;
    snapshot(): {
        cursor: number;
        round: number;
    };
}
