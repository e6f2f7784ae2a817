/**
 * Every kernel event kind, by name, in one table: the model's handlers and the metrics'
 * observers (recorder, energy meter) take their kind from here, so no two handlers share a
 * number and no layer counts on another's numbering. The kernel refuses a second handler for a
 * kind (engine/kernel.ts), so a clash fails at wiring, not silently.
 *
 * The numbers are part of saved state (checkpoints hold pending events by kind) and never
 * change; a new kind takes a number not in the table (0, 22, 23 and 25 are free).
 */
export declare const EVENT_KIND: {
    readonly workloadStep: 1;
    readonly onOffSwitch: 2;
    readonly memoryTick: 3;
    readonly hostFailure: 4;
    readonly hostRepair: 5;
    readonly haDetected: 6;
    readonly haRetry: 7;
    readonly vmBooted: 8;
    readonly migrationDone: 9;
    readonly drsPass: 10;
    readonly scripted: 11;
    readonly isolationEnd: 12;
    readonly maintenanceEnd: 13;
    readonly failoverSample: 14;
    readonly powerTransition: 15;
    readonly dpmPass: 16;
    /** A provisioned or reconfigured VM finished booting (provisioning/boots.ts). */
    readonly vmReady: 17;
    /** Provisioning: a disk copy done (a = 0) or an autoscale check (a = 1). */
    readonly provisioning: 18;
    /** Storage: a datastore fills (a = 0), a delta reaches its cap (a = 1), a storage migration ends (a = 2). */
    readonly storage: 19;
    /** Metrics: the recorder's interval sample (metrics/recorder.ts). */
    readonly sample: 20;
    /** Metrics: the energy meter's hourly reading (metrics/energy-meter.ts). */
    readonly energyHour: 21;
    /**
     * Disaster recovery (availability/dr.ts): a group's failover (a = 0), a replica or failed-back
     * source booted (a = 1), a site repaired (a = 2), a VM running again (a = 3).
     */
    readonly dr: 24;
    /** A guest OS fails (availability/guest-failures.ts): a = 0 failure, a = 1 VM monitoring resets it. */
    readonly guestFailure: 26;
};
export type EventKindName = keyof typeof EVENT_KIND;
/** The name of kind `kind`, or undefined when no kind has that number. */
export declare function eventKindName(kind: number): EventKindName | undefined;
export declare const KIND_WORKLOAD_STEP: 1;
export declare const KIND_ON_OFF_SWITCH: 2;
export declare const KIND_MEMORY_TICK: 3;
export declare const KIND_HOST_FAILURE: 4;
export declare const KIND_HOST_REPAIR: 5;
export declare const KIND_HA_DETECTED: 6;
export declare const KIND_HA_RETRY: 7;
export declare const KIND_VM_BOOTED: 8;
export declare const KIND_MIGRATION_DONE: 9;
export declare const KIND_DRS_PASS: 10;
export declare const KIND_SCRIPTED: 11;
export declare const KIND_ISOLATION_END: 12;
export declare const KIND_MAINTENANCE_END: 13;
export declare const KIND_FAILOVER_SAMPLE: 14;
export declare const KIND_POWER_TRANSITION: 15;
export declare const KIND_DPM_PASS: 16;
export declare const KIND_VM_READY: 17;
export declare const KIND_PROVISIONING: 18;
export declare const KIND_STORAGE: 19;
export declare const KIND_SAMPLE: 20;
export declare const KIND_ENERGY_HOUR: 21;
export declare const KIND_DR: 24;
export declare const KIND_GUEST_FAILURE: 26;
