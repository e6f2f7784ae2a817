/**
 * One sweep point's figures over its replications: what results.ts builds from the run records
 * and binding.ts, the frontier and the outputs read, each metric read by name (statOf, meanOf).
 */
import type { Point } from './expand.js';
import { METRIC_NAMES } from './metrics.js';
import type { Summary } from './stats.js';

export interface PointResult {
  readonly point: Point;
  readonly runs: number;
  /** One summary per metric, in METRICS order. */
  readonly stats: readonly Summary[];
  /** Objectives (their text) the point fails. */
  readonly failing: readonly string[];
}

/** The summary of metric `name` (one of METRIC_NAMES) over the point's runs. */
export const statOf = (r: PointResult, name: string): Summary | undefined => r.stats[METRIC_NAMES.indexOf(name)];

/** The mean of metric `name` over the point's runs; NaN when it was not measured. */
export const meanOf = (r: PointResult, name: string): number => statOf(r, name)?.mean ?? NaN;
