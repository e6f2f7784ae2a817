import type { Command } from 'commander';
import { type CliIo } from '../io.js';
export interface ImportOptions {
    out?: string;
    force: boolean;
    quiet: boolean;
}
/** The import; resolves to the exit code. */
export declare function importRvtoolsCommand(exportPath: string, o: ImportOptions, io: CliIo): Promise<number>;
/** Registers `dcsim import rvtools`; `exit` ends the command with a code (main's exit path). */
export declare function addImportCommand(program: Command, io: CliIo, exit: (code: number) => void): void;
