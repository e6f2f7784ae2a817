/**
 * Files with absolute time (GWA-T-12) in one group keep their relative timing: the group's
 * earliest first sample is the run start, and a file that starts later is shifted by the
 * difference, with demand 0 (and no active memory) before its first sample, as the calibration
 * importer aligns a Bitbrains folder (calibration/import/index.ts). `sampleAt: end` is applied
 * to each file before (sample-at.ts), so every file loses its first sample, not only the earliest.
 */
import type { TraceData } from '../scenario.js';

export function alignToGroupStart(traces: readonly TraceData[]): TraceData[] {
  const starts = traces.map((t) => t.startEpochMs).filter((s): s is number => s !== null);
  if (starts.length === 0) return [...traces];
  const origin = Math.min(...starts);
  return traces.map((t) => {
    const offset = t.startEpochMs === null ? 0 : t.startEpochMs - origin;
    if (offset <= 0) return t;
    const n = t.timesMs.length;
    const timesMs = new Float64Array(n + 1);
    const cpu = new Float32Array(n + 1);
    const memActive = t.memActive === null ? null : new Float32Array(n + 1);
    for (let i = 0; i < n; i++) {
      timesMs[i + 1] = (t.timesMs[i]) + offset;
      cpu[i + 1] = t.cpu[i];
      if (memActive !== null) memActive[i + 1] = (t.memActive as Float32Array)[i];
    }
    return { ...t, timesMs, cpu, memActive, startEpochMs: origin };
  });
}
