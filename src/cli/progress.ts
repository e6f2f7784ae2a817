/**
 * A run's progress on a terminal: simulated time and an ETA from the wall clock, on the one
 * progress line (src/output/progress-bar.ts).
 */
import type { CliIo } from '../io.js';
import { ProgressLine } from '../output/progress-bar.js';

export function formatSimTime(ms: number): string {
  const h = ms / 3_600_000;
  if (h >= 48) return `${(h / 24).toFixed(1)}d`;
  if (h >= 1) return `${h.toFixed(1)}h`;
  return `${(ms / 60_000).toFixed(0)}m`;
}

export class ProgressBar {
  private readonly line: ProgressLine;

  constructor(io: CliIo) {
    this.line = new ProgressLine(io);
  }

  update(simMs: number, durationMs: number): void {
    const frac = durationMs > 0 ? simMs / durationMs : 1;
    this.line.draw(frac, simMs >= durationMs, (elapsed) => {
      const eta = frac > 0 ? (elapsed / frac - elapsed) / 1000 : 0;
      return `${(frac * 100).toFixed(0).padStart(3)}%  ${formatSimTime(simMs)}/${formatSimTime(durationMs)} simulated  ETA ${eta.toFixed(0)}s `;
    });
  }

  done(): void {
    this.line.done();
  }
}
