/**
 * KSM snapshot tables as data/kvm/ksm_snapshots.csv: one row per host reading of
 * /sys/kernel/mm/ksm (columns source_url, date, host_description, pages_shared, pages_sharing,
 * pages_unshared, page_size_bytes, derived_saved_MiB, notes). Each row becomes a host with one
 * KSM reading; saved memory = pages_sharing × page size (kernel documentation: pages_sharing
 * says how much is saved), checked against derived_saved_MiB when given.
 */
import type { ImportLog } from '../import-log.js';
import { type HostTrace } from '../trace.js';
export interface KsmRow {
    readonly line: number;
    readonly description: string;
    readonly date: string;
    readonly pagesShared: number;
    readonly pagesSharing: number;
    readonly pagesUnshared: number | null;
    readonly pageSizeBytes: number;
    /** pages_sharing × page size, MiB. */
    readonly savedMiB: number;
}
export declare function parseKsmCsv(text: string, file: string, log: ImportLog): KsmRow[];
/** Each row as a host with one KSM reading at t = 0. */
export declare function ksmRowsToHosts(rows: readonly KsmRow[]): HostTrace[];
