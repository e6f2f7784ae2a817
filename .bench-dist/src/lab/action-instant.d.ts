import type { Simulation } from '../run/simulate.js';
/**
 * The earliest instant after `now` at which a scripted event scheduled now fires in the same
 * order as one scheduled at the run's start: the kernel orders equal times by priority, then
 * by scheduling order, so the instant must hold no other pending event of the scripted
 * events' priority (those scheduled before it would fire first here, after it from the file).
 * Events of other priorities keep their order either way.
 */
export declare function actionInstant(sim: Simulation): number;
/** Simulated time as d hh:mm:ss from the run's start. */
export declare function clock(ms: number): string;
