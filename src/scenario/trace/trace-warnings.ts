/**
 * Warnings about trace groups that load but may not mean what the author expects.
 * One warning per group, not per VM, so large groups stay readable.
 */
import { formatDuration } from '../wording.js';
import type { PathProblem } from '../issue-problems.js';
import type { TraceData } from '../scenario.js';
import type { WorkloadSpec } from '../schema.js';
import { PLANETLAB_INTERVAL_MS } from './read-trace.js';

type TraceSpec = Extract<WorkloadSpec, { type: 'trace' }>;

interface Timing {
  stepMs: number;
  durationMs: number;
}

/** Smallest gap between consecutive samples over all files; `Infinity` with fewer than two samples. */
function smallestGap(traces: readonly TraceData[]): number {
  let gap = Infinity;
  for (const t of traces) {
    for (let i = 1; i < t.timesMs.length; i++) gap = Math.min(gap, (t.timesMs[i]) - (t.timesMs[i - 1]));
  }
  return gap;
}

function planetLabWarnings(w: TraceSpec, traces: readonly TraceData[], timing: Timing, at: (...k: string[]) => PropertyKey[]): PathProblem[] {
  const warnings: PathProblem[] = [];
  const interval = w.interval ?? PLANETLAB_INTERVAL_MS;
  if (interval < timing.stepMs) {
    warnings.push({
      path: w.interval === undefined ? at('path') : at('interval'),
      message:
        `trace interval ${formatDuration(interval)} is shorter than the step ${formatDuration(timing.stepMs)}; ` +
        'traces are sampled at the step, so samples in between are not seen',
    });
  }
  const shortest = traces.reduce((min, t) => Math.min(min, t.cpu.length), Infinity);
  const covered = shortest * interval;
  if (covered < timing.durationMs) {
    warnings.push({
      path: at('path'),
      message: `the shortest trace file covers ${formatDuration(covered)} (${shortest} samples of ${formatDuration(interval)}), less than the duration ${formatDuration(timing.durationMs)}; it repeats from its start`,
    });
  }
  return warnings;
}

function csvWarnings(w: TraceSpec, traces: readonly TraceData[], timing: Timing, at: (...k: string[]) => PropertyKey[]): PathProblem[] {
  const warnings: PathProblem[] = [];
  if (w.interval !== undefined) {
    warnings.push({ path: at('interval'), message: `interval is ignored for ${w.format} traces: sample times come from the file` });
  }
  // A csv trace covers its last sample's interval too (the gap before it), as `traceIndex`
  // takes its period; a shorter one repeats from its start.
  let shortest: TraceData | null = null;
  let covered = Infinity;
  for (const t of traces) {
    const n = t.timesMs.length;
    const last = t.timesMs[n - 1] ?? 0;
    const period = n > 1 ? last + (last - (t.timesMs[n - 2] ?? 0)) : last + 1;
    if (period < covered) {
      covered = period;
      shortest = t;
    }
  }
  if (shortest !== null && covered < timing.durationMs) {
    warnings.push({
      path: at('path'),
      message: `the shortest trace (${shortest.source}) covers ${formatDuration(covered)}, less than the duration ${formatDuration(timing.durationMs)}; it repeats from its start`,
    });
  }
  const gap = smallestGap(traces);
  if (gap < timing.stepMs) {
    warnings.push({
      path: at('path'),
      message:
        `trace samples as close as ${formatDuration(gap)} are shorter than the step ${formatDuration(timing.stepMs)}; ` +
        'traces are sampled at the step, so samples in between are not seen',
    });
  }
  return warnings;
}

/** Warnings for one loaded trace group; `at` builds paths under the group's workload. */
export function traceWarnings(
  w: TraceSpec,
  traces: readonly TraceData[],
  timing: Timing,
  at: (...k: string[]) => PropertyKey[],
): PathProblem[] {
  const warnings = w.format === 'planetlab' ? planetLabWarnings(w, traces, timing, at) : csvWarnings(w, traces, timing, at);
  if (w.referenceMhz !== undefined && traces.some((t) => t.refMhz !== null)) {
    warnings.push({ path: at('referenceMhz'), message: 'referenceMhz is ignored for files that give CPU usage in MHz (cpu_mhz, gwa-bitbrains): their demand is already absolute' });
  }
  return warnings;
}
