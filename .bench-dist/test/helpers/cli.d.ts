import type { CliIo } from '../../src/cli/io.js';
export interface CliRun {
    code: number;
    stdout: string;
    stderr: string;
}
export declare function cliIo(cwd: string, out: {
    stdout: string;
    stderr: string;
}): CliIo;
export declare function runCli(argv: string[], cwd: string, overrides?: Partial<CliIo>): Promise<CliRun>;
/** A temp working folder with scenarios/default.yaml copied in as default.yaml. */
export declare function workdirWithDefault(): string;
/** Leftover temp folders (".<name>.tmp-<tag>") in a folder. */
export declare function tempLeftovers(dir: string): string[];
