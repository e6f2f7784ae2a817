import type { SweepSummary } from './types.js';
type SweepPoint = SweepSummary['points'][number];
export interface Column {
    readonly key: string;
    readonly label: string;
    readonly numeric: boolean;
    readonly get: (p: SweepPoint) => number | string | null;
}
export declare function pointColumns(sweep: SweepSummary): Column[];
/** Rows sorted by column `key`, ascending or not; nulls last, ties in point order. */
export declare function sortPoints(points: readonly SweepPoint[], column: Column, ascending: boolean): SweepPoint[];
export {};
