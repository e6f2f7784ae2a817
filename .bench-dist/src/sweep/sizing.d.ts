/**
 * The minimal host count that meets the objectives, by bisection over whole simulations.
 *
 * Each evaluation runs the scenario at n hosts with the same replications' seeds at every n
 * (common random numbers: two counts differ by their hosts, not their luck) and judges the
 * objectives on those runs. The search assumes that meeting the objectives is monotone in n (more
 * hosts of the same spec never hurt); it checks that assumption where it looks: the answer is
 * proved by the evaluation at the answer (meets) and at answer − 1 (fails), both kept.
 *
 * Steps: evaluate the upper bound (the scenario's count); while it fails, double it up to `max`
 * (then the objectives are impossible within `max`: the error names the objectives the largest
 * count still failed); then bisect between the highest count known to fail and the lowest known
 * to meet. About log2(max) evaluations instead of a grid of them.
 */
import type { PointResult } from './results.js';
export interface Evaluation {
    readonly hosts: number;
    readonly result: PointResult;
    readonly meets: boolean;
}
export interface SizingBounds {
    /** Smallest count worth trying (at least 1). */
    readonly min: number;
    /** Where the search starts from (the scenario's count). */
    readonly start: number;
    /** Largest count the search may try. */
    readonly max: number;
}
export declare class SizingImpossibleError extends Error {
    readonly largest: Evaluation;
    readonly objectives: readonly string[];
    constructor(largest: Evaluation, objectives: readonly string[]);
}
export interface SizingOutcome {
    /** The smallest count meeting every objective. */
    readonly answer: Evaluation;
    /** The evaluation at answer − 1 (fails); null when the answer is the smallest count tried (min). */
    readonly below: Evaluation | null;
    /** Every evaluation, in the order made. */
    readonly evaluations: readonly Evaluation[];
    /** A count above the answer that failed, or one below it that met: the monotone assumption broke there. */
    readonly nonMonotone: readonly number[];
}
export type Evaluate = (hosts: number) => Promise<Evaluation>;
export declare function searchHosts(evaluate: Evaluate, bounds: SizingBounds, objectives: readonly string[]): Promise<SizingOutcome>;
