/**
 * VMs that fit on no host when they are powered on wait here (placement `unplaced: wait`) and are
 * tried again whenever capacity frees up in their cluster: a host repaired, powered on, back from
 * isolation, a VM deleted or powered off, a migration completed (its source is freed). This is
 * the queue of a batch scheduler rather than Nova's own behaviour (Nova puts an instance that
 * finds no valid host in ERROR, nova/conductor/manager.py NoValidHost); the issue asks for the
 * queue so that one large VM that finds no room is not lost for the rest of the run.
 *
 * Retries go in request order (time queued, then VM index), each VM through admission control
 * and the cluster's placement; a VM that still does not fit keeps its place and the ones behind
 * it are tried (no head-of-line blocking: a small VM may pass a large one). A VM placed from the
 * queue runs at once, as at the initial placement. Its wait is kept per VM (queuedAt, waitedMs);
 * a VM still waiting at the end counts as unplaceable.
 */
import type { Datacenter } from '../datacenter.js';
import { DOWN_UNPLACEABLE, VM_DOWN, VM_RUNNING } from '../lifecycle.js';
import { chooseHost } from '../placement/choose.js';
import { PURPOSE_POWER_ON } from '../placement/filters.js';

export class UnplacedQueue {
  /** When each VM joined the queue (NaN if it never did). */
  readonly queuedAt: Float64Array;
  /** How long each VM waited before it was placed (NaN while waiting, or if never queued). */
  readonly waitedMs: Float64Array;
  private readonly waiting: number[][];
  private busy = false;
  /** Told when VMs of a cluster wait (power management may wake a host for them). */
  readonly capacityNeededListeners: Array<(cluster: number, t: number) => void> = [];

  constructor(private readonly dc: Datacenter) {
    const n = dc.world.vms.n;
    this.queuedAt = new Float64Array(n).fill(NaN);
    this.waitedMs = new Float64Array(n).fill(NaN);
    this.waiting = dc.world.clusters.map(() => []);
  }

  /** Whether VM v's cluster keeps VMs that fit nowhere waiting. */
  waits(v: number): boolean {
    const world = this.dc.world;
    return world.clusters[world.vms.cluster[v]]!.placement.unplaced === 'wait';
  }

  /** VM v (down, unplaceable) waits from t for capacity; `reason` says what stopped it. */
  enqueue(v: number, t: number, reason: string): void {
    const V = this.dc.world.vms;
    const c = V.cluster[v];
    this.queuedAt[v] = t;
    this.waitedMs[v] = NaN;
    this.waiting[c]!.push(v);
    this.dc.emit({ t, type: 'vm.queued', vm: V.ids[v] as string, reason });
    for (const l of this.capacityNeededListeners) l(c, t);
  }

  /** VMs waiting in cluster c. */
  waitingIn(c: number): number {
    return this.waiting[c]!.length;
  }

  /** Capacity freed in cluster c at t: every waiting VM is tried again, in request order. */
  capacityFreed(c: number, t: number): void {
    const list = this.waiting[c]!;
    // Placing a VM can free nothing, but its own callbacks may land here again: one pass at a time.
    if (list.length === 0 || this.busy) return;
    this.busy = true;
    const { dc } = this;
    const world = dc.world;
    const V = world.vms;
    const keep: number[] = [];
    for (const v of list) {
      // Deleted, or powered on by someone else meanwhile: no longer waiting.
      if (V.state[v] !== VM_DOWN || V.downReason[v] !== DOWN_UNPLACEABLE) continue;
      if (dc.admit(v) !== null) {
        keep.push(v);
        continue;
      }
      const choice = chooseHost(world, v, PURPOSE_POWER_ON);
      if (choice.host < 0) {
        keep.push(v);
        continue;
      }
      dc.powerOn(v, choice.host, t);
      dc.outages.set(v, VM_RUNNING, 0, t);
      const waited = t - (this.queuedAt[v]);
      this.waitedMs[v] = waited;
      dc.emit({ t, type: 'vm.placed-from-queue', vm: V.ids[v] as string, host: world.hosts.ids[choice.host] as string, waitedMs: waited, shouldRuleViolated: choice.shouldViolated });
    }
    this.waiting[c] = keep;
    dc.settle(t);
    this.busy = false;
  }
}
