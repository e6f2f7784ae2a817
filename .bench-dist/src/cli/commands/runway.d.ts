import type { Command } from 'commander';
import { type CliIo } from '../io.js';
export interface RunwayOptions {
    months: string;
    replications: string;
    objective?: string[];
    out?: string;
    force: boolean;
    quiet: boolean;
}
export declare function runwayCommand(file: string, o: RunwayOptions, io: CliIo): Promise<number>;
export declare function addRunwayCommand(program: Command, io: CliIo, exit: (code: number) => void): void;
