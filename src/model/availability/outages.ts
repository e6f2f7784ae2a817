/**
 * Outage bookkeeping per VM: every change of a VM's lifecycle state goes through `set`, which
 * opens an outage when a running VM stops serving, closes it when it runs again, and splits the
 * time down by reason (host failure, waiting for capacity, restarting, …). Downtime is therefore
 * exactly the sum of the outage intervals, by construction.
 *
 * Planned states (lifecycle.ts `plannedDown`: not created yet, provisioning, deleted) are no
 * outage: a running VM that is deleted opens none, one deleted during an outage closes it, and
 * the time a VM spends in them after its first power-on ("idle") counts neither as downtime nor
 * as service time, so availability is over the time the VM was meant to serve.
 */
import { DOWN_NONE, DOWN_REASONS, plannedDown, VM_BOOTING, VM_DOWN, VM_MIGRATING, VM_RUNNING } from '../lifecycle.js';
import type { World } from '../world.js';

const R = DOWN_REASONS.length;

export interface OutageListener {
  vmState?(t: number, vm: number, from: number, to: number, reason: number): void;
  outageEnded?(t: number, vm: number, startedAt: number, durationMs: number): void;
}

function up(state: number): boolean {
  return state === VM_RUNNING || state === VM_MIGRATING;
}

export class OutageTracker {
  /** First power-on of each VM (NaN until then): availability counts from there. */
  readonly firstUpAt: Float64Array;
  /** Start of the outage in progress (NaN when up). */
  readonly downSince: Float64Array;
  readonly outages: Int32Array;
  readonly downMs: Float64Array; // closed outages only; see downMsAt for the running total
  /** [vm × reason] ms down for each reason, up to reasonSince. */
  readonly reasonMs: Float64Array;
  private readonly reasonSince: Float64Array;
  readonly longestMs: Float64Array;
  /** Closed idle periods (planned out of service after the first power-on) and the open one's start (NaN if none). */
  readonly idleMs: Float64Array;
  private readonly idleSince: Float64Array;
  listeners: OutageListener[] = [];

  constructor(private readonly world: World) {
    const n = world.vms.n;
    this.firstUpAt = new Float64Array(n).fill(NaN);
    this.downSince = new Float64Array(n).fill(NaN);
    this.outages = new Int32Array(n);
    this.downMs = new Float64Array(n);
    this.reasonMs = new Float64Array(n * R);
    this.reasonSince = new Float64Array(n);
    this.longestMs = new Float64Array(n);
    this.idleMs = new Float64Array(n);
    this.idleSince = new Float64Array(n).fill(NaN);
  }

  /** VM v enters `state` (with `reason` when not running) at t. */
  set(v: number, state: number, reason: number, t: number): void {
    const V = this.world.vms;
    const from = V.state[v];
    const oldReason = V.downReason[v];
    if (from === state && oldReason === reason) return;
    const wasUp = up(from);
    const isUp = up(state);
    const everUp = !Number.isNaN(this.firstUpAt[v]);
    const inOutage = !Number.isNaN(this.downSince[v]);
    const planned = !isUp && plannedDown(reason);
    // Time by reason runs only inside an outage, so the reasons add up to the downtime.
    if (inOutage) {
      const k = v * R + oldReason;
      this.reasonMs[k] = (this.reasonMs[k]) + t - (this.reasonSince[v]);
    }
    if (wasUp && !isUp) {
      if (planned) this.idleSince[v] = t;
      else {
        this.downSince[v] = t;
        this.outages[v] = (this.outages[v]) + 1;
      }
    } else if (inOutage && (isUp || planned)) {
      const since = this.downSince[v];
      const d = t - since;
      this.downMs[v] = (this.downMs[v]) + d;
      if (d > (this.longestMs[v])) this.longestMs[v] = d;
      this.downSince[v] = NaN;
      for (const l of this.listeners) l.outageEnded?.(t, v, since, d);
      if (planned) this.idleSince[v] = t;
    }
    if (isUp && !everUp) this.firstUpAt[v] = t;
    else if (isUp && !Number.isNaN(this.idleSince[v])) {
      this.idleMs[v] = (this.idleMs[v]) + t - (this.idleSince[v]);
      this.idleSince[v] = NaN;
    }
    this.reasonSince[v] = t;
    V.state[v] = state;
    V.downReason[v] = isUp ? DOWN_NONE : reason;
    for (const l of this.listeners) l.vmState?.(t, v, from, state, isUp ? DOWN_NONE : reason);
  }

  /** Downtime of VM v up to t, the outage in progress included. */
  downMsAt(v: number, t: number): number {
    const since = this.downSince[v];
    return (this.downMs[v]) + (Number.isNaN(since) ? 0 : t - since);
  }

  /** Time down for one reason up to t. */
  reasonMsAt(v: number, reason: number, t: number): number {
    let ms = this.reasonMs[v * R + reason];
    const V = this.world.vms;
    if (!up(V.state[v]) && V.downReason[v] === reason && !Number.isNaN(this.downSince[v]))
      ms += t - (this.reasonSince[v]);
    return ms;
  }

  /** Time VM v spent out of service by design (deleted, re-provisioning) after its first power-on, up to t. */
  idleMsAt(v: number, t: number): number {
    const since = this.idleSince[v];
    return (this.idleMs[v]) + (Number.isNaN(since) ? 0 : t - since);
  }

  /**
   * Availability of VM v over the time it was meant to serve (first power-on to t, less idle
   * time), or NaN for a VM that never ran.
   */
  availability(v: number, t: number): number {
    const first = this.firstUpAt[v];
    if (Number.isNaN(first)) return NaN;
    const serving = t - first - this.idleMsAt(v, t);
    if (serving <= 0) return NaN;
    return 1 - this.downMsAt(v, t) / serving;
  }
}

export { VM_BOOTING, VM_DOWN };
