import type { ImportLog } from './import-log.js';
import type { HostReadings, NodeInfo } from './snapshot.js';
import { type HostTrace, type VmTrace } from './trace.js';
export interface HostSeriesInput {
    readonly name: string;
    readonly file: string;
    readonly nodeinfo: NodeInfo | null;
    /** Host readings with times relative to the trace origin. */
    readonly readings: readonly HostReadings[];
}
/** Plain UTF-16 order, the same everywhere (as trace folder listings). */
export declare function compareText(a: string, b: string): number;
/** The host trace: its VMs and the host series from its readings. */
export declare function hostSeries(input: HostSeriesInput, vms: VmTrace[], log: ImportLog): HostTrace;
