/**
 * Calendar power-down windows as time intervals (UTC). A window belongs to the day it starts on;
 * `to` at or before `from` means the next day, so 20:00–07:00 on Friday ends Saturday 07:00 and
 * 00:00–00:00 lasts the whole day. Windows chain: one that starts where another ends (Friday
 * night, Saturday, Sunday, Monday morning) keeps the hosts down across the seam. Pure functions
 * of epoch milliseconds, so boundaries can be tested without a run.
 */
import type { PowerWindowInfo } from '../world.js';
export declare const MS_PER_MIN = 60000;
export declare const MS_PER_DAY = 86400000;
/** One occurrence of a window: [fromMs, toMs) in epoch milliseconds. */
export interface WindowSpan {
    readonly fromMs: number;
    readonly toMs: number;
}
/** The occurrence of window `w` that starts on the UTC day beginning at `dayMs`, or null when `w` does not run that day. */
export declare function spanOnDay(w: PowerWindowInfo, dayMs: number): WindowSpan | null;
/** Every occurrence of `w` that overlaps [startMs, endMs), in time order (one that began before startMs included). */
export declare function windowSpans(w: PowerWindowInfo, startMs: number, endMs: number): WindowSpan[];
/** Whether any of `windows` covers epoch `ms` (its start included, its end not). */
export declare function windowActiveAt(windows: readonly PowerWindowInfo[], ms: number): boolean;
/**
 * When the chain of windows covering `ms` ends: follows windows that start at or before the
 * current end until none extends it. `ms` itself when no window covers it.
 */
export declare function chainEnd(windows: readonly PowerWindowInfo[], ms: number): number;
