/**
 * Parsers of the host files calibration reads: /proc/meminfo, /proc/stat, /proc/vmstat,
 * `name=value` dumps of /sys/kernel/mm/ksm, and `virsh nodeinfo`. Pure: text in, values out;
 * lines that do not parse are returned with their 1-based index for the caller to report.
 */
import type { NodeInfo } from '../snapshot.js';
export interface Parsed<T> {
    readonly value: T;
    /** Malformed lines: index within the text (1-based) and why. */
    readonly bad: {
        line: number;
        message: string;
    }[];
}
/** `MemTotal:       24683620 kB` lines → KiB (HugePages_* counts as they are). */
export declare function parseMeminfo(text: string): Parsed<Map<string, number>>;
/** /proc/stat: the aggregate `cpu` line (ticks) and the number of `cpuN` lines. */
export declare function parseProcStat(text: string): Parsed<{
    ticks: number[] | null;
    cpus: number | null;
}>;
/** `name value` lines (/proc/vmstat) or `name=value` lines (a KSM dump); non-numeric values are skipped. */
export declare function parseCounters(text: string, separator: ' ' | '='): Parsed<Map<string, number>>;
/** `virsh nodeinfo` output: CPU(s), CPU frequency, Memory size. */
export declare function parseNodeinfo(text: string): NodeInfo | null;
/** The header of `virt-top`: `virt-top 11:07:39 - x86_64 48/48CPU 2799MHz 257749MB ...`. */
export declare function parseVirtTopHeader(line: string): NodeInfo | null;
