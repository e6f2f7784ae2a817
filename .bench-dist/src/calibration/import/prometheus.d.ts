/**
 * Prometheus text exposition scrapes of the libvirt exporter (`libvirt_domain_*`, as in
 * data/kvm/libvirt-exporter-scrape.prom) and, when scraped beside it, node_exporter's host
 * figures (`node_cpu_seconds_total`, `node_memory_*_bytes`, `node_vmstat_pswp*`). Metrics are
 * mapped onto libvirt's domstats names and units (seconds → ns, bytes → KiB) so the same trace
 * builder reads them. Several scrapes in one file are told apart by per-sample timestamps, by
 * `# ts=<unix ms>` lines, or, failing both, by a series repeating (then `intervalMs` apart).
 */
import type { ImportLog } from '../import-log.js';
import { type SnapshotSet } from '../snapshot.js';
export interface PromSample {
    readonly name: string;
    readonly labels: ReadonlyMap<string, string>;
    readonly value: number;
    readonly tMs: number | null;
}
/** One exposition line (not a comment) → a sample, or why it is malformed. */
export declare function parsePromLine(line: string): PromSample | string;
/** Parses a Prometheus text file (one or several scrapes) into snapshots. */
export declare function parsePrometheus(text: string, file: string, log: ImportLog, o?: {
    intervalMs?: number;
    hostName?: string;
}): SnapshotSet;
