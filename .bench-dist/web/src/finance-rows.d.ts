import type { HeadlineFigures } from './types.js';
export type Finance = HeadlineFigures['finance'];
export type FinanceUnit = 'servers' | 'kwh' | 'money' | 'co2';
export interface FinanceRow {
    readonly key: string;
    readonly label: string;
    readonly unit: FinanceUnit;
    readonly virtualized: number | null;
    readonly baseline: number | null;
    /** Baseline − virtualized: positive is saved; null when either side is unknown. */
    readonly saving: number | null;
    /** The saving as % of the baseline, on the total line only. */
    readonly savingPct?: number | null;
    /** Why a figure reads as it does (a tooltip). */
    readonly note?: string;
}
export declare function financeRows(f: Finance): FinanceRow[];
/** A figure of a finance row in its unit; "—" for null. */
export declare function financeValue(v: number | null, unit: FinanceUnit, currency: string): string;
/** The saving cell: the saving in its unit, with its share of the baseline on the total line. */
export declare function financeSaving(r: FinanceRow, currency: string): string;
/** What is missing: a price for some money line, a grid intensity for CO2. */
export declare function financeGaps(f: Finance): {
    price: boolean;
    intensity: boolean;
};
/**
 * The comparison in one sentence: "14 servers instead of 400: 38,292 EUR (83.8 %) and 15.6 t CO2
 * saved over the run." A saving below zero reads "more"; an unknown one is left out, and the
 * sentence says no price was given.
 */
export declare function financeSummary(f: Finance): string;
