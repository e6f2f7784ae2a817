import { type CliIo } from '../cli/io.js';
/** A command failure: the message for stderr and the exit code. */
export declare class Fail extends Error {
    readonly code: number;
    constructor(code: number, message: string);
}
/** A duration option ("10s", "5m") in ms, or a usage failure naming the option. */
export declare function durationMs(text: string, option: string): number;
/** A path as the user would write it: relative to the working folder when inside it. */
export declare function shown(io: CliIo, p: string): string;
/** Runs `body`, mapping known errors to exit codes and messages. */
export declare function guarded(io: CliIo, body: () => Promise<number> | number): Promise<number>;
