import type { Command } from 'commander';
import { type CliIo } from '../io.js';
export interface HeadroomOptions {
    group: string;
    objective?: string[];
    max: string;
    quiet: boolean;
}
export declare function headroomCommand(file: string, o: HeadroomOptions, io: CliIo): Promise<number>;
export declare function addHeadroomCommand(program: Command, io: CliIo, exit: (code: number) => void): void;
