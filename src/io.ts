/**
 * Everything a command takes from the process, injected so that commands run in-process in
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
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalidScenario: 3,
  outputExists: 4,
  /** A service the command needs (Redis, for a distributed sweep) cannot be reached. */
  unavailable: 5,
} as const;
