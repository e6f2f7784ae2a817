/**
 * A progress bar for long runs on a terminal: simulated-time progress and an ETA from the wall
 * clock. It stays silent for the first second, so short runs print nothing extra.
 */
import type { CliIo } from '../io.js';

const QUIET_MS = 1000;
const REDRAW_MS = 100;

export function formatSimTime(ms: number): string {
  const h = ms / 3_600_000;
  if (h >= 48) return `${(h / 24).toFixed(1)}d`;
  if (h >= 1) return `${h.toFixed(1)}h`;
  return `${(ms / 60_000).toFixed(0)}m`;
}

export class ProgressBar {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly io: CliIo) {
    this.started = io.wallClock();
  }

  update(simMs: number, durationMs: number): void {
    if (!this.io.isTTY) return;
    const now = this.io.wallClock();
    const elapsed = now - this.started;
    if (elapsed < QUIET_MS || (now - this.lastDraw < REDRAW_MS && simMs < durationMs)) return;
    this.lastDraw = now;
    const frac = durationMs > 0 ? simMs / durationMs : 1;
    const eta = frac > 0 ? (elapsed / frac - elapsed) / 1000 : 0;
    const width = Math.max(10, Math.min(40, this.io.columns - 50));
    const filled = Math.round(frac * width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    this.io.stderr(
      `\r[${bar}] ${(frac * 100).toFixed(0).padStart(3)}%  ${formatSimTime(simMs)}/${formatSimTime(durationMs)} simulated  ETA ${eta.toFixed(0)}s `,
    );
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.io.stderr('\n');
  }
}
