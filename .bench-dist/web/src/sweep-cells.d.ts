import type { SweepSummary } from './types.js';
type SweepPoint = SweepSummary['points'][number];
export declare const BOUND: Readonly<Record<SweepPoint['boundBy'], string>>;
/** "cpuReady.p95OfVmP95Pct<5" → "CPU ready"; other metrics by their last name. */
export declare function objectiveShort(text: string): string;
export type CellState = 'met' | 'failed' | 'not-binding';
/**
 * A point's state: not binding when none of its settings changed the placement (it only
 * repeats another point), else met or failed; a setting that did not bind there is noted
 * beside the verdict (cellLines), so the cell never vouches for it.
 */
export declare function cellState(p: SweepPoint, parameters: number): CellState;
export declare function mean(p: SweepPoint, metric: string): number | null;
/** The cell's text: verdict, then the achieved density. */
export declare function cellLines(p: SweepPoint, parameters: number): string[];
export {};
