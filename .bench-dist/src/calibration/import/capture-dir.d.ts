import type { ImportLog } from '../import-log.js';
import { type SnapshotSet } from '../snapshot.js';
export declare const CAPTURE_DOMSTATS_FILES: readonly ["domstats-groups.txt", "domstats-all.txt"];
/** Where `virsh nodeinfo` output may be, first found wins (scripts/run.sh writes the second). */
export declare const NODEINFO_FILES: readonly ["nodeinfo.txt", "static/virsh-nodeinfo.txt", "virsh-nodeinfo.txt"];
interface Segment {
    tMs: number;
    seq: string;
    /** Line number (1-based) of the first body line. */
    line: number;
    body: string;
}
/** Splits a file into `# ts=... seq=...` segments; text before the first marker is reported. */
export declare function segments(text: string, file: string, log: ImportLog): Segment[];
/** Imports a capture folder into one snapshot set (its domstats plus host readings). */
export declare function importCaptureDir(dir: string, log: ImportLog, hostName?: string): SnapshotSet;
export {};
