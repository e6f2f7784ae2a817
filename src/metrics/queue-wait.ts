/**
 * What the queue of unplaced VMs did (model/provisioning/unplaced-queue.ts): how many VMs waited
 * for capacity at power-on, how many were placed from the queue and after how long, and how many
 * were still waiting when the run ended (with the longest wait so far, censored at the end).
 */
import type { HeadlineFigures } from '../report/schema.js';
import type { Slice } from './slice.js';

/** Per-VM queue records, as the queue keeps them. */
export interface QueueSource {
  /** When each VM joined the queue (NaN if it never did). */
  readonly queuedAt: Float64Array;
  /** How long it waited before being placed (NaN while waiting). */
  readonly waitedMs: Float64Array;
}

/** Sums of one cluster, folded over clusters for the datacenter. */
export interface QueueParts {
  queued: number;
  placed: number;
  stillWaiting: number;
  waitSumMs: number;
  waitMaxMs: number;
  longestStillWaitingMs: number;
}

export function queueParts(src: QueueSource | null, s: Slice, endMs: number): QueueParts {
  const p: QueueParts = { queued: 0, placed: 0, stillWaiting: 0, waitSumMs: 0, waitMaxMs: 0, longestStillWaitingMs: 0 };
  if (src === null) return p;
  for (let v = s.vmStart; v < s.vmEnd; v++) {
    const at = src.queuedAt[v];
    if (Number.isNaN(at)) continue;
    p.queued++;
    const w = src.waitedMs[v];
    if (Number.isNaN(w)) {
      p.stillWaiting++;
      p.longestStillWaitingMs = Math.max(p.longestStillWaitingMs, endMs - at);
    } else {
      p.placed++;
      p.waitSumMs += w;
      p.waitMaxMs = Math.max(p.waitMaxMs, w);
    }
  }
  return p;
}

export function foldQueue(a: QueueParts, b: QueueParts): QueueParts {
  return {
    queued: a.queued + b.queued,
    placed: a.placed + b.placed,
    stillWaiting: a.stillWaiting + b.stillWaiting,
    waitSumMs: a.waitSumMs + b.waitSumMs,
    waitMaxMs: Math.max(a.waitMaxMs, b.waitMaxMs),
    longestStillWaitingMs: Math.max(a.longestStillWaitingMs, b.longestStillWaitingMs),
  };
}

const MS_PER_MIN = 60_000;

export function queueFigures(p: QueueParts): HeadlineFigures['placementQueue'] {
  return {
    vmsQueued: p.queued,
    vmsPlacedFromQueue: p.placed,
    vmsStillWaiting: p.stillWaiting,
    meanWaitMinutes: p.placed > 0 ? p.waitSumMs / p.placed / MS_PER_MIN : null,
    maxWaitMinutes: p.placed > 0 ? p.waitMaxMs / MS_PER_MIN : null,
    longestStillWaitingMinutes: p.stillWaiting > 0 ? p.longestStillWaitingMs / MS_PER_MIN : null,
  };
}
