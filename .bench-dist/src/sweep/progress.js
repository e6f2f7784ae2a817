/**
 * The sweep's progress bar on a terminal: runs done / total, failures and an ETA from the runs
 * finished since this command started (runs taken from a checkpoint do not speed it up). Like
 * the run's bar (src/cli/progress.ts) it is silent off a terminal and for the first second.
 */
const QUIET_MS = 1000;
const REDRAW_MS = 100;
export function formatEta(seconds) {
    if (!Number.isFinite(seconds))
        return '?';
    const s = Math.max(0, Math.round(seconds));
    if (s >= 3600)
        return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
    if (s >= 60)
        return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
    return `${s}s`;
}
export class SweepProgress {
    io;
    total;
    initial;
    enabled;
    started;
    lastDraw = 0;
    drawn = false;
    constructor(io, total, initial, enabled = true) {
        this.io = io;
        this.total = total;
        this.initial = initial;
        this.enabled = enabled;
        this.started = io.wallClock();
    }
    /** `done` includes runs from the checkpoint; `failed` counts runs given up on. */
    update(done, failed) {
        if (!this.enabled || !this.io.isTTY)
            return;
        const now = this.io.wallClock();
        const elapsed = now - this.started;
        const finished = done + failed >= this.total;
        if (elapsed < QUIET_MS || (now - this.lastDraw < REDRAW_MS && !finished))
            return;
        this.lastDraw = now;
        const frac = this.total > 0 ? done / this.total : 1;
        const fresh = done - this.initial;
        const left = this.total - done - failed;
        const eta = fresh > 0 ? (elapsed / fresh) * left / 1000 : NaN;
        const width = Math.max(10, Math.min(40, this.io.columns - 50));
        const filled = Math.round(frac * width);
        this.io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} runs ${(frac * 100).toFixed(0).padStart(3)}%` +
            `  ETA ${formatEta(eta)}${failed > 0 ? `  FAILED ${failed}` : ''} `);
        this.drawn = true;
    }
    done() {
        if (this.drawn)
            this.io.stderr('\n');
        this.drawn = false;
    }
}
//# sourceMappingURL=progress.js.map