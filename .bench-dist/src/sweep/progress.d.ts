/**
 * The sweep's progress bar on a terminal: runs done / total, failures and an ETA from the runs
 * finished since this command started (runs taken from a checkpoint do not speed it up). Like
 * the run's bar (src/cli/progress.ts) it is silent off a terminal and for the first second.
 */
export interface ProgressIo {
    readonly stderr: (text: string) => void;
    readonly wallClock: () => number;
    readonly isTTY: boolean;
    readonly columns: number;
}
export declare function formatEta(seconds: number): string;
export declare class SweepProgress {
    private readonly io;
    private readonly total;
    private readonly initial;
    private readonly enabled;
    private readonly started;
    private lastDraw;
    private drawn;
    constructor(io: ProgressIo, total: number, initial: number, enabled?: boolean);
    /** `done` includes runs from the checkpoint; `failed` counts runs given up on. */
    update(done: number, failed: number): void;
    done(): void;
}
