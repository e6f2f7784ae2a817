import type { Command } from 'commander';
import { type CliIo } from '../io.js';
export interface RightsizeOptions {
    buffer: string;
    out?: string;
    whatIf?: string;
    scenario?: string;
    force: boolean;
    quiet: boolean;
}
export declare function rightsizeCommand(folder: string, o: RightsizeOptions, io: CliIo): Promise<number>;
export declare function addRightsizeCommand(program: Command, io: CliIo, exit: (code: number) => void): void;
