/**
 * Headline figures for a slice of the world (one cluster, or everything): what a capacity
 * planner reads first. Computed once, at the end, from the integrals and the recorder.
 */
import { readyBand } from '../catalogue/ready-bands.js';
import { DOWN_NOT_CREATED } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../catalogue/memory-states.js';
import { STATE_HIGH, stateMsIndex } from '../model/memory/min-free.js';
import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import { BINDINGS, foldDensity, type DensityParts } from '../model/placement/density.js';
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { EnergySpec, FinanceSpec } from '../scenario/schema.js';
import { meteredTotals, type EnergyHour, type MeteredTotals } from './energy-meter.js';
import { baselineParts, financeFigures, type BaselineParts } from './finance.js';
import {
  availabilityFigures,
  availabilityParts,
  foldAvailability,
  foldMigrations,
  migrationFigures,
  migrationParts,
  type AvailabilityParts,
  type LifecycleSources,
  type MigrationParts,
} from './availability.js';
import type { Recorder } from './recorder.js';
import { foldQueue, queueFigures, queueParts, type QueueParts } from './queue-wait.js';
import type { Slice } from './slice.js';

const MS_PER_HOUR = 3_600_000;
const WMS_PER_KWH = 3.6e9;

/** Nearest-rank quantile of an ascending array; 0 for an empty one. */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

const MS_PER_YEAR = 365.25 * 24 * MS_PER_HOUR;

/**
 * Facility energy, cost and carbon (the finance view's first figures). With `metered` (the
 * hourly meter's totals) facility energy, cost and grid carbon are the sums of the priced hours;
 * without, they follow from IT energy at the flat PUE, price and intensity.
 */
export function energyFigures(
  itKWh: number,
  meanPowerKW: number,
  servers: number,
  durationMs: number,
  e: EnergySpec,
  metered?: MeteredTotals,
): HeadlineFigures['energy'] {
  const facilityKWh = metered ? metered.facilityKWh : itKWh * e.pue;
  return {
    itKWh,
    meanPowerKW,
    pue: itKWh > 0 ? facilityKWh / itKWh : e.pue,
    facilityKWh,
    cost: metered ? metered.cost : e.pricePerKWh === null ? null : facilityKWh * e.pricePerKWh,
    currency: e.currency,
    operationalKgCo2: metered ? metered.kgCo2 : e.gridGramsCo2PerKWh === null ? null : (facilityKWh * e.gridGramsCo2PerKWh) / 1000,
    embodiedKgCo2: (servers * e.embodiedKgCo2PerServer * durationMs) / (e.serverLifeYears * MS_PER_YEAR),
    servingKWh: metered ? metered.servingKWh : itKWh,
    transitionKWh: metered ? metered.transitionKWh : 0,
    standbyKWh: metered ? metered.standbyKWh : 0,
  };
}

/**
 * What one cluster contributes to the headline: sums, extremes and lists in plain data. A
 * cluster's figures come from its parts alone; the datacenter's from the parts of all clusters
 * folded in cluster order ({@link foldParts}). Every datacenter figure is therefore the same
 * whether the clusters ran in one simulation or each on its own (clusters are independent
 * domains), and the same bits: sums are added cluster by cluster in both cases.
 */
export interface HeadlineParts {
  hosts: number;
  /** Hosts serving at least one VM at the end, and their cores and memory. */
  hostsInUse: number;
  coresInUse: number;
  hostMemInUseMiB: number;
  /** What initial placement reached (density.ts). */
  density: DensityParts;
  vms: number;
  cores: number;
  vcpus: number;
  hostMemMiB: number;
  vmMemMiB: number;
  usableMhz: number;
  /** MHz·ms while serving: hosts that failed or slept gave no capacity. */
  usableInt: number;
  demandInt: number;
  grantedInt: number;
  energyWms: number;
  lowestFreeMiB: number;
  hostsBelowHigh: number;
  stateMs: number[];
  sharedInt: number;
  balloonInt: number;
  storedInt: number;
  compSavedInt: number;
  swappedInt: number;
  swapInMiB: number;
  swapOutMiB: number;
  stallInt: number;
  blockedInt: number;
  placed: number;
  notCreated: number;
  readyInt: number;
  capInt: number;
  /** Per placed VM, in VM order: the p95 of its interval CPU ready (%). */
  vmReadyP95s: number[];
  /** Interval totals, for the peaks. */
  intervals: { usableMhz: number[]; grantedMhz: number[]; consumedMiB: number[]; swappedMiB: number[] };
  availability: AvailabilityParts;
  migrations: MigrationParts;
  baseline: BaselineParts;
  /** The hourly meter's rows, hour by hour (one per cluster and hour). */
  meterRows: EnergyHour[];
  queue: QueueParts;
}

