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
import type { PointResult } from './point-result.js';

export interface Evaluation {
  readonly hosts: number;
  readonly result: PointResult;
  readonly meets: boolean;
  /** With k host failures simulated: the hosts failed in replication 0 (each run fails its own busiest). */
  readonly failedHosts?: readonly string[];
}

export interface SizingBounds {
  /** Smallest count worth trying (at least 1). */
  readonly min: number;
  /** Where the search starts from (the scenario's count). */
  readonly start: number;
  /** Largest count the search may try. */
  readonly max: number;
}

export class SizingImpossibleError extends Error {
  constructor(
    readonly largest: Evaluation,
    readonly objectives: readonly string[],
  ) {
    super(
      `no host count up to ${largest.hosts} meets the objectives: at ${largest.hosts} hosts the runs still fail ${largest.result.failing.join(', ')}` +
        ` (objectives: ${objectives.join(', ')}); raise --max, relax the objective, or change the host spec or the VMs`,
    );
  }
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

export async function searchHosts(evaluate: Evaluate, bounds: SizingBounds, objectives: readonly string[]): Promise<SizingOutcome> {
  const min = Math.max(1, Math.floor(bounds.min));
  const max = Math.max(min, Math.floor(bounds.max));
  const seen = new Map<number, Evaluation>();
  const order: Evaluation[] = [];
  const at = async (n: number): Promise<Evaluation> => {
    let e = seen.get(n);
    if (e === undefined) {
      e = await evaluate(n);
      seen.set(n, e);
      order.push(e);
    }
    return e;
  };
  // An upper count that meets.
  let hi = Math.min(max, Math.max(min, Math.floor(bounds.start)));
  let lo = min - 1; // highest count known (or taken) to fail
  for (;;) {
    const e = await at(hi);
    if (e.meets) break;
    lo = hi;
    if (hi >= max) throw new SizingImpossibleError(e, objectives);
    hi = Math.min(max, hi * 2);
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if ((await at(mid)).meets) hi = mid;
    else lo = mid;
  }
  // The proof: answer − 1 evaluated (it is when the search went below the answer).
  const below = hi - 1 >= min ? await at(hi - 1) : null;
  const answer = seen.get(hi) as Evaluation;
  const nonMonotone = order.filter((e) => (e.hosts < hi && e.meets) || (e.hosts > hi && !e.meets)).map((e) => e.hosts);
  return { answer, below, evaluations: order, nonMonotone };
}
