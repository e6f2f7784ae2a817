/**
 * Puts trace series on the replay grid: intervals [k·step, (k+1)·step) from the trace's time 0.
 * A rate's grid value is the time-weighted mean of the trace intervals overlapping the cell
 * (NaN when they cover less than half of it), so jittered sample times, gaps and different
 * sampling rates all land on the same cells without spikes. A gauge's grid value is the mean
 * of its piecewise-linear interpolation over the cell (edge readings held half a step beyond
 * the ends), comparable to the simulator's interval averages.
 */
import { medianStep } from './counters.js';
import type { CalibrationTrace, GaugeSeries, RateSeries } from './trace.js';

export interface Grid {
  readonly stepMs: number;
  readonly cells: number;
}

/** Minimum share of a cell a rate must cover to have a value there. */
const MIN_COVER = 0.5;

export function resampleRate(s: RateSeries, g: Grid): Float64Array {
  const out = new Float64Array(g.cells).fill(NaN);
  let j = 0;
  for (let k = 0; k < g.cells; k++) {
    const a = k * g.stepMs;
    const b = a + g.stepMs;
    while (j < s.v.length && (s.t1[j]) <= a) j++;
    let cover = 0;
    let sum = 0;
    for (let i = j; i < s.v.length && (s.t0[i]) < b; i++) {
      const o = Math.min(b, s.t1[i]) - Math.max(a, s.t0[i]);
      if (o > 0) {
        cover += o;
        sum += o * (s.v[i]);
      }
    }
    if (cover >= MIN_COVER * g.stepMs) out[k] = sum / cover;
  }
  return out;
}

/** Linear interpolation of a gauge at x; edge values held within `hold` ms; NaN beyond. */
function at(s: GaugeSeries, x: number, hold: number, hint: { i: number }): number {
  const n = s.v.length;
  if (n === 0) return NaN;
  const first = s.t[0];
  const last = s.t[n - 1];
  if (x <= first) return x >= first - hold ? (s.v[0]) : NaN;
  if (x >= last) return x <= last + hold ? (s.v[n - 1]) : NaN;
  let i = Math.min(hint.i, n - 2);
  while (i > 0 && (s.t[i]) > x) i--;
  while (i + 1 < n - 1 && (s.t[i + 1]) <= x) i++;
  hint.i = i;
  const t0 = s.t[i];
  const t1 = s.t[i + 1];
  const w = t1 > t0 ? (x - t0) / (t1 - t0) : 0;
  return (s.v[i]) * (1 - w) + (s.v[i + 1]) * w;
}

export function resampleGauge(s: GaugeSeries, g: Grid): Float64Array {
  const out = new Float64Array(g.cells).fill(NaN);
  const hint = { i: 0 };
  const hold = g.stepMs / 2;
  for (let k = 0; k < g.cells; k++) {
    const a = k * g.stepMs;
    const fa = at(s, a, hold, hint);
    const fm = at(s, a + g.stepMs / 2, hold, hint);
    const fb = at(s, a + g.stepMs, hold, hint);
    out[k] = (fa + 2 * fm + fb) / 4;
  }
  return out;
}

/**
 * The grid a trace replays on: `stepMs` when given, else the median VM sampling interval
 * rounded to whole seconds (at least 1 s); as many whole cells as the VM series cover.
 */
export function gridOf(trace: CalibrationTrace, stepMs?: number): Grid | string {
  const starts: number[] = [];
  let end = 0;
  const steps: number[] = [];
  for (const h of trace.hosts) {
    for (const v of h.vms) {
      const s = v.cpuCores;
      if (s.v.length === 0) continue;
      starts.push(s.t0[0]);
      end = Math.max(end, s.t1[s.v.length - 1]);
      const d = medianStep(s.t0);
      steps.push(Number.isFinite(d) ? d : (s.t1[0]) - (s.t0[0]));
    }
  }
  if (starts.length === 0) return 'the trace has no VM CPU series (needs at least two samples of a running VM)';
  steps.sort((a, b) => a - b);
  const step = stepMs ?? Math.max(1000, Math.round((steps[steps.length >> 1]) / 1000) * 1000);
  const cells = Math.floor(end / step);
  if (cells < 1) return `the trace covers ${(end / 1000).toFixed(1)} s, less than one step of ${step / 1000} s`;
  return { stepMs: step, cells };
}
