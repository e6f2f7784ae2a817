/**
 * PlanetLab/CoMon trace files as shipped with CloudSim: one CPU utilisation percentage per
 * line (integers in the published files; decimals accepted), sampled every 300 s.
 */
import { type LineProblem } from './lines.js';
export interface PlanetLabSeries {
    /** CPU demand as a fraction 0..1 (the file's percentage / 100). */
    cpu: Float32Array;
    /** Empty when the file parsed; otherwise `cpu` must not be used. */
    problems: LineProblem[];
}
/** Parses one file's text; every malformed line is reported (capped, see `capProblems`). */
export declare function parsePlanetLab(text: string): PlanetLabSeries;
