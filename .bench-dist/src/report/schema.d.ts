/**
 * The report contract: what `report.json` holds, for the web viewer and any other reader.
 * The viewer imports only this module. Changing the shape means bumping REPORT_VERSION and
 * saying what changed in the history below.
 *
 * Version history:
 * - 1: run metadata, headline figures (datacenter and per cluster), clusters, hosts, per-VM
 *      summary, cluster series, optional host series, first events.
 * - 2: memory reclamation: headline.memory gains shared / ballooned / compressed / swapped
 *      figures, swap traffic, stall and blocked allocations; cluster and host series gain the
 *      same per interval; vms gain per-VM reclamation means and stall.
 * - 3: alarms: the rules in force, counts by rule, the alarms raised (when, where, how long, peak)
 *      and alarm.raised / alarm.cleared events.
 * - 4: headline.energy gains facility energy (PUE), cost, operational and embodied CO2.
 * - 5: lifecycle: headline.availability (outages, downtime by reason, nines, HA restarts,
 *      incidents, per restart priority) and headline.migrations; lifecycle events (host failures,
 *      HA restarts, migrations, DRS, maintenance); cluster series gain hostsUp, vmsDown,
 *      failoverHosts, imbalance and migrationsActive; host series gain upPct and state; hosts and
 *      vms gain failures / outages / downtime / availability / migrations; top-level incidents,
 *      host-group failure statistics and migration records. Capacity series count hosts only
 *      while they serve. Power states and finance: headline.energy gains the energy by host state
 *      (serving, transitions, standby) and prices each hour (time-of-use, hourly PUE and grid
 *      intensity); headline.finance compares the run with a physical baseline; cluster series gain
 *      power by host state; top-level energy.hours holds the datacenter's hourly energy and cost.
 * - 6: power management apart from maintenance: host state `entering-standby`; events
 *      host.standby-entering / -evacuated / -aborted (reason dpm, power-window or power-off).
 *      energy.clusters: each cluster's hourly energy. comparison: the clusters side by side
 *      (energy, cost, CO2, hosts on, CPU ready, swap, availability, migrations), each against
 *      the first, with an annualised finance sentence per cluster.
 * - 7: lifecycle events cluster.policy-changed / -refused and host.repair-skipped (scripted
 *      policy changes and repairs). Achieved density: headline.density (hosts in use at initial placement, vCPU:pCPU and
 *      memory overcommit over them, mean and busiest host, beside the caps, and which constraint
 *      bound each placement); headline.hostsInUse, and vcpuPerCore / memoryOvercommit now over
 *      the hosts serving VMs at the end (empty hosts no longer dilute them).
 *      Events: every event up to a budget, then annotating kinds folded into events.aggregated
 *      (hourly counts, first and last); truncated only when kept kinds were cut too.
 *      headline.migrations gains byReason.
 *
 * Conventions: times `t` are ms from the run start (the series' `t` is each interval's start);
 * percentages are 0–100; CPU in MHz (or GHz where named), memory in MiB (or GiB where named),
 * energy in kWh. Ids are hierarchical: `site/cluster/host-001`, `site/cluster/group-0001`.
 */
