/**
 * Simulation clock and event dispatcher.
 *
 * The kernel owns simulated time (`now`) and an {@link EventQueue}. Each
 * event kind is a small integer bound to exactly one handler; an event
 * carries an integer `target` and two numbers `a`, `b` whose meaning belongs
 * to the handler. Nothing here knows what the events represent.
 *
 * Determinism: given the same registrations and the same sequence of
 * schedule/cancel calls, events fire in the same order with the same
 * arguments. The kernel reads no clock and draws no random numbers.
 */
import { EventQueue } from './event-queue.js';
/** Largest event kind accepted by {@link Kernel.on}; kinds index an array. */
export const MAX_KIND = 0xffff;
export class Kernel {
    clock;
    queue;
    handlers = [];
    firedCount = 0;
    stopRequested = false;
    running = false;
    /** @param start initial simulated time (Millis, finite, >= 0) */
    constructor(start = 0) {
        if (!(start >= 0 && start < Infinity)) {
            throw new RangeError(`Kernel: start time must be a finite number >= 0, got ${start}`);
        }
        this.clock = start;
        this.queue = new EventQueue();
    }
    /** Current simulated time. Inside a handler: the firing event's time. */
    get now() {
        return this.clock;
    }
    /** Number of scheduled events not yet fired or cancelled. */
    get pending() {
        return this.queue.size;
    }
    /** Number of events fired since the kernel was created (kept by snapshots). */
    get fired() {
        return this.firedCount;
    }
    /** Registers the handler for `kind` (an integer 0..MAX_KIND). Each kind may be registered once. */
    on(kind, handler) {
        if (!((kind | 0) === kind && kind >= 0 && kind <= MAX_KIND)) {
            throw new RangeError(`Kernel.on: kind must be an integer in 0..${MAX_KIND}, got ${kind}`);
        }
        if (typeof handler !== 'function') {
            throw new TypeError(`Kernel.on: handler for kind ${kind} is not a function`);
        }
        if (this.handlers[kind] !== undefined) {
            throw new Error(`Kernel.on: a handler is already registered for kind ${kind}`);
        }
        while (this.handlers.length < kind)
            this.handlers.push(undefined);
        this.handlers[kind] = handler;
    }
    /**
     * Schedules an event at absolute time `at` (>= now). Events at equal time
     * fire by ascending `priority` (0..1023), then in scheduling order; an
     * event scheduled at `now` from a handler fires later in the same run.
     */
    schedule(at, kind, target = 0, a = 0, b = 0, priority = 0) {
        if (!(at >= this.clock)) {
            throw new RangeError(`Kernel.schedule: time ${at} is before now (${this.clock})`);
        }
        if (this.handlers[kind] === undefined) {
            throw new RangeError(`Kernel.schedule: no handler registered for kind ${kind}`);
        }
        return this.queue.push(at, priority, kind, target, a, b);
    }
    /** Schedules an event `delay` (>= 0) milliseconds from now. */
    scheduleIn(delay, kind, target = 0, a = 0, b = 0, priority = 0) {
        if (!(delay >= 0)) {
            throw new RangeError(`Kernel.scheduleIn: delay must be >= 0, got ${delay}`);
        }
        return this.schedule(this.clock + delay, kind, target, a, b, priority);
    }
    /** Cancels a scheduled event; false if it already fired, was cancelled, or the handle is stale. */
    cancel(handle) {
        return this.queue.cancel(handle);
    }
    /**
     * Fires, in order, every event with time <= t (including events scheduled
     * meanwhile), then sets now = t. If `t` < now nothing fires and now is
     * unchanged. If stop() is called, returns after that handler with now left
     * at that event's time.
     */
    runUntil(t) {
        if (!(t >= 0 && t < Infinity)) {
            throw new RangeError(`Kernel.runUntil: t must be a finite number >= 0, got ${t}`);
        }
        this.enter('runUntil');
        const queue = this.queue;
        try {
            while (!this.stopRequested && queue.peekTime() <= t)
                this.fireNext();
        }
        finally {
            this.running = false;
        }
        if (!this.stopRequested && t > this.clock)
            this.clock = t;
    }
    /** Fires events until none are pending or stop() is called. */
    run() {
        this.enter('run');
        try {
            while (!this.stopRequested && this.fireNext())
                ;
        }
        finally {
            this.running = false;
        }
    }
    /** Time of the next pending event (Infinity when none). */
    nextTime() {
        return this.queue.peekTime();
    }
    /** Fires exactly one event; false if none was pending. */
    step() {
        this.enter('step');
        try {
            return this.fireNext();
        }
        finally {
            this.running = false;
        }
    }
    /** Makes the current run()/runUntil() return once the running handler returns. */
    stop() {
        this.stopRequested = true;
    }
    /** Plain-data state (clock, fired count, pending events). Handlers are not included. */
    snapshot() {
        return { now: this.clock, fired: this.firedCount, queue: this.queue.snapshot() };
    }
    /**
     * Rebuilds a kernel from {@link snapshot} output. It has no handlers: the
     * caller registers them again (with the same kinds) before running.
     * Handles issued before the snapshot remain valid.
     */
    static restore(s) {
        const kernel = new Kernel(s.now);
        if (!(Number.isSafeInteger(s.fired) && s.fired >= 0)) {
            throw new RangeError(`Kernel.restore: bad fired count ${s.fired}`);
        }
        for (const e of s.queue.events) {
            if (!(e.time >= s.now))
                throw new RangeError(`Kernel.restore: event at ${e.time} is before now (${s.now})`);
        }
        kernel.queue = EventQueue.restore(s.queue);
        kernel.firedCount = s.fired;
        return kernel;
    }
    enter(method) {
        if (this.running) {
            throw new Error(`Kernel.${method}: called from inside an event handler`);
        }
        this.running = true;
        this.stopRequested = false;
    }
    /** The only place where events fire and, with runUntil's final step, where `now` advances. */
    fireNext() {
        const queue = this.queue;
        if (!queue.pop())
            return false;
        this.clock = queue.time;
        this.firedCount++;
        const handler = this.handlers[queue.kind];
        if (handler === undefined) {
            throw new Error(`Kernel: no handler registered for kind ${queue.kind} (event at ${queue.time})`);
        }
        handler(queue.target, queue.a, queue.b);
        return true;
    }
}
//# sourceMappingURL=kernel.js.map