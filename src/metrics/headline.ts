/**
 * Headline figures for a slice of the world (one cluster, or everything): what a capacity
 * planner reads first. Computed once, at the end, from the integrals and the recorder.
 */
import { readyBand } from '../model/cpu/ready.js';
import { DOWN_NOT_CREATED } from '../model/lifecycle.js';
import { MEMORY_STATES, STATE_HIGH } from '../model/memory/min-free.js';
import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { EnergySpec, FinanceSpec } from '../scenario/schema.js';
import type { MeteredTotals } from './energy-meter.js';
import { financeFigures } from './finance.js';
import { availabilityFigures, migrationFigures, type LifecycleSources } from './availability.js';
import type { Recorder } from './recorder.js';

export interface Slice {
  readonly hostStart: number;
  readonly hostEnd: number;
  readonly vmStart: number;
  readonly vmEnd: number;
  /** Recorder peaks for this slice. */
  readonly peakUtilPct: number;
  readonly peakConsumedMiB: number;
  readonly peakSwappedMiB: number;
}

const MS_PER_HOUR = 3_600_000;
const WMS_PER_KWH = 3.6e9;

/** Nearest-rank quantile of an ascending array; 0 for an empty one. */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
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

export function headline(
  world: World,
  mem: MemoryArrays,
  rec: Recorder,
  s: Slice,
  energySpec: EnergySpec,
  life: LifecycleSources,
  money: { readonly finance: FinanceSpec; readonly metered: MeteredTotals },
): HeadlineFigures {
  const HM = mem.host;
  const H = world.hosts;
  const V = world.vms;
  const duration = world.durationMs;
  let cores = 0;
  let vcpus = 0;
  let hostMem = 0;
  let vmMem = 0;
  let usable = 0;
  let usableInt = 0; // MHz·ms while serving: hosts that failed or slept gave no capacity
  let demandInt = 0;
  let grantedInt = 0;
  let energy = 0;
  let lowestFree = Infinity;
  let belowHigh = 0;
  const stateMs = [0, 0, 0, 0, 0];
  let sharedInt = 0;
  let balloonInt = 0;
  let storedInt = 0;
  let compSavedInt = 0;
  let swappedInt = 0;
  let swapIn = 0;
  let swapOut = 0;
  let stallInt = 0;
  let blockedInt = 0;
  for (let h = s.hostStart; h < s.hostEnd; h++) {
    cores += H.cores[h] as number;
    vcpus += H.vcpus[h] as number;
    hostMem += H.memoryMiB[h] as number;
    vmMem += H.configuredMiB[h] as number;
    usable += H.usableMhz[h] as number;
    usableInt += (H.usableMhz[h] as number) * (H.upInt[h] as number);
    demandInt += H.demandInt[h] as number;
    grantedInt += H.grantedInt[h] as number;
    energy += H.energyInt[h] as number;
    lowestFree = Math.min(lowestFree, H.minFreeSeenMiB[h] as number);
    for (let k = 0; k < 5; k++) stateMs[k] = (stateMs[k] as number) + (H.stateMs[h * 5 + k] as number);
    if ((H.stateMs[h * 5 + STATE_HIGH] as number) < duration) belowHigh++;
    sharedInt += HM.sharedInt[h] as number;
    balloonInt += HM.balloonInt[h] as number;
    storedInt += HM.compressedStoredInt[h] as number;
    compSavedInt += HM.compressionSavedInt[h] as number;
    swappedInt += HM.swappedInt[h] as number;
    swapIn += HM.swapInMiB[h] as number;
    swapOut += HM.swapOutMiB[h] as number;
    stallInt += HM.stallInt[h] as number;
    blockedInt += HM.blockedInt[h] as number;
  }
  const meanGiB = (x: number): number => x / duration / 1024;
  let placed = 0;
  let notCreated = 0;
  let readyInt = 0;
  let capInt = 0;
  const p95s: number[] = [];
  for (let v = s.vmStart; v < s.vmEnd; v++) {
    // Placed: ran at some time (a VM down at the end after a failure still counts). VMs that
    // were never created (provisioned later, or not at all) are neither placed nor unplaceable.
    if ((V.host[v] as number) < 0 && (V.placedMs[v] as number) === 0) {
      if (V.downReason[v] === DOWN_NOT_CREATED) notCreated++;
      continue;
    }
    placed++;
    readyInt += V.readyInt[v] as number;
    capInt += (V.capMhz[v] as number) * (V.placedMs[v] as number);
    const p95 = rec.vmReady.quantile(v, 0.95);
    p95s.push(Number.isNaN(p95) ? 0 : p95);
  }
  const sorted = Float64Array.from(p95s).sort();
  const p95OfP95 = sortedQuantile(sorted, 0.95);
  let over5 = 0;
  for (const x of sorted) if (x > 5) over5++;
  const stateHours = Object.fromEntries(MEMORY_STATES.map((name, k) => [name, (stateMs[k] as number) / MS_PER_HOUR])) as HeadlineFigures['memory']['stateHours'];
  return {
    hosts: s.hostEnd - s.hostStart,
    cores,
    vms: s.vmEnd - s.vmStart,
    vmsPlaced: placed,
    vmsUnplaceable: s.vmEnd - s.vmStart - placed - notCreated,
    vcpus,
    vcpuPerCore: cores > 0 ? vcpus / cores : 0,
    hostMemoryGiB: hostMem / 1024,
    vmMemoryGiB: vmMem / 1024,
    memoryOvercommit: hostMem > 0 ? vmMem / hostMem : 0,
    cpu: {
      capacityGHz: usable / 1000,
      meanDemandGHz: demandInt / duration / 1000,
      meanGrantedGHz: grantedInt / duration / 1000,
      meanUtilPct: usableInt > 0 ? (grantedInt / usableInt) * 100 : 0,
      peakUtilPct: s.peakUtilPct,
      unmetDemandPct: demandInt > 0 ? ((demandInt - grantedInt) / demandInt) * 100 : 0,
    },
    cpuReady: {
      meanPct: capInt > 0 ? (readyInt / capInt) * 100 : 0,
      p95OfVmP95Pct: p95OfP95,
      worstVmP95Pct: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : 0,
      vmsOver5PctP95: over5,
      band: readyBand(p95OfP95),
    },
    memory: {
      peakConsumedGiB: s.peakConsumedMiB / 1024,
      lowestFreeMiB: Number.isFinite(lowestFree) ? lowestFree : 0,
      hostsEverBelowHigh: belowHigh,
      stateHours,
      sharedSavedGiB: meanGiB(sharedInt),
      balloonedGiB: meanGiB(balloonInt),
      compressionCacheGiB: meanGiB(storedInt),
      compressionSavedGiB: meanGiB(compSavedInt),
      swappedGiB: meanGiB(swappedInt),
      swapInGiB: swapIn / 1024,
      swapOutGiB: swapOut / 1024,
      stallPct: demandInt > 0 ? (stallInt / demandInt) * 100 : 0,
      blockedGiBHours: blockedInt / MS_PER_HOUR / 1024,
      peakSwappedGiB: s.peakSwappedMiB / 1024,
    },
    energy: energyFigures(energy / WMS_PER_KWH, energy / duration / 1000, s.hostEnd - s.hostStart, duration, energySpec, money.metered),
    finance: financeFigures(world, s, energySpec, money.finance, money.metered),
    availability: availabilityFigures(world, life, s),
    migrations: migrationFigures(life, s),
  };
}
