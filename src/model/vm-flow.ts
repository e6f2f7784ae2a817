/**
 * A VM's running integrals, and the ready rates only the model reads, interleaved in one record
 * per VM (`VmArrays.flow`, FLOW_STRIDE numbers each, at the VM's slot: VmArrays.slot). The step
 * pass brings them up to date together at every change of a VM's load, and with random phases
 * (W1) consecutive changes are VMs far apart in memory, so each separate column cost a cache
 * miss of its own: in one record of 64 bytes they are one or two lines where they were eight,
 * and kept by slot (step-schedule order) a batch walks the records front to back.
 *
 * The integrals are published to VmArrays' wantInt, grantedInt, readyInt and placedMs by
 * `Datacenter.flushAll` (at every sample and at the end), which is when anything outside the
 * model reads them.
 */

export const FLOW_STRIDE = 8;
/** Time (ms) the record's integrals are counted up to. */
export const FLOW_LAST_T = 0;
/** ∫ wanted MHz dt, MHz·ms, while placed. */
export const FLOW_WANT = 1;
/** ∫ granted MHz dt. */
export const FLOW_GRANTED = 2;
/** ∫ ready MHz dt, the wake-up wait included. */
export const FLOW_READY = 3;
/** Time spent placed, ms. */
export const FLOW_PLACED = 4;
/**
 * Ready not counted through the host's wait chance, MHz: the demand not granted, plus, where
 * demand includes the wait (hypervisor.demandIncludesWait), the VM's whole wake-up wait.
 */
export const FLOW_READY_MHZ = 5;
/**
 * The VM's wake-up wait if every core of its host were busy (readyPerRun × f(1 − f) × core MHz,
 * cpu/run-queue.ts); its ready rate is FLOW_READY_MHZ + this × its host's waitChance. 0 where
 * demand includes the wait.
 */
export const FLOW_WAIT_AT_FULL = 6;
/** Its host's waitChanceInt at FLOW_LAST_T: FLOW_READY takes FLOW_WAIT_AT_FULL × (waitChanceInt now − this). */
export const FLOW_CHANCE_ANCHOR = 7;
