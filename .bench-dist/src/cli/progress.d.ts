/**
 * A progress bar for long runs on a terminal: simulated-time progress and an ETA from the wall
 * clock. It stays silent for the first second, so short runs print nothing extra.
 */
import type { CliIo } from './io.js';
export declare function formatSimTime(ms: number): string;
export declare class ProgressBar {
    private readonly io;
    private readonly started;
    private lastDraw;
    private drawn;
    constructor(io: CliIo);
    update(simMs: number, durationMs: number): void;
    done(): void;
}
