import type { ImportLog } from './import-log.js';
import type { SnapshotSet } from './snapshot.js';
import type { HostTrace } from './trace.js';
import { type VcpuTimeUnit } from './units.js';
export interface BuiltHost {
    readonly host: HostTrace;
    /** Unix ms (or relative origin) of time 0: the first snapshot kept. */
    readonly originMs: number;
}
/** Builds the host trace of one snapshot set. */
export declare function buildHost(set: SnapshotSet, log: ImportLog, unit?: VcpuTimeUnit): BuiltHost;
