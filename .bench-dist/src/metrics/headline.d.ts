import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import { type DensityParts } from '../model/placement/density.js';
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { EnergySpec, FinanceSpec } from '../scenario/schema.js';
import { type EnergyHour, type MeteredTotals } from './energy-meter.js';
import { type BaselineParts } from './finance.js';
import { type AvailabilityParts, type LifecycleSources, type MigrationParts } from './availability.js';
import type { Recorder } from './recorder.js';
/** Nearest-rank quantile of an ascending array; 0 for an empty one. */
export declare function sortedQuantile(sorted: Float64Array, q: number): number;
/**
 * Facility energy, cost and carbon (the finance view's first figures). With `metered` (the
 * hourly meter's totals) facility energy, cost and grid carbon are the sums of the priced hours;
 * without, they follow from IT energy at the flat PUE, price and intensity.
 */
export declare function energyFigures(itKWh: number, meanPowerKW: number, servers: number, durationMs: number, e: EnergySpec, metered?: MeteredTotals): HeadlineFigures['energy'];
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
    intervals: {
        usableMhz: number[];
        grantedMhz: number[];
        consumedMiB: number[];
        swappedMiB: number[];
    };
    availability: AvailabilityParts;
    migrations: MigrationParts;
    baseline: BaselineParts;
    /** The hourly meter's rows, hour by hour (one per cluster and hour). */
    meterRows: EnergyHour[];
}
/** Sum a cluster's hosts and VMs, and take its lists, into parts. */
export declare function headlineParts(world: World, mem: MemoryArrays, rec: Recorder, cluster: number, life: LifecycleSources, finance: FinanceSpec, meterRows: readonly EnergyHour[], density: DensityParts): HeadlineParts;
/** The parts of several clusters as one, added in the order given. */
export declare function foldParts(parts: readonly HeadlineParts[]): HeadlineParts;
/** Achieved density at initial placement, over the hosts it used. */
export declare function densityFigures(d: DensityParts): HeadlineFigures['density'];
/** The headline figures of a cluster's parts, or of several clusters' parts folded. */
export declare function headlineOf(p: HeadlineParts, durationMs: number, energySpec: EnergySpec, finance: FinanceSpec): HeadlineFigures;
