/**
 * Cumulative counters into rates (DOMAIN.md: "Counters are cumulative: difference consecutive
 * samples"). Only consecutive readings are paired: a reading that is missing (NaN: the VM was
 * absent or shut off, the file unreadable) breaks the chain, so nothing is smeared over a time
 * the source did not cover. A counter that goes down was reset (QEMU restarted, a wrap): that
 * interval is left out rather than read as a huge negative or positive spike. A gap in time
 * (a missed sample) keeps its interval: the counter's difference over it is exact, so the rate
 * is the true average over the gap. A timestamp that does not increase (the clock stepped back)
 * drops that reading.
 */
import type { ImportLog } from './import-log.js';
import type { GaugeSeries, RateSeries } from './trace.js';

/** A gap longer than this many median intervals is counted in the import summary. */
export const GAP_FACTOR = 3;

export interface DifferenceOptions {
  /** Multiplies Δvalue / Δt_s, e.g. 1e-9 for ns → cores. */
  readonly scale: number;
  /** Rates above this are implausible (a corrupted counter) and left out. */
  readonly maxRate?: number;
  /** Where skipped intervals are counted; `what` names the counter there. */
  readonly log?: ImportLog;
  readonly what?: string;
}

function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m]) : ((s[m - 1]) + (s[m])) / 2;
}

/** Differences readings (t in ms, v cumulative; NaN = not read) into a rate series. */
export function differenceCounter(t: ArrayLike<number>, v: ArrayLike<number>, o: DifferenceOptions): RateSeries {
  const t0: number[] = [];
  const t1: number[] = [];
  const out: number[] = [];
  const what = o.what ?? 'counter';
  let prevT = NaN;
  let prevV = NaN;
  for (let i = 0; i < t.length; i++) {
    const ti = t[i];
    const vi = v[i];
    if (!Number.isFinite(vi) || !Number.isFinite(ti)) {
      prevT = NaN; // a missing reading breaks the chain
      prevV = NaN;
      continue;
    }
    if (Number.isFinite(prevT) && ti <= prevT) {
      o.log?.skip(`${what} reading with a timestamp not after the previous one (left out)`);
      continue;
    }
    if (Number.isFinite(prevV)) {
      const dv = vi - prevV;
      if (dv < 0) o.log?.skip(`${what} interval with a counter reset (left out)`);
      else {
        const rate = (dv / ((ti - prevT) / 1000)) * o.scale;
        if (o.maxRate !== undefined && rate > o.maxRate) o.log?.skip(`${what} interval with an implausible rate (left out)`);
        else {
          t0.push(prevT);
          t1.push(ti);
          out.push(rate);
        }
      }
    }
    prevT = ti;
    prevV = vi;
  }
  countGaps(t0, t1, o);
  return { t0: Float64Array.from(t0), t1: Float64Array.from(t1), v: Float64Array.from(out) };
}

function countGaps(t0: number[], t1: number[], o: DifferenceOptions): void {
  if (!o.log || t0.length < 3) return;
  const m = median(t0.map((a, i) => (t1[i]) - a));
  const gaps = t0.filter((a, i) => (t1[i]) - a > GAP_FACTOR * m).length;
  if (gaps > 0) o.log.skip(`${o.what ?? 'counter'} gap longer than ${GAP_FACTOR} sample intervals (averaged over the gap, kept)`, gaps);
}

/** Readings of a gauge, NaN readings dropped; `scale` converts units. */
export function gauge(t: ArrayLike<number>, v: ArrayLike<number>, scale = 1): GaugeSeries {
  const tt: number[] = [];
  const vv: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const x = v[i];
    if (Number.isFinite(x) && Number.isFinite(t[i])) {
      tt.push(t[i]);
      vv.push(x * scale);
    }
  }
  return { t: Float64Array.from(tt), v: Float64Array.from(vv) };
}

/** A rate series from values already per interval (formats that export averages). */
export function rateOf(t0: number[], t1: number[], v: number[]): RateSeries {
  const keep = v.map((x, i) => Number.isFinite(x) && (t1[i]) > (t0[i]));
  const pick = (a: number[]): Float64Array => Float64Array.from(a.filter((_, i) => keep[i]));
  return { t0: pick(t0), t1: pick(t1), v: pick(v) };
}

/** The median of consecutive differences of `t` (ms), NaN with fewer than two readings. */
export function medianStep(t: ArrayLike<number>): number {
  const d: number[] = [];
  for (let i = 1; i < t.length; i++) d.push((t[i]) - (t[i - 1]));
  return median(d.filter((x) => x > 0));
}
