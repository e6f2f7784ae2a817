/** The figure catalogue: headline and run figures, how each is written and which way is better. */
import { count, duration, gib, kwh, mibAsGib, money, NONE, num, pct, ratio } from './format.js';
import type { HeadlineFigures, Report } from './types.js';

/** How a figure is written; 'money' adds the run's currency. */
export type FigureFormat = 'count' | 'num' | 'pct' | 'ratio' | 'gib' | 'mib-as-gib' | 'kwh' | 'kw' | 'ghz' | 'money' | 'seconds' | 'ms';

/** A comparison figure as written in the table: "—" when the report leaves it out; money in `currency`. */
export function formatFigure(v: number | null, f: FigureFormat, currency = ''): string {
  if (v === null) return NONE;
  switch (f) {
    case 'count':
      return count(v);
    case 'num':
      return num(v);
    case 'pct':
      return pct(v);
    case 'ratio':
      return ratio(v);
    case 'gib':
      return gib(v);
    case 'mib-as-gib':
      return mibAsGib(v);
    case 'kwh':
      return kwh(v);
    case 'kw':
      return `${num(v)} kW`;
    case 'ghz':
      return `${num(v)} GHz`;
    case 'money':
      return money(v, currency);
    case 'seconds':
      return duration(v * 1000);
    case 'ms':
      return `${num(v)} ms`;
  }
}

/** A headline figure for cards and the comparison table. */
export interface HeadlineFigure {
  readonly key: string;
  readonly label: string;
  readonly format: FigureFormat;
  /** Which direction is better, for the comparison's change column (null: neither). */
  readonly better: 'lower' | 'higher' | null;
  /** The figure, or null when the report leaves it out (no price, no grid intensity). */
  readonly get: (h: HeadlineFigures) => number | null;
}

