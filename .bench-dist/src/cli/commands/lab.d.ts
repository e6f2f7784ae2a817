import { type CliIo } from '../io.js';
/** The scenarios the page carries when none is given, the first one loaded at start. */
export declare const BUILT_IN_LABS: string[];
export interface LabOptions {
    readonly out?: string;
    readonly force: boolean;
    readonly quiet: boolean;
}
export declare function labCommand(file: string | undefined, opts: LabOptions, io: CliIo): number;
