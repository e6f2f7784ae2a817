/**
 * The highest placement cap (vCPU per core, or memory overcommit) that meets the objectives at a
 * fixed host count, by bisection over whole simulations (`dcsim size --search cpu-cap|memory-cap`).
 *
 * The caps tried are a grid, capMin + i × step for i = 0..steps, searched by bisection (about
 * log2(steps) evaluations), never walked. With packing placement a higher cap puts the VMs on
 * fewer hosts, so meeting the service objectives is taken to fall with the cap; placing every VM
 * rises with it (a low cap can leave VMs without a host). The caps that meet are then a window:
 *   1. the highest cap is evaluated first: if it meets, the cap did not bind within the range
 *      (said so, never reported as a safe ratio);
 *   2. if the lowest cap leaves VMs unplaced, bisection finds the lowest cap that places them all;
 *   3. if that cap fails the objectives, none does (the error names the objectives and the cap);
 *   4. else bisection between it (meets) and the highest (fails) gives the answer, proved by the
 *      runs at the answer (meet) and one step above (fail), both kept.
 */
import { METRIC_NAMES } from './metrics.js';
import type { PointResult } from './point-result.js';

export interface CapEvaluation {
  /** Grid index: the cap is capMin + index × step. */
  readonly index: number;
  readonly cap: number;
  readonly result: PointResult;
  readonly meets: boolean;
}

export interface CapGrid {
  readonly capMin: number;
  readonly step: number;
  /** Grid steps above capMin (the highest cap is capMin + steps × step). */
  readonly steps: number;
}

/** The cap at grid index i, rounded off binary noise (0.1 × 3 = 0.30000000000000004). */
export const capAt = (g: CapGrid, i: number): number => Math.round((g.capMin + i * g.step) * 1e9) / 1e9;

export type CapOutcome =
  | {
      readonly kind: 'answer';
      /** The highest cap meeting every objective. */
      readonly answer: CapEvaluation;
      /** One step above: fails. */
      readonly above: CapEvaluation;
      readonly evaluations: readonly CapEvaluation[];
      /** Caps that broke the window assumption (a met cap above the answer, a failed one below). */
      readonly nonMonotone: readonly number[];
    }
  | { readonly kind: 'not-binding'; readonly highest: CapEvaluation; readonly evaluations: readonly CapEvaluation[] };

export class CapImpossibleError extends Error {
  constructor(
    readonly at: CapEvaluation,
    readonly hosts: number,
    why: string,
  ) {
    super(why);
  }
}

const UNPLACED = METRIC_NAMES.indexOf('vmsUnplaceable');
/** Every VM placed in every run (counts are never negative: a mean of 0 is 0 in every run). */
export const placesAll = (e: CapEvaluation): boolean => (e.result.stats[UNPLACED]?.mean ?? 0) === 0;

export async function searchCap(evaluate: (i: number) => Promise<CapEvaluation>, grid: CapGrid, hosts: number, capWords: string): Promise<CapOutcome> {
  const seen = new Map<number, CapEvaluation>();
  const order: CapEvaluation[] = [];
  const at = async (i: number): Promise<CapEvaluation> => {
    let e = seen.get(i);
    if (e === undefined) {
      e = await evaluate(i);
      seen.set(i, e);
      order.push(e);
    }
    return e;
  };
  const top = await at(grid.steps);
  if (top.meets) return { kind: 'not-binding', highest: top, evaluations: order };
  let lo = 0;
  if (!placesAll(await at(0))) {
    if (!placesAll(top)) throw new CapImpossibleError(top, hosts, `even ${capWords} ${top.cap} leaves VMs without a host at ${hosts} hosts: add hosts (--host-count) or raise --cap-max`);
    let a = 0; // leaves VMs unplaced
    let b = grid.steps; // places them all
    while (b - a > 1) {
      const mid = a + Math.floor((b - a) / 2);
      if (placesAll(await at(mid))) b = mid;
      else a = mid;
    }
    lo = b;
  }
  const low = await at(lo);
  if (!low.meets) {
    const first = lo === 0 ? `even the lowest ${capWords} tried, ${low.cap},` : `${capWords} ${low.cap}, the lowest that places every VM,`;
    throw new CapImpossibleError(low, hosts, `${first} fails ${low.result.failing.join(', ')} at ${hosts} hosts: no cap in the range meets the objectives; add hosts (--host-count), lower --cap-min or relax the objectives`);
  }
  let good = lo;
  let bad = grid.steps;
  while (bad - good > 1) {
    const mid = good + Math.floor((bad - good) / 2);
    if ((await at(mid)).meets) good = mid;
    else bad = mid;
  }
  const answer = seen.get(good) as CapEvaluation;
  const above = seen.get(good + 1) ?? (await at(good + 1));
  const nonMonotone = order.filter((e) => (e.index > good && e.meets) || (e.index < good && e.index >= lo && !e.meets)).map((e) => e.cap);
  return { kind: 'answer', answer, above, evaluations: order, nonMonotone };
}
