import type { Command } from 'commander';
import { type CliIo } from '../io.js';
export interface GenerateRegionOptions {
    clusters?: string;
    hosts?: string;
    vms?: string;
    duration?: string;
    seed?: string;
    out: string;
    force: boolean;
    quiet: boolean;
}
export declare function generateRegionCommand(o: GenerateRegionOptions, io: CliIo): number;
/** Registers `dcsim generate region`; `exit` ends the command with a code (main's exit path). */
export declare function addGenerateCommand(program: Command, io: CliIo, exit: (code: number) => void): void;
