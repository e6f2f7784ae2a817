/**
 * fast-check arbitraries for memory-reclamation property tests: small hosts (4–16 GiB, ESXi or
 * KVM, every reclamation switch and rate random) and VM mixes sized to overcommit them, with
 * random touched / active memory, sharing, compressibility, reservations, limits and balloon drivers.
 */
import fc from 'fast-check';
/**
 * Workloads whose active memory moves: diurnal with a different memoryHigh (active memory rises
 * toward the peak hour and falls after it), and the generated workloads of random-scenario.ts
 * (fixed active memory, changing CPU).
 */
export declare const memWorkloadArb: fc.Arbitrary<Record<string, unknown>>;
/** The part of a scenario that is the hosts: flavour, size, hypervisor memory settings. */
export declare const memHostArb: fc.Arbitrary<{
    flavour: "esxi" | "kvm";
    count: number;
    memoryGiB: 4 | 8 | 12 | 16;
    overheadMiB: 0 | 256 | undefined;
    memory: {
        interVmSharing: boolean;
        shareScanTime: "2m" | "60m" | "10m";
        ksm: {
            enabled: boolean;
            pagesToScan: 100 | 1000 | 10000;
            sleepMs: 1 | 20 | 200;
        };
        balloon: {
            enabled: boolean | undefined;
            maxPct: number;
            rateMiBps: 1 | 16 | 64 | 512;
        };
        idleTaxPct: number;
        compression: {
            enabled: boolean | undefined;
            cachePct: number;
        };
        zswap: {
            enabled: boolean;
            compressor: "lz4" | "lzo" | "zstd";
            allocator: "zsmalloc" | "zbud" | "z3fold";
            maxPoolPct: number;
        };
        swap: {
            bandwidthMiBps: 1 | 20 | 2000 | 200;
            latencyMs: 5 | 0.2 | 0.05;
        };
        tick: "1s" | "30s" | "5s";
    };
}>;
export declare const memTemplateArb: fc.Arbitrary<{
    vcpus: number;
    memoryGiB: 4 | 3 | 1 | 2 | 0.5;
    guestOs: "linux" | "windows";
    memory: {
        reservationGiB: number;
        limitGiB: number | null;
        shares: string | number;
        balloonDriver: boolean;
        sharing: {
            zeroPct: number;
            intraPct: number;
            interPct: number;
        };
        compressiblePct: number;
        touchedPct: number;
        touchRateMiBps: 1 | 256 | 32;
        touchSeconds: 5 | 60 | 600;
    };
}>;
export declare const memGroupArb: fc.Arbitrary<{
    count: number;
    template: number;
    workload: Record<string, unknown>;
}>;
export interface MemSpecParts {
    host: {
        flavour: string;
        count: number;
        memoryGiB: number;
        overheadMiB: number | undefined;
        memory: Record<string, unknown>;
    };
    templates: Array<Record<string, unknown>>;
    groups: Array<{
        count: number;
        template: number;
        workload: Record<string, unknown>;
    }>;
    hysteresisPct: number;
    seed: number;
    /** Model step: 5 min, or 1 h so that active memory jumps in big steps. */
    step: string;
}
export declare const memPartsArb: fc.Arbitrary<MemSpecParts>;
/**
 * A scenario object from the parts: one cluster, placement caps off (all VMs placed unless their
 * reservations do not fit), the parts' step, one sample per step. `extra` appends groups after the others
 * (their ids and workload seeds leave the first groups' unchanged).
 */
export declare function memSpecOf(p: MemSpecParts, duration: string, extra?: MemSpecParts['groups']): Record<string, unknown>;
/**
 * Larger hosts (32 or 64 GiB) and VMs of 1–8 GiB: overcommit from none to a few times the host,
 * where minFree (~1–1.3 GiB) is small beside the host, as on real servers. On 4–16 GiB hosts
 * minFree is 6–22 % of RAM and the free-memory thresholds dominate what can be reclaimed.
 */
export declare const memServerPartsArb: fc.Arbitrary<MemSpecParts>;