/** Sum a cluster's hosts and VMs, and take its lists, into parts. */
export function headlineParts(
  world: World,
  mem: MemoryArrays,
  rec: Recorder,
  cluster: number,
  life: LifecycleSources,
  finance: FinanceSpec,
  meterRows: readonly EnergyHour[],
  density: DensityParts,
): HeadlineParts {
  const s: Slice | undefined = world.clusters[cluster];
  if (s === undefined) throw new Error(`headlineParts: no cluster ${cluster} (the world has ${world.clusters.length})`);
  const HM = mem.host;
  const H = world.hosts;
  const V = world.vms;
  const duration = world.durationMs;
  const p: HeadlineParts = {
    hosts: s.hostEnd - s.hostStart, hostsInUse: 0, coresInUse: 0, hostMemInUseMiB: 0, density, vms: s.vmEnd - s.vmStart, cores: 0, vcpus: 0, hostMemMiB: 0, vmMemMiB: 0,
    usableMhz: 0, usableInt: 0, demandInt: 0, grantedInt: 0, energyWms: 0, lowestFreeMiB: Infinity, hostsBelowHigh: 0,
    stateMs: [0, 0, 0, 0, 0], sharedInt: 0, balloonInt: 0, storedInt: 0, compSavedInt: 0, swappedInt: 0, swapInMiB: 0,
    swapOutMiB: 0, stallInt: 0, blockedInt: 0, placed: 0, notCreated: 0, readyInt: 0, capInt: 0, vmReadyP95s: [],
    intervals: rec.clusterIntervals[cluster] as HeadlineParts['intervals'],
    availability: availabilityParts(world, life, s),
    migrations: migrationParts(life, s),
    baseline: baselineParts(world, finance, cluster),
    meterRows: meterRows.filter((r) => r.cluster === cluster),
    queue: queueParts(life.queue ?? null, s, duration),
  };
  for (let h = s.hostStart; h < s.hostEnd; h++) {
    p.cores += H.cores[h];
    p.vcpus += H.vcpus[h];
    p.hostMemMiB += H.memoryMiB[h];
    p.vmMemMiB += H.configuredMiB[h];
    if ((H.vmCount[h]) > 0) {
      p.hostsInUse++;
      p.coresInUse += H.cores[h];
      p.hostMemInUseMiB += H.memoryMiB[h];
    }
    p.usableMhz += H.usableMhz[h];
    p.usableInt += (H.usableMhz[h]) * (H.upInt[h]);
    p.demandInt += H.demandInt[h];
    p.grantedInt += H.grantedInt[h];
    p.energyWms += H.energyInt[h];
    p.lowestFreeMiB = Math.min(p.lowestFreeMiB, H.minFreeSeenMiB[h]);
    for (let k = 0; k < MEMORY_STATES.length; k++) p.stateMs[k] = (p.stateMs[k]) + (H.stateMs[stateMsIndex(h, k)]);
    if ((H.stateMs[stateMsIndex(h, STATE_HIGH)]) < duration) p.hostsBelowHigh++;
    p.sharedInt += HM.sharedInt[h];
    p.balloonInt += HM.balloonInt[h];
    p.storedInt += HM.compressedStoredInt[h];
    p.compSavedInt += HM.compressionSavedInt[h];
    p.swappedInt += HM.swappedInt[h];
    p.swapInMiB += HM.swapInMiB[h];
    p.swapOutMiB += HM.swapOutMiB[h];
    p.stallInt += HM.stallInt[h];
    p.blockedInt += HM.blockedInt[h];
  }
  for (let v = s.vmStart; v < s.vmEnd; v++) {
    // Placed: ran at some time (a VM down at the end after a failure still counts). VMs that
    // were never created (provisioned later, or not at all) are neither placed nor unplaceable.
    if ((V.host[v]) < 0 && (V.placedMs[v]) === 0) {
      if (V.downReason[v] === DOWN_NOT_CREATED) p.notCreated++;
      continue;
    }
    p.placed++;
    p.readyInt += V.readyInt[v];
    p.capInt += (V.capMhz[v]) * (V.placedMs[v]);
    const p95 = rec.vmReady.quantile(v, 0.95);
    p.vmReadyP95s.push(Number.isNaN(p95) ? 0 : p95);
  }
  return p;
}

