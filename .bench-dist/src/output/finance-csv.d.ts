/**
 * finance.csv (the finance table: virtualized against the physical baseline, line by line) and
 * energy.csv (per cluster and hour: energy by host state, PUE, facility energy, price, cost,
 * grid intensity and carbon, from the hourly meter).
 */
import type { EnergyHour } from '../metrics/energy-meter.js';
import type { HeadlineFigures } from '../report/schema.js';
export declare const FINANCE_COLUMNS: readonly ["item", "unit", "virtualized", "physical_baseline", "saving"];
export declare function writeFinanceCsv(file: string, f: HeadlineFigures['finance'], embodiedKg: number, baselineEmbodiedKg: number): void;
export declare const ENERGY_COLUMNS: readonly ["time", "t_s", "hours", "cluster", "it_kwh", "serving_kwh", "transition_kwh", "standby_kwh", "pue", "facility_kwh", "price_per_kwh", "cost", "grid_g_co2_per_kwh", "co2_kg"];
/** energy.csv: the meter's rows (cluster indices into `clusterIds`), hour by hour. */
export declare function writeEnergyCsv(file: string, startEpochMs: number, clusterIds: readonly string[], hours: readonly EnergyHour[]): void;
