/**
 * Integrals of the model's rates, brought up to date at change points: a rate × the time since
 * the integral's clock, added just before the rate changes (and at samples and the end), so an
 * integral is exact for piecewise-constant rates however rarely anything looks at it. Plain
 * functions over the world's arrays; the datacenter calls them, and its step pass carries an
 * inline copy of flushVmIntegrals for the uncontended change (datacenter.ts applyLevels).
 */
import { HOST_STATES, hostServes } from './lifecycle.js';
import { stateMsIndex } from './memory/min-free.js';
import { FLOW_CHANCE_ANCHOR, FLOW_GRANTED, FLOW_LAST_T, FLOW_PLACED, FLOW_READY, FLOW_READY_MHZ, FLOW_STRIDE, FLOW_WAIT_AT_FULL, FLOW_WANT } from './vm-flow.js';
import type { HostArrays, VmArrays } from './world.js';

const HOST_STATE_COUNT = HOST_STATES.length;

/**
 * VM v's integrals (vm-flow.ts) up to t. Its wake-up wait runs at its wait at chance 1 × its
 * host's wait chance, whose integral the host keeps: the VM takes the part since its anchor
 * (cpu/run-queue.ts), so a change of the host's load moves no VM's record.
 */
export function flushVmIntegrals(V: VmArrays, H: HostArrays, v: number, t: number): void {
  const flow = V.flow;
  const f = V.slot[v] * FLOW_STRIDE;
  const dt = t - (flow[f + FLOW_LAST_T]);
  if (dt <= 0) return;
  const h = V.host[v];
  if (h >= 0) {
    flow[f + FLOW_WANT] = (flow[f + FLOW_WANT]) + (V.wantMhz[v]) * dt;
    flow[f + FLOW_GRANTED] = (flow[f + FLOW_GRANTED]) + (V.grantedMhz[v]) * dt;
    const chanceInt = waitChanceIntAt(H, h, t);
    flow[f + FLOW_READY] = (flow[f + FLOW_READY]) + (flow[f + FLOW_READY_MHZ]) * dt + (flow[f + FLOW_WAIT_AT_FULL]) * (chanceInt - (flow[f + FLOW_CHANCE_ANCHOR]));
    flow[f + FLOW_CHANCE_ANCHOR] = chanceInt;
    flow[f + FLOW_PLACED] = (flow[f + FLOW_PLACED]) + dt;
  }
  flow[f + FLOW_LAST_T] = t;
}

/** VM v's integrals to the columns read outside the model (VmArrays.wantInt …; vm-flow.ts). */
export function publishVmIntegrals(V: VmArrays, v: number): void {
  const f = V.slot[v] * FLOW_STRIDE;
  V.wantInt[v] = V.flow[f + FLOW_WANT];
  V.grantedInt[v] = V.flow[f + FLOW_GRANTED];
  V.readyInt[v] = V.flow[f + FLOW_READY];
  V.placedMs[v] = V.flow[f + FLOW_PLACED];
}

/**
 * Host h's integral of its wait chance up to t, without moving its clock: the same sum
 * flushHostRates will store, so a VM's part (the difference of two such values) never goes negative.
 */
export function waitChanceIntAt(H: HostArrays, h: number, t: number): number {
  return (H.waitChanceInt[h]) + (H.waitChance[h]) * (t - (H.lastT[h]));
}

/** Host h's rate integrals (not its time in states: flushHostStateTime) up to t. */
export function flushHostRates(H: HostArrays, h: number, t: number): void {
  const dt = t - (H.lastT[h]);
  if (dt <= 0) return;
  H.demandInt[h] = (H.demandInt[h]) + (H.demandMhz[h]) * dt;
  H.grantedInt[h] = (H.grantedInt[h]) + (H.grantedMhz[h]) * dt;
  H.readyInt[h] = (H.readyInt[h]) + (H.readyMhz[h]) * dt;
  H.waitChanceInt[h] = (H.waitChanceInt[h]) + (H.waitChance[h]) * dt;
  H.activeInt[h] = (H.activeInt[h]) + (H.activeMiB[h]) * dt;
  H.consumedInt[h] = (H.consumedInt[h]) + (H.consumedMiB[h]) * dt;
  H.energyInt[h] = (H.energyInt[h]) + (H.powerW[h]) * dt;
  H.lastT[h] = t;
}

/**
 * Host h's energy since its last call, to the lifecycle state it is in. The state changes only
 * after the host's integrals are brought up to date, so the energy spent since the mark was all
 * spent in it: one add per state period and sample, where adding each rate change's joules
 * loaded the state and its slot at every change of a VM's load.
 */
export function flushHostStateEnergy(H: HostArrays, h: number): void {
  const k = h * HOST_STATE_COUNT + (H.state[h]);
  const e = H.energyInt[h];
  H.energyByStateInt[k] = (H.energyByStateInt[k]) + (e - (H.energyStateMark[h]));
  H.energyStateMark[h] = e;
}

/**
 * Host h's time in its lifecycle and memory states up to t. Kept off the per-change path
 * (flushHostRates): times are whole milliseconds, so a sum of whole intervals is exact and
 * adding them once per state period gives the same bits as adding them at every rate change,
 * while an uncontended VM change no longer loads the state-time columns.
 */
export function flushHostStateTime(H: HostArrays, h: number, t: number): void {
  const dt = t - (H.stateSince[h]);
  if (dt <= 0) return;
  const s = stateMsIndex(h, H.memState[h]);
  H.stateMs[s] = (H.stateMs[s]) + dt;
  if (hostServes(H.state[h])) H.upInt[h] = (H.upInt[h]) + dt;
  H.stateSince[h] = t;
}
