/**
 * One sweep point's figures over its replications: what results.ts builds from the run records
 * and binding.ts, the frontier and the outputs read.
 */
import type { Point } from './expand.js';
import type { Summary } from './stats.js';

export interface PointResult {
  readonly point: Point;
  readonly runs: number;
  /** One summary per metric, in METRICS order. */
  readonly stats: readonly Summary[];
  /** Objectives (their text) the point fails. */
  readonly failing: readonly string[];
}
