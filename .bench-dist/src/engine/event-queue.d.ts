/**
 * Pending-event priority queue.
 *
 * Events are plain data held in typed arrays: no closures and no object per
 * event, so a queue of millions of events costs a few tens of bytes each and
 * creates no garbage while running.
 *
 * Ordering contract: events pop in ascending (time, priority, sequence), where
 * `sequence` is a counter incremented by every push. Equal (time, priority)
 * therefore pop first-come first-served, and the order is total, so the pop
 * sequence depends only on the pushes/cancels performed, never on the heap's
 * internal shape.
 *
 * Layout: a 4-ary min-heap (half the levels of a binary heap, and the four
 * children's times share a cache line; a binary heap measured no faster)
 * whose arrays hold the ordering keys themselves (time, and
 * priority * 2^40 + sequence) plus a slot index; the payload (kind, target,
 * a, b) lives in per-slot arrays recycled through a free list.
 * Sifting moves a hole instead of swapping. After pop() the root is left as a
 * hole ("vacant") and filled by the next push, so the pop-then-push pattern of
 * a simulation loop costs one sift instead of two.
 *
 * Why this layout stays (issue 19 asked for >= 2x bench-floor/heap-floor.mjs
 * under the hold model). Measured on the project machine (2 shared vCPUs, load
 * average 9-17 at the time, so figures are process CPU time; ranges over 2-3
 * alternating runs; queue driven directly, xorshift draws, mean delay 1 h):
 *
 *   queue                                          10^5 pending   10^6 pending
 *   heap-floor.mjs (binary heap, time+seq arrays)     3.0-5.0 M      1.8-2.8 M
 *   this 4-ary heap                                   1.7-2.8 M      0.85-1.5 M
 *   4-ary heap, (time, slot) pairs in one array with
 *     children line-aligned, key and payload per slot 1.5-2.2 M      1.2 M
 *   ladder queue, buckets as blocks of whole events   1.9-2.6 M      0.8-0.9 M
 *   ladder queue, buckets as lists through records    slower still (pointer chase)
 *
 * None was a clear gain, so the simplest stays. The ladder (Tang, Goh and
 * Thng, ACM TOMACS 15(3), 2005) did not pay for its O(1) bookkeeping: each
 * push writes to a random bucket and each event is copied two to four times
 * on its way down, so it touches more memory than a heap, and with one
 * pending event it ran at half this heap's speed (a refill per pop), the
 * common case in a simulation. Through the Kernel the hold model also pays
 * the counter-based generator (~40 ns per event here) and dispatch: with ONE
 * pending event the kernel runs 8-9 M events/s, about the 2x-floor figure at
 * 10^5, so no queue could meet that target through the Kernel API as it
 * stands. What bounds the queue is the dependent cache miss per heap level
 * below the cached top (about 240 ns each here).
 */
/**
 * Opaque reference to a pushed event, used to cancel it. It encodes the
 * event's slot and that slot's generation, so a handle to an event that has
 * fired or been cancelled stays harmless after its slot is reused (until the
 * same slot has been reused 2^21 times). 0 is never a valid handle.
 */
export type EventHandle = number;
/** The handle value that never refers to an event ("no event"). */
export declare const NO_EVENT: EventHandle;
/** Largest allowed priority; lower values pop first at equal times. */
export declare const MAX_PRIORITY = 1023;
/** A live pending event as stored in a {@link QueueSnapshot}. */
export interface QueuedEventRecord {
    time: number;
    priority: number;
    sequence: number;
    kind: number;
    target: number;
    a: number;
    b: number;
    /** The handle push() returned for it; it stays valid across restore(). */
    handle: EventHandle;
}
/** A cancelled event still occupying the queue (discarded when it surfaces). */
export interface CancelledEventRecord {
    time: number;
    priority: number;
    sequence: number;
    handle: EventHandle;
}
/**
 * JSON-serializable state of an {@link EventQueue}. Besides the events it
 * carries slot bookkeeping so that, after restore, existing handles keep
 * working and future pushes return the same handles as the original queue.
 * Payload numbers `a` and `b` survive a JSON round trip only if finite (and
 * -0 comes back as 0).
 */