import { z } from 'zod';
export declare const REPORT_VERSION = 7;
/** Headline figures for a set of hosts and their VMs (one cluster or the whole datacenter). */
export declare const Headline: z.ZodObject<{
    hosts: z.ZodNumber;
    hostsInUse: z.ZodNumber;
    cores: z.ZodNumber;
    vms: z.ZodNumber;
    vmsPlaced: z.ZodNumber;
    vmsUnplaceable: z.ZodNumber;
    vcpus: z.ZodNumber;
    vcpuPerCore: z.ZodNumber;
    hostMemoryGiB: z.ZodNumber;
    vmMemoryGiB: z.ZodNumber;
    memoryOvercommit: z.ZodNumber;
    density: z.ZodObject<{
        measuredAt: z.ZodLiteral<"initial placement">;
        hostsInUse: z.ZodNumber;
        hostsSpare: z.ZodNumber;
        spareHosts: z.ZodEnum<{
            on: "on";
            standby: "standby";
            mixed: "mixed";
        }>;
        vcpuPerCore: z.ZodNumber;
        busiestVcpuPerCore: z.ZodNumber;
        maxVcpuPerCore: z.ZodNullable<z.ZodNumber>;
        memoryOvercommit: z.ZodNumber;
        busiestMemoryOvercommit: z.ZodNumber;
        maxMemoryOvercommit: z.ZodNullable<z.ZodNumber>;
        boundBy: z.ZodObject<{
            none: z.ZodNumber;
            cpuCap: z.ZodNumber;
            memoryCap: z.ZodNumber;
            reservations: z.ZodNumber;
            rules: z.ZodNumber;
            hostWidth: z.ZodNumber;
        }, z.core.$strip>;
        unplacedBoundBy: z.ZodObject<{
            none: z.ZodNumber;
            cpuCap: z.ZodNumber;
            memoryCap: z.ZodNumber;
            reservations: z.ZodNumber;
            rules: z.ZodNumber;
            hostWidth: z.ZodNumber;
        }, z.core.$strip>;
        binding: z.ZodEnum<{
            none: "none";
            rules: "rules";
            cpuCap: "cpuCap";
            memoryCap: "memoryCap";
            reservations: "reservations";
            hostWidth: "hostWidth";
        }>;
    }, z.core.$strip>;
    cpu: z.ZodObject<{
        capacityGHz: z.ZodNumber;
        meanDemandGHz: z.ZodNumber;
        meanGrantedGHz: z.ZodNumber;
        meanUtilPct: z.ZodNumber;
        peakUtilPct: z.ZodNumber;
        unmetDemandPct: z.ZodNumber;
    }, z.core.$strip>;
    cpuReady: z.ZodObject<{
        meanPct: z.ZodNumber;
        p95OfVmP95Pct: z.ZodNumber;
        worstVmP95Pct: z.ZodNumber;
        vmsOver5PctP95: z.ZodNumber;
        band: z.ZodEnum<{
            fine: "fine";
            watch: "watch";
            significant: "significant";
            bad: "bad";
        }>;
    }, z.core.$strip>;
    memory: z.ZodObject<{
        peakConsumedGiB: z.ZodNumber;
        lowestFreeMiB: z.ZodNumber;
        hostsEverBelowHigh: z.ZodNumber;
        stateHours: z.ZodObject<{
            high: z.ZodNumber;
            clear: z.ZodNumber;
            soft: z.ZodNumber;
            hard: z.ZodNumber;
            low: z.ZodNumber;
        }, z.core.$strip>;
        sharedSavedGiB: z.ZodNumber;
        balloonedGiB: z.ZodNumber;
        compressionCacheGiB: z.ZodNumber;
        compressionSavedGiB: z.ZodNumber;
        swappedGiB: z.ZodNumber;
        peakSwappedGiB: z.ZodNumber;
        swapInGiB: z.ZodNumber;
        swapOutGiB: z.ZodNumber;
        stallPct: z.ZodNumber;
        blockedGiBHours: z.ZodNumber;
    }, z.core.$strip>;
    energy: z.ZodObject<{
        itKWh: z.ZodNumber;
        meanPowerKW: z.ZodNumber;
        pue: z.ZodNumber;
        facilityKWh: z.ZodNumber;
        cost: z.ZodNullable<z.ZodNumber>;
        currency: z.ZodString;
        operationalKgCo2: z.ZodNullable<z.ZodNumber>;
        embodiedKgCo2: z.ZodNumber;
        servingKWh: z.ZodNumber;
        transitionKWh: z.ZodNumber;
        standbyKWh: z.ZodNumber;
    }, z.core.$strip>;
    finance: z.ZodObject<{
        currency: z.ZodString;
        servers: z.ZodNumber;
        baselineServers: z.ZodNumber;
        serversSaved: z.ZodNumber;
        itKWh: z.ZodNumber;
        baselineItKWh: z.ZodNumber;
        facilityKWh: z.ZodNumber;
        baselineFacilityKWh: z.ZodNumber;
        energyCost: z.ZodNullable<z.ZodNumber>;
        baselineEnergyCost: z.ZodNullable<z.ZodNumber>;
        hardwareCost: z.ZodNullable<z.ZodNumber>;
        baselineHardwareCost: z.ZodNullable<z.ZodNumber>;
        licenceCost: z.ZodNumber;
        adminCost: z.ZodNumber;
        baselineAdminCost: z.ZodNumber;
        totalCost: z.ZodNullable<z.ZodNumber>;
        baselineTotalCost: z.ZodNullable<z.ZodNumber>;
        saving: z.ZodNullable<z.ZodNumber>;
        savingPct: z.ZodNullable<z.ZodNumber>;
        kgCo2: z.ZodNullable<z.ZodNumber>;
        baselineKgCo2: z.ZodNullable<z.ZodNumber>;
        kgCo2Saved: z.ZodNullable<z.ZodNumber>;
    }, z.core.$strip>;
    availability: z.ZodObject<{
        vmsEverRunning: z.ZodNumber;
        meanVmAvailabilityPct: z.ZodNumber;
        worstVmAvailabilityPct: z.ZodNumber;
        nines: z.ZodNumber;
        outages: z.ZodNumber;
        downtimeVmHours: z.ZodNumber;
        downtimeByReasonVmHours: z.ZodRecord<z.ZodString, z.ZodNumber>;
        vmsDownAtEnd: z.ZodNumber;
        hostFailures: z.ZodNumber;
        incidents: z.ZodNumber;
        restarts: z.ZodNumber;
        meanRecoveryS: z.ZodNumber;
        worstRecoveryS: z.ZodNumber;
        byPriority: z.ZodObject<{
            disabled: z.ZodObject<{
                vms: z.ZodNumber;
                meanAvailabilityPct: z.ZodNumber;
                downtimeVmHours: z.ZodNumber;
            }, z.core.$strip>;
            low: z.ZodObject<{
                vms: z.ZodNumber;
                meanAvailabilityPct: z.ZodNumber;
                downtimeVmHours: z.ZodNumber;
            }, z.core.$strip>;
            medium: z.ZodObject<{
                vms: z.ZodNumber;
                meanAvailabilityPct: z.ZodNumber;
                downtimeVmHours: z.ZodNumber;
            }, z.core.$strip>;
            high: z.ZodObject<{
                vms: z.ZodNumber;
                meanAvailabilityPct: z.ZodNumber;
                downtimeVmHours: z.ZodNumber;
            }, z.core.$strip>;
        }, z.core.$strip>;
    }, z.core.$strip>;
    migrations: z.ZodObject<{
        completed: z.ZodNumber;
        aborted: z.ZodNumber;
        meanDurationS: z.ZodNumber;
        transferredGiB: z.ZodNumber;
        meanDowntimeMs: z.ZodNumber;
        maxDowntimeMs: z.ZodNumber;
        byReason: z.ZodRecord<z.ZodString, z.ZodNumber>;
    }, z.core.$strip>;
}, z.core.$strip>;
/** Lifecycle events: failures, HA, migrations, balancing, maintenance, power. */
export declare const LIFECYCLE_EVENT_TYPES: readonly ["host.failed", "host.repaired", "domain.failed", "ha.failure-detected", "vm.down", "vm.restarting", "vm.restarted", "ha.restart-failed", "ha.incident-recovered", "host.isolated", "host.isolation-ended", "migration.started", "migration.completed", "migration.aborted", "migration.refused", "drs.recommendation", "host.maintenance-entered", "host.maintenance-ready", "host.maintenance-exited", "host.maintenance-refused", "host.evacuation-blocked", "host.power", "host.power-skipped", "host.standby-entering", "host.standby-evacuated", "host.standby-aborted", "vm.provisioning", "vm.created", "vm.ready", "vm.create-failed", "vm.deleted", "create-vms.incomplete", "autoscale.out", "autoscale.in", "vm.hot-added", "vm.reconfigured", "vm.rebooting-for-change", "vm.rebooted-for-change", "hot-add.refused", "vm.paused", "vm.resumed", "datastore.full", "datastore.space-freed", "snapshot.created", "snapshot.deleted", "snapshot.refused", "storage-migration.started", "storage-migration.completed", "storage-migration.refused", "action", "vm.guest-failed", "vm.guest-restarted", "site.failed", "site.repaired", "dr.failover-started", "dr.replica-running", "dr.failback-completed", "cluster.policy-changed", "cluster.policy-refused", "host.repair-skipped"];
export declare const ReportEvent: z.ZodUnion<readonly [z.ZodObject<{
    t: z.ZodNumber;
    type: z.ZodLiteral<"vm.placed">;
    vm: z.ZodString;
    host: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    t: z.ZodNumber;
    type: z.ZodLiteral<"vm.unplaceable">;
    vm: z.ZodString;
    reason: z.ZodString;
}, z.core.$strip>, z.ZodObject<{
    t: z.ZodNumber;
    type: z.ZodLiteral<"host.memory-state">;
    host: z.ZodString;
    from: z.ZodEnum<{
        low: "low";
        high: "high";
        clear: "clear";
        soft: "soft";
        hard: "hard";
    }>;
    to: z.ZodEnum<{
        low: "low";
        high: "high";
        clear: "clear";
        soft: "soft";
        hard: "hard";
    }>;
}, z.core.$strip>, z.ZodObject<{
    t: z.ZodNumber;
    type: z.ZodLiteral<"alarm.raised">;
    rule: z.ZodEnum<{
        "cpu-ready": "cpu-ready";
        "host-cpu": "host-cpu";
        "host-swapping": "host-swapping";
        "host-memory-state": "host-memory-state";
    }>;
    target: z.ZodString;
    value: z.ZodNumber;
    threshold: z.ZodNumber;
    since: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    t: z.ZodNumber;
    type: z.ZodLiteral<"alarm.cleared">;
    rule: z.ZodEnum<{
        "cpu-ready": "cpu-ready";
        "host-cpu": "host-cpu";
        "host-swapping": "host-swapping";
        "host-memory-state": "host-memory-state";
    }>;
    target: z.ZodString;
    raisedAt: z.ZodNumber;
    peak: z.ZodNumber;
}, z.core.$strip>, z.ZodObject<{
    t: z.ZodNumber;
    type: z.ZodEnum<{
        action: "action";
        "host.failed": "host.failed";
        "host.repaired": "host.repaired";
        "domain.failed": "domain.failed";
        "ha.failure-detected": "ha.failure-detected";
        "vm.down": "vm.down";
        "vm.restarting": "vm.restarting";
        "vm.restarted": "vm.restarted";
        "ha.restart-failed": "ha.restart-failed";
        "ha.incident-recovered": "ha.incident-recovered";
        "host.isolated": "host.isolated";
        "host.isolation-ended": "host.isolation-ended";
        "migration.started": "migration.started";
        "migration.completed": "migration.completed";
        "migration.aborted": "migration.aborted";
        "migration.refused": "migration.refused";
        "drs.recommendation": "drs.recommendation";
        "host.maintenance-entered": "host.maintenance-entered";
        "host.maintenance-ready": "host.maintenance-ready";
        "host.maintenance-exited": "host.maintenance-exited";
        "host.maintenance-refused": "host.maintenance-refused";
        "host.evacuation-blocked": "host.evacuation-blocked";
        "host.power": "host.power";
        "host.power-skipped": "host.power-skipped";
        "host.standby-entering": "host.standby-entering";
        "host.standby-evacuated": "host.standby-evacuated";
        "host.standby-aborted": "host.standby-aborted";
        "vm.provisioning": "vm.provisioning";
        "vm.created": "vm.created";
        "vm.ready": "vm.ready";
        "vm.create-failed": "vm.create-failed";
        "vm.deleted": "vm.deleted";
        "create-vms.incomplete": "create-vms.incomplete";
        "autoscale.out": "autoscale.out";
        "autoscale.in": "autoscale.in";
        "vm.hot-added": "vm.hot-added";
        "vm.reconfigured": "vm.reconfigured";
        "vm.rebooting-for-change": "vm.rebooting-for-change";
        "vm.rebooted-for-change": "vm.rebooted-for-change";
        "hot-add.refused": "hot-add.refused";
        "vm.paused": "vm.paused";
        "vm.resumed": "vm.resumed";
        "datastore.full": "datastore.full";
        "datastore.space-freed": "datastore.space-freed";
        "snapshot.created": "snapshot.created";
        "snapshot.deleted": "snapshot.deleted";
        "snapshot.refused": "snapshot.refused";
        "storage-migration.started": "storage-migration.started";
        "storage-migration.completed": "storage-migration.completed";
        "storage-migration.refused": "storage-migration.refused";
        "vm.guest-failed": "vm.guest-failed";
        "vm.guest-restarted": "vm.guest-restarted";
        "site.failed": "site.failed";
        "site.repaired": "site.repaired";
        "dr.failover-started": "dr.failover-started";
        "dr.replica-running": "dr.replica-running";
        "dr.failback-completed": "dr.failback-completed";
        "cluster.policy-changed": "cluster.policy-changed";
        "cluster.policy-refused": "cluster.policy-refused";
        "host.repair-skipped": "host.repair-skipped";
    }>;
}, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>]>;
export declare const Alarm: z.ZodObject<{
    rule: z.ZodEnum<{
        "cpu-ready": "cpu-ready";
        "host-cpu": "host-cpu";
        "host-swapping": "host-swapping";
        "host-memory-state": "host-memory-state";
    }>;
    target: z.ZodString;
    since: z.ZodNumber;
    raisedAt: z.ZodNumber;
    clearedAt: z.ZodNullable<z.ZodNumber>;
    durationMs: z.ZodNumber;
    peak: z.ZodNumber;
    threshold: z.ZodNumber;
    unit: z.ZodString;
}, z.core.$strip>;
export declare const ClusterSeries: z.ZodObject<{
    capacityMhz: z.ZodArray<z.ZodNumber>;
    demandMhz: z.ZodArray<z.ZodNumber>;
    grantedMhz: z.ZodArray<z.ZodNumber>;
    utilPct: z.ZodArray<z.ZodNumber>;
    maxHostUtilPct: z.ZodArray<z.ZodNumber>;
    readyMeanPct: z.ZodArray<z.ZodNumber>;
    readyP50Pct: z.ZodArray<z.ZodNumber>;
    readyP95Pct: z.ZodArray<z.ZodNumber>;
    readyP99Pct: z.ZodArray<z.ZodNumber>;
    memoryMiB: z.ZodArray<z.ZodNumber>;
    consumedMiB: z.ZodArray<z.ZodNumber>;
    activeMiB: z.ZodArray<z.ZodNumber>;
    powerW: z.ZodArray<z.ZodNumber>;
    energyWh: z.ZodArray<z.ZodNumber>;
    worstMemState: z.ZodArray<z.ZodEnum<{
        low: "low";
        high: "high";
        clear: "clear";
        soft: "soft";
        hard: "hard";
    }>>;
    sharedMiB: z.ZodArray<z.ZodNumber>;
    balloonMiB: z.ZodArray<z.ZodNumber>;
    compressedMiB: z.ZodArray<z.ZodNumber>;
    compressionSavedMiB: z.ZodArray<z.ZodNumber>;
    swappedMiB: z.ZodArray<z.ZodNumber>;
    swapInMiBps: z.ZodArray<z.ZodNumber>;
    swapOutMiBps: z.ZodArray<z.ZodNumber>;
    stallPct: z.ZodArray<z.ZodNumber>;
    hostsUp: z.ZodArray<z.ZodNumber>;
    vmsDown: z.ZodArray<z.ZodNumber>;
    failoverHosts: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
    imbalance: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
    migrationsActive: z.ZodArray<z.ZodNumber>;
    powerServingW: z.ZodArray<z.ZodNumber>;
    powerTransitionW: z.ZodArray<z.ZodNumber>;
    powerStandbyW: z.ZodArray<z.ZodNumber>;
    hostsStandby: z.ZodArray<z.ZodNumber>;
}, z.core.$strip>;
export declare const HostSeries: z.ZodObject<{
    utilPct: z.ZodArray<z.ZodNumber>;
    readyPct: z.ZodArray<z.ZodNumber>;
    consumedMiB: z.ZodArray<z.ZodNumber>;
    activeMiB: z.ZodArray<z.ZodNumber>;
    powerW: z.ZodArray<z.ZodNumber>;
    memState: z.ZodArray<z.ZodEnum<{
        low: "low";
        high: "high";
        clear: "clear";
        soft: "soft";
        hard: "hard";
    }>>;
    sharedMiB: z.ZodArray<z.ZodNumber>;
    balloonMiB: z.ZodArray<z.ZodNumber>;
    compressedMiB: z.ZodArray<z.ZodNumber>;
    swappedMiB: z.ZodArray<z.ZodNumber>;
    stallPct: z.ZodArray<z.ZodNumber>;
    upPct: z.ZodArray<z.ZodNumber>;
    state: z.ZodArray<z.ZodEnum<{
        maintenance: "maintenance";
        on: "on";
        failed: "failed";
        standby: "standby";
        booting: "booting";
        "shutting-down": "shutting-down";
        isolated: "isolated";
        "entering-standby": "entering-standby";
    }>>;
}, z.core.$strip>;
export declare const Incident: z.ZodObject<{
    id: z.ZodNumber;
    t: z.ZodNumber;
    cause: z.ZodString;
    hosts: z.ZodArray<z.ZodString>;
    vmsAffected: z.ZodNumber;
    vmsRecovered: z.ZodNumber;
    recoveredAt: z.ZodNullable<z.ZodNumber>;
    recoveryMs: z.ZodNullable<z.ZodNumber>;
}, z.core.$strip>;
export declare const MigrationItem: z.ZodObject<{
    vm: z.ZodString;
    from: z.ZodString;
    to: z.ZodString;
    reason: z.ZodString;
    startedAt: z.ZodNumber;
    durationMs: z.ZodNumber;
    rounds: z.ZodNumber;
    transferredMiB: z.ZodNumber;
    downtimeMs: z.ZodNumber;
    converged: z.ZodBoolean;
}, z.core.$strip>;
/** The figures a cluster is compared on (one row of the comparison table). */
declare const ComparisonFigures: z.ZodObject<{
    itKWh: z.ZodNumber;
    facilityKWh: z.ZodNumber;
    cost: z.ZodNullable<z.ZodNumber>;
    kgCo2: z.ZodNullable<z.ZodNumber>;
    meanHostsOn: z.ZodNumber;
    cpuReadyMeanPct: z.ZodNumber;
    cpuReadyP95Pct: z.ZodNumber;
    swappedGiB: z.ZodNumber;
    availabilityPct: z.ZodNumber;
    migrations: z.ZodNumber;
}, z.core.$strip>;
/** Clusters side by side, each against the first: the answer when clusters are variants of one design. */
export declare const ClusterComparison: z.ZodObject<{
    reference: z.ZodString;
    durationMs: z.ZodNumber;
    yearFactor: z.ZodNumber;
    currency: z.ZodString;
    rows: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        hosts: z.ZodNumber;
        vms: z.ZodNumber;
        figures: z.ZodObject<{
            itKWh: z.ZodNumber;
            facilityKWh: z.ZodNumber;
            cost: z.ZodNullable<z.ZodNumber>;
            kgCo2: z.ZodNullable<z.ZodNumber>;
            meanHostsOn: z.ZodNumber;
            cpuReadyMeanPct: z.ZodNumber;
            cpuReadyP95Pct: z.ZodNumber;
            swappedGiB: z.ZodNumber;
            availabilityPct: z.ZodNumber;
            migrations: z.ZodNumber;
        }, z.core.$strip>;
        difference: z.ZodNullable<z.ZodObject<{
            itKWh: z.ZodNumber;
            facilityKWh: z.ZodNumber;
            cost: z.ZodNullable<z.ZodNumber>;
            kgCo2: z.ZodNullable<z.ZodNumber>;
            meanHostsOn: z.ZodNumber;
            cpuReadyMeanPct: z.ZodNumber;
            cpuReadyP95Pct: z.ZodNumber;
            swappedGiB: z.ZodNumber;
            availabilityPct: z.ZodNumber;
            migrations: z.ZodNumber;
        }, z.core.$strip>>;
        sentence: z.ZodString;
    }, z.core.$strip>>;
    assumptions: z.ZodString;
}, z.core.$strip>;
export declare const ReportSchema: z.ZodObject<{
    schema: z.ZodLiteral<"dcsim-report">;
    version: z.ZodLiteral<7>;
    generator: z.ZodObject<{
        name: z.ZodLiteral<"dcsim">;
        version: z.ZodString;
    }, z.core.$strip>;
    run: z.ZodObject<{
        scenario: z.ZodString;
        description: z.ZodString;
        file: z.ZodString;
        sha256: z.ZodString;
        seed: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
        start: z.ZodString;
        durationMs: z.ZodNumber;
        stepMs: z.ZodNumber;
        intervalMs: z.ZodNumber;
        warnings: z.ZodArray<z.ZodString>;
    }, z.core.$strip>;
    headline: z.ZodObject<{
        hosts: z.ZodNumber;
        hostsInUse: z.ZodNumber;
        cores: z.ZodNumber;
        vms: z.ZodNumber;
        vmsPlaced: z.ZodNumber;
        vmsUnplaceable: z.ZodNumber;
        vcpus: z.ZodNumber;
        vcpuPerCore: z.ZodNumber;
        hostMemoryGiB: z.ZodNumber;
        vmMemoryGiB: z.ZodNumber;
        memoryOvercommit: z.ZodNumber;
        density: z.ZodObject<{
            measuredAt: z.ZodLiteral<"initial placement">;
            hostsInUse: z.ZodNumber;
            hostsSpare: z.ZodNumber;
            spareHosts: z.ZodEnum<{
                on: "on";
                standby: "standby";
                mixed: "mixed";
            }>;
            vcpuPerCore: z.ZodNumber;
            busiestVcpuPerCore: z.ZodNumber;
            maxVcpuPerCore: z.ZodNullable<z.ZodNumber>;
            memoryOvercommit: z.ZodNumber;
            busiestMemoryOvercommit: z.ZodNumber;
            maxMemoryOvercommit: z.ZodNullable<z.ZodNumber>;
            boundBy: z.ZodObject<{
                none: z.ZodNumber;
                cpuCap: z.ZodNumber;
                memoryCap: z.ZodNumber;
                reservations: z.ZodNumber;
                rules: z.ZodNumber;
                hostWidth: z.ZodNumber;
            }, z.core.$strip>;
            unplacedBoundBy: z.ZodObject<{
                none: z.ZodNumber;
                cpuCap: z.ZodNumber;
                memoryCap: z.ZodNumber;
                reservations: z.ZodNumber;
                rules: z.ZodNumber;
                hostWidth: z.ZodNumber;
            }, z.core.$strip>;
            binding: z.ZodEnum<{
                none: "none";
                rules: "rules";
                cpuCap: "cpuCap";
                memoryCap: "memoryCap";
                reservations: "reservations";
                hostWidth: "hostWidth";
            }>;
        }, z.core.$strip>;
        cpu: z.ZodObject<{
            capacityGHz: z.ZodNumber;
            meanDemandGHz: z.ZodNumber;
            meanGrantedGHz: z.ZodNumber;
            meanUtilPct: z.ZodNumber;
            peakUtilPct: z.ZodNumber;
            unmetDemandPct: z.ZodNumber;
        }, z.core.$strip>;
        cpuReady: z.ZodObject<{
            meanPct: z.ZodNumber;
            p95OfVmP95Pct: z.ZodNumber;
            worstVmP95Pct: z.ZodNumber;
            vmsOver5PctP95: z.ZodNumber;
            band: z.ZodEnum<{
                fine: "fine";
                watch: "watch";
                significant: "significant";
                bad: "bad";
            }>;
        }, z.core.$strip>;
        memory: z.ZodObject<{
            peakConsumedGiB: z.ZodNumber;
            lowestFreeMiB: z.ZodNumber;
            hostsEverBelowHigh: z.ZodNumber;
            stateHours: z.ZodObject<{
                high: z.ZodNumber;
                clear: z.ZodNumber;
                soft: z.ZodNumber;
                hard: z.ZodNumber;
                low: z.ZodNumber;
            }, z.core.$strip>;
            sharedSavedGiB: z.ZodNumber;
            balloonedGiB: z.ZodNumber;
            compressionCacheGiB: z.ZodNumber;
            compressionSavedGiB: z.ZodNumber;
            swappedGiB: z.ZodNumber;
            peakSwappedGiB: z.ZodNumber;
            swapInGiB: z.ZodNumber;
            swapOutGiB: z.ZodNumber;
            stallPct: z.ZodNumber;
            blockedGiBHours: z.ZodNumber;
        }, z.core.$strip>;
        energy: z.ZodObject<{
            itKWh: z.ZodNumber;
            meanPowerKW: z.ZodNumber;
            pue: z.ZodNumber;
            facilityKWh: z.ZodNumber;
            cost: z.ZodNullable<z.ZodNumber>;
            currency: z.ZodString;
            operationalKgCo2: z.ZodNullable<z.ZodNumber>;
            embodiedKgCo2: z.ZodNumber;
            servingKWh: z.ZodNumber;
            transitionKWh: z.ZodNumber;
            standbyKWh: z.ZodNumber;
        }, z.core.$strip>;
        finance: z.ZodObject<{
            currency: z.ZodString;
            servers: z.ZodNumber;
            baselineServers: z.ZodNumber;
            serversSaved: z.ZodNumber;
            itKWh: z.ZodNumber;
            baselineItKWh: z.ZodNumber;
            facilityKWh: z.ZodNumber;
            baselineFacilityKWh: z.ZodNumber;
            energyCost: z.ZodNullable<z.ZodNumber>;
            baselineEnergyCost: z.ZodNullable<z.ZodNumber>;
            hardwareCost: z.ZodNullable<z.ZodNumber>;
            baselineHardwareCost: z.ZodNullable<z.ZodNumber>;
            licenceCost: z.ZodNumber;
            adminCost: z.ZodNumber;
            baselineAdminCost: z.ZodNumber;
            totalCost: z.ZodNullable<z.ZodNumber>;
            baselineTotalCost: z.ZodNullable<z.ZodNumber>;
            saving: z.ZodNullable<z.ZodNumber>;
            savingPct: z.ZodNullable<z.ZodNumber>;
            kgCo2: z.ZodNullable<z.ZodNumber>;
            baselineKgCo2: z.ZodNullable<z.ZodNumber>;
            kgCo2Saved: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>;
        availability: z.ZodObject<{
            vmsEverRunning: z.ZodNumber;
            meanVmAvailabilityPct: z.ZodNumber;
            worstVmAvailabilityPct: z.ZodNumber;
            nines: z.ZodNumber;
            outages: z.ZodNumber;
            downtimeVmHours: z.ZodNumber;
            downtimeByReasonVmHours: z.ZodRecord<z.ZodString, z.ZodNumber>;
            vmsDownAtEnd: z.ZodNumber;
            hostFailures: z.ZodNumber;
            incidents: z.ZodNumber;
            restarts: z.ZodNumber;
            meanRecoveryS: z.ZodNumber;
            worstRecoveryS: z.ZodNumber;
            byPriority: z.ZodObject<{
                disabled: z.ZodObject<{
                    vms: z.ZodNumber;
                    meanAvailabilityPct: z.ZodNumber;
                    downtimeVmHours: z.ZodNumber;
                }, z.core.$strip>;
                low: z.ZodObject<{
                    vms: z.ZodNumber;
                    meanAvailabilityPct: z.ZodNumber;
                    downtimeVmHours: z.ZodNumber;
                }, z.core.$strip>;
                medium: z.ZodObject<{
                    vms: z.ZodNumber;
                    meanAvailabilityPct: z.ZodNumber;
                    downtimeVmHours: z.ZodNumber;
                }, z.core.$strip>;
                high: z.ZodObject<{
                    vms: z.ZodNumber;
                    meanAvailabilityPct: z.ZodNumber;
                    downtimeVmHours: z.ZodNumber;
                }, z.core.$strip>;
            }, z.core.$strip>;
        }, z.core.$strip>;
        migrations: z.ZodObject<{
            completed: z.ZodNumber;
            aborted: z.ZodNumber;
            meanDurationS: z.ZodNumber;
            transferredGiB: z.ZodNumber;
            meanDowntimeMs: z.ZodNumber;
            maxDowntimeMs: z.ZodNumber;
            byReason: z.ZodRecord<z.ZodString, z.ZodNumber>;
        }, z.core.$strip>;
    }, z.core.$strip>;
    clusters: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        name: z.ZodString;
        site: z.ZodString;
        placement: z.ZodObject<{
            algorithm: z.ZodString;
            maxVcpuPerCore: z.ZodNullable<z.ZodNumber>;
            maxMemoryOvercommit: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>;
        headline: z.ZodObject<{
            hosts: z.ZodNumber;
            hostsInUse: z.ZodNumber;
            cores: z.ZodNumber;
            vms: z.ZodNumber;
            vmsPlaced: z.ZodNumber;
            vmsUnplaceable: z.ZodNumber;
            vcpus: z.ZodNumber;
            vcpuPerCore: z.ZodNumber;
            hostMemoryGiB: z.ZodNumber;
            vmMemoryGiB: z.ZodNumber;
            memoryOvercommit: z.ZodNumber;
            density: z.ZodObject<{
                measuredAt: z.ZodLiteral<"initial placement">;
                hostsInUse: z.ZodNumber;
                hostsSpare: z.ZodNumber;
                spareHosts: z.ZodEnum<{
                    on: "on";
                    standby: "standby";
                    mixed: "mixed";
                }>;
                vcpuPerCore: z.ZodNumber;
                busiestVcpuPerCore: z.ZodNumber;
                maxVcpuPerCore: z.ZodNullable<z.ZodNumber>;
                memoryOvercommit: z.ZodNumber;
                busiestMemoryOvercommit: z.ZodNumber;
                maxMemoryOvercommit: z.ZodNullable<z.ZodNumber>;
                boundBy: z.ZodObject<{
                    none: z.ZodNumber;
                    cpuCap: z.ZodNumber;
                    memoryCap: z.ZodNumber;
                    reservations: z.ZodNumber;
                    rules: z.ZodNumber;
                    hostWidth: z.ZodNumber;
                }, z.core.$strip>;
                unplacedBoundBy: z.ZodObject<{
                    none: z.ZodNumber;
                    cpuCap: z.ZodNumber;
                    memoryCap: z.ZodNumber;
                    reservations: z.ZodNumber;
                    rules: z.ZodNumber;
                    hostWidth: z.ZodNumber;
                }, z.core.$strip>;
                binding: z.ZodEnum<{
                    none: "none";
                    rules: "rules";
                    cpuCap: "cpuCap";
                    memoryCap: "memoryCap";
                    reservations: "reservations";
                    hostWidth: "hostWidth";
                }>;
            }, z.core.$strip>;
            cpu: z.ZodObject<{
                capacityGHz: z.ZodNumber;
                meanDemandGHz: z.ZodNumber;
                meanGrantedGHz: z.ZodNumber;
                meanUtilPct: z.ZodNumber;
                peakUtilPct: z.ZodNumber;
                unmetDemandPct: z.ZodNumber;
            }, z.core.$strip>;
            cpuReady: z.ZodObject<{
                meanPct: z.ZodNumber;
                p95OfVmP95Pct: z.ZodNumber;
                worstVmP95Pct: z.ZodNumber;
                vmsOver5PctP95: z.ZodNumber;
                band: z.ZodEnum<{
                    fine: "fine";
                    watch: "watch";
                    significant: "significant";
                    bad: "bad";
                }>;
            }, z.core.$strip>;
            memory: z.ZodObject<{
                peakConsumedGiB: z.ZodNumber;
                lowestFreeMiB: z.ZodNumber;
                hostsEverBelowHigh: z.ZodNumber;
                stateHours: z.ZodObject<{
                    high: z.ZodNumber;
                    clear: z.ZodNumber;
                    soft: z.ZodNumber;
                    hard: z.ZodNumber;
                    low: z.ZodNumber;
                }, z.core.$strip>;
                sharedSavedGiB: z.ZodNumber;
                balloonedGiB: z.ZodNumber;
                compressionCacheGiB: z.ZodNumber;
                compressionSavedGiB: z.ZodNumber;
                swappedGiB: z.ZodNumber;
                peakSwappedGiB: z.ZodNumber;
                swapInGiB: z.ZodNumber;
                swapOutGiB: z.ZodNumber;
                stallPct: z.ZodNumber;
                blockedGiBHours: z.ZodNumber;
            }, z.core.$strip>;
            energy: z.ZodObject<{
                itKWh: z.ZodNumber;
                meanPowerKW: z.ZodNumber;
                pue: z.ZodNumber;
                facilityKWh: z.ZodNumber;
                cost: z.ZodNullable<z.ZodNumber>;
                currency: z.ZodString;
                operationalKgCo2: z.ZodNullable<z.ZodNumber>;
                embodiedKgCo2: z.ZodNumber;
                servingKWh: z.ZodNumber;
                transitionKWh: z.ZodNumber;
                standbyKWh: z.ZodNumber;
            }, z.core.$strip>;
            finance: z.ZodObject<{
                currency: z.ZodString;
                servers: z.ZodNumber;
                baselineServers: z.ZodNumber;
                serversSaved: z.ZodNumber;
                itKWh: z.ZodNumber;
                baselineItKWh: z.ZodNumber;
                facilityKWh: z.ZodNumber;
                baselineFacilityKWh: z.ZodNumber;
                energyCost: z.ZodNullable<z.ZodNumber>;
                baselineEnergyCost: z.ZodNullable<z.ZodNumber>;
                hardwareCost: z.ZodNullable<z.ZodNumber>;
                baselineHardwareCost: z.ZodNullable<z.ZodNumber>;
                licenceCost: z.ZodNumber;
                adminCost: z.ZodNumber;
                baselineAdminCost: z.ZodNumber;
                totalCost: z.ZodNullable<z.ZodNumber>;
                baselineTotalCost: z.ZodNullable<z.ZodNumber>;
                saving: z.ZodNullable<z.ZodNumber>;
                savingPct: z.ZodNullable<z.ZodNumber>;
                kgCo2: z.ZodNullable<z.ZodNumber>;
                baselineKgCo2: z.ZodNullable<z.ZodNumber>;
                kgCo2Saved: z.ZodNullable<z.ZodNumber>;
            }, z.core.$strip>;
            availability: z.ZodObject<{
                vmsEverRunning: z.ZodNumber;
                meanVmAvailabilityPct: z.ZodNumber;
                worstVmAvailabilityPct: z.ZodNumber;
                nines: z.ZodNumber;
                outages: z.ZodNumber;
                downtimeVmHours: z.ZodNumber;
                downtimeByReasonVmHours: z.ZodRecord<z.ZodString, z.ZodNumber>;
                vmsDownAtEnd: z.ZodNumber;
                hostFailures: z.ZodNumber;
                incidents: z.ZodNumber;
                restarts: z.ZodNumber;
                meanRecoveryS: z.ZodNumber;
                worstRecoveryS: z.ZodNumber;
                byPriority: z.ZodObject<{
                    disabled: z.ZodObject<{
                        vms: z.ZodNumber;
                        meanAvailabilityPct: z.ZodNumber;
                        downtimeVmHours: z.ZodNumber;
                    }, z.core.$strip>;
                    low: z.ZodObject<{
                        vms: z.ZodNumber;
                        meanAvailabilityPct: z.ZodNumber;
                        downtimeVmHours: z.ZodNumber;
                    }, z.core.$strip>;
                    medium: z.ZodObject<{
                        vms: z.ZodNumber;
                        meanAvailabilityPct: z.ZodNumber;
                        downtimeVmHours: z.ZodNumber;
                    }, z.core.$strip>;
                    high: z.ZodObject<{
                        vms: z.ZodNumber;
                        meanAvailabilityPct: z.ZodNumber;
                        downtimeVmHours: z.ZodNumber;
                    }, z.core.$strip>;
                }, z.core.$strip>;
            }, z.core.$strip>;
            migrations: z.ZodObject<{
                completed: z.ZodNumber;
                aborted: z.ZodNumber;
                meanDurationS: z.ZodNumber;
                transferredGiB: z.ZodNumber;
                meanDowntimeMs: z.ZodNumber;
                maxDowntimeMs: z.ZodNumber;
                byReason: z.ZodRecord<z.ZodString, z.ZodNumber>;
            }, z.core.$strip>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    hosts: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        cluster: z.ZodString;
        cores: z.ZodNumber;
        coreMhz: z.ZodNumber;
        usableMhz: z.ZodNumber;
        memoryMiB: z.ZodNumber;
        minFreeMiB: z.ZodNumber;
        hypervisor: z.ZodObject<{
            flavour: z.ZodEnum<{
                esxi: "esxi";
                kvm: "kvm";
            }>;
            type: z.ZodUnion<readonly [z.ZodLiteral<1>, z.ZodLiteral<2>]>;
        }, z.core.$strip>;
        vms: z.ZodNumber;
        vcpus: z.ZodNumber;
        vcpuPerCore: z.ZodNumber;
        memoryOvercommit: z.ZodNumber;
        meanUtilPct: z.ZodNumber;
        meanReadyPct: z.ZodNumber;
        energyKWh: z.ZodNumber;
        stateHours: z.ZodObject<{
            high: z.ZodNumber;
            clear: z.ZodNumber;
            soft: z.ZodNumber;
            hard: z.ZodNumber;
            low: z.ZodNumber;
        }, z.core.$strip>;
        state: z.ZodEnum<{
            maintenance: "maintenance";
            on: "on";
            failed: "failed";
            standby: "standby";
            booting: "booting";
            "shutting-down": "shutting-down";
            isolated: "isolated";
            "entering-standby": "entering-standby";
        }>;
        failures: z.ZodNumber;
        failedHours: z.ZodNumber;
        upHours: z.ZodNumber;
    }, z.core.$strip>>;
    vms: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        group: z.ZodString;
        host: z.ZodNullable<z.ZodString>;
        vcpus: z.ZodNumber;
        memoryMiB: z.ZodNumber;
        demandMeanPct: z.ZodNumber;
        demandP95Pct: z.ZodNumber;
        grantedMeanPct: z.ZodNumber;
        grantedP95Pct: z.ZodNumber;
        readyMeanPct: z.ZodNumber;
        readyP95Pct: z.ZodNumber;
        memSharedMeanMiB: z.ZodNumber;
        memBalloonMeanMiB: z.ZodNumber;
        memCompressedMeanMiB: z.ZodNumber;
        memSwappedMeanMiB: z.ZodNumber;
        memStallPct: z.ZodNumber;
        unplaceable: z.ZodNullable<z.ZodString>;
        state: z.ZodEnum<{
            booting: "booting";
            running: "running";
            migrating: "migrating";
            down: "down";
        }>;
        downReason: z.ZodNullable<z.ZodString>;
        haPriority: z.ZodEnum<{
            disabled: "disabled";
            low: "low";
            high: "high";
            medium: "medium";
        }>;
        outages: z.ZodNumber;
        downtimeS: z.ZodNumber;
        availabilityPct: z.ZodNullable<z.ZodNumber>;
        migrations: z.ZodNumber;
        migrationDowntimeMs: z.ZodNumber;
    }, z.core.$strip>>;
    series: z.ZodObject<{
        t: z.ZodArray<z.ZodNumber>;
        intervalMs: z.ZodArray<z.ZodNumber>;
        clusters: z.ZodRecord<z.ZodString, z.ZodObject<{
            capacityMhz: z.ZodArray<z.ZodNumber>;
            demandMhz: z.ZodArray<z.ZodNumber>;
            grantedMhz: z.ZodArray<z.ZodNumber>;
            utilPct: z.ZodArray<z.ZodNumber>;
            maxHostUtilPct: z.ZodArray<z.ZodNumber>;
            readyMeanPct: z.ZodArray<z.ZodNumber>;
            readyP50Pct: z.ZodArray<z.ZodNumber>;
            readyP95Pct: z.ZodArray<z.ZodNumber>;
            readyP99Pct: z.ZodArray<z.ZodNumber>;
            memoryMiB: z.ZodArray<z.ZodNumber>;
            consumedMiB: z.ZodArray<z.ZodNumber>;
            activeMiB: z.ZodArray<z.ZodNumber>;
            powerW: z.ZodArray<z.ZodNumber>;
            energyWh: z.ZodArray<z.ZodNumber>;
            worstMemState: z.ZodArray<z.ZodEnum<{
                low: "low";
                high: "high";
                clear: "clear";
                soft: "soft";
                hard: "hard";
            }>>;
            sharedMiB: z.ZodArray<z.ZodNumber>;
            balloonMiB: z.ZodArray<z.ZodNumber>;
            compressedMiB: z.ZodArray<z.ZodNumber>;
            compressionSavedMiB: z.ZodArray<z.ZodNumber>;
            swappedMiB: z.ZodArray<z.ZodNumber>;
            swapInMiBps: z.ZodArray<z.ZodNumber>;
            swapOutMiBps: z.ZodArray<z.ZodNumber>;
            stallPct: z.ZodArray<z.ZodNumber>;
            hostsUp: z.ZodArray<z.ZodNumber>;
            vmsDown: z.ZodArray<z.ZodNumber>;
            failoverHosts: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            imbalance: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            migrationsActive: z.ZodArray<z.ZodNumber>;
            powerServingW: z.ZodArray<z.ZodNumber>;
            powerTransitionW: z.ZodArray<z.ZodNumber>;
            powerStandbyW: z.ZodArray<z.ZodNumber>;
            hostsStandby: z.ZodArray<z.ZodNumber>;
        }, z.core.$strip>>;
        hosts: z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodObject<{
            utilPct: z.ZodArray<z.ZodNumber>;
            readyPct: z.ZodArray<z.ZodNumber>;
            consumedMiB: z.ZodArray<z.ZodNumber>;
            activeMiB: z.ZodArray<z.ZodNumber>;
            powerW: z.ZodArray<z.ZodNumber>;
            memState: z.ZodArray<z.ZodEnum<{
                low: "low";
                high: "high";
                clear: "clear";
                soft: "soft";
                hard: "hard";
            }>>;
            sharedMiB: z.ZodArray<z.ZodNumber>;
            balloonMiB: z.ZodArray<z.ZodNumber>;
            compressedMiB: z.ZodArray<z.ZodNumber>;
            swappedMiB: z.ZodArray<z.ZodNumber>;
            stallPct: z.ZodArray<z.ZodNumber>;
            upPct: z.ZodArray<z.ZodNumber>;
            state: z.ZodArray<z.ZodEnum<{
                maintenance: "maintenance";
                on: "on";
                failed: "failed";
                standby: "standby";
                booting: "booting";
                "shutting-down": "shutting-down";
                isolated: "isolated";
                "entering-standby": "entering-standby";
            }>>;
        }, z.core.$strip>>>;
        hostsOmitted: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>;
    alarms: z.ZodObject<{
        rules: z.ZodObject<{
            cpuReady: z.ZodNullable<z.ZodObject<{
                thresholdPct: z.ZodNumber;
                forMs: z.ZodNumber;
            }, z.core.$strip>>;
            hostCpu: z.ZodNullable<z.ZodObject<{
                thresholdPct: z.ZodNumber;
                forMs: z.ZodNumber;
            }, z.core.$strip>>;
            hostSwapping: z.ZodBoolean;
            hostMemoryState: z.ZodNullable<z.ZodEnum<{
                low: "low";
                high: "high";
                clear: "clear";
                soft: "soft";
                hard: "hard";
            }>>;
        }, z.core.$strip>;
        total: z.ZodNumber;
        activeAtEnd: z.ZodNumber;
        byRule: z.ZodRecord<z.ZodEnum<{
            "cpu-ready": "cpu-ready";
            "host-cpu": "host-cpu";
            "host-swapping": "host-swapping";
            "host-memory-state": "host-memory-state";
        }>, z.ZodNumber>;
        truncated: z.ZodBoolean;
        items: z.ZodArray<z.ZodObject<{
            rule: z.ZodEnum<{
                "cpu-ready": "cpu-ready";
                "host-cpu": "host-cpu";
                "host-swapping": "host-swapping";
                "host-memory-state": "host-memory-state";
            }>;
            target: z.ZodString;
            since: z.ZodNumber;
            raisedAt: z.ZodNumber;
            clearedAt: z.ZodNullable<z.ZodNumber>;
            durationMs: z.ZodNumber;
            peak: z.ZodNumber;
            threshold: z.ZodNumber;
            unit: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    availability: z.ZodObject<{
        incidents: z.ZodArray<z.ZodObject<{
            id: z.ZodNumber;
            t: z.ZodNumber;
            cause: z.ZodString;
            hosts: z.ZodArray<z.ZodString>;
            vmsAffected: z.ZodNumber;
            vmsRecovered: z.ZodNumber;
            recoveredAt: z.ZodNullable<z.ZodNumber>;
            recoveryMs: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>>;
        hostGroups: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            hosts: z.ZodNumber;
            failures: z.ZodNumber;
            mtbfHours: z.ZodNullable<z.ZodNumber>;
            mttrHours: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    migrations: z.ZodObject<{
        total: z.ZodNumber;
        truncated: z.ZodBoolean;
        items: z.ZodArray<z.ZodObject<{
            vm: z.ZodString;
            from: z.ZodString;
            to: z.ZodString;
            reason: z.ZodString;
            startedAt: z.ZodNumber;
            durationMs: z.ZodNumber;
            rounds: z.ZodNumber;
            transferredMiB: z.ZodNumber;
            downtimeMs: z.ZodNumber;
            converged: z.ZodBoolean;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    energy: z.ZodObject<{
        hours: z.ZodObject<{
            t: z.ZodArray<z.ZodNumber>;
            itKWh: z.ZodArray<z.ZodNumber>;
            facilityKWh: z.ZodArray<z.ZodNumber>;
            cost: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            kgCo2: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            servingKWh: z.ZodArray<z.ZodNumber>;
            transitionKWh: z.ZodArray<z.ZodNumber>;
            standbyKWh: z.ZodArray<z.ZodNumber>;
        }, z.core.$strip>;
        clusters: z.ZodRecord<z.ZodString, z.ZodObject<{
            t: z.ZodArray<z.ZodNumber>;
            itKWh: z.ZodArray<z.ZodNumber>;
            facilityKWh: z.ZodArray<z.ZodNumber>;
            cost: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            kgCo2: z.ZodArray<z.ZodNullable<z.ZodNumber>>;
            servingKWh: z.ZodArray<z.ZodNumber>;
            transitionKWh: z.ZodArray<z.ZodNumber>;
            standbyKWh: z.ZodArray<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    comparison: z.ZodObject<{
        reference: z.ZodString;
        durationMs: z.ZodNumber;
        yearFactor: z.ZodNumber;
        currency: z.ZodString;
        rows: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            name: z.ZodString;
            hosts: z.ZodNumber;
            vms: z.ZodNumber;
            figures: z.ZodObject<{
                itKWh: z.ZodNumber;
                facilityKWh: z.ZodNumber;
                cost: z.ZodNullable<z.ZodNumber>;
                kgCo2: z.ZodNullable<z.ZodNumber>;
                meanHostsOn: z.ZodNumber;
                cpuReadyMeanPct: z.ZodNumber;
                cpuReadyP95Pct: z.ZodNumber;
                swappedGiB: z.ZodNumber;
                availabilityPct: z.ZodNumber;
                migrations: z.ZodNumber;
            }, z.core.$strip>;
            difference: z.ZodNullable<z.ZodObject<{
                itKWh: z.ZodNumber;
                facilityKWh: z.ZodNumber;
                cost: z.ZodNullable<z.ZodNumber>;
                kgCo2: z.ZodNullable<z.ZodNumber>;
                meanHostsOn: z.ZodNumber;
                cpuReadyMeanPct: z.ZodNumber;
                cpuReadyP95Pct: z.ZodNumber;
                swappedGiB: z.ZodNumber;
                availabilityPct: z.ZodNumber;
                migrations: z.ZodNumber;
            }, z.core.$strip>>;
            sentence: z.ZodString;
        }, z.core.$strip>>;
        assumptions: z.ZodString;
    }, z.core.$strip>;
    events: z.ZodObject<{
        total: z.ZodNumber;
        counts: z.ZodRecord<z.ZodString, z.ZodNumber>;
        truncated: z.ZodBoolean;
        items: z.ZodArray<z.ZodUnion<readonly [z.ZodObject<{
            t: z.ZodNumber;
            type: z.ZodLiteral<"vm.placed">;
            vm: z.ZodString;
            host: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            t: z.ZodNumber;
            type: z.ZodLiteral<"vm.unplaceable">;
            vm: z.ZodString;
            reason: z.ZodString;
        }, z.core.$strip>, z.ZodObject<{
            t: z.ZodNumber;
            type: z.ZodLiteral<"host.memory-state">;
            host: z.ZodString;
            from: z.ZodEnum<{
                low: "low";
                high: "high";
                clear: "clear";
                soft: "soft";
                hard: "hard";
            }>;
            to: z.ZodEnum<{
                low: "low";
                high: "high";
                clear: "clear";
                soft: "soft";
                hard: "hard";
            }>;
        }, z.core.$strip>, z.ZodObject<{
            t: z.ZodNumber;
            type: z.ZodLiteral<"alarm.raised">;
            rule: z.ZodEnum<{
                "cpu-ready": "cpu-ready";
                "host-cpu": "host-cpu";
                "host-swapping": "host-swapping";
                "host-memory-state": "host-memory-state";
            }>;
            target: z.ZodString;
            value: z.ZodNumber;
            threshold: z.ZodNumber;
            since: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            t: z.ZodNumber;
            type: z.ZodLiteral<"alarm.cleared">;
            rule: z.ZodEnum<{
                "cpu-ready": "cpu-ready";
                "host-cpu": "host-cpu";
                "host-swapping": "host-swapping";
                "host-memory-state": "host-memory-state";
            }>;
            target: z.ZodString;
            raisedAt: z.ZodNumber;
            peak: z.ZodNumber;
        }, z.core.$strip>, z.ZodObject<{
            t: z.ZodNumber;
            type: z.ZodEnum<{
                action: "action";
                "host.failed": "host.failed";
                "host.repaired": "host.repaired";
                "domain.failed": "domain.failed";
                "ha.failure-detected": "ha.failure-detected";
                "vm.down": "vm.down";
                "vm.restarting": "vm.restarting";
                "vm.restarted": "vm.restarted";
                "ha.restart-failed": "ha.restart-failed";
                "ha.incident-recovered": "ha.incident-recovered";
                "host.isolated": "host.isolated";
                "host.isolation-ended": "host.isolation-ended";
                "migration.started": "migration.started";
                "migration.completed": "migration.completed";
                "migration.aborted": "migration.aborted";
                "migration.refused": "migration.refused";
                "drs.recommendation": "drs.recommendation";
                "host.maintenance-entered": "host.maintenance-entered";
                "host.maintenance-ready": "host.maintenance-ready";
                "host.maintenance-exited": "host.maintenance-exited";
                "host.maintenance-refused": "host.maintenance-refused";
                "host.evacuation-blocked": "host.evacuation-blocked";
                "host.power": "host.power";
                "host.power-skipped": "host.power-skipped";
                "host.standby-entering": "host.standby-entering";
                "host.standby-evacuated": "host.standby-evacuated";
                "host.standby-aborted": "host.standby-aborted";
                "vm.provisioning": "vm.provisioning";
                "vm.created": "vm.created";
                "vm.ready": "vm.ready";
                "vm.create-failed": "vm.create-failed";
                "vm.deleted": "vm.deleted";
                "create-vms.incomplete": "create-vms.incomplete";
                "autoscale.out": "autoscale.out";
                "autoscale.in": "autoscale.in";
                "vm.hot-added": "vm.hot-added";
                "vm.reconfigured": "vm.reconfigured";
                "vm.rebooting-for-change": "vm.rebooting-for-change";
                "vm.rebooted-for-change": "vm.rebooted-for-change";
                "hot-add.refused": "hot-add.refused";
                "vm.paused": "vm.paused";
                "vm.resumed": "vm.resumed";
                "datastore.full": "datastore.full";
                "datastore.space-freed": "datastore.space-freed";
                "snapshot.created": "snapshot.created";
                "snapshot.deleted": "snapshot.deleted";
                "snapshot.refused": "snapshot.refused";
                "storage-migration.started": "storage-migration.started";
                "storage-migration.completed": "storage-migration.completed";
                "storage-migration.refused": "storage-migration.refused";
                "vm.guest-failed": "vm.guest-failed";
                "vm.guest-restarted": "vm.guest-restarted";
                "site.failed": "site.failed";
                "site.repaired": "site.repaired";
                "dr.failover-started": "dr.failover-started";
                "dr.replica-running": "dr.replica-running";
                "dr.failback-completed": "dr.failback-completed";
                "cluster.policy-changed": "cluster.policy-changed";
                "cluster.policy-refused": "cluster.policy-refused";
                "host.repair-skipped": "host.repair-skipped";
            }>;
        }, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>]>>;
        aggregated: z.ZodNullable<z.ZodObject<{
            budget: z.ZodNumber;
            kinds: z.ZodRecord<z.ZodString, z.ZodObject<{
                total: z.ZodNumber;
                hourly: z.ZodArray<z.ZodNumber>;
                first: z.ZodUnion<readonly [z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"vm.placed">;
                    vm: z.ZodString;
                    host: z.ZodString;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"vm.unplaceable">;
                    vm: z.ZodString;
                    reason: z.ZodString;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"host.memory-state">;
                    host: z.ZodString;
                    from: z.ZodEnum<{
                        low: "low";
                        high: "high";
                        clear: "clear";
                        soft: "soft";
                        hard: "hard";
                    }>;
                    to: z.ZodEnum<{
                        low: "low";
                        high: "high";
                        clear: "clear";
                        soft: "soft";
                        hard: "hard";
                    }>;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"alarm.raised">;
                    rule: z.ZodEnum<{
                        "cpu-ready": "cpu-ready";
                        "host-cpu": "host-cpu";
                        "host-swapping": "host-swapping";
                        "host-memory-state": "host-memory-state";
                    }>;
                    target: z.ZodString;
                    value: z.ZodNumber;
                    threshold: z.ZodNumber;
                    since: z.ZodNumber;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"alarm.cleared">;
                    rule: z.ZodEnum<{
                        "cpu-ready": "cpu-ready";
                        "host-cpu": "host-cpu";
                        "host-swapping": "host-swapping";
                        "host-memory-state": "host-memory-state";
                    }>;
                    target: z.ZodString;
                    raisedAt: z.ZodNumber;
                    peak: z.ZodNumber;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodEnum<{
                        action: "action";
                        "host.failed": "host.failed";
                        "host.repaired": "host.repaired";
                        "domain.failed": "domain.failed";
                        "ha.failure-detected": "ha.failure-detected";
                        "vm.down": "vm.down";
                        "vm.restarting": "vm.restarting";
                        "vm.restarted": "vm.restarted";
                        "ha.restart-failed": "ha.restart-failed";
                        "ha.incident-recovered": "ha.incident-recovered";
                        "host.isolated": "host.isolated";
                        "host.isolation-ended": "host.isolation-ended";
                        "migration.started": "migration.started";
                        "migration.completed": "migration.completed";
                        "migration.aborted": "migration.aborted";
                        "migration.refused": "migration.refused";
                        "drs.recommendation": "drs.recommendation";
                        "host.maintenance-entered": "host.maintenance-entered";
                        "host.maintenance-ready": "host.maintenance-ready";
                        "host.maintenance-exited": "host.maintenance-exited";
                        "host.maintenance-refused": "host.maintenance-refused";
                        "host.evacuation-blocked": "host.evacuation-blocked";
                        "host.power": "host.power";
                        "host.power-skipped": "host.power-skipped";
                        "host.standby-entering": "host.standby-entering";
                        "host.standby-evacuated": "host.standby-evacuated";
                        "host.standby-aborted": "host.standby-aborted";
                        "vm.provisioning": "vm.provisioning";
                        "vm.created": "vm.created";
                        "vm.ready": "vm.ready";
                        "vm.create-failed": "vm.create-failed";
                        "vm.deleted": "vm.deleted";
                        "create-vms.incomplete": "create-vms.incomplete";
                        "autoscale.out": "autoscale.out";
                        "autoscale.in": "autoscale.in";
                        "vm.hot-added": "vm.hot-added";
                        "vm.reconfigured": "vm.reconfigured";
                        "vm.rebooting-for-change": "vm.rebooting-for-change";
                        "vm.rebooted-for-change": "vm.rebooted-for-change";
                        "hot-add.refused": "hot-add.refused";
                        "vm.paused": "vm.paused";
                        "vm.resumed": "vm.resumed";
                        "datastore.full": "datastore.full";
                        "datastore.space-freed": "datastore.space-freed";
                        "snapshot.created": "snapshot.created";
                        "snapshot.deleted": "snapshot.deleted";
                        "snapshot.refused": "snapshot.refused";
                        "storage-migration.started": "storage-migration.started";
                        "storage-migration.completed": "storage-migration.completed";
                        "storage-migration.refused": "storage-migration.refused";
                        "vm.guest-failed": "vm.guest-failed";
                        "vm.guest-restarted": "vm.guest-restarted";
                        "site.failed": "site.failed";
                        "site.repaired": "site.repaired";
                        "dr.failover-started": "dr.failover-started";
                        "dr.replica-running": "dr.replica-running";
                        "dr.failback-completed": "dr.failback-completed";
                        "cluster.policy-changed": "cluster.policy-changed";
                        "cluster.policy-refused": "cluster.policy-refused";
                        "host.repair-skipped": "host.repair-skipped";
                    }>;
                }, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>]>;
                last: z.ZodUnion<readonly [z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"vm.placed">;
                    vm: z.ZodString;
                    host: z.ZodString;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"vm.unplaceable">;
                    vm: z.ZodString;
                    reason: z.ZodString;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"host.memory-state">;
                    host: z.ZodString;
                    from: z.ZodEnum<{
                        low: "low";
                        high: "high";
                        clear: "clear";
                        soft: "soft";
                        hard: "hard";
                    }>;
                    to: z.ZodEnum<{
                        low: "low";
                        high: "high";
                        clear: "clear";
                        soft: "soft";
                        hard: "hard";
                    }>;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"alarm.raised">;
                    rule: z.ZodEnum<{
                        "cpu-ready": "cpu-ready";
                        "host-cpu": "host-cpu";
                        "host-swapping": "host-swapping";
                        "host-memory-state": "host-memory-state";
                    }>;
                    target: z.ZodString;
                    value: z.ZodNumber;
                    threshold: z.ZodNumber;
                    since: z.ZodNumber;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodLiteral<"alarm.cleared">;
                    rule: z.ZodEnum<{
                        "cpu-ready": "cpu-ready";
                        "host-cpu": "host-cpu";
                        "host-swapping": "host-swapping";
                        "host-memory-state": "host-memory-state";
                    }>;
                    target: z.ZodString;
                    raisedAt: z.ZodNumber;
                    peak: z.ZodNumber;
                }, z.core.$strip>, z.ZodObject<{
                    t: z.ZodNumber;
                    type: z.ZodEnum<{
                        action: "action";
                        "host.failed": "host.failed";
                        "host.repaired": "host.repaired";
                        "domain.failed": "domain.failed";
                        "ha.failure-detected": "ha.failure-detected";
                        "vm.down": "vm.down";
                        "vm.restarting": "vm.restarting";
                        "vm.restarted": "vm.restarted";
                        "ha.restart-failed": "ha.restart-failed";
                        "ha.incident-recovered": "ha.incident-recovered";
                        "host.isolated": "host.isolated";
                        "host.isolation-ended": "host.isolation-ended";
                        "migration.started": "migration.started";
                        "migration.completed": "migration.completed";
                        "migration.aborted": "migration.aborted";
                        "migration.refused": "migration.refused";
                        "drs.recommendation": "drs.recommendation";
                        "host.maintenance-entered": "host.maintenance-entered";
                        "host.maintenance-ready": "host.maintenance-ready";
                        "host.maintenance-exited": "host.maintenance-exited";
                        "host.maintenance-refused": "host.maintenance-refused";
                        "host.evacuation-blocked": "host.evacuation-blocked";
                        "host.power": "host.power";
                        "host.power-skipped": "host.power-skipped";
                        "host.standby-entering": "host.standby-entering";
                        "host.standby-evacuated": "host.standby-evacuated";
                        "host.standby-aborted": "host.standby-aborted";
                        "vm.provisioning": "vm.provisioning";
                        "vm.created": "vm.created";
                        "vm.ready": "vm.ready";
                        "vm.create-failed": "vm.create-failed";
                        "vm.deleted": "vm.deleted";
                        "create-vms.incomplete": "create-vms.incomplete";
                        "autoscale.out": "autoscale.out";
                        "autoscale.in": "autoscale.in";
                        "vm.hot-added": "vm.hot-added";
                        "vm.reconfigured": "vm.reconfigured";
                        "vm.rebooting-for-change": "vm.rebooting-for-change";
                        "vm.rebooted-for-change": "vm.rebooted-for-change";
                        "hot-add.refused": "hot-add.refused";
                        "vm.paused": "vm.paused";
                        "vm.resumed": "vm.resumed";
                        "datastore.full": "datastore.full";
                        "datastore.space-freed": "datastore.space-freed";
                        "snapshot.created": "snapshot.created";
                        "snapshot.deleted": "snapshot.deleted";
                        "snapshot.refused": "snapshot.refused";
                        "storage-migration.started": "storage-migration.started";
                        "storage-migration.completed": "storage-migration.completed";
                        "storage-migration.refused": "storage-migration.refused";
                        "vm.guest-failed": "vm.guest-failed";
                        "vm.guest-restarted": "vm.guest-restarted";
                        "site.failed": "site.failed";
                        "site.repaired": "site.repaired";
                        "dr.failover-started": "dr.failover-started";
                        "dr.replica-running": "dr.replica-running";
                        "dr.failback-completed": "dr.failback-completed";
                        "cluster.policy-changed": "cluster.policy-changed";
                        "cluster.policy-refused": "cluster.policy-refused";
                        "host.repair-skipped": "host.repair-skipped";
                    }>;
                }, z.core.$catchall<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean, z.ZodNull]>>>]>;
            }, z.core.$strip>>;
            keptUntil: z.ZodNullable<z.ZodNumber>;
            note: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>;
}, z.core.$strip>;
export type Report = z.infer<typeof ReportSchema>;
export type HeadlineFigures = z.infer<typeof Headline>;
export type ReportEvent = z.infer<typeof ReportEvent>;
export type ClusterComparisonData = z.infer<typeof ClusterComparison>;
export type ComparisonFiguresData = z.infer<typeof ComparisonFigures>;
export type ReportAlarm = z.infer<typeof Alarm>;
export type ClusterSeriesData = z.infer<typeof ClusterSeries>;
export type HostSeriesData = z.infer<typeof HostSeries>;
/**
 * Version 2 adds the page's short title, the answer in one sentence, the basis objectives are
 * judged on, and per point the verdict (met or the objectives failed, what bound the
 * placement, which parameters were not binding there).
 */
export declare const SweepSummarySchema: z.ZodObject<{
    schema: z.ZodLiteral<"dcsim-sweep-summary">;
    version: z.ZodLiteral<2>;
    title: z.ZodString;
    answer: z.ZodString;
    basis: z.ZodEnum<{
        ci95: "ci95";
        mean: "mean";
    }>;
    parameters: z.ZodArray<z.ZodObject<{
        path: z.ZodString;
        values: z.ZodArray<z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean, z.ZodNull]>>;
    }, z.core.$strip>>;
    metrics: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        label: z.ZodString;
        unit: z.ZodString;
    }, z.core.$strip>>;
    points: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        values: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodNumber, z.ZodString, z.ZodBoolean, z.ZodNull]>>;
        replications: z.ZodNumber;
        stats: z.ZodRecord<z.ZodString, z.ZodObject<{
            mean: z.ZodNullable<z.ZodNumber>;
            sd: z.ZodNullable<z.ZodNumber>;
            ciLow: z.ZodNullable<z.ZodNumber>;
            ciHigh: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>>;
        meets: z.ZodBoolean;
        failing: z.ZodArray<z.ZodString>;
        boundBy: z.ZodEnum<{
            none: "none";
            rules: "rules";
            cpuCap: "cpuCap";
            memoryCap: "memoryCap";
            reservations: "reservations";
            hostWidth: "hostWidth";
        }>;
        notBinding: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>;
    objectives: z.ZodOptional<z.ZodArray<z.ZodObject<{
        metric: z.ZodString;
        op: z.ZodEnum<{
            "<": "<";
            "<=": "<=";
            ">": ">";
            ">=": ">=";
            "==": "==";
        }>;
        threshold: z.ZodNumber;
        text: z.ZodString;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type SweepSummary = z.infer<typeof SweepSummarySchema>;
export declare const CalibrationSummarySchema: z.ZodObject<{
    schema: z.ZodLiteral<"dcsim-calibration-summary">;
    version: z.ZodLiteral<1>;
    trace: z.ZodObject<{
        source: z.ZodString;
        format: z.ZodString;
        startEpochMs: z.ZodNullable<z.ZodNumber>;
    }, z.core.$strip>;
    objective: z.ZodObject<{
        definition: z.ZodString;
        before: z.ZodNullable<z.ZodNumber>;
        after: z.ZodNullable<z.ZodNumber>;
    }, z.core.$strip>;
    parameters: z.ZodArray<z.ZodObject<{
        key: z.ZodString;
        label: z.ZodString;
        unit: z.ZodString;
        bounds: z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>;
        before: z.ZodNumber;
        after: z.ZodNumber;
        stdErr: z.ZodNullable<z.ZodNumber>;
        ci95: z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
        note: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
    confidence: z.ZodString;
    metrics: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        label: z.ZodString;
        unit: z.ZodString;
    }, z.core.$strip>>;
    errors: z.ZodObject<{
        before: z.ZodArray<z.ZodObject<{
            metric: z.ZodString;
            label: z.ZodString;
            unit: z.ZodString;
            cells: z.ZodNumber;
            weight: z.ZodNumber;
            rmse: z.ZodNullable<z.ZodNumber>;
            mae: z.ZodNullable<z.ZodNumber>;
            bias: z.ZodNullable<z.ZodNumber>;
            mapePct: z.ZodNullable<z.ZodNumber>;
            nrmse: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>>;
        after: z.ZodArray<z.ZodObject<{
            metric: z.ZodString;
            label: z.ZodString;
            unit: z.ZodString;
            cells: z.ZodNumber;
            weight: z.ZodNumber;
            rmse: z.ZodNullable<z.ZodNumber>;
            mae: z.ZodNullable<z.ZodNumber>;
            bias: z.ZodNullable<z.ZodNumber>;
            mapePct: z.ZodNullable<z.ZodNumber>;
            nrmse: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    optimiser: z.ZodObject<{
        method: z.ZodString;
        evaluations: z.ZodNumber;
        converged: z.ZodBoolean;
    }, z.core.$strip>;
    series: z.ZodObject<{
        stepMs: z.ZodNumber;
        hosts: z.ZodArray<z.ZodObject<{
            host: z.ZodString;
            observed: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodNullable<z.ZodNumber>>>;
            before: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodNullable<z.ZodNumber>>>;
            after: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodNullable<z.ZodNumber>>>;
        }, z.core.$strip>>;
    }, z.core.$strip>;
    notes: z.ZodArray<z.ZodString>;
}, z.core.$strip>;
export type CalibrationSummary = z.infer<typeof CalibrationSummarySchema>;
export {};
