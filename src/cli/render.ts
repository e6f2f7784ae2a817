/**
 * Plain-text rendering of a run's outcome for the terminal: what a capacity planner reads
 * first. Kept apart from command logic.
 */
import type { HeadlineFigures } from '../report/schema.js';
import { renderDensity } from '../sweep/density-text.js';

function f(x: number, d = 1): string {
  return x.toFixed(d);
}

/** One line on the alarms raised, by rule. */
export function renderAlarms(total: number, active: number, byRule: Readonly<Record<string, number>>, readyBand?: string): string {
  if (total === 0) return '  alarms      none raised\n';
  const parts = Object.entries(byRule)
    .filter(([, n]) => n > 0)
    .map(([rule, n]) => `${rule} ${n}`);
  // The band judges all VMs over the whole run; an alarm one VM in one interval: both can hold.
  const why =
    readyBand === 'fine' && (byRule['cpu-ready'] ?? 0) > 0
      ? '              (CPU ready is fine over the run and all VMs, yet single VMs waited at peaks: the cpu-ready alarms say which and when)\n'
      : '';
  return `  alarms      ${total} raised (${parts.join(', ')}), ${active} still raised at the end\n${why}`;
}

/** The first unplaceable VMs (in VM order) with their reasons, and how many more vms.csv lists. */
export function renderUnplaceable(vms: readonly { readonly id: string; readonly reason: string }[], shown = 5): string {
  const lines = vms.slice(0, shown).map((v) => `  unplaceable ${v.id}: ${v.reason}\n`);
  if (vms.length > shown) lines.push(`  … ${vms.length - shown} more in vms.csv\n`);
  return lines.join('');
}

/** " (dpm 2616, power-on 2444, balance 95)": completed migrations by reason, most first; nothing for none. */
function byReason(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([r, n]) => `${r} ${n}`);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

export function renderHeadline(title: string, h: HeadlineFigures): string {
  const lines = [
    `${title}`,
    `  hosts ${h.hosts} (${h.cores} cores, ${f(h.hostMemoryGiB, 0)} GiB)   VMs ${h.vmsPlaced} placed` +
      (h.vmsUnplaceable > 0 ? `, ${h.vmsUnplaceable} UNPLACEABLE` : ''),
    `  overcommit  vCPU:pCPU ${f(h.vcpuPerCore, 2)}   memory ${f(h.memoryOvercommit, 2)}   (at the end, over the ${h.hostsInUse} hosts serving VMs)`,
    renderDensity(h.density, h.hosts).trimEnd(),
    `  CPU         mean ${f(h.cpu.meanUtilPct)}%  peak ${f(h.cpu.peakUtilPct)}%  unmet demand ${f(h.cpu.unmetDemandPct, 2)}%`,
    `  CPU ready   mean ${f(h.cpuReady.meanPct, 2)}%  p95 of VM p95 ${f(h.cpuReady.p95OfVmP95Pct, 2)}% (${h.cpuReady.band})  VMs over 5%: ${h.cpuReady.vmsOver5PctP95}`,
    `  memory      peak consumed ${f(h.memory.peakConsumedGiB)} GiB  lowest free ${f(h.memory.lowestFreeMiB, 0)} MiB  hosts below 'high': ${h.memory.hostsEverBelowHigh}`,
    `  reclaimed   shared ${f(h.memory.sharedSavedGiB)} GiB  ballooned ${f(h.memory.balloonedGiB)} GiB  compressed ${f(h.memory.compressionSavedGiB)} GiB saved  swapped ${f(h.memory.swappedGiB)} GiB (peak ${f(h.memory.peakSwappedGiB)})  stall ${f(h.memory.stallPct, 2)}%`,
    `  energy      ${f(h.energy.itKWh, 2)} kWh IT  (mean ${f(h.energy.meanPowerKW, 2)} kW)` +
      (h.energy.pue !== 1 ? `  ${f(h.energy.facilityKWh, 2)} kWh facility (PUE ${f(h.energy.pue, 3)})` : '') +
      (h.energy.cost !== null ? `  ${f(h.energy.cost, 2)} ${h.energy.currency}` : '') +
      (h.energy.operationalKgCo2 !== null ? `  ${f(h.energy.operationalKgCo2, 1)} kgCO2` : '') +
      `  embodied ${f(h.energy.embodiedKgCo2, 1)} kgCO2` +
      (h.energy.transitionKWh + h.energy.standbyKWh > 0
        ? `  (transitions ${f(h.energy.transitionKWh, 2)} kWh, standby ${f(h.energy.standbyKWh, 2)} kWh)`
        : ''),
  ];
  const a = h.availability;
  if (a.hostFailures > 0 || a.outages > 0)
    lines.push(
      `  availability mean ${f(a.meanVmAvailabilityPct, 4)}% (${f(a.nines, 1)} nines)  worst ${f(a.worstVmAvailabilityPct, 3)}%  ` +
        `host failures ${a.hostFailures}  outages ${a.outages}  down ${f(a.downtimeVmHours, 2)} VM-h  restarts ${a.restarts}` +
        (a.vmsDownAtEnd > 0 ? `  ${a.vmsDownAtEnd} DOWN at the end` : ''),
    );
  const m = h.migrations;
  if (m.completed + m.aborted > 0)
    lines.push(
      `  migrations  ${m.completed} completed${byReason(m.byReason)}${h.vms > 0 ? `, ${f(m.completed / h.vms, 1)} per VM` : ''}${m.aborted > 0 ? `, ${m.aborted} aborted` : ''}  mean ${f(m.meanDurationS, 1)} s  ` +
        `${f(m.transferredGiB, 1)} GiB sent  downtime mean ${f(m.meanDowntimeMs, 1)} ms, max ${f(m.maxDowntimeMs, 1)} ms`,
    );
  const fi = h.finance;
  if (fi.totalCost !== null && fi.baselineTotalCost !== null && fi.saving !== null)
    lines.push(
      `  finance     ${fi.servers} servers vs ${fi.baselineServers} physical  cost ${f(fi.totalCost, 0)} vs ${f(fi.baselineTotalCost, 0)} ${fi.currency}` +
        `  saving ${f(fi.saving, 0)} ${fi.currency} (${f(fi.savingPct ?? 0, 1)}%)  kWh ${f(fi.itKWh, 0)} vs ${f(fi.baselineItKWh, 0)} IT`,
    );
  else lines.push(`  finance     ${fi.servers} servers vs ${fi.baselineServers} physical  IT energy ${f(fi.itKWh, 1)} vs ${f(fi.baselineItKWh, 1)} kWh`);
  return `${lines.join('\n')}\n`;
}
