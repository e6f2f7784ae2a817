/**
 * Fitting model parameters to a trace: Nelder–Mead over the chosen parameters (unit box,
 * params.ts), each evaluation one replay simulation (replay/evaluate.ts) scored by the weighted
 * NRMSE objective (replay/metrics.ts), then a curvature confidence estimate at the optimum and
 * a final evaluation of the overlay as it will be written. Deterministic: no random numbers,
 * the same trace and options give the same fit.
 */
import { combineOverlays, type Overlay } from '../overlay.js';
import type { ReplayPlan } from '../replay/build-scenario.js';
import { evaluate, planSpec, type Evaluation } from '../replay/evaluate.js';
import { comparedCells, type Metric, type Weights } from '../replay/metrics.js';
import { curvature } from './confidence.js';
import { nelderMead } from './nelder-mead.js';
import { feasibleOverlay, fromUnit, PARAMS, toUnit, unitDerivative, type ParamKey } from './params.js';

export class CalibrationError extends Error {}

export interface CalibrateOptions {
  readonly fit: readonly ParamKey[];
  /** The user's overlay, applied under the fitted parameters. */
  readonly overlay: Overlay | null;
  readonly weights?: Weights;
  /** Evaluations the optimiser may spend (default 40 + 30 per parameter). */
  readonly maxEvals?: number;
  /** Folder holding the plan's trace files (replay/evaluate.ts writePlanFiles). */
  readonly workDir: string;
}

export interface FittedParam {
  readonly key: ParamKey;
  readonly label: string;
  readonly unit: string;
  readonly bounds: readonly [number, number];
  readonly before: number;
  readonly after: number;
  /** Linearised standard error, null when not estimated. */
  readonly stdErr: number | null;
  /** Approximate 95 % interval (in the search scale, clipped to the bounds), null when not estimated. */
  readonly ci95: readonly [number, number] | null;
  readonly note: string | null;
}

export interface CalibrationResult {
  readonly params: readonly FittedParam[];
  readonly before: Evaluation;
  readonly after: Evaluation;
  /** The user's overlay with the fitted parameters, as written to overlay.yaml. */
  readonly overlay: Overlay;
  readonly evaluations: number;
  readonly converged: boolean;
  readonly history: readonly { readonly values: readonly number[]; readonly objective: number }[];
  readonly notes: readonly string[];
}

/** Which observed metrics constrain a parameter (for the "not constrained" note). */
const EVIDENCE: Record<ParamKey, Metric[]> = {
  cpuOverheadPct: ['cpu', 'steal'],
  foreignLoadCores: ['cpu', 'steal'],
  readyPerRun: ['steal'],
  ksmPagesPerSec: ['ksm'],
  zeroPct: ['ksm'],
  intraPct: ['ksm'],
  interPct: ['ksm'],
  contentZeroPct: ['ksm', 'ksmShared'],
  contentSharedPct: ['ksm', 'ksmShared'],
  compressiblePct: ['zswap', 'swap'],
  balloonRateMiBps: ['balloon'],
  swapBandwidthMiBps: ['swap', 'swapIn', 'swapOut'],
};

export function calibrate(plan: ReplayPlan, o: CalibrateOptions): CalibrationResult {
  const params = o.fit.map((k) => PARAMS[k]);
  const base = planSpec(plan, o.overlay);
  const sleep = plan.hosts.map((h) => h.trace.settings.ksmSleepMs).find((x) => x !== null) ?? null;
  const overlayOf = (values: readonly number[], final: boolean): Overlay =>
    feasibleOverlay(combineOverlays(...(o.overlay ? [o.overlay] : []), ...params.map((p, i) => p.overlay(values[i], final, sleep))));
  const before = evaluate(plan, o.overlay, o.workDir, o.weights);
  if (!Number.isFinite(before.objective)) {
    throw new CalibrationError('the trace has no host-side observations to fit against (host CPU, steal, KSM pages_sharing, swap, balloon or zswap)');
  }
  const notes: string[] = [];
  for (const p of params) {
    const seen = EVIDENCE[p.key].some((m) => before.errors.some((e) => e.metric === m && e.n > 0 && e.weight > 0));
    if (!seen) notes.push(`${p.key}: the trace has no ${EVIDENCE[p.key].join(' / ')} observations (or their weight is 0): it is not constrained`);
  }
  const history: { values: number[]; objective: number }[] = [];
  const cache = new Map<string, number>();
  const f = (z: number[]): number => {
    const values = params.map((p, i) => fromUnit(p, z[i]));
    const key = values.map((v) => v.toPrecision(10)).join(',');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const j = evaluate(plan, overlayOf(values, false), o.workDir, o.weights).objective;
    cache.set(key, j);
    history.push({ values, objective: j });
    return j;
  };
  const z0 = params.map((p) => toUnit(p, p.baseline(base)));
  const nm = nelderMead(f, z0, { maxEvals: o.maxEvals ?? 40 + 30 * params.length, xTol: 1e-3, fTol: 1e-6 });
  const curv = curvature(f, nm.x, nm.f, comparedCells(before.errors));
  const after = params.map((p, i) => fromUnit(p, nm.x[i]));
  const overlay = overlayOf(after, true);
  const fitted: FittedParam[] = params.map((p, i) => {
    const z = nm.x[i];
    const sz = curv.stdErr[i] ?? null;
    return {
      key: p.key,
      label: p.label,
      unit: p.unit,
      bounds: [p.lo, p.hi] as const,
      before: p.baseline(base),
      after: after[i],
      stdErr: sz === null ? null : sz * unitDerivative(p, z),
      ci95: sz === null ? null : ([fromUnit(p, z - 1.96 * sz), fromUnit(p, z + 1.96 * sz)] as const),
      note: curv.reason[i] ?? null,
    };
  });
  if (!nm.converged) notes.push(`the optimiser stopped after ${nm.evals} evaluations without meeting its tolerances`);
  const afterEval = evaluate(plan, overlay, o.workDir, o.weights);
  // A figure only the fitted model predicts (pages_shared needs stated content) makes the errors
  // before and after cover different figures: say so rather than let them pass as like for like.
  for (const e of afterEval.errors) {
    const b = before.errors.find((x) => x.metric === e.metric);
    if (e.n > 0 && e.weight > 0 && (b === undefined || b.n === 0)) notes.push(`${e.metric}: compared after the fit only (the model before it does not predict it), so the error before leaves it out`);
  }
  return {
    params: fitted,
    before,
    after: afterEval,
    overlay,
    evaluations: cache.size,
    converged: nm.converged,
    history,
    notes,
  };
}
