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
 * A calendar queue (R. Brown, CACM 31(10), 1988) was tried next: 2^k buckets
 * of a width re-measured from a sample of pending times (two front
 * separations), each bucket a (time, key)-sorted list through 64-byte
 * records holding the whole event, tail time and key kept beside the bucket
 * so an append reads one line, slots reused last-in first-out so a hold's
 * push writes the record its pop just read. It kept the ordering contract
 * (test/engine/event-queue.test.ts passed on it unchanged) but not the speed:
 * process CPU time, same machine, load average 17-21, hold model with
 * xorshift draws as in the floor, driven directly:
 *
 *   queue                       10^5 pending        10^6 pending
 *   heap-floor.mjs              3.3-4.0 M           1.8 M
 *   this 4-ary heap             1.5-2.1 M           0.99-1.08 M
 *   calendar queue              1.6-2.4 M           0.90-1.10 M
 *
 * A profile put half its time in bucket inserts: the push reads a random
 * bucket and, when its list holds events of a later calendar year (5 % of
 * events lie beyond a year of nb buckets at that width), walks records; each
 * is a dependent miss, as a heap level is, and the heap's upper levels stay
 * cached while a calendar's buckets do not. With 10^3 pending (all in cache)
 * the calendar and the floor both ran 6.6-7.1 M: the floor's whole cost there
 * is this queue's fixed cost (checks, slot, sequence, payload), so 2x the
 * floor at 10^5 would need a queue that pays no cache miss at all.
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
export const NO_EVENT: EventHandle = 0;

/** Largest allowed priority; lower values pop first at equal times. */
export const MAX_PRIORITY = 1023;

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

/** The order key is priority * 2^40 + sequence: both exact within 2^50. */
const PRIORITY_SCALE = 2 ** 40;
const MAX_SEQUENCE = PRIORITY_SCALE - 1;
/** handle = generation * 2^32 + slot; 21 generation bits keep it below 2^53. */
const SLOT_SPAN = 2 ** 32;
const GENERATION_MASK = 0x1fffff;
/** Marks, in the slot kind array, a slot that is cancelled or free. */
const DEAD = -1;
/** Cancel-triggered compaction only once this many cancelled events pile up. */
const COMPACT_MIN = 1024;
const MIN_CAPACITY = 16;

export class EventQueue {
  // Fields of the event most recently returned by pop(). Read-only for
  // callers; valid until the next pop().
  time = 0;
  priority = 0;
  sequence = 0;
  kind = 0;
  target = 0;
  a = 0;
  b = 0;
  handle: EventHandle = NO_EVENT;

  // Heap, 4-ary, root at index 0; children of i are 4i+1 .. 4i+4.
  private heapTime: Float64Array;
  private heapKey: Float64Array;
  private heapSlot: Int32Array;
  /** Occupied heap positions, including the vacant root if any. */
  private count = 0;
  /** True when position 0 is a hole left by pop(). */
  private rootVacant = false;

  // Per-slot payload.
  private slotKind: Int32Array;
  private slotTarget: Int32Array;
  private slotA: Float64Array;
  private slotB: Float64Array;
  private slotGeneration: Int32Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  /** Slots ever allocated; slots >= this are untouched. */
  private slotsUsed = 0;

  private nextSequence = 0;
  private live = 0;
  private cancelledInHeap = 0;

  /** @param initialCapacity events storable before the first growth (arrays double as needed) */
  constructor(initialCapacity = 1024) {
    const cap = Math.max(MIN_CAPACITY, Math.ceil(initialCapacity) | 0);
    this.heapTime = new Float64Array(cap);
    this.heapKey = new Float64Array(cap);
    this.heapSlot = new Int32Array(cap);
    this.slotKind = new Int32Array(cap);
    this.slotTarget = new Int32Array(cap);
    this.slotA = new Float64Array(cap);
    this.slotB = new Float64Array(cap);
    this.slotGeneration = new Int32Array(cap);
    this.freeSlots = new Int32Array(cap);
  }

  /** Number of live (pushed, not yet popped, not cancelled) events. */
  get size(): number {
    return this.live;
  }

