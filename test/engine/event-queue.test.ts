import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue, MAX_PRIORITY, NO_EVENT, type QueueSnapshot } from '../../src/engine/index.js';

/** Reference model: a plain list, the minimum found by a full scan. */
interface ModelEvent {
  time: number;
  priority: number;
  seq: number;
  kind: number;
  target: number;
  a: number;
  b: number;
  handle: number;
  state: 'pending' | 'cancelled' | 'fired';
}

type Op =
  | { op: 'push'; time: number; priority: number; kind: number; target: number; a: number }
  | { op: 'cancel'; pick: number }
  | { op: 'pop' }
  | { op: 'peek' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('push' as const),
      // Narrow ranges force many ties in time and priority.
      time: fc.integer({ min: 0, max: 20 }),
      priority: fc.integer({ min: 0, max: 3 }),
      kind: fc.integer({ min: 0, max: 5 }),
      target: fc.integer({ min: -1000, max: 1000 }),
      // JSON keeps every finite double except -0, so none is generated.
      a: fc.integer({ min: -1e6, max: 1e6 }).map((x) => x / 64 || 0),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('pop' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('peek' as const) }) },
);

function modelMin(model: ModelEvent[]): ModelEvent | undefined {
  let best: ModelEvent | undefined;
  for (const e of model) {
    if (e.state !== 'pending') continue;
    if (
      best === undefined ||
      e.time < best.time ||
      (e.time === best.time && (e.priority < best.priority || (e.priority === best.priority && e.seq < best.seq)))
    ) {
      best = e;
    }
  }
  return best;
}

/** Runs `ops` on both the queue and the model, asserting agreement; returns an observable trace. */
function runAgainstModel(q: EventQueue, model: ModelEvent[], ops: Op[], timeBase = 0): unknown[] {
  const trace: unknown[] = [];
  for (const o of ops) {
    if (o.op === 'push') {
      const time = timeBase + o.time;
      const handle = q.push(time, o.priority, o.kind, o.target, o.a, 2 * o.a);
      expect(handle).not.toBe(NO_EVENT);
      model.push({
        time,
        priority: o.priority,
        seq: model.length === 0 ? 0 : Math.max(...model.map((m) => m.seq)) + 1,
        kind: o.kind,
        target: o.target,
        a: o.a,
        b: 2 * o.a,
        handle,
        state: 'pending',
      });
      trace.push(['push', handle]);
    } else if (o.op === 'cancel') {
      if (model.length === 0) continue;
      const e = model[o.pick % model.length];
      const ok = q.cancel(e.handle);
      expect(ok).toBe(e.state === 'pending');
      if (e.state === 'pending') e.state = 'cancelled';
      trace.push(['cancel', ok]);
    } else if (o.op === 'pop') {
      const expected = modelMin(model);
      const ok = q.pop();
      expect(ok).toBe(expected !== undefined);
      if (expected !== undefined) {
        expect([q.time, q.priority, q.kind, q.target, q.a, q.b, q.handle]).toEqual([
          expected.time,
          expected.priority,
          expected.kind,
          expected.target,
          expected.a,
          expected.b,
          expected.handle,
        ]);
        expected.state = 'fired';
        trace.push(['pop', q.time, q.priority, q.sequence, q.kind, q.target, q.a, q.b, q.handle]);
      } else {
        trace.push(['pop', false]);
      }
    } else {
      const expected = modelMin(model);
      expect(q.peekTime()).toBe(expected === undefined ? Infinity : expected.time);
      trace.push(['peek', q.peekTime()]);
    }
    expect(q.size).toBe(model.filter((m) => m.state === 'pending').length);
  }
  return trace;
}

function drain(q: EventQueue): number[][] {
  const out: number[][] = [];
  while (q.pop()) out.push([q.time, q.priority, q.sequence, q.kind, q.target, q.a, q.b, q.handle]);
  return out;
}

