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
import { type EventHandle, type QueueSnapshot } from './event-queue.js';
import type { Millis } from './time.js';
/** Called when an event of the kind it is registered for fires. */
export type EventHandler = (target: number, a: number, b: number) => void;
/** Largest event kind accepted by {@link Kernel.on}; kinds index an array. */
export declare const MAX_KIND = 65535;
/** JSON-serializable state of a {@link Kernel}, handlers excluded. */
export interface KernelSnapshot {
    now: Millis;
    fired: number;
    queue: QueueSnapshot;
}
export declare class Kernel {
    private clock;
    private queue;
    private readonly handlers;
    private firedCount;
    private stopRequested;
    private running;
    /** @param start initial simulated time (Millis, finite, >= 0) */
    constructor(start?: Millis);
    /** Current simulated time. Inside a handler: the firing event's time. */
    get now(): Millis;
    /** Number of scheduled events not yet fired or cancelled. */
    get pending(): number;
    /** Number of events fired since the kernel was created (kept by snapshots). */
    get fired(): number;
    /** Registers the handler for `kind` (an integer 0..MAX_KIND). Each kind may be registered once. */
    on(kind: number, handler: EventHandler): void;
    /**
     * Schedules an event at absolute time `at` (>= now). Events at equal time
     * fire by ascending `priority` (0..1023), then in scheduling order; an
     * event scheduled at `now` from a handler fires later in the same run.
     */
    schedule(at: Millis, kind: number, target?: number, a?: number, b?: number, priority?: number): EventHandle;
    /** Schedules an event `delay` (>= 0) milliseconds from now. */
    scheduleIn(delay: Millis, kind: number, target?: number, a?: number, b?: number, priority?: number): EventHandle;
    /** Cancels a scheduled event; false if it already fired, was cancelled, or the handle is stale. */
    cancel(handle: EventHandle): boolean;
    /**
     * Fires, in order, every event with time <= t (including events scheduled
     * meanwhile), then sets now = t. If `t` < now nothing fires and now is
     * unchanged. If stop() is called, returns after that handler with now left
     * at that event's time.
     */
    runUntil(t: Millis): void;
    /** Fires events until none are pending or stop() is called. */
    run(): void;
    /** Time of the next pending event (Infinity when none). */
    nextTime(): Millis;
    /** Fires exactly one event; false if none was pending. */
    step(): boolean;
    /** Makes the current run()/runUntil() return once the running handler returns. */
    stop(): void;
    /** Plain-data state (clock, fired count, pending events). Handlers are not included. */
    snapshot(): KernelSnapshot;
    /**
     * Rebuilds a kernel from {@link snapshot} output. It has no handlers: the
     * caller registers them again (with the same kinds) before running.
     * Handles issued before the snapshot remain valid.
     */
    static restore(s: KernelSnapshot): Kernel;
    private enter;
    /** The only place where events fire and, with runUntil's final step, where `now` advances. */
    private fireNext;
}