  /**
   * Adds an event and returns its handle.
   * @param time      non-negative finite simulated time (Millis)
   * @param priority  integer 0..MAX_PRIORITY; lower pops first at equal time
   * @param kind      non-negative int32, meaning defined by the caller
   * @param target    int32, meaning defined by the caller
   * @param a,b       arbitrary numbers carried with the event
   */
  push(time: number, priority: number, kind: number, target: number, a: number, b: number): EventHandle {
    checkTime('EventQueue.push', time);
    checkPriority('EventQueue.push', priority);
    if ((kind | 0) !== kind || kind < 0) {
      throw new RangeError(`EventQueue.push: kind must be a non-negative int32, got ${kind}`);
    }
    if ((target | 0) !== target) {
      throw new RangeError(`EventQueue.push: target must be an int32, got ${target}`);
    }
    const sequence = this.nextSequence;
    if (sequence > MAX_SEQUENCE) {
      throw new RangeError('EventQueue.push: sequence counter exhausted (2^40 pushes)');
    }
    this.nextSequence = sequence + 1;

    const slot = this.allocateSlot();
    this.slotKind[slot] = kind;
    this.slotTarget[slot] = target;
    this.slotA[slot] = a;
    this.slotB[slot] = b;
    this.live++;

    const key = priority * PRIORITY_SCALE + sequence;
    if (this.rootVacant) {
      this.rootVacant = false;
      this.siftDown(0, time, key, slot);
    } else {
      const i = this.count;
      if (i === this.heapTime.length) this.growHeap();
      this.count = i + 1;
      this.siftUp(i, time, key, slot);
    }
    return this.slotGeneration[slot] * SLOT_SPAN + slot;
  }

  /**
   * Cancels a pending event. Returns false (and does nothing) if the handle's
   * event already fired, was already cancelled, or the handle is stale or
   * invalid. The event's storage is reclaimed lazily.
   */
  cancel(handle: EventHandle): boolean {
    if (!(handle >= SLOT_SPAN) || !Number.isSafeInteger(handle)) return false;
    const slot = handle % SLOT_SPAN;
    if (slot >= this.slotsUsed) return false;
    if (this.slotGeneration[slot] !== (handle - slot) / SLOT_SPAN) return false;
    if (this.slotKind[slot] === DEAD) return false;
    this.slotKind[slot] = DEAD;
    this.live--;
    this.cancelledInHeap++;
    if (this.cancelledInHeap >= COMPACT_MIN && this.cancelledInHeap > this.live) this.compact();
    return true;
  }

  /** Time of the earliest live event, or Infinity if there is none. */
  peekTime(): number {
    if (this.rootVacant) this.fillVacantRoot();
    const slotKind = this.slotKind;
    while (this.count > 0) {
      const slot = this.heapSlot[0];
      if (slotKind[slot] !== DEAD) return this.heapTime[0];
      this.discardRoot(slot);
    }
    return Infinity;
  }

  /**
   * Removes the earliest live event and exposes it in this queue's fields
   * (time, priority, sequence, kind, target, a, b, handle). Returns false if
   * no live event is pending. Its handle becomes stale immediately.
   */
  pop(): boolean {
    if (this.rootVacant) this.fillVacantRoot();
    const slotKind = this.slotKind;
    while (this.count > 0) {
      const slot = this.heapSlot[0];
      const kind = slotKind[slot];
      if (kind === DEAD) {
        this.discardRoot(slot);
        continue;
      }
      const key = this.heapKey[0];
      const priority = Math.floor(key / PRIORITY_SCALE);
      this.time = this.heapTime[0];
      this.priority = priority;
      this.sequence = key - priority * PRIORITY_SCALE;
      this.kind = kind;
      this.target = this.slotTarget[slot];
      this.a = this.slotA[slot];
      this.b = this.slotB[slot];
      this.handle = this.slotGeneration[slot] * SLOT_SPAN + slot;
      this.freeSlot(slot);
      this.live--;
      this.rootVacant = true;
      return true;
    }
    return false;
  }

  /** Plain-data copy of the queue's state; see {@link QueueSnapshot}. */
  snapshot(): QueueSnapshot {
    const start = this.rootVacant ? 1 : 0;
    const order: number[] = [];
    for (let i = start; i < this.count; i++) order.push(i);
    const heapTime = this.heapTime;
    const heapKey = this.heapKey;
    order.sort((x, y) => heapTime[x] - heapTime[y] || heapKey[x] - heapKey[y]);

    const events: QueuedEventRecord[] = [];
    const cancelled: CancelledEventRecord[] = [];
    for (const i of order) {
      const slot = this.heapSlot[i];
      const key = heapKey[i];
      const priority = Math.floor(key / PRIORITY_SCALE);
      const sequence = key - priority * PRIORITY_SCALE;
      const handle = this.slotGeneration[slot] * SLOT_SPAN + slot;
      const kind = this.slotKind[slot];
      if (kind === DEAD) {
        cancelled.push({ time: heapTime[i], priority, sequence, handle });
      } else {
        events.push({
          time: heapTime[i],
          priority,
          sequence,
          kind,
          target: this.slotTarget[slot],
          a: this.slotA[slot],
          b: this.slotB[slot],
          handle,
        });
      }
    }
    return {
      nextSequence: this.nextSequence,
      events,
      cancelled,
      generations: Array.from(this.slotGeneration.subarray(0, this.slotsUsed)),
      free: Array.from(this.freeSlots.subarray(0, this.freeCount)),
    };
  }

