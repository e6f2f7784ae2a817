import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exponential, Kernel, RandomStreams, } from '../../src/engine/index.js';
/** Reference kernel: linear scan for the minimum (time, priority, sequence). */
class ReferenceKernel {
    handlers;
    now = 0;
    seq = 0;
    events = [];
    constructor(handlers) {
        this.handlers = handlers;
    }
    schedule(at, kind, target = 0, a = 0, b = 0, priority = 0) {
        if (at < this.now)
            throw new RangeError('past');
        this.events.push({ time: at, priority, seq: this.seq, kind, target, a, b, live: true });
        return this.seq++;
    }
    cancel(h) {
        const e = this.events.find((x) => x.seq === h);
        if (!e || !e.live)
            return false;
        e.live = false;
        return true;
    }
    runUntil(t) {
        for (;;) {
            let best = -1;
            this.events.forEach((e, i) => {
                if (!e.live || e.time > t)
                    return;
                const b = this.events[best];
                if (best < 0 || e.time < b.time || (e.time === b.time && (e.priority < b.priority || (e.priority === b.priority && e.seq < b.seq))))
                    best = i;
            });
            if (best < 0)
                break;
            const e = this.events[best];
            e.live = false;
            this.now = e.time;
            this.handlers[e.kind](e.target, e.a, e.b);
        }
        if (t > this.now)
            this.now = t;
    }
}
/**
 * A program whose handlers record what fired and react by scheduling and
 * cancelling. Event `a` carries a unique id, `b` the time it was scheduled for.
 */