export interface QueueSnapshot {
    /** Sequence number the next push will receive. */
    nextSequence: number;
    /** Live events, in pop order. */
    events: QueuedEventRecord[];
    /** Cancelled events not yet discarded, in (time, priority, sequence) order. */
    cancelled: CancelledEventRecord[];
    /** Current generation of every slot ever allocated, indexed by slot. */
    generations: number[];
    /** Free-slot stack, bottom first (the last entry is reused first). */
    free: number[];
}
export declare class EventQueue {
    time: number;
    priority: number;
    sequence: number;
    kind: number;
    target: number;
    a: number;
    b: number;
    handle: EventHandle;
    private heapTime;
    private heapKey;
    private heapSlot;
    /** Occupied heap positions, including the vacant root if any. */
    private count;
    /** True when position 0 is a hole left by pop(). */
    private rootVacant;
    private slotKind;
    private slotTarget;
    private slotA;
    private slotB;
    private slotGeneration;
    private freeSlots;
    private freeCount;
    /** Slots ever allocated; slots >= this are untouched. */
    private slotsUsed;
    private nextSequence;
    private live;
    private cancelledInHeap;
    /** @param initialCapacity events storable before the first growth (arrays double as needed) */
    constructor(initialCapacity?: number);
    /** Number of live (pushed, not yet popped, not cancelled) events. */
    get size(): number;
    /**
     * Adds an event and returns its handle.
     * @param time      non-negative finite simulated time (Millis)
     * @param priority  integer 0..MAX_PRIORITY; lower pops first at equal time
     * @param kind      non-negative int32, meaning defined by the caller
     * @param target    int32, meaning defined by the caller
     * @param a,b       arbitrary numbers carried with the event
     */
    push(time: number, priority: number, kind: number, target: number, a: number, b: number): EventHandle;
    /**
     * Cancels a pending event. Returns false (and does nothing) if the handle's
     * event already fired, was already cancelled, or the handle is stale or
     * invalid. The event's storage is reclaimed lazily.
     */
    cancel(handle: EventHandle): boolean;
    /** Time of the earliest live event, or Infinity if there is none. */
    peekTime(): number;
    /**
     * Removes the earliest live event and exposes it in this queue's fields
     * (time, priority, sequence, kind, target, a, b, handle). Returns false if
     * no live event is pending. Its handle becomes stale immediately.
     */
    pop(): boolean;
    /** Plain-data copy of the queue's state; see {@link QueueSnapshot}. */
    snapshot(): QueueSnapshot;
    /**
     * Rebuilds a queue from {@link snapshot} output. Pops, handles returned by
     * later pushes, and cancellation of existing handles all behave exactly as
     * they would have on the original queue. Throws RangeError on malformed
     * input.
     */
    static restore(s: QueueSnapshot): EventQueue;
    private allocateSlot;
    /** Returns a slot to the free list; bumping the generation staleness-proofs its old handle. */
    private freeSlot;
    /** Removes the (cancelled) root entry and frees its slot. */
    private discardRoot;
    /** Fills the hole at the root with the last heap entry. */
    private fillVacantRoot;
    /** Moves a hole at `i` up until (t, k) fits, then stores (t, k, s) there. */
    private siftUp;
    /** Moves a hole at `i` down until (t, k) fits, then stores (t, k, s) there. */
    private siftDown;
    private heapify;
    /**
     * Drops all cancelled entries at once so that heavy cancelling cannot grow
     * the heap without bound. Freed slots go on the free list in ascending slot
     * order, so later handle values do not depend on the heap's shape.
     */
    private compact;
    private growHeap;
    private growSlots;
}