  /**
   * Rebuilds a queue from {@link snapshot} output. Pops, handles returned by
   * later pushes, and cancellation of existing handles all behave exactly as
   * they would have on the original queue. Throws RangeError on malformed
   * input.
   */
  static restore(s: QueueSnapshot): EventQueue {
    const slotsUsed = s.generations.length;
    const heapSize = s.events.length + s.cancelled.length;
    const q = new EventQueue(Math.max(slotsUsed, heapSize));
    if (!Number.isSafeInteger(s.nextSequence) || s.nextSequence < 0 || s.nextSequence > MAX_SEQUENCE + 1) {
      throw new RangeError(`EventQueue.restore: bad nextSequence ${s.nextSequence}`);
    }
    q.nextSequence = s.nextSequence;
    q.slotsUsed = slotsUsed;
    for (let slot = 0; slot < slotsUsed; slot++) {
      const g = s.generations[slot];
      if (!((g | 0) === g && g >= 1 && g <= GENERATION_MASK)) {
        throw new RangeError(`EventQueue.restore: bad generation ${g} for slot ${slot}`);
      }
      q.slotGeneration[slot] = g;
      q.slotKind[slot] = DEAD;
    }
    const occupied = new Uint8Array(slotsUsed);
    const sequences = new Set<number>();
    for (const slot of s.free) {
      if (!((slot | 0) === slot && slot >= 0 && slot < slotsUsed) || occupied[slot]) {
        throw new RangeError(`EventQueue.restore: bad free slot ${slot}`);
      }
      occupied[slot] = 1;
      q.freeSlots[q.freeCount++] = slot;
    }
    const place = (
      r: { time: number; priority: number; sequence: number; handle: number },
      kind: number,
    ): number => {
      checkTime('EventQueue.restore', r.time);
      checkPriority('EventQueue.restore', r.priority);
      if (!Number.isSafeInteger(r.sequence) || r.sequence < 0 || r.sequence >= q.nextSequence || sequences.has(r.sequence)) {
        throw new RangeError(`EventQueue.restore: bad or duplicate sequence ${r.sequence}`);
      }
      sequences.add(r.sequence);
      const slot = Number.isSafeInteger(r.handle) ? r.handle % SLOT_SPAN : -1;
      if (!(slot >= 0 && slot < slotsUsed) || occupied[slot] || q.slotGeneration[slot] * SLOT_SPAN + slot !== r.handle) {
        throw new RangeError(`EventQueue.restore: bad or duplicate handle ${r.handle}`);
      }
      occupied[slot] = 1;
      q.slotKind[slot] = kind;
      const i = q.count++;
      q.heapTime[i] = r.time;
      q.heapKey[i] = r.priority * PRIORITY_SCALE + r.sequence;
      q.heapSlot[i] = slot;
      return slot;
    };
    for (const e of s.events) {
      if ((e.kind | 0) !== e.kind || e.kind < 0) throw new RangeError(`EventQueue.restore: bad kind ${e.kind}`);
      if ((e.target | 0) !== e.target) throw new RangeError(`EventQueue.restore: bad target ${e.target}`);
      const slot = place(e, e.kind);
      q.slotTarget[slot] = e.target;
      q.slotA[slot] = e.a;
      q.slotB[slot] = e.b;
    }
    for (const c of s.cancelled) place(c, DEAD);
    for (let slot = 0; slot < slotsUsed; slot++) {
      if (!occupied[slot]) throw new RangeError(`EventQueue.restore: slot ${slot} is neither free nor in use`);
    }
    q.live = s.events.length;
    q.cancelledInHeap = s.cancelled.length;
    q.heapify();
    return q;
  }