describe('EventQueue push/pop/cancel', () => {
  it('pop agrees with a sorted reference model for random push/cancel/pop/peek programs', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 300 }), (ops) => {
        runAgainstModel(new EventQueue(4), [], ops);
      }),
      { numRuns: 300 },
    );
  });

  it('pop yields non-decreasing (time, priority) and FIFO sequence for equal keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 2 })), { maxLength: 500 }),
        (events) => {
          const q = new EventQueue(2);
          events.forEach(([t, p], i) => q.push(t, p, 0, i, 0, 0));
          let prev: [number, number, number] = [-1, -1, -1];
          while (q.pop()) {
            const cur: [number, number, number] = [q.time, q.priority, q.target];
            const ordered =
              cur[0] > prev[0] || (cur[0] === prev[0] && (cur[1] > prev[1] || (cur[1] === prev[1] && cur[2] > prev[2])));
            expect(ordered).toBe(true);
            prev = cur;
          }
        },
      ),
    );
  });

  it('cancel: cancelled events never pop, and size counts only live events', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        (times, cancelMask) => {
          const q = new EventQueue();
          const handles = times.map((t, i) => q.push(t, 0, 0, i, 0, 0));
          const cancelled = new Set<number>();
          handles.forEach((h, i) => {
            if (cancelMask[i]) {
              expect(q.cancel(h)).toBe(true);
              expect(q.cancel(h)).toBe(false);
              cancelled.add(i);
            }
          });
          expect(q.size).toBe(times.length - cancelled.size);
          const popped = drain(q).map((e) => e[4]);
          expect(popped.filter((i) => cancelled.has(i))).toEqual([]);
          expect(popped.length).toBe(times.length - cancelled.size);
          expect(q.size).toBe(0);
        },
      ),
    );
  });

  it('cancel returns false for fired, stale, and invalid handles and never touches the slot reuser', () => {
    const q = new EventQueue();
    const h1 = q.push(5, 0, 1, 1, 0, 0);
    expect(q.pop()).toBe(true);
    expect(q.handle).toBe(h1);
    expect(q.cancel(h1)).toBe(false);
    const h2 = q.push(6, 0, 2, 2, 0, 0); // reuses h1's slot
    expect(h2).not.toBe(h1);
    expect(q.cancel(h1)).toBe(false);
    expect(q.size).toBe(1);
    for (const bad of [NO_EVENT, -1, NaN, 1.5, Infinity, 2 ** 60, h2 + 1, h2 + 2 ** 32]) {
      expect(q.cancel(bad)).toBe(false);
    }
    expect(q.pop()).toBe(true);
    expect(q.target).toBe(2);
  });

  it('peekTime skips cancelled events at the top and is Infinity when empty', () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Infinity);
    const h = q.push(1, 0, 0, 0, 0, 0);
    q.push(7, 0, 0, 0, 0, 0);
    expect(q.peekTime()).toBe(1);
    q.cancel(h);
    expect(q.peekTime()).toBe(7);
    expect(q.pop()).toBe(true);
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBe(false);
  });

  it('cancel of most events (triggering compaction) keeps order and handles intact', () => {
    const q = new EventQueue();
    const n = 10_000;
    const handles: number[] = [];
    for (let i = 0; i < n; i++) handles.push(q.push((i * 7919) % 1000, i % 3, 0, i, 0, 0));
    const kept: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i % 10 === 0) kept.push(i);
      else expect(q.cancel(handles[i])).toBe(true);
    }
    expect(q.size).toBe(kept.length);
    for (let i = 0; i < n; i++) if (i % 10 !== 0) expect(q.cancel(handles[i])).toBe(false);
    for (let i = 0; i < n; i += 20) expect(q.cancel(handles[i])).toBe(true);
    const survivors = kept.filter((i) => i % 20 !== 0);
    const expected = survivors
      .map((i) => [(i * 7919) % 1000, i % 3, i])
      .sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2])
      .map((e) => e[2]);
    expect(drain(q).map((e) => e[4])).toEqual(expected);
  });

  it('push grows past its initial capacity', () => {
    const q = new EventQueue(1);
    for (let i = 999; i >= 0; i--) q.push(i, 0, 0, i, 0, 0);
    expect(q.size).toBe(1000);
    expect(drain(q).map((e) => e[0])).toEqual(Array.from({ length: 1000 }, (_, i) => i));
  });
});

