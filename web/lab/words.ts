/**
 * Explanations beside each chart, in words for a student, from the latest interval. The
 * thresholds quoted are the ones DOMAIN.md cites (CPU ready: Broadcom KB 387750; memory
 * states: vSphere resource management guide).
 */
import { READY_RULE, readyBand, type ReadyBand } from '../../src/catalogue/ready-bands.js';
import { fmt } from './dom.js';
import type { Point } from './history.js';

export function cpuWords(p: Point): string {
  if (p.capacityMhz <= 0) return 'No host is serving VMs.';
  const use = (100 * p.demandMhz) / p.capacityMhz;
  const waited = Math.max(0, p.demandMhz - p.grantedMhz);
  return `VMs ask for ${fmt(p.demandMhz / 1000)} GHz of the ${fmt(p.capacityMhz / 1000)} GHz the running hosts have (${fmt(use, 0)} %). ` +
    (waited > 1 ? `They got ${fmt(p.grantedMhz / 1000)} GHz: ${fmt(waited / 1000, 2)} GHz waited for a physical core, which is CPU ready.` : 'Every VM got what it asked for.');
}

const READY_VERDICT: Record<ReadyBand, string> = {
  fine: 'fine',
  watch: 'worth watching',
  significant: 'significant: users notice',
  bad: 'bad: applications slow down',
};

export function readyWords(p: Point): string {
  const r = p.readyMeanPct;
  return `CPU ready is the share of time a vCPU waited for a physical core. Mean ${fmt(r, 2)} %, worst 5 % of VMs ${fmt(p.readyP95Pct, 1)} %: ${READY_VERDICT[readyBand(r)]} (${READY_RULE}).`;
}

export function downWords(p: Point, detectionS: number): string {
  const fo = Number.isFinite(p.failoverHosts) ? ` HA could absorb ${fmt(p.failoverHosts, 0)} more host failure(s) now.` : '';
  if (p.vmsDown < 0.5) return `All VMs run.${fo}`;
  return `${fmt(p.vmsDown, 0)} VM(s) are down: after a host failure HA waits ${fmt(detectionS, 0)} s, then restarts VMs by priority on hosts with room; VMs that do not fit wait for capacity.${fo}`;
}

export function memoryWords(p: Point): string {
  if (p.memoryMiB <= 0) return '';
  const used = (100 * p.consumedMiB) / p.memoryMiB;
  const reclaim = p.balloonMiB + p.swappedMiB;
  return `VMs hold ${fmt(used, 0)} % of host memory. ` +
    (reclaim > 1 ? `Hosts are reclaiming: ${fmt(p.balloonMiB / 1024)} GiB ballooned, ${fmt(p.swappedMiB / 1024)} GiB swapped (swap is the last resort and slow).` : 'No reclamation: ballooning and swapping start only when free memory runs low.');
}

export function powerWords(p: Point, energyKWh: number): string {
  return `The hosts draw ${fmt(p.powerW / 1000, 2)} kW now (idle hosts still draw about half of their peak); ${fmt(energyKWh, 1)} kWh so far.`;
}