export const HEADLINE_FIGURES: readonly HeadlineFigure[] = [
  { key: 'hosts', label: 'Hosts', format: 'count', better: null, get: (h) => h.hosts },
  { key: 'cores', label: 'Physical cores', format: 'count', better: null, get: (h) => h.cores },
  { key: 'vmsPlaced', label: 'VMs placed', format: 'count', better: 'higher', get: (h) => h.vmsPlaced },
  { key: 'vmsUnplaceable', label: 'VMs unplaceable', format: 'count', better: 'lower', get: (h) => h.vmsUnplaceable },
  { key: 'vcpuPerCore', label: 'vCPU : pCPU', format: 'ratio', better: null, get: (h) => h.vcpuPerCore },
  { key: 'memoryOvercommit', label: 'Memory overcommit', format: 'ratio', better: null, get: (h) => h.memoryOvercommit },
  { key: 'capacityGHz', label: 'CPU capacity', format: 'ghz', better: null, get: (h) => h.cpu.capacityGHz },
  { key: 'meanUtilPct', label: 'Mean CPU utilisation', format: 'pct', better: null, get: (h) => h.cpu.meanUtilPct },
  { key: 'peakUtilPct', label: 'Peak CPU utilisation', format: 'pct', better: null, get: (h) => h.cpu.peakUtilPct },
  { key: 'unmetDemandPct', label: 'Unmet CPU demand', format: 'pct', better: 'lower', get: (h) => h.cpu.unmetDemandPct },
  { key: 'readyMeanPct', label: 'Mean CPU ready', format: 'pct', better: 'lower', get: (h) => h.cpuReady.meanPct },
  { key: 'readyP95Pct', label: 'p95 CPU ready (p95 of VM p95s)', format: 'pct', better: 'lower', get: (h) => h.cpuReady.p95OfVmP95Pct },
  { key: 'worstVmP95Pct', label: 'Worst VM p95 CPU ready', format: 'pct', better: 'lower', get: (h) => h.cpuReady.worstVmP95Pct },
  { key: 'vmsOver5PctP95', label: 'VMs with p95 ready > 5 %', format: 'count', better: 'lower', get: (h) => h.cpuReady.vmsOver5PctP95 },
  { key: 'peakConsumedGiB', label: 'Peak memory consumed', format: 'gib', better: null, get: (h) => h.memory.peakConsumedGiB },
  { key: 'lowestFreeMiB', label: 'Lowest free memory (any host)', format: 'mib-as-gib', better: 'higher', get: (h) => h.memory.lowestFreeMiB },
  { key: 'hostsEverBelowHigh', label: "Hosts ever below 'high'", format: 'count', better: 'lower', get: (h) => h.memory.hostsEverBelowHigh },
  { key: 'sharedSavedGiB', label: 'Saved by page sharing (mean)', format: 'gib', better: 'higher', get: (h) => h.memory.sharedSavedGiB },
  { key: 'balloonedGiB', label: 'Ballooned (mean)', format: 'gib', better: 'lower', get: (h) => h.memory.balloonedGiB },
  { key: 'compressionSavedGiB', label: 'Saved by compression (mean)', format: 'gib', better: null, get: (h) => h.memory.compressionSavedGiB },
  { key: 'swappedGiB', label: 'Host swap (mean)', format: 'gib', better: 'lower', get: (h) => h.memory.swappedGiB },
  { key: 'peakSwappedGiB', label: 'Host swap (peak)', format: 'gib', better: 'lower', get: (h) => h.memory.peakSwappedGiB },
  { key: 'stallPct', label: 'Memory stall (CPU demand lost)', format: 'pct', better: 'lower', get: (h) => h.memory.stallPct },
  { key: 'blockedGiBHours', label: 'Allocations blocked (GiB × h)', format: 'num', better: 'lower', get: (h) => h.memory.blockedGiBHours },
  { key: 'itKWh', label: 'IT energy', format: 'kwh', better: 'lower', get: (h) => h.energy.itKWh },
  { key: 'meanPowerKW', label: 'Mean IT power', format: 'kw', better: 'lower', get: (h) => h.energy.meanPowerKW },
  { key: 'facilityKWh', label: 'Facility energy (kWh)', format: 'num', better: 'lower', get: (h) => h.energy.facilityKWh },
  { key: 'energyCost', label: 'Energy cost', format: 'money', better: 'lower', get: (h) => h.energy.cost },
  { key: 'operationalKgCo2', label: 'Operational CO2 (kg)', format: 'num', better: 'lower', get: (h) => h.energy.operationalKgCo2 },
  { key: 'embodiedKgCo2', label: 'Embodied CO2 (kg)', format: 'num', better: 'lower', get: (h) => h.energy.embodiedKgCo2 },
  { key: 'standbyKWh', label: 'Energy of hosts in standby', format: 'kwh', better: null, get: (h) => h.energy.standbyKWh },
  { key: 'transitionKWh', label: 'Energy of hosts booting or shutting down', format: 'kwh', better: 'lower', get: (h) => h.energy.transitionKWh },
  { key: 'totalCost', label: 'Total cost (energy, hardware, licences, admin)', format: 'money', better: 'lower', get: (h) => h.finance.totalCost },
  { key: 'baselineServers', label: 'Physical servers it replaces (baseline)', format: 'count', better: null, get: (h) => h.finance.baselineServers },
  { key: 'serversSaved', label: 'Servers saved vs the baseline', format: 'count', better: 'higher', get: (h) => h.finance.serversSaved },
  { key: 'saving', label: 'Saving vs the physical baseline', format: 'money', better: 'higher', get: (h) => h.finance.saving },
  { key: 'savingPct', label: 'Saving vs the baseline (% of its cost)', format: 'pct', better: 'higher', get: (h) => h.finance.savingPct },
  { key: 'kgCo2Saved', label: 'CO2 saved vs the baseline (kg)', format: 'num', better: 'higher', get: (h) => h.finance.kgCo2Saved },
  { key: 'meanVmAvailabilityPct', label: 'Mean VM availability', format: 'pct', better: 'higher', get: (h) => h.availability.meanVmAvailabilityPct },
  { key: 'worstVmAvailabilityPct', label: 'Worst VM availability', format: 'pct', better: 'higher', get: (h) => h.availability.worstVmAvailabilityPct },
  { key: 'outages', label: 'VM outages', format: 'count', better: 'lower', get: (h) => h.availability.outages },
  { key: 'downtimeVmHours', label: 'VM downtime (VM × h)', format: 'num', better: 'lower', get: (h) => h.availability.downtimeVmHours },
  { key: 'hostFailures', label: 'Host failures', format: 'count', better: null, get: (h) => h.availability.hostFailures },
  { key: 'haRestarts', label: 'HA restarts', format: 'count', better: null, get: (h) => h.availability.restarts },
  { key: 'worstRecoveryS', label: 'Worst recovery (incident to last VM up)', format: 'seconds', better: 'lower', get: (h) => h.availability.worstRecoveryS },
  { key: 'migrationsCompleted', label: 'Migrations completed', format: 'count', better: null, get: (h) => h.migrations.completed },
  { key: 'meanMigrationDowntimeMs', label: 'Mean migration downtime', format: 'ms', better: 'lower', get: (h) => h.migrations.meanDowntimeMs },
];

/** A figure of a whole run, for the comparison table: the headline figures and the alarm counts. */
export interface RunFigure {
  readonly key: string;
  readonly label: string;
  readonly format: FigureFormat;
  readonly better: 'lower' | 'higher' | null;
  readonly get: (r: Report) => number | null;
}

const ALARM_FIGURES: readonly RunFigure[] = [
  { key: 'alarmsRaised', label: 'Alarms raised', format: 'count', better: 'lower', get: (r) => r.alarms.total },
  { key: 'alarmsActiveAtEnd', label: 'Alarms still raised at the end', format: 'count', better: 'lower', get: (r) => r.alarms.activeAtEnd },
];

/** The comparison table's rows: the headline figures, with the alarm counts after the placement outcome. */
export const RUN_FIGURES: readonly RunFigure[] = HEADLINE_FIGURES.flatMap((f): RunFigure[] => {
  const own: RunFigure = { key: f.key, label: f.label, format: f.format, better: f.better, get: (r) => f.get(r.headline) };
  return f.key === 'vmsUnplaceable' ? [own, ...ALARM_FIGURES] : [own];
});

/** Unique labels for several runs: scenario names, with a number added to repeated ones. */
export function runLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const total = new Map<string, number>();
  for (const n of names) total.set(n, (total.get(n) ?? 0) + 1);
  return names.map((n) => {
    if ((total.get(n) ?? 0) < 2) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return `${n} #${k}`;
  });
}
