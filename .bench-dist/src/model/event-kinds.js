/**
 * Every kernel event kind, by name, in one table: the model's handlers and the metrics'
 * observers (recorder, energy meter) take their kind from here, so no two handlers share a
 * number and no layer counts on another's numbering. The kernel refuses a second handler for a
 * kind (engine/kernel.ts), so a clash fails at wiring, not silently.
 *
 * The numbers are part of saved state (checkpoints hold pending events by kind) and never
 * change; a new kind takes a number not in the table (0, 22, 23 and 25 are free).
 */
export const EVENT_KIND = {
    workloadStep: 1,
    onOffSwitch: 2,
    memoryTick: 3,
    hostFailure: 4,
    hostRepair: 5,
    haDetected: 6,
    haRetry: 7,
    vmBooted: 8,
    migrationDone: 9,
    drsPass: 10,
    scripted: 11,
    isolationEnd: 12,
    maintenanceEnd: 13,
    failoverSample: 14,
    powerTransition: 15,
    dpmPass: 16,
    /** A provisioned or reconfigured VM finished booting (provisioning/boots.ts). */
    vmReady: 17,
    /** Provisioning: a disk copy done (a = 0) or an autoscale check (a = 1). */
    provisioning: 18,
    /** Storage: a datastore fills (a = 0), a delta reaches its cap (a = 1), a storage migration ends (a = 2). */
    storage: 19,
    /** Metrics: the recorder's interval sample (metrics/recorder.ts). */
    sample: 20,
    /** Metrics: the energy meter's hourly reading (metrics/energy-meter.ts). */
    energyHour: 21,
    /**
     * Disaster recovery (availability/dr.ts): a group's failover (a = 0), a replica or failed-back
     * source booted (a = 1), a site repaired (a = 2), a VM running again (a = 3).
     */
    dr: 24,
    /** A guest OS fails (availability/guest-failures.ts): a = 0 failure, a = 1 VM monitoring resets it. */
    guestFailure: 26,
};
/** The name of kind `kind`, or undefined when no kind has that number. */
export function eventKindName(kind) {
    for (const name of Object.keys(EVENT_KIND))
        if (EVENT_KIND[name] === kind)
            return name;
    return undefined;
}
// The names the handlers import (one constant per kind, read from the table above).
export const KIND_WORKLOAD_STEP = EVENT_KIND.workloadStep;
export const KIND_ON_OFF_SWITCH = EVENT_KIND.onOffSwitch;
export const KIND_MEMORY_TICK = EVENT_KIND.memoryTick;
export const KIND_HOST_FAILURE = EVENT_KIND.hostFailure;
export const KIND_HOST_REPAIR = EVENT_KIND.hostRepair;
export const KIND_HA_DETECTED = EVENT_KIND.haDetected;
export const KIND_HA_RETRY = EVENT_KIND.haRetry;
export const KIND_VM_BOOTED = EVENT_KIND.vmBooted;
export const KIND_MIGRATION_DONE = EVENT_KIND.migrationDone;
export const KIND_DRS_PASS = EVENT_KIND.drsPass;
export const KIND_SCRIPTED = EVENT_KIND.scripted;
export const KIND_ISOLATION_END = EVENT_KIND.isolationEnd;
export const KIND_MAINTENANCE_END = EVENT_KIND.maintenanceEnd;
export const KIND_FAILOVER_SAMPLE = EVENT_KIND.failoverSample;
export const KIND_POWER_TRANSITION = EVENT_KIND.powerTransition;
export const KIND_DPM_PASS = EVENT_KIND.dpmPass;
export const KIND_VM_READY = EVENT_KIND.vmReady;
export const KIND_PROVISIONING = EVENT_KIND.provisioning;
export const KIND_STORAGE = EVENT_KIND.storage;
export const KIND_SAMPLE = EVENT_KIND.sample;
export const KIND_ENERGY_HOUR = EVENT_KIND.energyHour;
export const KIND_DR = EVENT_KIND.dr;
export const KIND_GUEST_FAILURE = EVENT_KIND.guestFailure;
//# sourceMappingURL=event-kinds.js.map