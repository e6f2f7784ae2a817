/**
 * DPM's cost-benefit check of a host power-off, in energy. VMware white paper "VMware
 * Distributed Power Management Concepts and Use", Host Power-off Cost-Benefit Analysis, and
 * Gulati et al., "VMware Distributed Resource Management: Design, Implementation, and Lessons
 * Learned", VMware Technical Journal 1(1), 2012 (DPM): a power-off is recommended only when the
 * power it saves over the time the host is expected to stay off outweighs what it costs —
 * evacuating the host's VMs, and powering it down and up again. The vSphere troubleshooting list
 * for "The total cluster load is low" gives the matching reason a host stays on: "DPM projects
 * that the load will increase".
 *
 * Our reading, stated as assumptions:
 * - Expected off time: the cluster's demand trend over the power-off history window (40 min,
 *   the white paper's VmDemandHistorySecsHostOff = 2400 s) is extended in a straight line until
 *   the hosts staying on would reach the top of the target range (81 %); a falling or flat trend
 *   expects the host to stay off for the whole horizon (a day).
 * - Saving: the host's idle power less its standby power (its load moves, it is not saved).
 * - Cost: the energy above standby of shutting down and booting, plus the vMotion CPU of the
 *   evacuation (source and destination, MHz × estimated duration) at the host's marginal power
 *   per MHz, (maxW − idleW) / usable MHz.
 * Pure functions.
 */
import type { MHz, Millis, Watts } from '../units.js';

/** The longest expected off time: beyond a day, a diurnal load repeats itself. */
export const OFF_HORIZON_MS = 24 * 3_600_000;

/**
 * How long the staying hosts can carry the demand: from `demandThen` (MHz, `windowMs` ago) to
 * `demandNow` the demand moved in a straight line; the host is needed again when it reaches
 * `ceilingMhz` (the staying hosts' capacity at the top of the range). OFF_HORIZON_MS at most.
 */
export function expectedOffMs(demandThen: MHz, demandNow: MHz, windowMs: Millis, ceilingMhz: MHz): Millis {
  if (demandNow >= ceilingMhz) return 0;
  const slope = windowMs > 0 ? (demandNow - demandThen) / windowMs : 0;
  if (!(slope > 0)) return OFF_HORIZON_MS;
  return Math.min(OFF_HORIZON_MS, (ceilingMhz - demandNow) / slope);
}

export interface PowerOffEnergy {
  /** Energy saved while off (Wh). */
  readonly savedWh: number;
  /** Energy the power-down, the boot and the evacuation cost (Wh). */
  readonly costWh: number;
}

export interface HostPowerFigures {
  readonly idleW: Watts;
  readonly maxW: Watts;
  readonly standbyW: Watts;
  readonly shutdownW: Watts;
  readonly bootW: Watts;
  readonly shutdownMs: Millis;
  readonly bootMs: Millis;
  readonly usableMhz: MHz;
}

const MS_PER_H = 3_600_000;

/** Saving and cost of powering a host with `p` off for `offMs` after an evacuation of `evacuationMhzMs` (vMotion MHz × ms). */
export function powerOffEnergy(p: HostPowerFigures, offMs: Millis, evacuationMhzMs: number): PowerOffEnergy {
  const savedWh = (Math.max(0, p.idleW - p.standbyW) * offMs) / MS_PER_H;
  const transitionsWh = (Math.max(0, p.shutdownW - p.standbyW) * p.shutdownMs + Math.max(0, p.bootW - p.standbyW) * p.bootMs) / MS_PER_H;
  const perMhz = p.usableMhz > 0 ? Math.max(0, p.maxW - p.idleW) / p.usableMhz : 0;
  return { savedWh, costWh: transitionsWh + (perMhz * evacuationMhzMs) / MS_PER_H };
}