/** The parts of several clusters as one, added in the order given. */
export function foldParts(parts: readonly HeadlineParts[]): HeadlineParts {
  const first = parts[0];
  if (first === undefined) throw new Error('foldParts: no parts');
  const out: HeadlineParts = structuredClone(first);
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i] as HeadlineParts;
    for (const k of SUMMED) out[k] += p[k];
    out.lowestFreeMiB = Math.min(out.lowestFreeMiB, p.lowestFreeMiB);
    out.density = foldDensity([out.density, p.density]);
    for (let k = 0; k < 5; k++) out.stateMs[k] = (out.stateMs[k]) + (p.stateMs[k]);
    out.vmReadyP95s.push(...p.vmReadyP95s);
    const n = out.intervals.usableMhz.length;
    if (p.intervals.usableMhz.length !== n) throw new Error(`foldParts: clusters sampled ${n} and ${p.intervals.usableMhz.length} intervals`);
    for (const k of ['usableMhz', 'grantedMhz', 'consumedMiB', 'swappedMiB'] as const)
      for (let j = 0; j < n; j++) (out.intervals[k][j]) += p.intervals[k][j];
    out.availability = foldAvailability(out.availability, p.availability);
    out.migrations = foldMigrations(out.migrations, p.migrations);
    out.baseline = { servers: out.baseline.servers + p.baseline.servers, wms: out.baseline.wms + p.baseline.wms };
    out.meterRows = interleaveHours(out.meterRows, p.meterRows);
    out.queue = foldQueue(out.queue, p.queue);
  }
  return out;
}

const SUMMED = [
  'hosts', 'hostsInUse', 'coresInUse', 'hostMemInUseMiB', 'vms', 'cores', 'vcpus', 'hostMemMiB', 'vmMemMiB', 'usableMhz', 'usableInt', 'demandInt', 'grantedInt',
  'energyWms', 'hostsBelowHigh', 'sharedInt', 'balloonInt', 'storedInt', 'compSavedInt', 'swappedInt', 'swapInMiB',
  'swapOutMiB', 'stallInt', 'blockedInt', 'placed', 'notCreated', 'readyInt', 'capInt',
] as const satisfies ReadonlyArray<keyof HeadlineParts>;

/**
 * Meter rows of two sets of clusters, hour by hour: within an hour, the first set's rows then the
 * second's (the order the meter writes them in one simulation).
 */
function interleaveHours(a: readonly EnergyHour[], b: readonly EnergyHour[]): EnergyHour[] {
  const out: EnergyHour[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const t = Math.min(a[i]?.t0 ?? Infinity, b[j]?.t0 ?? Infinity);
    while (i < a.length && (a[i] as EnergyHour).t0 === t) out.push(a[i++] as EnergyHour);
    while (j < b.length && (b[j] as EnergyHour).t0 === t) out.push(b[j++] as EnergyHour);
  }
  return out;
}

/** Peaks over the intervals: utilisation (%), consumed and swapped memory (MiB). */
function peaks(iv: HeadlineParts['intervals']): { util: number; consumed: number; swapped: number } {
  let util = 0;
  let consumed = 0;
  let swapped = 0;
  for (let j = 0; j < iv.usableMhz.length; j++) {
    const usable = iv.usableMhz[j];
    const u = usable > 0 ? ((iv.grantedMhz[j]) / usable) * 100 : 0;
    if (u > util) util = u;
    if ((iv.consumedMiB[j]) > consumed) consumed = iv.consumedMiB[j];
    if ((iv.swappedMiB[j]) > swapped) swapped = iv.swappedMiB[j];
  }
  return { util, consumed, swapped };
}

const boundBy = (counts: readonly number[]): HeadlineFigures['density']['boundBy'] =>
  Object.fromEntries(BINDINGS.map((b, k) => [b, counts[k]])) as HeadlineFigures['density']['boundBy'];

/** Achieved density at initial placement, over the hosts it used. */
export function densityFigures(d: DensityParts): HeadlineFigures['density'] {
  // The binding constraint: the one most placements met ('none' only when none was met).
  let binding = 0;
  for (let b = 1; b < BINDINGS.length; b++) {
    const n = (d.placedBoundBy[b]) + (d.unplacedBoundBy[b]);
    if (n > 0 && (binding === 0 || n > (d.placedBoundBy[binding]) + (d.unplacedBoundBy[binding]))) binding = b;
  }
  return {
    measuredAt: 'initial placement',
    hostsInUse: d.hostsInUse,
    hostsSpare: d.hosts - d.hostsInUse,
    spareHosts: d.standbyClusters === 0 ? 'on' : d.standbyClusters === d.clusters ? 'standby' : 'mixed',
    vcpuPerCore: d.coresInUse > 0 ? d.vcpusInUse / d.coresInUse : 0,
    busiestVcpuPerCore: d.busiestVcpuPerCore,
    maxVcpuPerCore: d.maxVcpuPerCore,
    memoryOvercommit: d.memoryMiBInUse > 0 ? d.configuredMiBInUse / d.memoryMiBInUse : 0,
    busiestMemoryOvercommit: d.busiestMemoryOvercommit,
    maxMemoryOvercommit: d.maxMemoryOvercommit,
    boundBy: boundBy(d.placedBoundBy),
    unplacedBoundBy: boundBy(d.unplacedBoundBy),
    binding: BINDINGS[binding] as HeadlineFigures['density']['binding'],
  };
}

