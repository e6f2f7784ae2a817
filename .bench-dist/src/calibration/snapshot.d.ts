/**
 * Raw snapshots: what the libvirt-based formats (collector NDJSON, `virsh domstats` text,
 * capture folders, Prometheus scrapes) have in common before counters are differenced. Each
 * snapshot holds every domain's numeric `virsh domstats --raw` fields (libvirt's names and
 * units: cpu.time ns, balloon.* KiB, ...) and the host files read at (about) the same time.
 */
/** One domain's numeric fields, by libvirt name (`cpu.time`, `vcpu.0.delay`, `balloon.rss`). */
export type DomainStats = Map<string, number>;
/** Host files read with a snapshot; null where not read. */
export interface HostReadings {
    /** When the host files were read (Unix ms or relative, as the snapshot times). */
    readonly tMs: number;
    /** /proc/meminfo, kB (KiB) except the HugePages_* counts. */
    readonly meminfoKiB: ReadonlyMap<string, number> | null;
    /** The aggregate `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal guest guest_nice, in USER_HZ ticks. */
    readonly cpuTicks: readonly number[] | null;
    /** Number of `cpuN` lines in /proc/stat (logical CPUs), when they were read. */
    readonly cpuCount: number | null;
    /** /proc/vmstat counters (pswpin, pswpout: pages). */
    readonly vmstat: ReadonlyMap<string, number> | null;
    /** /sys/kernel/mm/ksm/* numeric files. */
    readonly ksm: ReadonlyMap<string, number> | null;
    /** zswap: /sys/module/zswap/parameters/* and /sys/kernel/debug/zswap/* as text. */
    readonly zswap: ReadonlyMap<string, string> | null;
}
export interface Snapshot {
    /** When `virsh domstats` ran (Unix ms, or ms from an unknown origin). */
    readonly tMs: number;
    /** 1-based line where the snapshot starts in its file, for problems. */
    readonly line: number;
    /** The `seq=<n>` of its `# ts=` line, to join files sampled together; null without one. */
    readonly seq: string | null;
    readonly domains: ReadonlyMap<string, DomainStats>;
    readonly host: HostReadings | null;
}
/** `virsh nodeinfo`: CPU(s), CPU frequency (MHz), Memory size (KiB). */
export interface NodeInfo {
    readonly cpus: number | null;
    readonly mhz: number | null;
    readonly memoryKiB: number | null;
    /** Where it came from ("virsh nodeinfo", "virt-top header"). */
    readonly from: string;
}
/** What a libvirt-based importer hands to the trace builder. */
export interface SnapshotSet {
    /** The file named in notes. */
    readonly file: string;
    readonly hostName: string;
    readonly nodeinfo: NodeInfo | null;
    readonly snapshots: readonly Snapshot[];
    /** Whether snapshot times are Unix ms (true) or only relative (false). */
    readonly absoluteTime: boolean;
}
export declare const EMPTY_HOST_READINGS: Omit<HostReadings, 'tMs'>;
