/**
 * The checks a DPM power-off passes after the capacity checks (standby-candidates.ts): its
 * priority must be within the DPM threshold (dpm-priority.ts) and it must pay back in energy
 * over the time the host is expected to stay off (power-off-benefit.ts). Reads the world only.
 */
import { HOST_ON } from '../lifecycle.js';
import { estimateMigration } from '../migration/estimate.js';
import type { ClusterInfo, World } from '../world.js';
import { admitted, powerOffPriority } from './dpm-priority.js';
import { expectedOffMs, powerOffEnergy } from './power-off-benefit.js';
import { MS_PER_MIN } from './power-windows.js';
import { stayingPct, stayingWithout } from './standby-candidates.js';

/** The cluster's demand (MHz, averaged over a pass interval) at a DPM pass at t. */
export interface DemandSample {
  readonly t: number;
  readonly mhz: number;
}

/**
 * Null when host h of cluster c may go to standby as far as the DPM threshold and the
 * cost-benefit go (`history`: the cluster's demand over the power-off window, oldest first, at
 * least one sample); else why not, in words.
 */
export function powerOffRefusal(world: World, c: number, h: number, goingDown: (h: number) => boolean, history: readonly DemandSample[]): string | null {
  const cl = world.clusters[c] as ClusterInfo;
  const dpm = cl.power.dpm;
  const H = world.hosts;
  const s = stayingWithout(world, cl, h, goingDown);
  const pct = stayingPct(s);
  const priority = powerOffPriority(pct, dpm.targetPct, dpm.tolerancePct);
  if (!admitted(priority, dpm.threshold)) return `DPM threshold ${dpm.threshold} applies priorities 1–${dpm.threshold}; this power-off is priority ${priority} (the ${s.on} other hosts would run at ${pct.toFixed(0)} %)`;
  const first = history[0] as DemandSample;
  const last = history[history.length - 1] as DemandSample;
  const offMs = expectedOffMs(first.mhz, last.mhz, last.t - first.t, (s.cpuMhz * (dpm.targetPct + dpm.tolerancePct)) / 100);
  let to = -1;
  for (let k = cl.hostStart; k < cl.hostEnd && to < 0; k++) if (k !== h && H.state[k] === HOST_ON) to = k;
  let evacuation = 0;
  const V = world.vms;
  if (to >= 0)
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) {
      const e = estimateMigration(world, v, h, to);
      evacuation += (e.cpuMhzFrom + e.cpuMhzTo) * e.plan.durationMs;
    }
  const figures = {
    idleW: H.idleW[h],
    maxW: H.maxW[h],
    standbyW: H.standbyW[h],
    shutdownW: H.shutdownW[h],
    bootW: H.bootW[h],
    shutdownMs: H.shutdownMs[h],
    bootMs: H.bootMs[h],
    usableMhz: H.usableMhz[h],
  };
  const e = powerOffEnergy(figures, offMs, evacuation);
  if (e.savedWh > e.costWh) return null;
  return `DPM projects that the load will increase: off for ${Math.round(offMs / MS_PER_MIN)} min would save ${e.savedWh.toFixed(0)} Wh, the evacuation, power-down and boot cost ${e.costWh.toFixed(0)} Wh`;
}
