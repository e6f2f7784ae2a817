/**
 * Calendar power-down windows as time intervals (UTC). A window belongs to the day it starts on;
 * `to` at or before `from` means the next day, so 20:00–07:00 on Friday ends Saturday 07:00 and
 * 00:00–00:00 lasts the whole day. Windows chain: one that starts where another ends (Friday
 * night, Saturday, Sunday, Monday morning) keeps the hosts down across the seam. Pure functions
 * of epoch milliseconds, so boundaries can be tested without a run.
 */
import type { PowerWindowInfo } from '../world.js';

export const MS_PER_MIN = 60_000;
export const MS_PER_DAY = 86_400_000;

/** One occurrence of a window: [fromMs, toMs) in epoch milliseconds. */
export interface WindowSpan {
  readonly fromMs: number;
  readonly toMs: number;
}

/** The occurrence of window `w` that starts on the UTC day beginning at `dayMs`, or null when `w` does not run that day. */
export function spanOnDay(w: PowerWindowInfo, dayMs: number): WindowSpan | null {
  if (!w.days.includes(new Date(dayMs).getUTCDay())) return null;
  const fromMs = dayMs + w.fromMin * MS_PER_MIN;
  const toMs = dayMs + w.toMin * MS_PER_MIN + (w.toMin <= w.fromMin ? MS_PER_DAY : 0);
  return { fromMs, toMs };
}

/** Every occurrence of `w` that overlaps [startMs, endMs), in time order (one that began before startMs included). */
export function windowSpans(w: PowerWindowInfo, startMs: number, endMs: number): WindowSpan[] {
  const out: WindowSpan[] = [];
  const firstDay = Math.floor(startMs / MS_PER_DAY) * MS_PER_DAY - MS_PER_DAY;
  for (let day = firstDay; day < endMs; day += MS_PER_DAY) {
    const s = spanOnDay(w, day);
    if (s !== null && s.toMs > startMs && s.fromMs < endMs) out.push(s);
  }
  return out;
}

/** Whether any of `windows` covers epoch `ms` (its start included, its end not). */
export function windowActiveAt(windows: readonly PowerWindowInfo[], ms: number): boolean {
  const day = Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
  for (const w of windows) {
    for (const d of [day, day - MS_PER_DAY]) {
      const s = spanOnDay(w, d);
      if (s !== null && ms >= s.fromMs && ms < s.toMs) return true;
    }
  }
  return false;
}

/**
 * When the chain of windows covering `ms` ends: follows windows that start at or before the
 * current end until none extends it. `ms` itself when no window covers it.
 */
export function chainEnd(windows: readonly PowerWindowInfo[], ms: number): number {
  let end = ms;
  for (let guard = 0; guard < 64 && windowActiveAt(windows, end); guard++) {
    const day = Math.floor(end / MS_PER_DAY) * MS_PER_DAY;
    let next = end;
    for (const w of windows) {
      for (const d of [day, day - MS_PER_DAY]) {
        const s = spanOnDay(w, d);
        if (s !== null && end >= s.fromMs && end < s.toMs && s.toMs > next) next = s.toMs;
      }
    }
    end = next;
  }
  return end;
}