describe('EventQueue at scale against a reference sort', () => {
  /** Events as pushed: [time, priority, sequence = index, cancelled]. */
  const scaleArb = fc.record({
    // Few distinct times (ties in time and priority everywhere) or a wide spread, as in a run.
    spread: fc.constantFrom(3, 1000, 3_600_000),
    events: fc.array(fc.tuple(fc.nat({ max: 1 << 30 }), fc.integer({ min: 0, max: 3 }), fc.boolean()), {
      minLength: 1,
      maxLength: 3000,
    }),
    cut: fc.nat(),
  });

  it('drain order equals the events sorted by (time, priority, sequence), cancelled ones left out, across a snapshot', () => {
    fc.assert(
      fc.property(scaleArb, ({ spread, events, cut }) => {
        const q = new EventQueue(8);
        const times = events.map(([r]) => r % spread);
        const handles = events.map(([, p], i) => q.push(times[i], p, 1, i, i / 4, 0 - i));
        events.forEach(([, , cancel], i) => {
          if (cancel) expect(q.cancel(handles[i])).toBe(true);
        });
        const expected = events
          .map(([, p, cancel], i) => ({ t: times[i], p, i, cancel }))
          .filter((e) => !e.cancel)
          .sort((x, y) => x.t - y.t || x.p - y.p || x.i - y.i)
          .map((e) => e.i);
        expect(q.size).toBe(expected.length);
        // Pop part of the way, checkpoint through JSON, and finish on the restored queue.
        const split = cut % (expected.length + 1);
        const popped: number[] = [];
        for (let k = 0; k < split; k++) {
          expect(q.pop()).toBe(true);
          expect([q.a, q.b]).toEqual([q.target / 4, 0 - q.target]);
          popped.push(q.target);
        }
        const r = EventQueue.restore(JSON.parse(JSON.stringify(q.snapshot())) as QueueSnapshot);
        while (r.pop()) popped.push(r.target);
        expect(popped).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  // The hold model the benchmark runs, with the queue growing and shrinking through thousands
  // of events and delays from ties to 10^13 ms and fractions of a millisecond: what breaks a
  // queue that re-lays itself by size or measured spacing (a calendar or ladder queue), held
  // to the same contract as the heap.
  it('hold-model programs that grow, shrink and change time scale pop exactly in (time, priority, sequence) order', () => {
    const delayArb = fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 10 }).map((x) => x / 8),
      fc.integer({ min: 1, max: 300_000 }),
      fc.integer({ min: 1, max: 10_000_000 }).map((x) => x * 1_000_000),
    );
    const phaseArb = fc.record({
      pushes: fc.nat({ max: 500 }),
      holds: fc.nat({ max: 500 }),
      pops: fc.nat({ max: 500 }),
      delays: fc.array(delayArb, { minLength: 1, maxLength: 40 }),
      priorities: fc.integer({ min: 0, max: 2 }),
      cancelEvery: fc.integer({ min: 0, max: 7 }),
    });
    fc.assert(
      fc.property(fc.array(phaseArb, { minLength: 1, maxLength: 5 }), (phases) => {
        const q = new EventQueue(4);
        // Reference: pending events keyed by sequence; the next to pop is the least (t, p, seq).
        const pending = new Map<number, { t: number; p: number; h: number }>();
        let seq = 0;
        let now = 0;
        let k = 0;
        const push = (t: number, p: number): void => {
          const h = q.push(t, p, 0, seq, 0, 0);
          pending.set(seq++, { t, p, h });
        };
        const popOne = (): void => {
          let best = -1;
          for (const [s, e] of pending) {
            const b = pending.get(best);
            if (b === undefined || e.t < b.t || (e.t === b.t && (e.p < b.p || (e.p === b.p && s < best)))) best = s;
          }
          expect(q.pop()).toBe(best >= 0);
          if (best < 0) return;
          expect([q.time, q.priority, q.sequence, q.target]).toEqual([pending.get(best)?.t, pending.get(best)?.p, best, best]);
          pending.delete(best);
          now = q.time;
        };
        for (const ph of phases) {
          const delay = (): number => ph.delays[k++ % ph.delays.length] as number;
          for (let i = 0; i < ph.pushes; i++) push(now + delay(), i % (ph.priorities + 1));
          for (let i = 0; i < ph.holds; i++) {
            popOne();
            push(now + delay(), i % (ph.priorities + 1));
            if (ph.cancelEvery > 0 && i % ph.cancelEvery === 0 && pending.size > 1) {
              const victim = (pending.keys().next().value as number);
              expect(q.cancel((pending.get(victim) as { h: number }).h)).toBe(true);
              pending.delete(victim);
            }
          }
          for (let i = 0; i < ph.pops; i++) popOne();
          expect(q.size).toBe(pending.size);
        }
        while (pending.size > 0) popOne();
        expect(q.pop()).toBe(false);
      }),
      { numRuns: 12 },
    );
  });
});

describe('EventQueue snapshot/restore', () => {
  it('restore(JSON round trip of snapshot) continues exactly like the original', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 150 }), fc.array(opArb, { maxLength: 150 }), (prefix, suffix) => {
        const q = new EventQueue(4);
        const model: ModelEvent[] = [];
        runAgainstModel(q, model, prefix);
        const snap = JSON.parse(JSON.stringify(q.snapshot())) as QueueSnapshot;
        const r = EventQueue.restore(snap);
        expect(r.size).toBe(q.size);
        expect(r.snapshot()).toEqual(q.snapshot());
        const modelCopy = model.map((m) => ({ ...m }));
        const a = runAgainstModel(q, model, suffix, 5);
        const b = runAgainstModel(r, modelCopy, suffix, 5);
        expect(b).toEqual(a);
        expect(drain(r)).toEqual(drain(q));
      }),
      { numRuns: 200 },
    );
  });

  it('snapshot lists live events in pop order with the counter', () => {
    const q = new EventQueue();
    q.push(3, 1, 7, 8, 0.5, 1.5);
    const h = q.push(2, 0, 1, 2, 0, 0);
    q.push(3, 0, 4, 5, 0, 0);
    q.cancel(h);
    const s = q.snapshot();
    expect(s.nextSequence).toBe(3);
    expect(s.events.map((e) => [e.time, e.priority, e.sequence, e.kind, e.target, e.a, e.b])).toEqual([
      [3, 0, 2, 4, 5, 0, 0],
      [3, 1, 0, 7, 8, 0.5, 1.5],
    ]);
    expect(s.cancelled.map((e) => e.handle)).toEqual([h]);
  });

  it('restore rejects malformed snapshots with RangeError', () => {
    const q = new EventQueue();
    q.push(1, 0, 0, 0, 0, 0);
    const good = q.snapshot();
    const bad: QueueSnapshot[] = [
      { ...good, nextSequence: -1 },
      { ...good, events: [{ ...good.events[0], time: -5 }] },
      { ...good, events: [{ ...good.events[0], handle: 123 }] },
      { ...good, events: [good.events[0], good.events[0]] },
      { ...good, generations: [0] },
      { ...good, free: [0] },
    ];
    for (const s of bad) expect(() => EventQueue.restore(s)).toThrow(RangeError);
    q.push(2, 0, 0, 0, 0, 0);
    const two = q.snapshot();
    const dup = { ...two, events: [two.events[0], { ...two.events[1], sequence: two.events[0].sequence }] };
    expect(() => EventQueue.restore(dup)).toThrow(/duplicate sequence/);
  });
});

describe('EventQueue.push argument checks', () => {
  it('push throws RangeError for a non-finite or negative time', () => {
    const q = new EventQueue();
    for (const t of [NaN, -1, -0.001, Infinity, -Infinity]) {
      expect(() => q.push(t, 0, 0, 0, 0, 0)).toThrow(RangeError);
    }
    expect(() => q.push(NaN, 0, 0, 0, 0, 0)).toThrow(/time/);
    expect(q.size).toBe(0);
  });

  it('push throws RangeError for an out-of-range priority, kind or target', () => {
    const q = new EventQueue();
    for (const p of [-1, MAX_PRIORITY + 1, 0.5, NaN]) expect(() => q.push(0, p, 0, 0, 0, 0)).toThrow(/priority/);
    for (const k of [-1, 0.5, 2 ** 31]) expect(() => q.push(0, 0, k, 0, 0, 0)).toThrow(/kind/);
    for (const t of [0.5, 2 ** 31]) expect(() => q.push(0, 0, 0, t, 0, 0)).toThrow(/target/);
    expect(() => q.push(0, MAX_PRIORITY, 0, -5, 0, 0)).not.toThrow();
  });
});
