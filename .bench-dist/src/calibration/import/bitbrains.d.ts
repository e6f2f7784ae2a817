import type { ImportLog } from '../import-log.js';
import { type VmTrace } from '../trace.js';
export declare function isBitbrainsHeader(line: string): boolean;
export interface BitbrainsVm {
    readonly vm: VmTrace;
    /** Unix ms of the first row kept. */
    readonly firstMs: number;
    /** Row times, Unix ms, for tests and summaries. */
    readonly timesMs: Float64Array;
}
export declare function parseBitbrains(text: string, file: string, name: string, log: ImportLog): BitbrainsVm | null;
