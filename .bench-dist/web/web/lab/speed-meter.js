/**
 * The speed readout: simulated time per wall time over the last seconds of play, from the
 * states the worker sends.
 */
const WINDOW_MS = 3000;
export class SpeedMeter {
    constructor() {
        /** (wall ms, simulated ms), oldest first. */
        this.samples = [];
    }
    reset() {
        this.samples.length = 0;
    }
    add(wallMs, simMs) {
        this.samples.push([wallMs, simMs]);
        while (this.samples.length > 2 && this.samples[0][0] < wallMs - WINDOW_MS)
            this.samples.shift();
    }
    /** Simulated ms per wall ms (0 before two samples). */
    rate() {
        const first = this.samples[0];
        const last = this.samples[this.samples.length - 1];
        return first && last && last[0] > first[0] ? (last[1] - first[1]) / (last[0] - first[0]) : 0;
    }
}
/**
 * Redraw only when the last redraw's cost allows it: at most about a third of the page's time
 * goes to drawing, so a big cluster (thousands of VMs) updates a few times a second instead of
 * every frame and leaves the CPU to the simulator.
 */
export class DrawBudget {
    constructor() {
        this.drawnAt = 0;
        this.lastMs = 0;
    }
    due(now) {
        return now - this.drawnAt >= 2 * this.lastMs;
    }
    drew(started, ended) {
        this.drawnAt = started;
        this.lastMs = ended - started;
    }
}
