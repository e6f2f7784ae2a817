/**
 * Energy and finance figures of a synthetic report, worked out from its cluster power series the
 * way the simulator's meter does: the hourly meter (IT energy by host state, facility energy at
 * the hour's PUE, cost at the hour's time-of-use price, CO2 at the hour's grid intensity), the
 * headline energy as the sum of the hours, and the comparison with a physical baseline. Pure.
 */
import type { HeadlineFigures, Report } from '../../src/report/schema.js';
/** PUE by hour of day (UTC): cooling works hardest in the afternoon. */
export declare const PUE_BY_HOUR: readonly [1.32, 1.32, 1.3, 1.3, 1.3, 1.32, 1.35, 1.38, 1.42, 1.46, 1.5, 1.54, 1.56, 1.58, 1.58, 1.56, 1.52, 1.48, 1.44, 1.4, 1.38, 1.36, 1.34, 1.33];
/** Grid intensity by hour of day, gCO2/kWh: lower at night. */
export declare const GRID_BY_HOUR: readonly [220, 210, 200, 200, 200, 210, 250, 300, 330, 340, 330, 310, 290, 280, 280, 295, 320, 350, 360, 340, 310, 280, 250, 230];
/** Time-of-use tariff, EUR/kWh: peak on weekdays 07:00–21:00, off-peak otherwise. */
export declare const PEAK_PRICE = 0.26;
export declare const OFF_PEAK_PRICE = 0.14;
/** Embodied carbon and life of a server; the finance assumptions of the synthetic scenario. */
export declare const EMBODIED_KG_PER_SERVER = 1300;
export declare const SERVER_LIFE_YEARS = 5;
export declare const FINANCE: {
    readonly serverPrice: 9000;
    readonly licencePerHostYear: 1500;
    readonly adminPerServerYear: 600;
    readonly baseline: {
        readonly vmsPerServer: 1;
        readonly serverPrice: 3500;
        readonly kW: 0.12;
    };
};
/** The tariff at absolute time `ms` (epoch ms, UTC). */
export declare function priceAt(ms: number): number;
/**
 * The hourly meter of some clusters: each interval's energy (by host state) goes to the hour its
 * start falls in; facility energy at the hour's PUE (1 when unpriced), cost and CO2 from it (null
 * when unpriced: no price, no grid intensity).
 */
export declare function meterHours(startEpochMs: number, t: readonly number[], step: number, clusters: ReadonlyArray<Report['series']['clusters'][string]>, unpriced: boolean): Report['energy']['hours'];
/** The headline energy of `hosts` hosts metered by `hours`: the sums of the hours, the effective PUE, embodied CO2 for the run's share of the servers' life. */
export declare function energyOf(hours: Report['energy']['hours'], hosts: number, durationMs: number, unpriced: boolean): HeadlineFigures['energy'];
/**
 * The run against a physical baseline of one server per VM drawing 120 W, in the same facility at
 * the run's effective PUE, price and grid intensity: a 9 000 EUR host against a 3 500 EUR server
 * over 5 years, 1 500 EUR of hypervisor licences per host and year, 600 EUR of administration per
 * server and year, each for the run's share. Unpriced: no energy price, no server price, no grid
 * intensity, so every cost but licences and administration (and every CO2 total) is null.
 */
export declare function finance(hosts: number, vms: number, durationMs: number, e: HeadlineFigures['energy'], unpriced: boolean): HeadlineFigures['finance'];
