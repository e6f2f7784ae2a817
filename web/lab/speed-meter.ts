/**
 * The speed readout: simulated time per wall time over the last seconds of play, from the
 * states the worker sends.
 */
const WINDOW_MS = 3000;

export class SpeedMeter {
  /** (wall ms, simulated ms), oldest first. */
  private readonly samples: [number, number][] = [];

  reset(): void {
    this.samples.length = 0;
  }

  add(wallMs: number, simMs: number): void {
    this.samples.push([wallMs, simMs]);
    while (this.samples.length > 2 && (this.samples[0] as [number, number])[0] < wallMs - WINDOW_MS) this.samples.shift();
  }

  /** Simulated ms per wall ms (0 before two samples). */
  rate(): number {
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
  private drawnAt = 0;
  lastMs = 0;

  due(now: number): boolean {
    return now - this.drawnAt >= 2 * this.lastMs;
  }

  drew(started: number, ended: number): void {
    this.drawnAt = started;
    this.lastMs = ended - started;
  }
}
