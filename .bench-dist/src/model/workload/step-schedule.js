/**
 * When stepped workloads change. VM i changes at φᵢ + k·step (k ≥ 0, φᵢ in [0, step)); the
 * level in force at the start is its counter 0. VMs are kept sorted by phase, so one event walks
 * through them in time order, and all VMs that share a phase (all of them, when phases are
 * aligned) change together in one batch: one event per distinct change time, not per VM.
 */
export class StepSchedule {
    stepMs;
    /** Stepped VM indices sorted by (phase, index). */
    order;
    phases;
    cursor = 0;
    round = 0;
    /** Batch for the current position, set by `advance`: order[batchStart, batchEnd). */
    batchStart = 0;
    batchEnd = 0;
    constructor(vms, phaseMs, stepMs) {
        this.stepMs = stepMs;
        const sorted = Array.from(vms).sort((a, b) => phaseMs[a] - phaseMs[b] || a - b);
        this.order = Int32Array.from(sorted);
        this.phases = Float64Array.from(sorted, (i) => phaseMs[i]);
        // Phase-0 VMs have their round-0 boundary at t = 0: that is the initial level, not a change.
        let c = 0;
        while (c < this.phases.length && this.phases[c] === 0)
            c++;
        if (c === this.phases.length) {
            this.cursor = 0;
            this.round = 1;
        }
        else {
            this.cursor = c;
        }
    }
    get empty() {
        return this.order.length === 0;
    }
    /** Time of the next batch. */
    nextTime() {
        return this.round * this.stepMs + this.phases[this.cursor];
    }
    /** Step counter of the VMs in the next batch (see workload/levels.ts). */
    nextCounter() {
        return this.phases[this.cursor] === 0 ? this.round : this.round + 1;
    }
    /** Select the next batch (VMs sharing the cursor's phase) and move past it. */
    advance() {
        const phase = this.phases[this.cursor];
        const start = this.cursor;
        let end = start + 1;
        while (end < this.phases.length && this.phases[end] === phase)
            end++;
        this.batchStart = start;
        this.batchEnd = end;
        if (end === this.phases.length) {
            this.cursor = 0;
            this.round++;
        }
        else {
            this.cursor = end;
        }
    }
    snapshot() {
        return { cursor: this.cursor, round: this.round };
    }
}
//# sourceMappingURL=step-schedule.js.map