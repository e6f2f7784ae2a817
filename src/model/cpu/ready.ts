/**
 * CPU ready (%RDY, KVM vcpu delay, guest steal): time a runnable vCPU waited for a core.
 * %RDY = ready_ms / (interval_s × 1000) × 100 per vCPU (DOMAIN.md, CPU; Broadcom KB 387750).
 * In rate form, ready MHz over the VM's vCPU capacity gives the same %; ready MHz is unmet
 * runnable demand plus, when a host sets readyPerRun, the run-queue wait of waking vCPUs
 * (run-queue.ts). The bands a % falls in (fine, watch, …) are in catalogue/ready-bands.ts.
 */
import { FLOW_READY_MHZ, FLOW_STRIDE, FLOW_WAIT_AT_FULL } from '../vm-flow.js';
import type { World } from '../world.js';

/**
 * VM v's ready rate now, MHz: what its host did not grant (readyMhz) plus its wake-up wait, its
 * wait at chance 1 times its host's wait chance (run-queue.ts; the model keeps them apart so a
 * change of the host's load moves no VM rate).
 */
export function vmReadyMhz(world: Pick<World, 'vms' | 'hosts'>, v: number): number {
  const V = world.vms;
  const h = V.host[v];
  const f = V.slot[v] * FLOW_STRIDE;
  const unmet = V.flow[f + FLOW_READY_MHZ];
  return h >= 0 ? unmet + (V.flow[f + FLOW_WAIT_AT_FULL]) * (world.hosts.waitChance[h]) : unmet;
}

/** Ready % per vCPU from unmet MHz: readyMhz / (vCPUs × core MHz) × 100. */
export function readyPct(readyMhz: number, vcpus: number, coreMhz: number): number {
  return (readyMhz / (vcpus * coreMhz)) * 100;
}

/** Ready milliseconds summed over vCPUs (vCenter's "ready" summation) for an integral in MHz·ms. */
export function readyMs(readyMhzMs: number, coreMhz: number): number {
  return readyMhzMs / coreMhz;
}
