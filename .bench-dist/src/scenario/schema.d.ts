/**
 * The scenario file format: the one definition from which the loader validates input,
 * the `Scenario` type is inferred, and `dcsim schema` prints a JSON Schema for editors.
 *
 * Units are in field names (memoryGiB, mhz, idleW); durations are strings such as
 * "300s", "5m", "1h", "7d" or "1w" and come out of the parser as integer milliseconds.
 */
import { z } from 'zod';
/** A duration string ("5m") parsed to integer milliseconds. */
export declare const Duration: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
/** Names become parts of hierarchical ids (`dc1/cluster-a/host-003`), so they stay path-safe. */
export declare const Name: z.ZodString;
/** ESXi-style shares: low/normal/high are 500/1000/2000 per vCPU (CPU) or 5/10/20 per MiB (memory). */
export declare const Shares: z.ZodUnion<readonly [z.ZodEnum<{
    low: "low";
    normal: "normal";
    high: "high";
}>, z.ZodNumber]>;
export declare const Template: z.ZodObject<{
    vcpus: z.ZodNumber;
    memoryGiB: z.ZodNumber;
    cpu: z.ZodPrefault<z.ZodObject<{
        reservationMHz: z.ZodDefault<z.ZodNumber>;
        limitMHz: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        shares: z.ZodDefault<z.ZodUnion<readonly [z.ZodEnum<{
            low: "low";
            normal: "normal";
            high: "high";
        }>, z.ZodNumber]>>;
        referenceMhz: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    memory: z.ZodPrefault<z.ZodObject<{
        reservationGiB: z.ZodDefault<z.ZodNumber>;
        limitGiB: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        shares: z.ZodDefault<z.ZodUnion<readonly [z.ZodEnum<{
            low: "low";
            normal: "normal";
            high: "high";
        }>, z.ZodNumber]>>;
        balloonDriver: z.ZodDefault<z.ZodBoolean>;
        sharing: z.ZodPrefault<z.ZodObject<{
            zeroPct: z.ZodDefault<z.ZodNumber>;
            intraPct: z.ZodDefault<z.ZodNumber>;
            interPct: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        compressiblePct: z.ZodDefault<z.ZodNumber>;
        touchedPct: z.ZodDefault<z.ZodNumber>;
        touchRateMiBps: z.ZodDefault<z.ZodNumber>;
        touchSeconds: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    guestOs: z.ZodDefault<z.ZodString>;
    bootTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    haPriority: z.ZodDefault<z.ZodEnum<{
        disabled: "disabled";
        low: "low";
        high: "high";
        medium: "medium";
    }>>;
    guestFailures: z.ZodOptional<z.ZodObject<{
        meanHoursBetween: z.ZodNumber;
    }, z.core.$strict>>;
    dirtyRateMiBps: z.ZodDefault<z.ZodNumber>;
    hotAdd: z.ZodPrefault<z.ZodObject<{
        cpu: z.ZodDefault<z.ZodBoolean>;
        memory: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    diskGiB: z.ZodDefault<z.ZodNumber>;
    disk: z.ZodDefault<z.ZodEnum<{
        thin: "thin";
        thick: "thick";
    }>>;
    diskUsedPct: z.ZodDefault<z.ZodNumber>;
    diskWriteMiBps: z.ZodDefault<z.ZodNumber>;
    deployTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>;
export declare const ConstantWorkload: z.ZodObject<{
    type: z.ZodLiteral<"constant">;
    cpu: z.ZodNumber;
    memory: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const DiurnalWorkload: z.ZodObject<{
    type: z.ZodLiteral<"diurnal">;
    low: z.ZodNumber;
    high: z.ZodNumber;
    peakHour: z.ZodDefault<z.ZodNumber>;
    weekendFactor: z.ZodDefault<z.ZodNumber>;
    noise: z.ZodDefault<z.ZodNumber>;
    memory: z.ZodDefault<z.ZodNumber>;
    memoryHigh: z.ZodOptional<z.ZodNumber>;
    phase: z.ZodDefault<z.ZodEnum<{
        aligned: "aligned";
        random: "random";
    }>>;
}, z.core.$strict>;
export declare const RandomWalkWorkload: z.ZodObject<{
    type: z.ZodLiteral<"random-walk">;
    start: z.ZodNumber;
    sigma: z.ZodNumber;
    min: z.ZodDefault<z.ZodNumber>;
    max: z.ZodDefault<z.ZodNumber>;
    memory: z.ZodDefault<z.ZodNumber>;
    phase: z.ZodDefault<z.ZodEnum<{
        aligned: "aligned";
        random: "random";
    }>>;
}, z.core.$strict>;
export declare const UniformWorkload: z.ZodObject<{
    type: z.ZodLiteral<"uniform">;
    min: z.ZodNumber;
    max: z.ZodNumber;
    memory: z.ZodDefault<z.ZodNumber>;
    phase: z.ZodDefault<z.ZodEnum<{
        aligned: "aligned";
        random: "random";
    }>>;
}, z.core.$strict>;
export declare const OnOffWorkload: z.ZodObject<{
    type: z.ZodLiteral<"on-off">;
    on: z.ZodNumber;
    off: z.ZodDefault<z.ZodNumber>;
    meanOn: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    meanOff: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    memory: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const TraceWorkload: z.ZodObject<{
    type: z.ZodLiteral<"trace">;
    format: z.ZodEnum<{
        planetlab: "planetlab";
        csv: "csv";
        "gwa-bitbrains": "gwa-bitbrains";
    }>;
    path: z.ZodString;
    interval: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    sampleAt: z.ZodDefault<z.ZodEnum<{
        end: "end";
        start: "start";
    }>>;
    referenceMhz: z.ZodOptional<z.ZodNumber>;
    reuse: z.ZodDefault<z.ZodBoolean>;
    memory: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const Workload: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"constant">;
    cpu: z.ZodNumber;
    memory: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"diurnal">;
    low: z.ZodNumber;
    high: z.ZodNumber;
    peakHour: z.ZodDefault<z.ZodNumber>;
    weekendFactor: z.ZodDefault<z.ZodNumber>;
    noise: z.ZodDefault<z.ZodNumber>;
    memory: z.ZodDefault<z.ZodNumber>;
    memoryHigh: z.ZodOptional<z.ZodNumber>;
    phase: z.ZodDefault<z.ZodEnum<{
        aligned: "aligned";
        random: "random";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"random-walk">;
    start: z.ZodNumber;
    sigma: z.ZodNumber;
    min: z.ZodDefault<z.ZodNumber>;
    max: z.ZodDefault<z.ZodNumber>;
    memory: z.ZodDefault<z.ZodNumber>;
    phase: z.ZodDefault<z.ZodEnum<{
        aligned: "aligned";
        random: "random";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"uniform">;
    min: z.ZodNumber;
    max: z.ZodNumber;
    memory: z.ZodDefault<z.ZodNumber>;
    phase: z.ZodDefault<z.ZodEnum<{
        aligned: "aligned";
        random: "random";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"on-off">;
    on: z.ZodNumber;
    off: z.ZodDefault<z.ZodNumber>;
    meanOn: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    meanOff: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    memory: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"trace">;
    format: z.ZodEnum<{
        planetlab: "planetlab";
        csv: "csv";
        "gwa-bitbrains": "gwa-bitbrains";
    }>;
    path: z.ZodString;
    interval: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    sampleAt: z.ZodDefault<z.ZodEnum<{
        end: "end";
        start: "start";
    }>>;
    referenceMhz: z.ZodOptional<z.ZodNumber>;
    reuse: z.ZodDefault<z.ZodBoolean>;
    memory: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>], "type">;
/** Memory reclamation settings of a host (DOMAIN.md, Memory reclamation, ESXi and KVM flavours). */
export declare const HostMemory: z.ZodPrefault<z.ZodObject<{
    interVmSharing: z.ZodDefault<z.ZodBoolean>;
    shareScanTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    ksm: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        pagesToScan: z.ZodDefault<z.ZodNumber>;
        sleepMs: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    balloon: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        maxPct: z.ZodDefault<z.ZodNumber>;
        rateMiBps: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    idleTaxPct: z.ZodDefault<z.ZodNumber>;
    compression: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodOptional<z.ZodBoolean>;
        cachePct: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    zswap: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        compressor: z.ZodDefault<z.ZodEnum<{
            lz4: "lz4";
            lzo: "lzo";
            zstd: "zstd";
        }>>;
        allocator: z.ZodDefault<z.ZodEnum<{
            zsmalloc: "zsmalloc";
            zbud: "zbud";
            z3fold: "z3fold";
        }>>;
        maxPoolPct: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    swap: z.ZodPrefault<z.ZodObject<{
        bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
        latencyMs: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    tick: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>>;
export declare const Hypervisor: z.ZodPrefault<z.ZodObject<{
    flavour: z.ZodDefault<z.ZodEnum<{
        esxi: "esxi";
        kvm: "kvm";
    }>>;
    cgroup: z.ZodDefault<z.ZodEnum<{
        v1: "v1";
        v2: "v2";
    }>>;
    type: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>]>>;
    cpuOverheadPct: z.ZodOptional<z.ZodNumber>;
    readyPerRun: z.ZodOptional<z.ZodNumber>;
    memoryOverheadMiB: z.ZodOptional<z.ZodNumber>;
    vmMemoryOverheadMiB: z.ZodDefault<z.ZodNumber>;
    memory: z.ZodPrefault<z.ZodObject<{
        interVmSharing: z.ZodDefault<z.ZodBoolean>;
        shareScanTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        ksm: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            pagesToScan: z.ZodDefault<z.ZodNumber>;
            sleepMs: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        balloon: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            maxPct: z.ZodDefault<z.ZodNumber>;
            rateMiBps: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        idleTaxPct: z.ZodDefault<z.ZodNumber>;
        compression: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodOptional<z.ZodBoolean>;
            cachePct: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        zswap: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            compressor: z.ZodDefault<z.ZodEnum<{
                lz4: "lz4";
                lzo: "lzo";
                zstd: "zstd";
            }>>;
            allocator: z.ZodDefault<z.ZodEnum<{
                zsmalloc: "zsmalloc";
                zbud: "zbud";
                z3fold: "z3fold";
            }>>;
            maxPoolPct: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        swap: z.ZodPrefault<z.ZodObject<{
            bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
            latencyMs: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        tick: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export declare const PowerModel: z.ZodObject<{
    model: z.ZodDefault<z.ZodEnum<{
        linear: "linear";
        square: "square";
        cubic: "cubic";
        sqrt: "sqrt";
        specpower: "specpower";
    }>>;
    idleW: z.ZodOptional<z.ZodNumber>;
    maxW: z.ZodOptional<z.ZodNumber>;
    server: z.ZodOptional<z.ZodString>;
    curve: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    standbyW: z.ZodDefault<z.ZodNumber>;
    bootTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    bootW: z.ZodOptional<z.ZodNumber>;
    shutdownTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    shutdownW: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
/** A time-to-failure or repair-time distribution, parameters in hours (Failure Trace Archive convention). */
export declare const FailureDistribution: z.ZodDiscriminatedUnion<[z.ZodObject<{
    distribution: z.ZodLiteral<"exponential">;
    meanHours: z.ZodNumber;
}, z.core.$strict>, z.ZodObject<{
    distribution: z.ZodLiteral<"weibull">;
    shape: z.ZodNumber;
    scaleHours: z.ZodNumber;
}, z.core.$strict>, z.ZodObject<{
    distribution: z.ZodLiteral<"lognormal">;
    mu: z.ZodNumber;
    sigma: z.ZodNumber;
}, z.core.$strict>, z.ZodObject<{
    distribution: z.ZodLiteral<"gamma">;
    shape: z.ZodNumber;
    scaleHours: z.ZodNumber;
}, z.core.$strict>], "distribution">;
export declare const HostFailures: z.ZodObject<{
    preset: z.ZodOptional<z.ZodString>;
    timeBetweenFailures: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        distribution: z.ZodLiteral<"exponential">;
        meanHours: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        distribution: z.ZodLiteral<"weibull">;
        shape: z.ZodNumber;
        scaleHours: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        distribution: z.ZodLiteral<"lognormal">;
        mu: z.ZodNumber;
        sigma: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        distribution: z.ZodLiteral<"gamma">;
        shape: z.ZodNumber;
        scaleHours: z.ZodNumber;
    }, z.core.$strict>], "distribution">>;
    repair: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        distribution: z.ZodLiteral<"exponential">;
        meanHours: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        distribution: z.ZodLiteral<"weibull">;
        shape: z.ZodNumber;
        scaleHours: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        distribution: z.ZodLiteral<"lognormal">;
        mu: z.ZodNumber;
        sigma: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        distribution: z.ZodLiteral<"gamma">;
        shape: z.ZodNumber;
        scaleHours: z.ZodNumber;
    }, z.core.$strict>], "distribution">>;
}, z.core.$strict>;
export declare const HostGroup: z.ZodObject<{
    name: z.ZodDefault<z.ZodString>;
    count: z.ZodNumber;
    sockets: z.ZodDefault<z.ZodNumber>;
    coresPerSocket: z.ZodNumber;
    mhz: z.ZodNumber;
    memoryGiB: z.ZodNumber;
    hypervisor: z.ZodPrefault<z.ZodObject<{
        flavour: z.ZodDefault<z.ZodEnum<{
            esxi: "esxi";
            kvm: "kvm";
        }>>;
        cgroup: z.ZodDefault<z.ZodEnum<{
            v1: "v1";
            v2: "v2";
        }>>;
        type: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>]>>;
        cpuOverheadPct: z.ZodOptional<z.ZodNumber>;
        readyPerRun: z.ZodOptional<z.ZodNumber>;
        memoryOverheadMiB: z.ZodOptional<z.ZodNumber>;
        vmMemoryOverheadMiB: z.ZodDefault<z.ZodNumber>;
        memory: z.ZodPrefault<z.ZodObject<{
            interVmSharing: z.ZodDefault<z.ZodBoolean>;
            shareScanTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            ksm: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                pagesToScan: z.ZodDefault<z.ZodNumber>;
                sleepMs: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>>;
            balloon: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodOptional<z.ZodBoolean>;
                maxPct: z.ZodDefault<z.ZodNumber>;
                rateMiBps: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>>;
            idleTaxPct: z.ZodDefault<z.ZodNumber>;
            compression: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodOptional<z.ZodBoolean>;
                cachePct: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>>;
            zswap: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                compressor: z.ZodDefault<z.ZodEnum<{
                    lz4: "lz4";
                    lzo: "lzo";
                    zstd: "zstd";
                }>>;
                allocator: z.ZodDefault<z.ZodEnum<{
                    zsmalloc: "zsmalloc";
                    zbud: "zbud";
                    z3fold: "z3fold";
                }>>;
                maxPoolPct: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>>;
            swap: z.ZodPrefault<z.ZodObject<{
                bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
                latencyMs: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>>;
            tick: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    foreignLoadCores: z.ZodDefault<z.ZodNumber>;
    power: z.ZodPrefault<z.ZodObject<{
        model: z.ZodDefault<z.ZodEnum<{
            linear: "linear";
            square: "square";
            cubic: "cubic";
            sqrt: "sqrt";
            specpower: "specpower";
        }>>;
        idleW: z.ZodOptional<z.ZodNumber>;
        maxW: z.ZodOptional<z.ZodNumber>;
        server: z.ZodOptional<z.ZodString>;
        curve: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        standbyW: z.ZodDefault<z.ZodNumber>;
        bootTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        bootW: z.ZodOptional<z.ZodNumber>;
        shutdownTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        shutdownW: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
    rack: z.ZodOptional<z.ZodString>;
    nicGbps: z.ZodDefault<z.ZodNumber>;
    poweredOn: z.ZodDefault<z.ZodBoolean>;
    failures: z.ZodOptional<z.ZodObject<{
        preset: z.ZodOptional<z.ZodString>;
        timeBetweenFailures: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            distribution: z.ZodLiteral<"exponential">;
            meanHours: z.ZodNumber;
        }, z.core.$strict>, z.ZodObject<{
            distribution: z.ZodLiteral<"weibull">;
            shape: z.ZodNumber;
            scaleHours: z.ZodNumber;
        }, z.core.$strict>, z.ZodObject<{
            distribution: z.ZodLiteral<"lognormal">;
            mu: z.ZodNumber;
            sigma: z.ZodNumber;
        }, z.core.$strict>, z.ZodObject<{
            distribution: z.ZodLiteral<"gamma">;
            shape: z.ZodNumber;
            scaleHours: z.ZodNumber;
        }, z.core.$strict>], "distribution">>;
        repair: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
            distribution: z.ZodLiteral<"exponential">;
            meanHours: z.ZodNumber;
        }, z.core.$strict>, z.ZodObject<{
            distribution: z.ZodLiteral<"weibull">;
            shape: z.ZodNumber;
            scaleHours: z.ZodNumber;
        }, z.core.$strict>, z.ZodObject<{
            distribution: z.ZodLiteral<"lognormal">;
            mu: z.ZodNumber;
            sigma: z.ZodNumber;
        }, z.core.$strict>, z.ZodObject<{
            distribution: z.ZodLiteral<"gamma">;
            shape: z.ZodNumber;
            scaleHours: z.ZodNumber;
        }, z.core.$strict>], "distribution">>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** A datastore: where VM disks, snapshots and clones live (VMFS/NFS volume). */
export declare const Datastore: z.ZodObject<{
    name: z.ZodString;
    capacityGiB: z.ZodNumber;
    bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
/** How a group's VMs come into being after the start (they are declared up front, "not created"). */
export declare const Provision: z.ZodObject<{
    at: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    count: z.ZodOptional<z.ZodNumber>;
    source: z.ZodDefault<z.ZodEnum<{
        template: "template";
        clone: "clone";
    }>>;
    cloneOf: z.ZodOptional<z.ZodString>;
    mode: z.ZodDefault<z.ZodEnum<{
        full: "full";
        linked: "linked";
    }>>;
}, z.core.$strict>;
/** Policy-driven scaling of a VM group on the mean CPU demand of its running VMs. */
export declare const Autoscale: z.ZodObject<{
    min: z.ZodNumber;
    max: z.ZodNumber;
    scaleOutAbovePct: z.ZodDefault<z.ZodNumber>;
    scaleInBelowPct: z.ZodDefault<z.ZodNumber>;
    for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    cooldown: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    check: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    shareLoad: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
/**
 * Disaster recovery of a VM group: its VMs are replicated every `rpo` (at k × rpo from the run
 * start) to a group of another site, which holds the replicas (not created until a failover).
 */
export declare const Replication: z.ZodObject<{
    to: z.ZodString;
    rpo: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    rto: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>;
/** Demand growth of a VM group over months, for `dcsim runway` (src/runway); `dcsim run` simulates month 0. */
export declare const Growth: z.ZodObject<{
    cpuPctPerMonth: z.ZodDefault<z.ZodNumber>;
    memoryPctPerMonth: z.ZodDefault<z.ZodNumber>;
    model: z.ZodDefault<z.ZodEnum<{
        linear: "linear";
        compound: "compound";
    }>>;
}, z.core.$strict>;
export declare const VmGroup: z.ZodObject<{
    name: z.ZodString;
    count: z.ZodNumber;
    template: z.ZodString;
    workload: z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"constant">;
        cpu: z.ZodNumber;
        memory: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"diurnal">;
        low: z.ZodNumber;
        high: z.ZodNumber;
        peakHour: z.ZodDefault<z.ZodNumber>;
        weekendFactor: z.ZodDefault<z.ZodNumber>;
        noise: z.ZodDefault<z.ZodNumber>;
        memory: z.ZodDefault<z.ZodNumber>;
        memoryHigh: z.ZodOptional<z.ZodNumber>;
        phase: z.ZodDefault<z.ZodEnum<{
            aligned: "aligned";
            random: "random";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"random-walk">;
        start: z.ZodNumber;
        sigma: z.ZodNumber;
        min: z.ZodDefault<z.ZodNumber>;
        max: z.ZodDefault<z.ZodNumber>;
        memory: z.ZodDefault<z.ZodNumber>;
        phase: z.ZodDefault<z.ZodEnum<{
            aligned: "aligned";
            random: "random";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"uniform">;
        min: z.ZodNumber;
        max: z.ZodNumber;
        memory: z.ZodDefault<z.ZodNumber>;
        phase: z.ZodDefault<z.ZodEnum<{
            aligned: "aligned";
            random: "random";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"on-off">;
        on: z.ZodNumber;
        off: z.ZodDefault<z.ZodNumber>;
        meanOn: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        meanOff: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        memory: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"trace">;
        format: z.ZodEnum<{
            planetlab: "planetlab";
            csv: "csv";
            "gwa-bitbrains": "gwa-bitbrains";
        }>;
        path: z.ZodString;
        interval: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        sampleAt: z.ZodDefault<z.ZodEnum<{
            end: "end";
            start: "start";
        }>>;
        referenceMhz: z.ZodOptional<z.ZodNumber>;
        reuse: z.ZodDefault<z.ZodBoolean>;
        memory: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>], "type">;
    datastore: z.ZodOptional<z.ZodString>;
    provision: z.ZodOptional<z.ZodObject<{
        at: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        count: z.ZodOptional<z.ZodNumber>;
        source: z.ZodDefault<z.ZodEnum<{
            template: "template";
            clone: "clone";
        }>>;
        cloneOf: z.ZodOptional<z.ZodString>;
        mode: z.ZodDefault<z.ZodEnum<{
            full: "full";
            linked: "linked";
        }>>;
    }, z.core.$strict>>;
    autoscale: z.ZodOptional<z.ZodObject<{
        min: z.ZodNumber;
        max: z.ZodNumber;
        scaleOutAbovePct: z.ZodDefault<z.ZodNumber>;
        scaleInBelowPct: z.ZodDefault<z.ZodNumber>;
        for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        cooldown: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        check: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        shareLoad: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    replication: z.ZodOptional<z.ZodObject<{
        to: z.ZodString;
        rpo: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        rto: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>;
    growth: z.ZodOptional<z.ZodObject<{
        cpuPctPerMonth: z.ZodDefault<z.ZodNumber>;
        memoryPctPerMonth: z.ZodDefault<z.ZodNumber>;
        model: z.ZodDefault<z.ZodEnum<{
            linear: "linear";
            compound: "compound";
        }>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const Placement: z.ZodPrefault<z.ZodObject<{
    algorithm: z.ZodDefault<z.ZodEnum<{
        "first-fit": "first-fit";
        "best-fit": "best-fit";
        spread: "spread";
        balanced: "balanced";
        "round-robin": "round-robin";
        pack: "pack";
    }>>;
    maxVcpuPerCore: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    maxMemoryOvercommit: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    spareHosts: z.ZodDefault<z.ZodEnum<{
        on: "on";
        standby: "standby";
    }>>;
    policy: z.ZodOptional<z.ZodString>;
}, z.core.$strict>>;
export declare const MemoryStatePolicy: z.ZodPrefault<z.ZodObject<{
    hysteresisPct: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>>;
/** vSphere DRS rules: keep together, separate, and VMs to hosts (must / should, run / not run). */
export declare const Rule: z.ZodDiscriminatedUnion<[z.ZodObject<{
    name: z.ZodString;
    type: z.ZodLiteral<"affinity">;
    vms: z.ZodArray<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    name: z.ZodString;
    type: z.ZodLiteral<"anti-affinity">;
    vms: z.ZodArray<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    name: z.ZodString;
    type: z.ZodLiteral<"vm-host">;
    vms: z.ZodArray<z.ZodString>;
    hosts: z.ZodArray<z.ZodString>;
    mode: z.ZodDefault<z.ZodEnum<{
        must: "must";
        should: "should";
        "must-not": "must-not";
        "should-not": "should-not";
    }>>;
}, z.core.$strict>], "type">;
export declare const AdmissionControl: z.ZodPrefault<z.ZodObject<{
    policy: z.ZodDefault<z.ZodEnum<{
        slots: "slots";
        percentage: "percentage";
        disabled: "disabled";
        "failover-hosts": "failover-hosts";
    }>>;
    hostFailuresToTolerate: z.ZodDefault<z.ZodNumber>;
    cpuPct: z.ZodOptional<z.ZodNumber>;
    memoryPct: z.ZodOptional<z.ZodNumber>;
    failoverHosts: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>>;
export declare const Ha: z.ZodPrefault<z.ZodObject<{
    enabled: z.ZodDefault<z.ZodBoolean>;
    heartbeat: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    detection: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    maxRestartAttempts: z.ZodDefault<z.ZodNumber>;
    retryDelay: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    isolationResponse: z.ZodDefault<z.ZodEnum<{
        "power-off": "power-off";
        "leave-powered-on": "leave-powered-on";
    }>>;
    vmMonitoring: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        failureInterval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        manualRecovery: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>;
    admissionControl: z.ZodPrefault<z.ZodObject<{
        policy: z.ZodDefault<z.ZodEnum<{
            slots: "slots";
            percentage: "percentage";
            disabled: "disabled";
            "failover-hosts": "failover-hosts";
        }>>;
        hostFailuresToTolerate: z.ZodDefault<z.ZodNumber>;
        cpuPct: z.ZodOptional<z.ZodNumber>;
        memoryPct: z.ZodOptional<z.ZodNumber>;
        failoverHosts: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export declare const Drs: z.ZodPrefault<z.ZodObject<{
    enabled: z.ZodDefault<z.ZodBoolean>;
    interval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    threshold: z.ZodDefault<z.ZodNumber>;
    maxConcurrentPerHost: z.ZodDefault<z.ZodNumber>;
    maxConcurrentPerCluster: z.ZodDefault<z.ZodNumber>;
    payback: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>>;
export declare const Migration: z.ZodPrefault<z.ZodObject<{
    maxDowntime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    maxRounds: z.ZodDefault<z.ZodNumber>;
    nonConvergence: z.ZodDefault<z.ZodEnum<{
        abort: "abort";
        "auto-converge": "auto-converge";
        force: "force";
    }>>;
}, z.core.$strict>>;
/** Demand-driven power management as VMware DPM (DOMAIN.md, Power and energy). */
export declare const Dpm: z.ZodPrefault<z.ZodObject<{
    enabled: z.ZodDefault<z.ZodBoolean>;
    targetUtilPct: z.ZodDefault<z.ZodNumber>;
    tolerancePct: z.ZodDefault<z.ZodNumber>;
    powerOnAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    powerOffAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    interval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    minHostsOn: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>>;
/** A calendar power-down window: outside working hours keep only part of the cluster on. */
export declare const PowerWindow: z.ZodObject<{
    days: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        mon: "mon";
        tue: "tue";
        wed: "wed";
        thu: "thu";
        fri: "fri";
        sat: "sat";
        sun: "sun";
    }>>>;
    from: z.ZodString;
    to: z.ZodString;
    keepHosts: z.ZodOptional<z.ZodNumber>;
    keepPct: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const PowerManagement: z.ZodPrefault<z.ZodObject<{
    dpm: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        targetUtilPct: z.ZodDefault<z.ZodNumber>;
        tolerancePct: z.ZodDefault<z.ZodNumber>;
        powerOnAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        powerOffAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        interval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        minHostsOn: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    schedule: z.ZodDefault<z.ZodArray<z.ZodObject<{
        days: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            mon: "mon";
            tue: "tue";
            wed: "wed";
            thu: "thu";
            fri: "fri";
            sat: "sat";
            sun: "sun";
        }>>>;
        from: z.ZodString;
        to: z.ZodString;
        keepHosts: z.ZodOptional<z.ZodNumber>;
        keepPct: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
}, z.core.$strict>>;
export declare const Cluster: z.ZodObject<{
    name: z.ZodString;
    site: z.ZodDefault<z.ZodString>;
    placement: z.ZodPrefault<z.ZodObject<{
        algorithm: z.ZodDefault<z.ZodEnum<{
            "first-fit": "first-fit";
            "best-fit": "best-fit";
            spread: "spread";
            balanced: "balanced";
            "round-robin": "round-robin";
            pack: "pack";
        }>>;
        maxVcpuPerCore: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        maxMemoryOvercommit: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        spareHosts: z.ZodDefault<z.ZodEnum<{
            on: "on";
            standby: "standby";
        }>>;
        policy: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>>;
    memoryState: z.ZodPrefault<z.ZodObject<{
        hysteresisPct: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    rules: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        name: z.ZodString;
        type: z.ZodLiteral<"affinity">;
        vms: z.ZodArray<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        name: z.ZodString;
        type: z.ZodLiteral<"anti-affinity">;
        vms: z.ZodArray<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        name: z.ZodString;
        type: z.ZodLiteral<"vm-host">;
        vms: z.ZodArray<z.ZodString>;
        hosts: z.ZodArray<z.ZodString>;
        mode: z.ZodDefault<z.ZodEnum<{
            must: "must";
            should: "should";
            "must-not": "must-not";
            "should-not": "should-not";
        }>>;
    }, z.core.$strict>], "type">>>;
    ha: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        heartbeat: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        detection: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        maxRestartAttempts: z.ZodDefault<z.ZodNumber>;
        retryDelay: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        isolationResponse: z.ZodDefault<z.ZodEnum<{
            "power-off": "power-off";
            "leave-powered-on": "leave-powered-on";
        }>>;
        vmMonitoring: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            failureInterval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            manualRecovery: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        }, z.core.$strict>>;
        admissionControl: z.ZodPrefault<z.ZodObject<{
            policy: z.ZodDefault<z.ZodEnum<{
                slots: "slots";
                percentage: "percentage";
                disabled: "disabled";
                "failover-hosts": "failover-hosts";
            }>>;
            hostFailuresToTolerate: z.ZodDefault<z.ZodNumber>;
            cpuPct: z.ZodOptional<z.ZodNumber>;
            memoryPct: z.ZodOptional<z.ZodNumber>;
            failoverHosts: z.ZodDefault<z.ZodArray<z.ZodString>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    drs: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        interval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        threshold: z.ZodDefault<z.ZodNumber>;
        maxConcurrentPerHost: z.ZodDefault<z.ZodNumber>;
        maxConcurrentPerCluster: z.ZodDefault<z.ZodNumber>;
        payback: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>;
    migration: z.ZodPrefault<z.ZodObject<{
        maxDowntime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        maxRounds: z.ZodDefault<z.ZodNumber>;
        nonConvergence: z.ZodDefault<z.ZodEnum<{
            abort: "abort";
            "auto-converge": "auto-converge";
            force: "force";
        }>>;
    }, z.core.$strict>>;
    power: z.ZodPrefault<z.ZodObject<{
        dpm: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            targetUtilPct: z.ZodDefault<z.ZodNumber>;
            tolerancePct: z.ZodDefault<z.ZodNumber>;
            powerOnAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            powerOffAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            interval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            minHostsOn: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        schedule: z.ZodDefault<z.ZodArray<z.ZodObject<{
            days: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                mon: "mon";
                tue: "tue";
                wed: "wed";
                thu: "thu";
                fri: "fri";
                sat: "sat";
                sun: "sun";
            }>>>;
            from: z.ZodString;
            to: z.ZodString;
            keepHosts: z.ZodOptional<z.ZodNumber>;
            keepPct: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    hosts: z.ZodArray<z.ZodObject<{
        name: z.ZodDefault<z.ZodString>;
        count: z.ZodNumber;
        sockets: z.ZodDefault<z.ZodNumber>;
        coresPerSocket: z.ZodNumber;
        mhz: z.ZodNumber;
        memoryGiB: z.ZodNumber;
        hypervisor: z.ZodPrefault<z.ZodObject<{
            flavour: z.ZodDefault<z.ZodEnum<{
                esxi: "esxi";
                kvm: "kvm";
            }>>;
            cgroup: z.ZodDefault<z.ZodEnum<{
                v1: "v1";
                v2: "v2";
            }>>;
            type: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>]>>;
            cpuOverheadPct: z.ZodOptional<z.ZodNumber>;
            readyPerRun: z.ZodOptional<z.ZodNumber>;
            memoryOverheadMiB: z.ZodOptional<z.ZodNumber>;
            vmMemoryOverheadMiB: z.ZodDefault<z.ZodNumber>;
            memory: z.ZodPrefault<z.ZodObject<{
                interVmSharing: z.ZodDefault<z.ZodBoolean>;
                shareScanTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                ksm: z.ZodPrefault<z.ZodObject<{
                    enabled: z.ZodDefault<z.ZodBoolean>;
                    pagesToScan: z.ZodDefault<z.ZodNumber>;
                    sleepMs: z.ZodDefault<z.ZodNumber>;
                }, z.core.$strict>>;
                balloon: z.ZodPrefault<z.ZodObject<{
                    enabled: z.ZodOptional<z.ZodBoolean>;
                    maxPct: z.ZodDefault<z.ZodNumber>;
                    rateMiBps: z.ZodDefault<z.ZodNumber>;
                }, z.core.$strict>>;
                idleTaxPct: z.ZodDefault<z.ZodNumber>;
                compression: z.ZodPrefault<z.ZodObject<{
                    enabled: z.ZodOptional<z.ZodBoolean>;
                    cachePct: z.ZodDefault<z.ZodNumber>;
                }, z.core.$strict>>;
                zswap: z.ZodPrefault<z.ZodObject<{
                    enabled: z.ZodDefault<z.ZodBoolean>;
                    compressor: z.ZodDefault<z.ZodEnum<{
                        lz4: "lz4";
                        lzo: "lzo";
                        zstd: "zstd";
                    }>>;
                    allocator: z.ZodDefault<z.ZodEnum<{
                        zsmalloc: "zsmalloc";
                        zbud: "zbud";
                        z3fold: "z3fold";
                    }>>;
                    maxPoolPct: z.ZodDefault<z.ZodNumber>;
                }, z.core.$strict>>;
                swap: z.ZodPrefault<z.ZodObject<{
                    bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
                    latencyMs: z.ZodDefault<z.ZodNumber>;
                }, z.core.$strict>>;
                tick: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        foreignLoadCores: z.ZodDefault<z.ZodNumber>;
        power: z.ZodPrefault<z.ZodObject<{
            model: z.ZodDefault<z.ZodEnum<{
                linear: "linear";
                square: "square";
                cubic: "cubic";
                sqrt: "sqrt";
                specpower: "specpower";
            }>>;
            idleW: z.ZodOptional<z.ZodNumber>;
            maxW: z.ZodOptional<z.ZodNumber>;
            server: z.ZodOptional<z.ZodString>;
            curve: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
            standbyW: z.ZodDefault<z.ZodNumber>;
            bootTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            bootW: z.ZodOptional<z.ZodNumber>;
            shutdownTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            shutdownW: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        rack: z.ZodOptional<z.ZodString>;
        nicGbps: z.ZodDefault<z.ZodNumber>;
        poweredOn: z.ZodDefault<z.ZodBoolean>;
        failures: z.ZodOptional<z.ZodObject<{
            preset: z.ZodOptional<z.ZodString>;
            timeBetweenFailures: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                distribution: z.ZodLiteral<"exponential">;
                meanHours: z.ZodNumber;
            }, z.core.$strict>, z.ZodObject<{
                distribution: z.ZodLiteral<"weibull">;
                shape: z.ZodNumber;
                scaleHours: z.ZodNumber;
            }, z.core.$strict>, z.ZodObject<{
                distribution: z.ZodLiteral<"lognormal">;
                mu: z.ZodNumber;
                sigma: z.ZodNumber;
            }, z.core.$strict>, z.ZodObject<{
                distribution: z.ZodLiteral<"gamma">;
                shape: z.ZodNumber;
                scaleHours: z.ZodNumber;
            }, z.core.$strict>], "distribution">>;
            repair: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                distribution: z.ZodLiteral<"exponential">;
                meanHours: z.ZodNumber;
            }, z.core.$strict>, z.ZodObject<{
                distribution: z.ZodLiteral<"weibull">;
                shape: z.ZodNumber;
                scaleHours: z.ZodNumber;
            }, z.core.$strict>, z.ZodObject<{
                distribution: z.ZodLiteral<"lognormal">;
                mu: z.ZodNumber;
                sigma: z.ZodNumber;
            }, z.core.$strict>, z.ZodObject<{
                distribution: z.ZodLiteral<"gamma">;
                shape: z.ZodNumber;
                scaleHours: z.ZodNumber;
            }, z.core.$strict>], "distribution">>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    vms: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        count: z.ZodNumber;
        template: z.ZodString;
        workload: z.ZodDiscriminatedUnion<[z.ZodObject<{
            type: z.ZodLiteral<"constant">;
            cpu: z.ZodNumber;
            memory: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"diurnal">;
            low: z.ZodNumber;
            high: z.ZodNumber;
            peakHour: z.ZodDefault<z.ZodNumber>;
            weekendFactor: z.ZodDefault<z.ZodNumber>;
            noise: z.ZodDefault<z.ZodNumber>;
            memory: z.ZodDefault<z.ZodNumber>;
            memoryHigh: z.ZodOptional<z.ZodNumber>;
            phase: z.ZodDefault<z.ZodEnum<{
                aligned: "aligned";
                random: "random";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"random-walk">;
            start: z.ZodNumber;
            sigma: z.ZodNumber;
            min: z.ZodDefault<z.ZodNumber>;
            max: z.ZodDefault<z.ZodNumber>;
            memory: z.ZodDefault<z.ZodNumber>;
            phase: z.ZodDefault<z.ZodEnum<{
                aligned: "aligned";
                random: "random";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"uniform">;
            min: z.ZodNumber;
            max: z.ZodNumber;
            memory: z.ZodDefault<z.ZodNumber>;
            phase: z.ZodDefault<z.ZodEnum<{
                aligned: "aligned";
                random: "random";
            }>>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"on-off">;
            on: z.ZodNumber;
            off: z.ZodDefault<z.ZodNumber>;
            meanOn: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
            meanOff: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
            memory: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>, z.ZodObject<{
            type: z.ZodLiteral<"trace">;
            format: z.ZodEnum<{
                planetlab: "planetlab";
                csv: "csv";
                "gwa-bitbrains": "gwa-bitbrains";
            }>;
            path: z.ZodString;
            interval: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            sampleAt: z.ZodDefault<z.ZodEnum<{
                end: "end";
                start: "start";
            }>>;
            referenceMhz: z.ZodOptional<z.ZodNumber>;
            reuse: z.ZodDefault<z.ZodBoolean>;
            memory: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>], "type">;
        datastore: z.ZodOptional<z.ZodString>;
        provision: z.ZodOptional<z.ZodObject<{
            at: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            count: z.ZodOptional<z.ZodNumber>;
            source: z.ZodDefault<z.ZodEnum<{
                template: "template";
                clone: "clone";
            }>>;
            cloneOf: z.ZodOptional<z.ZodString>;
            mode: z.ZodDefault<z.ZodEnum<{
                full: "full";
                linked: "linked";
            }>>;
        }, z.core.$strict>>;
        autoscale: z.ZodOptional<z.ZodObject<{
            min: z.ZodNumber;
            max: z.ZodNumber;
            scaleOutAbovePct: z.ZodDefault<z.ZodNumber>;
            scaleInBelowPct: z.ZodDefault<z.ZodNumber>;
            for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            cooldown: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            check: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            shareLoad: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
        replication: z.ZodOptional<z.ZodObject<{
            to: z.ZodString;
            rpo: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            rto: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        }, z.core.$strict>>;
        growth: z.ZodOptional<z.ZodObject<{
            cpuPctPerMonth: z.ZodDefault<z.ZodNumber>;
            memoryPctPerMonth: z.ZodDefault<z.ZodNumber>;
            model: z.ZodDefault<z.ZodEnum<{
                linear: "linear";
                compound: "compound";
            }>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>>;
    datastores: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        capacityGiB: z.ZodNumber;
        bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export declare const Outputs: z.ZodPrefault<z.ZodObject<{
    interval: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    hostSeries: z.ZodDefault<z.ZodBoolean>;
    events: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>>;
/**
 * Alarm rules, evaluated on the output intervals' averages ("overcommit is safe as long as you
 * properly monitor performance"). A rule with a duration fires once its condition has held for
 * that long; null turns a rule off.
 */
export declare const Alarms: z.ZodPrefault<z.ZodObject<{
    cpuReady: z.ZodPrefault<z.ZodNullable<z.ZodObject<{
        thresholdPct: z.ZodDefault<z.ZodNumber>;
        for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>>;
    hostCpu: z.ZodPrefault<z.ZodNullable<z.ZodObject<{
        thresholdPct: z.ZodDefault<z.ZodNumber>;
        for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>>;
    hostSwapping: z.ZodDefault<z.ZodBoolean>;
    hostMemoryState: z.ZodDefault<z.ZodNullable<z.ZodEnum<{
        low: "low";
        soft: "soft";
        hard: "hard";
    }>>>;
}, z.core.$strict>>;
/**
 * Facility energy, money and carbon for the run (DOMAIN.md, Power and energy): facility energy =
 * IT energy × PUE; cost = facility kWh × price; operational CO2 = facility kWh × grid intensity;
 * embodied CO2 = each server's embodied carbon spread over its life, for the run's duration.
 * Money and grid carbon are left out (null) until a scenario gives a price or an intensity.
 */
export declare const Energy: z.ZodPrefault<z.ZodObject<{
    pue: z.ZodDefault<z.ZodNumber>;
    pricePerKWh: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    currency: z.ZodDefault<z.ZodString>;
    gridGramsCo2PerKWh: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    pueByHour: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    tariff: z.ZodDefault<z.ZodArray<z.ZodObject<{
        days: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            mon: "mon";
            tue: "tue";
            wed: "wed";
            thu: "thu";
            fri: "fri";
            sat: "sat";
            sun: "sun";
        }>>>;
        from: z.ZodString;
        to: z.ZodString;
        pricePerKWh: z.ZodNumber;
    }, z.core.$strict>>>;
    gridGramsCo2ByHour: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    embodiedKgCo2PerServer: z.ZodDefault<z.ZodNumber>;
    serverLifeYears: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>>;
/** Things that happen at given times: failures, maintenance, migrations. */
export declare const ScenarioEvent: z.ZodDiscriminatedUnion<[z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"host-failure">;
    host: z.ZodString;
    repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"host-repair">;
    host: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"domain-failure">;
    domain: z.ZodString;
    repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"site-failure">;
    site: z.ZodString;
    repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"host-isolation">;
    host: z.ZodString;
    duration: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"maintenance">;
    host: z.ZodString;
    duration: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"migrate">;
    vm: z.ZodString;
    host: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"power-on">;
    host: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"power-off">;
    host: z.ZodString;
    retire: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"create-vms">;
    group: z.ZodString;
    count: z.ZodNumber;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"delete-vms">;
    group: z.ZodString;
    count: z.ZodNumber;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"hot-add">;
    vm: z.ZodOptional<z.ZodString>;
    group: z.ZodOptional<z.ZodString>;
    addVcpus: z.ZodDefault<z.ZodNumber>;
    addMemoryGiB: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"snapshot">;
    vm: z.ZodOptional<z.ZodString>;
    group: z.ZodOptional<z.ZodString>;
    action: z.ZodEnum<{
        create: "create";
        delete: "delete";
    }>;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"storage-migrate">;
    vm: z.ZodString;
    datastore: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    type: z.ZodLiteral<"cluster-policy">;
    cluster: z.ZodString;
    maxVcpuPerCore: z.ZodOptional<z.ZodNumber>;
    maxMemoryOvercommit: z.ZodOptional<z.ZodNumber>;
    drsThreshold: z.ZodOptional<z.ZodNumber>;
    dpmTargetUtilPct: z.ZodOptional<z.ZodNumber>;
    haAdmission: z.ZodOptional<z.ZodEnum<{
        slots: "slots";
        percentage: "percentage";
        disabled: "disabled";
    }>>;
    hostFailuresToTolerate: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>], "type">;
/**
 * The finance view: what the virtualized datacenter costs over the run against a physical
 * baseline of one server per VM (DOMAIN.md, Power and energy). Prices are per server and per
 * year; everything is charged for the run's share of a year or of the servers' life.
 */
export declare const Finance: z.ZodPrefault<z.ZodObject<{
    serverPrice: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
    licencePerHostYear: z.ZodDefault<z.ZodNumber>;
    adminPerServerYear: z.ZodDefault<z.ZodNumber>;
    baseline: z.ZodPrefault<z.ZodObject<{
        vmsPerServer: z.ZodDefault<z.ZodNumber>;
        serverPrice: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        idleW: z.ZodOptional<z.ZodNumber>;
        maxW: z.ZodOptional<z.ZodNumber>;
        cores: z.ZodOptional<z.ZodNumber>;
        mhz: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export declare const ScenarioSchema: z.ZodObject<{
    $schema: z.ZodOptional<z.ZodString>;
    name: z.ZodString;
    description: z.ZodDefault<z.ZodString>;
    seed: z.ZodDefault<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>>;
    start: z.ZodDefault<z.ZodISODateTime>;
    duration: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    step: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    templates: z.ZodRecord<z.ZodString, z.ZodObject<{
        vcpus: z.ZodNumber;
        memoryGiB: z.ZodNumber;
        cpu: z.ZodPrefault<z.ZodObject<{
            reservationMHz: z.ZodDefault<z.ZodNumber>;
            limitMHz: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
            shares: z.ZodDefault<z.ZodUnion<readonly [z.ZodEnum<{
                low: "low";
                normal: "normal";
                high: "high";
            }>, z.ZodNumber]>>;
            referenceMhz: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
        memory: z.ZodPrefault<z.ZodObject<{
            reservationGiB: z.ZodDefault<z.ZodNumber>;
            limitGiB: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
            shares: z.ZodDefault<z.ZodUnion<readonly [z.ZodEnum<{
                low: "low";
                normal: "normal";
                high: "high";
            }>, z.ZodNumber]>>;
            balloonDriver: z.ZodDefault<z.ZodBoolean>;
            sharing: z.ZodPrefault<z.ZodObject<{
                zeroPct: z.ZodDefault<z.ZodNumber>;
                intraPct: z.ZodDefault<z.ZodNumber>;
                interPct: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>>;
            compressiblePct: z.ZodDefault<z.ZodNumber>;
            touchedPct: z.ZodDefault<z.ZodNumber>;
            touchRateMiBps: z.ZodDefault<z.ZodNumber>;
            touchSeconds: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        guestOs: z.ZodDefault<z.ZodString>;
        bootTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        haPriority: z.ZodDefault<z.ZodEnum<{
            disabled: "disabled";
            low: "low";
            high: "high";
            medium: "medium";
        }>>;
        guestFailures: z.ZodOptional<z.ZodObject<{
            meanHoursBetween: z.ZodNumber;
        }, z.core.$strict>>;
        dirtyRateMiBps: z.ZodDefault<z.ZodNumber>;
        hotAdd: z.ZodPrefault<z.ZodObject<{
            cpu: z.ZodDefault<z.ZodBoolean>;
            memory: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
        diskGiB: z.ZodDefault<z.ZodNumber>;
        disk: z.ZodDefault<z.ZodEnum<{
            thin: "thin";
            thick: "thick";
        }>>;
        diskUsedPct: z.ZodDefault<z.ZodNumber>;
        diskWriteMiBps: z.ZodDefault<z.ZodNumber>;
        deployTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>>;
    clusters: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        site: z.ZodDefault<z.ZodString>;
        placement: z.ZodPrefault<z.ZodObject<{
            algorithm: z.ZodDefault<z.ZodEnum<{
                "first-fit": "first-fit";
                "best-fit": "best-fit";
                spread: "spread";
                balanced: "balanced";
                "round-robin": "round-robin";
                pack: "pack";
            }>>;
            maxVcpuPerCore: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
            maxMemoryOvercommit: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
            spareHosts: z.ZodDefault<z.ZodEnum<{
                on: "on";
                standby: "standby";
            }>>;
            policy: z.ZodOptional<z.ZodString>;
        }, z.core.$strict>>;
        memoryState: z.ZodPrefault<z.ZodObject<{
            hysteresisPct: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>;
        rules: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
            name: z.ZodString;
            type: z.ZodLiteral<"affinity">;
            vms: z.ZodArray<z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            name: z.ZodString;
            type: z.ZodLiteral<"anti-affinity">;
            vms: z.ZodArray<z.ZodString>;
        }, z.core.$strict>, z.ZodObject<{
            name: z.ZodString;
            type: z.ZodLiteral<"vm-host">;
            vms: z.ZodArray<z.ZodString>;
            hosts: z.ZodArray<z.ZodString>;
            mode: z.ZodDefault<z.ZodEnum<{
                must: "must";
                should: "should";
                "must-not": "must-not";
                "should-not": "should-not";
            }>>;
        }, z.core.$strict>], "type">>>;
        ha: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            heartbeat: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            detection: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            maxRestartAttempts: z.ZodDefault<z.ZodNumber>;
            retryDelay: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            isolationResponse: z.ZodDefault<z.ZodEnum<{
                "power-off": "power-off";
                "leave-powered-on": "leave-powered-on";
            }>>;
            vmMonitoring: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                failureInterval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                manualRecovery: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            }, z.core.$strict>>;
            admissionControl: z.ZodPrefault<z.ZodObject<{
                policy: z.ZodDefault<z.ZodEnum<{
                    slots: "slots";
                    percentage: "percentage";
                    disabled: "disabled";
                    "failover-hosts": "failover-hosts";
                }>>;
                hostFailuresToTolerate: z.ZodDefault<z.ZodNumber>;
                cpuPct: z.ZodOptional<z.ZodNumber>;
                memoryPct: z.ZodOptional<z.ZodNumber>;
                failoverHosts: z.ZodDefault<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        drs: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            interval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            threshold: z.ZodDefault<z.ZodNumber>;
            maxConcurrentPerHost: z.ZodDefault<z.ZodNumber>;
            maxConcurrentPerCluster: z.ZodDefault<z.ZodNumber>;
            payback: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        }, z.core.$strict>>;
        migration: z.ZodPrefault<z.ZodObject<{
            maxDowntime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            maxRounds: z.ZodDefault<z.ZodNumber>;
            nonConvergence: z.ZodDefault<z.ZodEnum<{
                abort: "abort";
                "auto-converge": "auto-converge";
                force: "force";
            }>>;
        }, z.core.$strict>>;
        power: z.ZodPrefault<z.ZodObject<{
            dpm: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                targetUtilPct: z.ZodDefault<z.ZodNumber>;
                tolerancePct: z.ZodDefault<z.ZodNumber>;
                powerOnAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                powerOffAfter: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                interval: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                minHostsOn: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>>;
            schedule: z.ZodDefault<z.ZodArray<z.ZodObject<{
                days: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                    mon: "mon";
                    tue: "tue";
                    wed: "wed";
                    thu: "thu";
                    fri: "fri";
                    sat: "sat";
                    sun: "sun";
                }>>>;
                from: z.ZodString;
                to: z.ZodString;
                keepHosts: z.ZodOptional<z.ZodNumber>;
                keepPct: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
        hosts: z.ZodArray<z.ZodObject<{
            name: z.ZodDefault<z.ZodString>;
            count: z.ZodNumber;
            sockets: z.ZodDefault<z.ZodNumber>;
            coresPerSocket: z.ZodNumber;
            mhz: z.ZodNumber;
            memoryGiB: z.ZodNumber;
            hypervisor: z.ZodPrefault<z.ZodObject<{
                flavour: z.ZodDefault<z.ZodEnum<{
                    esxi: "esxi";
                    kvm: "kvm";
                }>>;
                cgroup: z.ZodDefault<z.ZodEnum<{
                    v1: "v1";
                    v2: "v2";
                }>>;
                type: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>]>>;
                cpuOverheadPct: z.ZodOptional<z.ZodNumber>;
                readyPerRun: z.ZodOptional<z.ZodNumber>;
                memoryOverheadMiB: z.ZodOptional<z.ZodNumber>;
                vmMemoryOverheadMiB: z.ZodDefault<z.ZodNumber>;
                memory: z.ZodPrefault<z.ZodObject<{
                    interVmSharing: z.ZodDefault<z.ZodBoolean>;
                    shareScanTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                    ksm: z.ZodPrefault<z.ZodObject<{
                        enabled: z.ZodDefault<z.ZodBoolean>;
                        pagesToScan: z.ZodDefault<z.ZodNumber>;
                        sleepMs: z.ZodDefault<z.ZodNumber>;
                    }, z.core.$strict>>;
                    balloon: z.ZodPrefault<z.ZodObject<{
                        enabled: z.ZodOptional<z.ZodBoolean>;
                        maxPct: z.ZodDefault<z.ZodNumber>;
                        rateMiBps: z.ZodDefault<z.ZodNumber>;
                    }, z.core.$strict>>;
                    idleTaxPct: z.ZodDefault<z.ZodNumber>;
                    compression: z.ZodPrefault<z.ZodObject<{
                        enabled: z.ZodOptional<z.ZodBoolean>;
                        cachePct: z.ZodDefault<z.ZodNumber>;
                    }, z.core.$strict>>;
                    zswap: z.ZodPrefault<z.ZodObject<{
                        enabled: z.ZodDefault<z.ZodBoolean>;
                        compressor: z.ZodDefault<z.ZodEnum<{
                            lz4: "lz4";
                            lzo: "lzo";
                            zstd: "zstd";
                        }>>;
                        allocator: z.ZodDefault<z.ZodEnum<{
                            zsmalloc: "zsmalloc";
                            zbud: "zbud";
                            z3fold: "z3fold";
                        }>>;
                        maxPoolPct: z.ZodDefault<z.ZodNumber>;
                    }, z.core.$strict>>;
                    swap: z.ZodPrefault<z.ZodObject<{
                        bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
                        latencyMs: z.ZodDefault<z.ZodNumber>;
                    }, z.core.$strict>>;
                    tick: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            foreignLoadCores: z.ZodDefault<z.ZodNumber>;
            power: z.ZodPrefault<z.ZodObject<{
                model: z.ZodDefault<z.ZodEnum<{
                    linear: "linear";
                    square: "square";
                    cubic: "cubic";
                    sqrt: "sqrt";
                    specpower: "specpower";
                }>>;
                idleW: z.ZodOptional<z.ZodNumber>;
                maxW: z.ZodOptional<z.ZodNumber>;
                server: z.ZodOptional<z.ZodString>;
                curve: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
                standbyW: z.ZodDefault<z.ZodNumber>;
                bootTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                bootW: z.ZodOptional<z.ZodNumber>;
                shutdownTime: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                shutdownW: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strict>>;
            rack: z.ZodOptional<z.ZodString>;
            nicGbps: z.ZodDefault<z.ZodNumber>;
            poweredOn: z.ZodDefault<z.ZodBoolean>;
            failures: z.ZodOptional<z.ZodObject<{
                preset: z.ZodOptional<z.ZodString>;
                timeBetweenFailures: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                    distribution: z.ZodLiteral<"exponential">;
                    meanHours: z.ZodNumber;
                }, z.core.$strict>, z.ZodObject<{
                    distribution: z.ZodLiteral<"weibull">;
                    shape: z.ZodNumber;
                    scaleHours: z.ZodNumber;
                }, z.core.$strict>, z.ZodObject<{
                    distribution: z.ZodLiteral<"lognormal">;
                    mu: z.ZodNumber;
                    sigma: z.ZodNumber;
                }, z.core.$strict>, z.ZodObject<{
                    distribution: z.ZodLiteral<"gamma">;
                    shape: z.ZodNumber;
                    scaleHours: z.ZodNumber;
                }, z.core.$strict>], "distribution">>;
                repair: z.ZodOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
                    distribution: z.ZodLiteral<"exponential">;
                    meanHours: z.ZodNumber;
                }, z.core.$strict>, z.ZodObject<{
                    distribution: z.ZodLiteral<"weibull">;
                    shape: z.ZodNumber;
                    scaleHours: z.ZodNumber;
                }, z.core.$strict>, z.ZodObject<{
                    distribution: z.ZodLiteral<"lognormal">;
                    mu: z.ZodNumber;
                    sigma: z.ZodNumber;
                }, z.core.$strict>, z.ZodObject<{
                    distribution: z.ZodLiteral<"gamma">;
                    shape: z.ZodNumber;
                    scaleHours: z.ZodNumber;
                }, z.core.$strict>], "distribution">>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        vms: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            count: z.ZodNumber;
            template: z.ZodString;
            workload: z.ZodDiscriminatedUnion<[z.ZodObject<{
                type: z.ZodLiteral<"constant">;
                cpu: z.ZodNumber;
                memory: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"diurnal">;
                low: z.ZodNumber;
                high: z.ZodNumber;
                peakHour: z.ZodDefault<z.ZodNumber>;
                weekendFactor: z.ZodDefault<z.ZodNumber>;
                noise: z.ZodDefault<z.ZodNumber>;
                memory: z.ZodDefault<z.ZodNumber>;
                memoryHigh: z.ZodOptional<z.ZodNumber>;
                phase: z.ZodDefault<z.ZodEnum<{
                    aligned: "aligned";
                    random: "random";
                }>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"random-walk">;
                start: z.ZodNumber;
                sigma: z.ZodNumber;
                min: z.ZodDefault<z.ZodNumber>;
                max: z.ZodDefault<z.ZodNumber>;
                memory: z.ZodDefault<z.ZodNumber>;
                phase: z.ZodDefault<z.ZodEnum<{
                    aligned: "aligned";
                    random: "random";
                }>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"uniform">;
                min: z.ZodNumber;
                max: z.ZodNumber;
                memory: z.ZodDefault<z.ZodNumber>;
                phase: z.ZodDefault<z.ZodEnum<{
                    aligned: "aligned";
                    random: "random";
                }>>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"on-off">;
                on: z.ZodNumber;
                off: z.ZodDefault<z.ZodNumber>;
                meanOn: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
                meanOff: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
                memory: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>, z.ZodObject<{
                type: z.ZodLiteral<"trace">;
                format: z.ZodEnum<{
                    planetlab: "planetlab";
                    csv: "csv";
                    "gwa-bitbrains": "gwa-bitbrains";
                }>;
                path: z.ZodString;
                interval: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                sampleAt: z.ZodDefault<z.ZodEnum<{
                    end: "end";
                    start: "start";
                }>>;
                referenceMhz: z.ZodOptional<z.ZodNumber>;
                reuse: z.ZodDefault<z.ZodBoolean>;
                memory: z.ZodDefault<z.ZodNumber>;
            }, z.core.$strict>], "type">;
            datastore: z.ZodOptional<z.ZodString>;
            provision: z.ZodOptional<z.ZodObject<{
                at: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                count: z.ZodOptional<z.ZodNumber>;
                source: z.ZodDefault<z.ZodEnum<{
                    template: "template";
                    clone: "clone";
                }>>;
                cloneOf: z.ZodOptional<z.ZodString>;
                mode: z.ZodDefault<z.ZodEnum<{
                    full: "full";
                    linked: "linked";
                }>>;
            }, z.core.$strict>>;
            autoscale: z.ZodOptional<z.ZodObject<{
                min: z.ZodNumber;
                max: z.ZodNumber;
                scaleOutAbovePct: z.ZodDefault<z.ZodNumber>;
                scaleInBelowPct: z.ZodDefault<z.ZodNumber>;
                for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                cooldown: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                check: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                shareLoad: z.ZodDefault<z.ZodBoolean>;
            }, z.core.$strict>>;
            replication: z.ZodOptional<z.ZodObject<{
                to: z.ZodString;
                rpo: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
                rto: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
            }, z.core.$strict>>;
            growth: z.ZodOptional<z.ZodObject<{
                cpuPctPerMonth: z.ZodDefault<z.ZodNumber>;
                memoryPctPerMonth: z.ZodDefault<z.ZodNumber>;
                model: z.ZodDefault<z.ZodEnum<{
                    linear: "linear";
                    compound: "compound";
                }>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>>;
        datastores: z.ZodDefault<z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            capacityGiB: z.ZodNumber;
            bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    outputs: z.ZodPrefault<z.ZodObject<{
        interval: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        hostSeries: z.ZodDefault<z.ZodBoolean>;
        events: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    alarms: z.ZodPrefault<z.ZodObject<{
        cpuReady: z.ZodPrefault<z.ZodNullable<z.ZodObject<{
            thresholdPct: z.ZodDefault<z.ZodNumber>;
            for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        }, z.core.$strict>>>;
        hostCpu: z.ZodPrefault<z.ZodNullable<z.ZodObject<{
            thresholdPct: z.ZodDefault<z.ZodNumber>;
            for: z.ZodPrefault<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
        }, z.core.$strict>>>;
        hostSwapping: z.ZodDefault<z.ZodBoolean>;
        hostMemoryState: z.ZodDefault<z.ZodNullable<z.ZodEnum<{
            low: "low";
            soft: "soft";
            hard: "hard";
        }>>>;
    }, z.core.$strict>>;
    energy: z.ZodPrefault<z.ZodObject<{
        pue: z.ZodDefault<z.ZodNumber>;
        pricePerKWh: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        currency: z.ZodDefault<z.ZodString>;
        gridGramsCo2PerKWh: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        pueByHour: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        tariff: z.ZodDefault<z.ZodArray<z.ZodObject<{
            days: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                mon: "mon";
                tue: "tue";
                wed: "wed";
                thu: "thu";
                fri: "fri";
                sat: "sat";
                sun: "sun";
            }>>>;
            from: z.ZodString;
            to: z.ZodString;
            pricePerKWh: z.ZodNumber;
        }, z.core.$strict>>>;
        gridGramsCo2ByHour: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        embodiedKgCo2PerServer: z.ZodDefault<z.ZodNumber>;
        serverLifeYears: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    finance: z.ZodPrefault<z.ZodObject<{
        serverPrice: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
        licencePerHostYear: z.ZodDefault<z.ZodNumber>;
        adminPerServerYear: z.ZodDefault<z.ZodNumber>;
        baseline: z.ZodPrefault<z.ZodObject<{
            vmsPerServer: z.ZodDefault<z.ZodNumber>;
            serverPrice: z.ZodDefault<z.ZodNullable<z.ZodNumber>>;
            idleW: z.ZodOptional<z.ZodNumber>;
            maxW: z.ZodOptional<z.ZodNumber>;
            cores: z.ZodOptional<z.ZodNumber>;
            mhz: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    datastores: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        capacityGiB: z.ZodNumber;
        bandwidthMiBps: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>>;
    events: z.ZodDefault<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"host-failure">;
        host: z.ZodString;
        repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"host-repair">;
        host: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"domain-failure">;
        domain: z.ZodString;
        repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"site-failure">;
        site: z.ZodString;
        repairAfter: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"host-isolation">;
        host: z.ZodString;
        duration: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"maintenance">;
        host: z.ZodString;
        duration: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"migrate">;
        vm: z.ZodString;
        host: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"power-on">;
        host: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"power-off">;
        host: z.ZodString;
        retire: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"create-vms">;
        group: z.ZodString;
        count: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"delete-vms">;
        group: z.ZodString;
        count: z.ZodNumber;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"hot-add">;
        vm: z.ZodOptional<z.ZodString>;
        group: z.ZodOptional<z.ZodString>;
        addVcpus: z.ZodDefault<z.ZodNumber>;
        addMemoryGiB: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"snapshot">;
        vm: z.ZodOptional<z.ZodString>;
        group: z.ZodOptional<z.ZodString>;
        action: z.ZodEnum<{
            create: "create";
            delete: "delete";
        }>;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"storage-migrate">;
        vm: z.ZodString;
        datastore: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        at: z.ZodPipe<z.ZodString, z.ZodTransform<number, string>>;
        type: z.ZodLiteral<"cluster-policy">;
        cluster: z.ZodString;
        maxVcpuPerCore: z.ZodOptional<z.ZodNumber>;
        maxMemoryOvercommit: z.ZodOptional<z.ZodNumber>;
        drsThreshold: z.ZodOptional<z.ZodNumber>;
        dpmTargetUtilPct: z.ZodOptional<z.ZodNumber>;
        haAdmission: z.ZodOptional<z.ZodEnum<{
            slots: "slots";
            percentage: "percentage";
            disabled: "disabled";
        }>>;
        hostFailuresToTolerate: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>], "type">>>;
    sweep: z.ZodOptional<z.ZodObject<{
        set: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodUnion<readonly [z.ZodNumber, z.ZodBoolean, z.ZodString, z.ZodNull]>>>;
        replications: z.ZodDefault<z.ZodNumber>;
        objectives: z.ZodOptional<z.ZodArray<z.ZodString>>;
        frontier: z.ZodOptional<z.ZodEnum<{
            ci95: "ci95";
            mean: "mean";
        }>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** The raw file shape (what a user writes). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** The parsed file (defaults filled, durations in ms), before traces are loaded. */
export type ScenarioSpec = z.output<typeof ScenarioSchema>;
export type TemplateSpec = z.output<typeof Template>;
export type WorkloadSpec = z.output<typeof Workload>;
export type HostGroupSpec = z.output<typeof HostGroup>;
export type VmGroupSpec = z.output<typeof VmGroup>;
export type ClusterSpec = z.output<typeof Cluster>;
export type AlarmsSpec = z.output<typeof Alarms>;
export type EnergySpec = z.output<typeof Energy>;
export type FinanceSpec = z.output<typeof Finance>;
export type ScenarioEventSpec = z.output<typeof ScenarioEvent>;
export type FailureDistributionSpec = z.output<typeof FailureDistribution>;
export type RuleSpec = z.output<typeof Rule>;
export type HaSpec = z.output<typeof Ha>;
export type DatastoreSpec = z.output<typeof Datastore>;
export type ProvisionSpec = z.output<typeof Provision>;
export type AutoscaleSpec = z.output<typeof Autoscale>;
export type ReplicationSpec = z.output<typeof Replication>;
export type GrowthSpec = z.output<typeof Growth>;