/** The headline figures of a cluster's parts, or of several clusters' parts folded. */
export function headlineOf(p: HeadlineParts, durationMs: number, energySpec: EnergySpec, finance: FinanceSpec): HeadlineFigures {
  const duration = durationMs;
  const meanGiB = (x: number): number => x / duration / 1024;
  const sorted = Float64Array.from(p.vmReadyP95s).sort();
  const p95OfP95 = sortedQuantile(sorted, 0.95);
  let over5 = 0;
  for (const x of sorted) if (x > 5) over5++;
  const stateHours = Object.fromEntries(MEMORY_STATES.map((name, k) => [name, (p.stateMs[k]) / MS_PER_HOUR])) as HeadlineFigures['memory']['stateHours'];
  const peak = peaks(p.intervals);
  const metered = meteredTotals(p.meterRows);
  return {
    hosts: p.hosts,
    hostsInUse: p.hostsInUse,
    cores: p.cores,
    vms: p.vms,
    vmsPlaced: p.placed,
    vmsUnplaceable: p.vms - p.placed - p.notCreated,
    vcpus: p.vcpus,
    // Over the hosts serving VMs: empty hosts would dilute the ratio to what no host runs at.
    vcpuPerCore: p.coresInUse > 0 ? p.vcpus / p.coresInUse : 0,
    hostMemoryGiB: p.hostMemMiB / 1024,
    vmMemoryGiB: p.vmMemMiB / 1024,
    memoryOvercommit: p.hostMemInUseMiB > 0 ? p.vmMemMiB / p.hostMemInUseMiB : 0,
    density: densityFigures(p.density),
    placementQueue: queueFigures(p.queue),
    cpu: {
      capacityGHz: p.usableMhz / 1000,
      meanDemandGHz: p.demandInt / duration / 1000,
      meanGrantedGHz: p.grantedInt / duration / 1000,
      meanUtilPct: p.usableInt > 0 ? (p.grantedInt / p.usableInt) * 100 : 0,
      peakUtilPct: peak.util,
      unmetDemandPct: p.demandInt > 0 ? ((p.demandInt - p.grantedInt) / p.demandInt) * 100 : 0,
    },
    cpuReady: {
      meanPct: p.capInt > 0 ? (p.readyInt / p.capInt) * 100 : 0,
      p95OfVmP95Pct: p95OfP95,
      worstVmP95Pct: sorted.length > 0 ? (sorted[sorted.length - 1]) : 0,
      vmsOver5PctP95: over5,
      band: readyBand(p95OfP95),
    },
    memory: {
      peakConsumedGiB: peak.consumed / 1024,
      lowestFreeMiB: Number.isFinite(p.lowestFreeMiB) ? p.lowestFreeMiB : 0,
      hostsEverBelowHigh: p.hostsBelowHigh,
      stateHours,
      sharedSavedGiB: meanGiB(p.sharedInt),
      balloonedGiB: meanGiB(p.balloonInt),
      compressionCacheGiB: meanGiB(p.storedInt),
      compressionSavedGiB: meanGiB(p.compSavedInt),
      swappedGiB: meanGiB(p.swappedInt),
      swapInGiB: p.swapInMiB / 1024,
      swapOutGiB: p.swapOutMiB / 1024,
      stallPct: p.demandInt > 0 ? (p.stallInt / p.demandInt) * 100 : 0,
      blockedGiBHours: p.blockedInt / MS_PER_HOUR / 1024,
      peakSwappedGiB: peak.swapped / 1024,
    },
    energy: energyFigures(p.energyWms / WMS_PER_KWH, p.energyWms / duration / 1000, p.hosts, duration, energySpec, metered),
    finance: financeFigures(p.hosts, p.baseline, duration, energySpec, finance, metered),
    availability: availabilityFigures(p.availability),
    migrations: migrationFigures(p.migrations),
  };
}
