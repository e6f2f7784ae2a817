/**
 * The hourly meter (report.energy.hours, or one cluster's in report.energy.clusters) as running totals, for the Energy and
 * money panel (pure: no DOM, no d3): IT and facility kWh and cost since the start at the end of
 * each hour, with each hour's price (cost / facility kWh) and PUE (facility / IT kWh). Sums are
 * compensated (Neumaier), so a month of hours adds up to the headline to the cent.
 */
import type { Report } from './types.js';
export interface EnergyHours {
    /** Hour starts, lengths (the first and last may be partial) and ends, ms from the run start. */
    readonly t: readonly number[];
    readonly dt: number[];
    readonly end: number[];
    /** Each hour's own figures. */
    readonly itKWh: readonly number[];
    readonly facilityKWh: readonly number[];
    readonly cost: ReadonlyArray<number | null>;
    readonly kgCo2: ReadonlyArray<number | null>;
    /** Running totals at each hour's end. */
    readonly cumItKWh: number[];
    readonly cumFacilityKWh: number[];
    /** Running cost (NaN from the first hour without a price on); null when no hour has a price. */
    readonly cumCost: number[] | null;
}
/** Running sums of `xs`, compensated for rounding (Neumaier's variant of Kahan summation). */
export declare function runningSum(xs: ArrayLike<number>): number[];
/** The sum of `xs`, compensated as in `runningSum`. */
export declare function exactSum(xs: ArrayLike<number>): number;
/** The hours of cluster `key` (report.energy.clusters), or the datacenter's for any other key ('*': all clusters). */
export declare function energyHours(report: Report, key?: string): EnergyHours;
/** Hour i's price per facility kWh (cost / facility kWh); null without a price, NaN for an hour without energy. */
export declare function hourPrice(e: EnergyHours, i: number): number | null;
/** Hour i's PUE (facility / IT kWh); NaN for an hour without IT energy. */
export declare function hourPue(e: EnergyHours, i: number): number;
