import type { CalibrationSummary } from './types.js';
export type CalibrationParam = CalibrationSummary['parameters'][number];
type MetricError = CalibrationSummary['errors']['before'][number];
/** `x` to `digits` significant digits with thousands separators ("5,000", "6.003", "0.0123"); "—" for null. */
export declare function sig(x: number | null | undefined, digits: number): string;
/** A value with its unit ("6.003 %", "401.3 pages/s"). */
export declare function withUnit(text: string, unit: string): string;
export declare function paramValue(x: number, p: CalibrationParam): string;
/** "5.91 – 6.1 %", or why there is no interval (the fit's note says "not estimated: …"). */
export declare function paramInterval(p: CalibrationParam): string;
export interface ErrorRow {
    readonly metric: string;
    readonly label: string;
    readonly unit: string;
    readonly weight: number;
    readonly cells: number;
    readonly before: MetricError | null;
    readonly after: MetricError | null;
}
/** One row per compared figure, in the summary's order. */
export declare function errorRows(s: CalibrationSummary): ErrorRow[];
/** The error columns, each shown before and after the fit; `unit` 'metric' is the figure's own. */
export declare const ERROR_COLUMNS: readonly [{
    readonly key: "nrmse";
    readonly label: "NRMSE";
    readonly unit: "";
}, {
    readonly key: "rmse";
    readonly label: "RMSE";
    readonly unit: "metric";
}, {
    readonly key: "mapePct";
    readonly label: "MAPE";
    readonly unit: "%";
}, {
    readonly key: "bias";
    readonly label: "bias";
    readonly unit: "metric";
}];
export type ErrorColumn = (typeof ERROR_COLUMNS)[number];
export declare function errorCell(e: MetricError | null, col: ErrorColumn, metricUnit: string): string;
/** Lower is better for every column but bias, where nearer zero is. */
export declare function improved(row: ErrorRow, col: ErrorColumn): boolean | null;
/** "Error 0.534 → 0.0123 after the fit (57 simulations, converged)." */
export declare function objectiveText(s: CalibrationSummary): string;
/** The three lines of one host and figure, null → NaN (a gap). */
export declare function overlaySeries(s: CalibrationSummary, host: string, metric: string): {
    observed: number[];
    before: number[];
    after: number[];
} | null;
export {};
