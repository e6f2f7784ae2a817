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
