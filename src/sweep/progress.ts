/**
 * The sweep's progress on a terminal: runs done / total, failures and an ETA from the runs
 * finished since this command started (runs taken from a checkpoint do not speed it up), on the
 * one progress line (src/output/progress-bar.ts).
 */
import { ProgressLine, type ProgressIo } from '../output/progress-bar.js';

export type { ProgressIo } from '../output/progress-bar.js';

export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

export class SweepProgress {
  private readonly line: ProgressLine;

  constructor(
    io: ProgressIo,
    private readonly total: number,
    private readonly initial: number,
    enabled = true,
  ) {
    this.line = new ProgressLine(io, enabled);
  }

  /** `done` includes runs from the checkpoint; `failed` counts runs given up on. */
  update(done: number, failed: number): void {
    const frac = this.total > 0 ? done / this.total : 1;
    this.line.draw(frac, done + failed >= this.total, (elapsed) => {
      const fresh = done - this.initial;
      const left = this.total - done - failed;
      const eta = fresh > 0 ? (elapsed / fresh) * left / 1000 : NaN;
      return `${done}/${this.total} runs ${(frac * 100).toFixed(0).padStart(3)}%` + `  ETA ${formatEta(eta)}${failed > 0 ? `  FAILED ${failed}` : ''} `;
    });
  }

  done(): void {
    this.line.done();
  }
}
