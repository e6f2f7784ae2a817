/**
 * Everything the CLI takes from the process, injected so that commands run in-process in
 * tests: output streams, the wall clock, the working folder and whether stderr is a terminal.
 */
export interface CliIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly wallClock: () => number;
    readonly cwd: string;
    readonly isTTY: boolean;
    /** Terminal width for the progress bar. */
    readonly columns: number;
    /** Tag for temp files (the process id in real use). */
    readonly tag: string;
}
/** Documented exit codes (README, "Exit codes"). */
export declare const EXIT: {
    readonly ok: 0;
    readonly internal: 1;
    readonly usage: 2;
    readonly invalidScenario: 3;
    readonly outputExists: 4;
    /** A service the command needs (Redis, for a distributed sweep) cannot be reached. */
    readonly unavailable: 5;
};
