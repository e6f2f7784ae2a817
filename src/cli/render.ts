/**
 * Plain-text rendering of a run's outcome for the terminal: what a capacity planner reads
 * first. Kept apart from command logic.
 */
import type { HeadlineFigures } from '../report/schema.js';

function f(x: number, d = 1): string {
  return x.toFixed(d);
}

/** One line on the alarms raised, by rule. */
export function renderAlarms(total: number, active: number, byRule: Readonly<Record<string, number>>): string {
  if (total === 0) return '  alarms      none raised\n';
  const parts = Object.entries(byRule)
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => `${rule} ${n}`);
  return `  alarms      ${total} raised (${parts.join(', ')}), ${active} still raised at the end\n`;
}

export function renderHeadline(title: string, h: HeadlineFigures): string {
  const lines = [
    `${title}`,
    `  hosts ${h.hosts} (${h.cores} cores, ${f(h.hostMemoryGiB, 0)} GiB)   VMs ${h.vmsPlaced} placed` +
      (h.vmsUnplaceable > 0 ? `, ${h.vmsUnplaceable} UNPLACEABLE` : ''),
    `  overcommit  vCPU:pCPU ${f(h.vcpuPerCore, 2)}   memory ${f(h.memoryOvercommit, 2)}`,
    `  CPU         mean ${f(h.cpu.meanUtilPct)}%  peak ${f(h.cpu.peakUtilPct)}%  unmet demand ${f(h.cpu.unmetDemandPct, 2)}%`,
    `  CPU ready   mean ${f(h.cpuReady.meanPct, 2)}%  p95 of VM p95 ${f(h.cpuReady.p95OfVmP95Pct, 2)}% (${h.cpuReady.band})  VMs over 5%: ${h.cpuReady.vmsOver5PctP95}`,
    `  memory      peak consumed ${f(h.memory.peakConsumedGiB)} GiB  lowest free ${f(h.memory.lowestFreeMiB, 0)} MiB  hosts below 'high': ${h.memory.hostsEverBelowHigh}`,
    `  reclaimed   shared ${f(h.memory.sharedSavedGiB)} GiB  ballooned ${f(h.memory.balloonedGiB)} GiB  compressed ${f(h.memory.compressionSavedGiB)} GiB saved  swapped ${f(h.memory.swappedGiB)} GiB (peak ${f(h.memory.peakSwappedGiB)})  stall ${f(h.memory.stallPct, 2)}%`,
    `  energy      ${f(h.energy.itKWh, 2)} kWh IT  (mean ${f(h.energy.meanPowerKW, 2)} kW)` +
      (h.energy.pue !== 1 ? `  ${f(h.energy.facilityKWh, 2)} kWh facility (PUE ${h.energy.pue})` : '') +
      (h.energy.cost !== null ? `  ${f(h.energy.cost, 2)} ${h.energy.currency}` : '') +
      (h.energy.operationalKgCo2 !== null ? `  ${f(h.energy.operationalKgCo2, 1)} kgCO2` : '') +
      `  embodied ${f(h.energy.embodiedKgCo2, 1)} kgCO2`,
  ];
  return `${lines.join('\n')}\n`;
}
