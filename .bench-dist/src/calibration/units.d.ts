/**
 * Units of the telemetry calibration reads (DOMAIN.md, KVM/libvirt telemetry): libvirt's
 * cpu.* and vcpu.N.* counters in ns, balloon.* in KiB, block and net bytes; /proc/meminfo in
 * kB (KiB); /proc/stat in USER_HZ ticks; /proc/vmstat swap counters in 4 KiB pages.
 */
export declare const NS_PER_S = 1000000000;
export declare const US_PER_S = 1000000;
export declare const MS_PER_S = 1000;
export declare const KIB_PER_MIB = 1024;
export declare const BYTES_PER_MIB: number;
/** x86-64 base page, the unit of KSM and /proc/vmstat swap counters. */
export declare const PAGE_KIB = 4;
export declare const PAGE_MIB: number;
/** Ticks per second of /proc/stat on every mainstream Linux build (sysconf(_SC_CLK_TCK)). */
export declare const USER_HZ = 100;
/**
 * The unit of `vcpu.N.time`: the virsh man page says µs, real captures (data/kvm/libvirt-qemu)
 * show ns. `auto` decides from the data: vCPU threads cannot use 1000 × less CPU than the whole
 * QEMU process that contains them, so if Σ Δvcpu.N.time < Δcpu.time / 100 the counter is µs.
 */
export type VcpuTimeUnit = 'ns' | 'us' | 'auto';
export declare function vcpuTimeScaleToNs(unit: 'ns' | 'us'): number;
/** A name usable in scenario ids: letters, digits, '.', '_' and '-', starting alphanumeric. */
export declare function safeName(raw: string, fallback: string): string;
