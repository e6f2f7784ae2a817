/**
 * The one progress bar of the command line (a run's simulated time, a sweep's runs): drawn on
 * stderr with `\r`, only on a terminal, silent for the first second so that short commands
 * print nothing extra, and redrawn at most every 100 ms but for the last step.
 */

/** What the bar takes from the process (a subset of the command io). */
export interface ProgressIo {
  readonly stderr: (text: string) => void;
  readonly wallClock: () => number;
  readonly isTTY: boolean;
  readonly columns: number;
}

const QUIET_MS = 1000;
const REDRAW_MS = 100;

export class ProgressLine {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly io: ProgressIo,
    private readonly enabled = true,
  ) {
    this.started = io.wallClock();
  }

  /**
   * Draws `[####....] ` then `text(elapsedMs)` for the fraction done; `final` (the last step)
   * draws even within the redraw interval.
   */
  draw(frac: number, final: boolean, text: (elapsedMs: number) => string): void {
    if (!this.enabled || !this.io.isTTY) return;
    const now = this.io.wallClock();
    const elapsed = now - this.started;
    if (elapsed < QUIET_MS || (now - this.lastDraw < REDRAW_MS && !final)) return;
    this.lastDraw = now;
    const width = Math.max(10, Math.min(40, this.io.columns - 50));
    const filled = Math.round(frac * width);
    this.io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${text(elapsed)}`);
    this.drawn = true;
  }

  /** Ends the line if anything was drawn. */
  done(): void {
    if (this.drawn) this.io.stderr('\n');
    this.drawn = false;
  }
}