  private allocateSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    const slot = this.slotsUsed;
    if (slot === this.slotKind.length) this.growSlots();
    this.slotsUsed = slot + 1;
    this.slotGeneration[slot] = 1;
    return slot;
  }

  /** Returns a slot to the free list; bumping the generation staleness-proofs its old handle. */
  private freeSlot(slot: number): void {
    this.slotKind[slot] = DEAD;
    const g = (this.slotGeneration[slot] + 1) & GENERATION_MASK;
    this.slotGeneration[slot] = g === 0 ? 1 : g;
    this.freeSlots[this.freeCount++] = slot;
  }

  /** Removes the (cancelled) root entry and frees its slot. */
  private discardRoot(slot: number): void {
    this.cancelledInHeap--;
    this.freeSlot(slot);
    this.rootVacant = true;
    this.fillVacantRoot();
  }

  /** Fills the hole at the root with the last heap entry. */
  private fillVacantRoot(): void {
    this.rootVacant = false;
    const last = --this.count;
    if (last > 0) this.siftDown(0, this.heapTime[last], this.heapKey[last], this.heapSlot[last]);
  }

  /** Moves a hole at `i` up until (t, k) fits, then stores (t, k, s) there. */
  private siftUp(i: number, t: number, k: number, s: number): void {
    const heapTime = this.heapTime;
    const heapKey = this.heapKey;
    const heapSlot = this.heapSlot;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = heapTime[p];
      if (pt < t || (pt === t && heapKey[p] < k)) break;
      heapTime[i] = pt;
      heapKey[i] = heapKey[p];
      heapSlot[i] = heapSlot[p];
      i = p;
    }
    heapTime[i] = t;
    heapKey[i] = k;
    heapSlot[i] = s;
  }

  /** Moves a hole at `i` down until (t, k) fits, then stores (t, k, s) there. */
  private siftDown(i: number, t: number, k: number, s: number): void {
    const heapTime = this.heapTime;
    const heapKey = this.heapKey;
    const heapSlot = this.heapSlot;
    const n = this.count;
    for (;;) {
      const c = 4 * i + 1;
      if (c >= n) break;
      let m = c;
      let mt = heapTime[c];
      let mk = heapKey[c];
      const end = c + 4 < n ? c + 4 : n;
      for (let j = c + 1; j < end; j++) {
        const jt = heapTime[j];
        if (jt < mt || (jt === mt && heapKey[j] < mk)) {
          m = j;
          mt = jt;
          mk = heapKey[j];
        }
      }
      if (t < mt || (t === mt && k < mk)) break;
      heapTime[i] = mt;
      heapKey[i] = mk;
      heapSlot[i] = heapSlot[m];
      i = m;
    }
    heapTime[i] = t;
    heapKey[i] = k;
    heapSlot[i] = s;
  }

  private heapify(): void {
    for (let i = (this.count - 2) >> 2; i >= 0; i--) {
      this.siftDown(i, this.heapTime[i], this.heapKey[i], this.heapSlot[i]);
    }
  }

  /**
   * Drops all cancelled entries at once so that heavy cancelling cannot grow
   * the heap without bound. Freed slots go on the free list in ascending slot
   * order, so later handle values do not depend on the heap's shape.
   */
  private compact(): void {
    if (this.rootVacant) this.fillVacantRoot();
    const heapTime = this.heapTime;
    const heapKey = this.heapKey;
    const heapSlot = this.heapSlot;
    const dead = new Int32Array(this.cancelledInHeap);
    let d = 0;
    let j = 0;
    for (let i = 0; i < this.count; i++) {
      const slot = heapSlot[i];
      if (this.slotKind[slot] === DEAD) {
        dead[d++] = slot;
      } else {
        heapTime[j] = heapTime[i];
        heapKey[j] = heapKey[i];
        heapSlot[j] = slot;
        j++;
      }
    }
    dead.sort();
    for (let i = 0; i < d; i++) this.freeSlot(dead[i]);
    this.count = j;
    this.cancelledInHeap = 0;
    this.heapify();
  }

  private growHeap(): void {
    const cap = this.heapTime.length * 2;
    this.heapTime = grow(this.heapTime, new Float64Array(cap));
    this.heapKey = grow(this.heapKey, new Float64Array(cap));
    this.heapSlot = grow(this.heapSlot, new Int32Array(cap));
  }

  private growSlots(): void {
    const cap = this.slotKind.length * 2;
    this.slotKind = grow(this.slotKind, new Int32Array(cap));
    this.slotTarget = grow(this.slotTarget, new Int32Array(cap));
    this.slotA = grow(this.slotA, new Float64Array(cap));
    this.slotB = grow(this.slotB, new Float64Array(cap));
    this.slotGeneration = grow(this.slotGeneration, new Int32Array(cap));
    this.freeSlots = grow(this.freeSlots, new Int32Array(cap));
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function checkTime(where: string, time: number): void {
  if (!(time >= 0 && time < Infinity)) {
    throw new RangeError(`${where}: time must be a finite number >= 0, got ${time}`);
  }
}

function checkPriority(where: string, priority: number): void {
  if (!(priority >= 0 && priority <= MAX_PRIORITY && (priority | 0) === priority)) {
    throw new RangeError(`${where}: priority must be an integer in 0..${MAX_PRIORITY}, got ${priority}`);
  }
}
