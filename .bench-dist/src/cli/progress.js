const QUIET_MS = 1000;
const REDRAW_MS = 100;
export function formatSimTime(ms) {
    const h = ms / 3_600_000;
    if (h >= 48)
        return `${(h / 24).toFixed(1)}d`;
    if (h >= 1)
        return `${h.toFixed(1)}h`;
    return `${(ms / 60_000).toFixed(0)}m`;
}
export class ProgressBar {
    io;
    started;
    lastDraw = 0;
    drawn = false;
    constructor(io) {
        this.io = io;
        this.started = io.wallClock();
    }
    update(simMs, durationMs) {
        if (!this.io.isTTY)
            return;
        const now = this.io.wallClock();
        const elapsed = now - this.started;
        if (elapsed < QUIET_MS || (now - this.lastDraw < REDRAW_MS && simMs < durationMs))
            return;
        this.lastDraw = now;
        const frac = durationMs > 0 ? simMs / durationMs : 1;
        const eta = frac > 0 ? (elapsed / frac - elapsed) / 1000 : 0;
        const width = Math.max(10, Math.min(40, this.io.columns - 50));
        const filled = Math.round(frac * width);
        const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
        this.io.stderr(`\r[${bar}] ${(frac * 100).toFixed(0).padStart(3)}%  ${formatSimTime(simMs)}/${formatSimTime(durationMs)} simulated  ETA ${eta.toFixed(0)}s `);
        this.drawn = true;
    }
    done() {
        if (this.drawn)
            this.io.stderr('\n');
    }
}
//# sourceMappingURL=progress.js.map