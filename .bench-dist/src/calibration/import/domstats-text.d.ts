/**
 * `virsh domstats --raw` text: `Domain: 'NAME'` then indented `key=value` lines (DOMAIN.md,
 * KVM/libvirt telemetry). One file may hold many snapshots: each begins with a
 * `# ts=<unix ms> [seq=<n>]` line (the convention of data/kvm/libvirt-qemu and of
 * `scripts/capture.sh`); without such lines a snapshot ends where a domain repeats, and
 * snapshots are taken to be `intervalMs` apart. Other output around the blocks (a shell
 * transcript with `virsh dominfo`, `virt-top`, ...) is skipped, except that a `virt-top` header
 * or a `virsh nodeinfo` block gives the host's size.
 */
import type { ImportLog } from '../import-log.js';
import type { SnapshotSet } from '../snapshot.js';
export interface DomstatsOptions {
    /** Spacing of snapshots without `# ts=` lines (default 10 s, noted). */
    readonly intervalMs?: number;
    readonly hostName?: string;
}
/** Parses domstats text into snapshots; malformed lines are logged with their line number. */
export declare function parseDomstatsText(text: string, file: string, log: ImportLog, o?: DomstatsOptions): SnapshotSet;
