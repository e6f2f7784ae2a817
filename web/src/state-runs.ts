/** Run-length encoding of per-interval states (memory states, host lifecycle states). */
import type { MemoryState } from './types.js';

/** A stretch of intervals [i0, i1) in one state (memory state by default), spanning [t0, t1) ms. */
export interface StateRun<S extends string = MemoryState> {
  readonly state: S;
  readonly i0: number;
  readonly i1: number;
  readonly t0: number;
  readonly t1: number;
}

/** Run-length encoding of a per-interval state series (memory states, host lifecycle states). */
export function stateRuns<S extends string = MemoryState>(states: readonly S[], t: readonly number[], dt: readonly number[]): Array<StateRun<S>> {
  const runs: Array<StateRun<S>> = [];
  let i0 = 0;
  for (let i = 1; i <= states.length; i++) {
    if (i === states.length || states[i] !== states[i0]) {
      const last = i - 1;
      runs.push({ state: states[i0] as S, i0, i1: i, t0: t[i0], t1: (t[last]) + (dt[last]) });
      i0 = i;
    }
  }
  return runs;
}
