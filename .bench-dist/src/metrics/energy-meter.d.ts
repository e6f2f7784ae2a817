/**
 * The energy meter: at every hour boundary (UTC) it reads each cluster's exact energy integral
 * and prices that hour's energy with the hour's PUE, electricity price (flat or time-of-use) and
 * grid carbon intensity. Hourly resolution is what tariffs and grid intensities are published
 * at; the energy itself comes from the integrals, so nothing is sampled.
 */
import type { Kernel } from '../engine/index.js';
import type { Datacenter } from '../model/datacenter.js';
import type { EnergySpec } from '../scenario/schema.js';
/** One cluster-hour (the last hour of a run may be partial). */
export interface EnergyHour {
    readonly cluster: number;
    readonly t0: number;
    readonly t1: number;
    readonly itKWh: number;
    readonly servingKWh: number;
    readonly transitionKWh: number;
    readonly standbyKWh: number;
    readonly pue: number;
    readonly facilityKWh: number;
    readonly pricePerKWh: number | null;
    readonly cost: number | null;
    readonly gramsCo2PerKWh: number | null;
    readonly kgCo2: number | null;
}
export interface MeteredTotals {
    itKWh: number;
    facilityKWh: number;
    cost: number | null;
    kgCo2: number | null;
    servingKWh: number;
    transitionKWh: number;
    standbyKWh: number;
}
/** Price of electricity in the hour starting at `epochMs`: the first matching band, else the flat price. */
export declare function priceAt(e: EnergySpec, epochMs: number): number | null;
export declare function pueAt(e: EnergySpec, epochMs: number): number;
export declare function intensityAt(e: EnergySpec, epochMs: number): number | null;
export declare class EnergyMeter {
    private readonly dc;
    private readonly kernel;
    private readonly spec;
    readonly hours: EnergyHour[];
    private readonly prev;
    private last;
    constructor(dc: Datacenter, kernel: Kernel, spec: EnergySpec);
    start(): void;
    /** Close the hour [last, t) for every cluster. */
    read(t: number): void;
}
/** Totals of metered rows, added in their order. */
export declare function meteredTotals(rows: readonly EnergyHour[]): MeteredTotals;
