/**
 * Units of the telemetry calibration reads (DOMAIN.md, KVM/libvirt telemetry): libvirt's
 * cpu.* and vcpu.N.* counters in ns, balloon.* in KiB, block and net bytes; /proc/meminfo in
 * kB (KiB); /proc/stat in USER_HZ ticks; /proc/vmstat swap counters in 4 KiB pages.
 */
export const NS_PER_S = 1e9;
export const US_PER_S = 1e6;
export const MS_PER_S = 1000;
export const KIB_PER_MIB = 1024;
export const BYTES_PER_MIB = 1024 * 1024;
/** x86-64 base page, the unit of KSM and /proc/vmstat swap counters. */
export const PAGE_KIB = 4;
export const PAGE_MIB = PAGE_KIB / KIB_PER_MIB;
/** Ticks per second of /proc/stat on every mainstream Linux build (sysconf(_SC_CLK_TCK)). */
export const USER_HZ = 100;
export function vcpuTimeScaleToNs(unit) {
    return unit === 'us' ? 1000 : 1;
}
/** A name usable in scenario ids: letters, digits, '.', '_' and '-', starting alphanumeric. */
export function safeName(raw, fallback) {
    const s = raw.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
    return s === '' ? fallback : s.slice(0, 80);
}
//# sourceMappingURL=units.js.map