/**
 * The headline figures a sweep records for every run, named by their path in the report's
 * Headline (src/report/schema.ts), so that a column of sweep.csv, an objective and a report
 * field all read the same. null: the run does not give the figure (no price, no finance).
 */
import { BINDINGS } from '../model/placement/density.js';
import type { HeadlineFigures } from '../report/schema.js';

export interface MetricDef {
  readonly name: string;
  readonly get: (h: HeadlineFigures) => number | null;
}

export const METRICS: readonly MetricDef[] = [
  { name: 'cpuReady.p95OfVmP95Pct', get: (h) => h.cpuReady.p95OfVmP95Pct },
  { name: 'cpuReady.meanPct', get: (h) => h.cpuReady.meanPct },
  { name: 'cpuReady.worstVmP95Pct', get: (h) => h.cpuReady.worstVmP95Pct },
  { name: 'cpuReady.vmsOver5PctP95', get: (h) => h.cpuReady.vmsOver5PctP95 },
  { name: 'cpu.meanUtilPct', get: (h) => h.cpu.meanUtilPct },
  { name: 'cpu.peakUtilPct', get: (h) => h.cpu.peakUtilPct },
  { name: 'memory.swappedGiB', get: (h) => h.memory.swappedGiB },
  { name: 'memory.peakSwappedGiB', get: (h) => h.memory.peakSwappedGiB },
  { name: 'memory.balloonedGiB', get: (h) => h.memory.balloonedGiB },
  { name: 'memory.stallPct', get: (h) => h.memory.stallPct },
  { name: 'availability.meanVmAvailabilityPct', get: (h) => h.availability.meanVmAvailabilityPct },
  { name: 'availability.downtimeVmHours', get: (h) => h.availability.downtimeVmHours },
  { name: 'availability.restarts', get: (h) => h.availability.restarts },
  { name: 'availability.vmsDownAtEnd', get: (h) => h.availability.vmsDownAtEnd },
  { name: 'energy.itKWh', get: (h) => h.energy.itKWh },
  { name: 'energy.cost', get: (h) => h.energy.cost },
  { name: 'finance.totalCost', get: (h) => h.finance.totalCost },
  { name: 'finance.saving', get: (h) => h.finance.saving },
  { name: 'migrations.completed', get: (h) => h.migrations.completed },
  { name: 'vmsPlaced', get: (h) => h.vmsPlaced },
  { name: 'vmsUnplaceable', get: (h) => h.vmsUnplaceable },
  { name: 'vcpuPerCore', get: (h) => h.vcpuPerCore },
  { name: 'memoryOvercommit', get: (h) => h.memoryOvercommit },
  { name: 'hostsInUse', get: (h) => h.hostsInUse },
  // Achieved density at initial placement, over the hosts in use (density.ts), beside the caps.
  { name: 'density.hostsInUse', get: (h) => h.density.hostsInUse },
  { name: 'density.hostsSpare', get: (h) => h.density.hostsSpare },
  { name: 'density.vcpuPerCore', get: (h) => h.density.vcpuPerCore },
  { name: 'density.busiestVcpuPerCore', get: (h) => h.density.busiestVcpuPerCore },
  { name: 'density.maxVcpuPerCore', get: (h) => h.density.maxVcpuPerCore },
  { name: 'density.memoryOvercommit', get: (h) => h.density.memoryOvercommit },
  { name: 'density.busiestMemoryOvercommit', get: (h) => h.density.busiestMemoryOvercommit },
  { name: 'density.maxMemoryOvercommit', get: (h) => h.density.maxMemoryOvercommit },
  ...BINDINGS.map((b) => ({ name: `density.boundBy.${b}`, get: (h: HeadlineFigures) => h.density.boundBy[b] + h.density.unplacedBoundBy[b] })),
];

export const METRIC_NAMES: readonly string[] = METRICS.map((m) => m.name);

/** A run's figures, in METRICS order; non-finite values are recorded as null. */
export function metricsOf(h: HeadlineFigures): (number | null)[] {
  return METRICS.map((m) => {
    const v = m.get(h);
    return v === null || !Number.isFinite(v) ? null : v;
  });
}
