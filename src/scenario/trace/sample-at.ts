/**
 * What a trace sample's time means. Monitoring systems report an average over an interval and
 * stamp it either with the interval's start or with its end (Prometheus and vCenter performance
 * charts stamp the end; CloudSim's PlanetLab replay takes each value from its time on). The
 * model holds sample i from timesMs[i] to timesMs[i + 1] ("start"); for "end" files each
 * sample is moved to the start of the interval it averages, one interval earlier: sample i
 * holds over [t(i-1), t(i)), the first over [t(0) − (t(1) − t(0)), t(0)). A sample whose
 * interval ends at or before the run start (t ≤ 0) describes time before the run and is
 * dropped; a start before 0 is clamped to 0.
 */

export type SampleAt = 'start' | 'end';

export interface Samples {
  timesMs: Float64Array;
  cpu: Float32Array;
  memActive: Float32Array | null;
}

/** The samples as the model holds them (sample i from timesMs[i]); `start` returns `s` itself. */
export function holdFromStart(s: Samples, at: SampleAt, defaultIntervalMs: number): Samples {
  if (at === 'start' || s.timesMs.length === 0) return s;
  const t = s.timesMs;
  const n = t.length;
  const firstGap = n > 1 ? (t[1]) - (t[0]) : defaultIntervalMs;
  let k = 0;
  while (k < n && (t[k]) <= 0) k++;
  const m = n - k;
  const timesMs = new Float64Array(m);
  for (let i = k; i < n; i++) {
    const start = i === 0 ? (t[0]) - firstGap : (t[i - 1]);
    timesMs[i - k] = start > 0 ? start : 0;
  }
  return { timesMs, cpu: s.cpu.subarray(k), memActive: s.memActive === null ? null : s.memActive.subarray(k) };
}