class Program {
    sim;
    trace = [];
    handles = [];
    nextId = 0;
    constructor(sim) {
        this.sim = sim;
    }
    handlers() {
        const record = (kind, target, a, b) => {
            const sim = this.sim();
            expect(sim.now).toBe(b);
            this.trace.push([sim.now, kind, target, a]);
        };
        return [
            (target, a, b) => record(0, target, a, b),
            (target, a, b) => {
                record(1, target, a, b);
                this.add(this.sim().now + (Math.abs(target) % 4), 0, target + 1, Math.abs(target) % 3);
            },
            (target, a, b) => {
                record(2, target, a, b);
                if (this.handles.length > 0) {
                    const ok = this.sim().cancel(this.handles[Math.abs(target) % this.handles.length]);
                    this.trace.push([-1, ok ? 1 : 0]);
                }
            },
            (target, a, b) => {
                record(3, target, a, b);
                this.add(this.sim().now, 1, target * 2, 2);
            },
        ];
    }
    add(time, kind, target, priority) {
        const id = this.nextId++;
        this.handles.push(this.sim().schedule(time, kind, target, id, time, priority));
    }
}
const initialArb = fc.array(fc.record({
    time: fc.integer({ min: 0, max: 30 }),
    kind: fc.integer({ min: 0, max: 3 }),
    priority: fc.integer({ min: 0, max: 2 }),
    target: fc.integer({ min: -20, max: 20 }),
}), { maxLength: 60 });
function runOnKernel(initial, until) {
    const kernel = new Kernel();
    const p = new Program(() => kernel);
    p.handlers().forEach((h, kind) => kernel.on(kind, h));
    for (const e of initial)
        p.add(e.time, e.kind, e.target, e.priority);
    for (const t of until)
        kernel.runUntil(t);
    return { trace: p.trace, kernel };
}
function runOnReference(initial, until) {
    let ref;
    const p = new Program(() => ref);
    ref = new ReferenceKernel(p.handlers());
    for (const e of initial)
        p.add(e.time, e.kind, e.target, e.priority);
    for (const t of until)
        ref.runUntil(t);
    return p.trace;
}
describe('Kernel dispatch order', () => {
    it('runUntil fires the same events in the same order as a reference kernel', () => {
        fc.assert(fc.property(initialArb, fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 4 }), (initial, until) => {
            expect(runOnKernel(initial, [...until, 1000]).trace).toEqual(runOnReference(initial, [...until, 1000]));
        }), { numRuns: 300 });
    });
    it('events fire in non-decreasing time and now equals the event time inside handlers', () => {
        fc.assert(fc.property(initialArb, (initial) => {
            const { trace } = runOnKernel(initial, [1000]); // Program asserts now === scheduled time
            const times = trace.filter((e) => e[0] >= 0).map((e) => e[0]);
            expect(times).toEqual([...times].sort((x, y) => x - y));
        }));
    });
    it('schedule at equal time and priority fires first-come first-served', () => {
        const kernel = new Kernel();
        const order = [];
        kernel.on(0, (target) => order.push(target));
        for (let i = 0; i < 100; i++)
            kernel.schedule(10, 0, i);
        kernel.run();
        expect(order).toEqual(Array.from({ length: 100 }, (_, i) => i));
    });
    it('schedule at equal time fires lower priority values first', () => {
        const kernel = new Kernel();
        const order = [];
        kernel.on(0, (target) => order.push(target));
        kernel.schedule(5, 0, 1, 0, 0, 2);
        kernel.schedule(5, 0, 2, 0, 0, 0);
        kernel.schedule(5, 0, 3, 0, 0, 1);
        kernel.schedule(4, 0, 4, 0, 0, 9);
        kernel.run();
        expect(order).toEqual([4, 2, 3, 1]);
    });
    it('handlers scheduling at now: the new event fires later in the same run, after earlier-sequenced ones', () => {
        const kernel = new Kernel();
        const order = [];
        kernel.on(0, (target) => {
            order.push(`e${target}@${kernel.now}`);
            if (target === 1)
                kernel.scheduleIn(0, 0, 9);
        });
        kernel.schedule(3, 0, 1);
        kernel.schedule(3, 0, 2);
        kernel.schedule(4, 0, 3);
        kernel.runUntil(3);
        expect(order).toEqual(['e1@3', 'e2@3', 'e9@3']);
        expect(kernel.pending).toBe(1);
    });
    it('cancel: cancelled events never fire, and cancel from a handler works', () => {
        const kernel = new Kernel();
        const fired = [];
        const handles = [];
        kernel.on(0, (target) => {
            fired.push(target);
            if (target === 0)
                expect(kernel.cancel(handles[2])).toBe(true);
        });
        for (let i = 0; i < 5; i++)
            handles.push(kernel.schedule(i, 0, i));
        expect(kernel.cancel(handles[4])).toBe(true);
        expect(kernel.cancel(handles[4])).toBe(false);
        kernel.run();
        expect(fired).toEqual([0, 1, 3]);
        expect(kernel.cancel(handles[0])).toBe(false);
    });
});
describe('Kernel clock', () => {
    it('runUntil(t) fires exactly the events with time <= t and leaves now = t', () => {
        fc.assert(fc.property(initialArb, fc.integer({ min: 0, max: 40 }), (initial, t) => {
            const { trace, kernel } = runOnKernel(initial, [t]);
            expect(kernel.now).toBe(t);
            expect(trace.filter((e) => e[0] >= 0).every((e) => e[0] <= t)).toBe(true);
            expect(kernel.snapshot().queue.events.every((e) => e.time > t)).toBe(true);
            expect(kernel.fired).toBe(trace.filter((e) => e[0] >= 0).length);
        }));
    });
    it('runUntil never moves now backwards', () => {
        const kernel = new Kernel(100);
        kernel.on(0, () => { });
        kernel.runUntil(50);
        expect(kernel.now).toBe(100);
        kernel.schedule(120, 0);
        kernel.runUntil(110);
        expect(kernel.now).toBe(110);
        expect(kernel.fired).toBe(0);
        kernel.runUntil(130);
        expect([kernel.now, kernel.fired, kernel.pending]).toEqual([130, 1, 0]);
    });
    it('run fires until empty and leaves now at the last event time', () => {
        const kernel = new Kernel();
        kernel.on(0, () => { });
        kernel.schedule(7, 0);
        kernel.schedule(3, 0);
        kernel.run();
        expect([kernel.now, kernel.fired, kernel.pending]).toEqual([7, 2, 0]);
    });
    it('step fires exactly one event and returns false when none is pending', () => {
        const kernel = new Kernel();
        const seen = [];
        kernel.on(0, (t) => seen.push(t));
        kernel.schedule(2, 0, 1);
        kernel.schedule(1, 0, 2);
        expect(kernel.step()).toBe(true);
        expect([seen, kernel.now]).toEqual([[2], 1]);
        expect(kernel.step()).toBe(true);
        expect(kernel.step()).toBe(false);
        expect([seen, kernel.now, kernel.fired]).toEqual([[2, 1], 2, 2]);
    });
    it('stop makes runUntil return after the current handler, with now at that event', () => {
        const kernel = new Kernel();
        const seen = [];
        kernel.on(0, (t) => {
            seen.push(t);
            if (t === 2)
                kernel.stop();
        });
        for (let i = 1; i <= 4; i++)
            kernel.schedule(i * 10, 0, i);
        kernel.runUntil(100);
        expect([seen, kernel.now, kernel.pending]).toEqual([[1, 2], 20, 2]);
        kernel.runUntil(100);
        expect([seen, kernel.now]).toEqual([[1, 2, 3, 4], 100]);
    });
    it('scheduleIn schedules relative to now', () => {
        const kernel = new Kernel(1000);
        const at = [];
        kernel.on(0, () => at.push(kernel.now));
        kernel.scheduleIn(5, 0);
        kernel.run();
        expect(at).toEqual([1005]);
    });
});
describe('Kernel argument checks', () => {
    it('schedule in the past throws RangeError', () => {
        const kernel = new Kernel(10);
        kernel.on(0, () => { });
        expect(() => kernel.schedule(9, 0)).toThrow(RangeError);
        expect(() => kernel.schedule(NaN, 0)).toThrow(RangeError);
        expect(() => kernel.scheduleIn(-1, 0)).toThrow(RangeError);
        expect(() => kernel.schedule(Infinity, 0)).toThrow(RangeError);
        expect(kernel.pending).toBe(0);
    });
    it('schedule of an unregistered kind throws RangeError', () => {
        const kernel = new Kernel();
        expect(() => kernel.schedule(1, 3)).toThrow(RangeError);
    });
    it('on throws when a kind is registered twice or is out of range', () => {
        const kernel = new Kernel();
        kernel.on(2, () => { });
        expect(() => kernel.on(2, () => { })).toThrow(/already registered/);
        expect(() => kernel.on(-1, () => { })).toThrow(RangeError);
        expect(() => kernel.on(1.5, () => { })).toThrow(RangeError);
    });
    it('run called from inside a handler throws', () => {
        const kernel = new Kernel();
        kernel.on(0, () => kernel.run());
        kernel.schedule(1, 0);
        expect(() => kernel.run()).toThrow(/inside an event handler/);
        // The kernel remains usable after a handler threw.
        kernel.schedule(2, 0);
        expect(() => kernel.step()).toThrow(/inside an event handler/);
    });
});
/** A random program: every source of randomness is a named stream. */
class RandomProgram {
    kernel;
    streams;
    trace = [];
    handles = [];
    constructor(kernel, streams) {
        this.kernel = kernel;
        this.streams = streams;
        const arrivals = streams.stream('arrivals');
        const choice = streams.stream('choice');
        kernel.on(0, (target, a) => {
            this.trace.push(`${kernel.now}:arrive:${target}:${a}`);
            this.handles.push(kernel.scheduleIn(Math.floor(exponential(arrivals.next(), 50)), 0, target + 1, choice.next()));
            if (choice.next() < 0.3)
                this.handles.push(kernel.scheduleIn(Math.floor(choice.next() * 100), 1, target));
        });
        kernel.on(1, (target) => {
            const h = this.handles[Math.floor(choice.next() * this.handles.length)];
            this.trace.push(`${kernel.now}:cancel:${target}:${kernel.cancel(h)}`);
        });
    }
    start() {
        for (let i = 0; i < 20; i++)
            this.kernel.schedule(i, 0, i * 1000);
    }
}
describe('Kernel determinism', () => {
    it('two runs of the same random program with one seed give identical traces', () => {
        const run = (seed) => {
            const p = new RandomProgram(new Kernel(), new RandomStreams(seed));
            p.start();
            p.kernel.runUntil(5_000);
            return p.trace;
        };
        const first = run('seed-1');
        expect(first.length).toBeGreaterThan(500);
        expect(run('seed-1')).toEqual(first);
        expect(run('seed-2')).not.toEqual(first);
    });
    it('snapshot/restore of kernel and streams continues exactly like an uninterrupted run', () => {
        const straight = new RandomProgram(new Kernel(), new RandomStreams(7));
        straight.start();
        straight.kernel.runUntil(2_000);
        const cut = straight.trace.length;
        const saved = JSON.stringify({
            kernel: straight.kernel.snapshot(),
            streams: straight.streams.snapshot(),
            handles: straight.handles,
        });
        straight.kernel.runUntil(6_000);
        const s = JSON.parse(saved);
        const resumed = new RandomProgram(Kernel.restore(s.kernel), RandomStreams.restore(s.streams));
        resumed.handles = s.handles;
        expect([resumed.kernel.now, resumed.kernel.fired, resumed.kernel.pending]).toEqual([
            2_000,
            s.kernel.fired,
            s.kernel.queue.events.length,
        ]);
        resumed.kernel.runUntil(6_000);
        expect(resumed.trace).toEqual(straight.trace.slice(cut));
        expect(resumed.kernel.fired).toBe(straight.kernel.fired);
    });
    it('restore throws for an event before now and dispatch throws for a kind with no handler', () => {
        const kernel = new Kernel();
        kernel.on(0, () => { });
        kernel.schedule(5, 0);
        const s = kernel.snapshot();
        expect(() => Kernel.restore({ ...s, now: 6 })).toThrow(RangeError);
        const r = Kernel.restore(s);
        expect(() => r.run()).toThrow(/no handler registered for kind 0/);
    });
});
//# sourceMappingURL=kernel.test.js.map