/**
 * Plain-text rendering of a run's outcome for the terminal: what a capacity planner reads
 * first. Kept apart from command logic.
 */
import type { HeadlineFigures } from '../report/schema.js';
/** One line on the alarms raised, by rule. */
export declare function renderAlarms(total: number, active: number, byRule: Readonly<Record<string, number>>, readyBand?: string): string;
/** The first unplaceable VMs (in VM order) with their reasons, and how many more vms.csv lists. */
export declare function renderUnplaceable(vms: readonly {
    readonly id: string;
    readonly reason: string;
}[], shown?: number): string;
export declare function renderHeadline(title: string, h: HeadlineFigures): string;
