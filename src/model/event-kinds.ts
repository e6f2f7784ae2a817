/**
 * Kernel event kinds of the model, in one place so that no two handlers share a kind.
 * Observers (metrics) use kinds from 20 on.
 */
export const KIND_WORKLOAD_STEP = 1;
export const KIND_ON_OFF_SWITCH = 2;
export const KIND_MEMORY_TICK = 3;
export const KIND_HOST_FAILURE = 4;
export const KIND_HOST_REPAIR = 5;
export const KIND_HA_DETECTED = 6;
export const KIND_HA_RETRY = 7;
export const KIND_VM_BOOTED = 8;
export const KIND_MIGRATION_DONE = 9;
export const KIND_DRS_PASS = 10;
export const KIND_SCRIPTED = 11;
export const KIND_ISOLATION_END = 12;
export const KIND_MAINTENANCE_END = 13;
export const KIND_FAILOVER_SAMPLE = 14;
export const KIND_POWER_TRANSITION = 15;
export const KIND_DPM_PASS = 16;
/** A provisioned or reconfigured VM finished booting (provisioning/boots.ts). */
export const KIND_VM_READY = 17;
/** Provisioning: a disk copy done (a = 0) or an autoscale check (a = 1). */
export const KIND_PROVISIONING = 18;
/** Storage: a datastore fills (a = 0), a delta reaches its cap (a = 1), a storage migration ends (a = 2). */
export const KIND_STORAGE = 19;
/** A guest OS fails (availability/guest-failures.ts): a = 0 failure, a = 1 VM monitoring resets it. Kinds 20–21 are metrics'. */
export const KIND_GUEST_FAILURE = 26;
/**
 * Disaster recovery (availability/dr.ts): a group's failover (a = 0), a replica or failed-back
 * source booted (a = 1), a site repaired (a = 2), a VM running again (a = 3). Kinds 20 and 21
 * are the metrics' (recorder, energy meter); 22 and 23 are left to them.
 */
export const KIND_DR = 24;
