/**
 * Raw snapshots: what the libvirt-based formats (collector NDJSON, `virsh domstats` text,
 * capture folders, Prometheus scrapes) have in common before counters are differenced. Each
 * snapshot holds every domain's numeric `virsh domstats --raw` fields (libvirt's names and
 * units: cpu.time ns, balloon.* KiB, ...) and the host files read at (about) the same time.
 */
export const EMPTY_HOST_READINGS = {
    meminfoKiB: null,
    cpuTicks: null,
    cpuCount: null,
    vmstat: null,
    ksm: null,
    zswap: null,
};
//# sourceMappingURL=snapshot.js.map