/**
 * VMs paused because their datastore is full (ESXi: "There is no more space for virtual disk"):
 * down with reason datastore-full until space is freed, then resumed. Simplification: the
 * lifecycle has no paused-on-host state, so a paused VM leaves its host and, on resume, is
 * placed again there when it fits (else anywhere it fits) and runs at once (no boot), with its
 * memory touched anew. A VM that fits nowhere stays paused until the next chance.
 */
import type { Datacenter } from '../datacenter.js';
import { DOWN_DATASTORE_FULL, VM_DOWN, VM_MIGRATING, VM_RUNNING } from '../lifecycle.js';
import { chooseHost } from '../placement/choose.js';
import { PURPOSE_POWER_ON, rejectCode } from '../placement/filters.js';

export class VmPauses {
  /** 1 while the VM is paused for its datastore. */
  readonly paused: Uint8Array;
  private readonly pausedAt: Float64Array;
  private readonly pausedHost: Int32Array;
  private readonly pausedVms = new Set<number>();
  count = 0;
  /** Stops a live migration of a VM about to be paused. */
  cancelMigration: (v: number, why: string, t: number) => void = () => {};

  constructor(private readonly dc: Datacenter) {
    const n = dc.world.vms.n;
    this.paused = new Uint8Array(n);
    this.pausedAt = new Float64Array(n);
    this.pausedHost = new Int32Array(n).fill(-1);
  }

  /** Pause running VM v at t because datastore `datastore` is full (call settle after). */
  pause(v: number, datastore: string, t: number): void {
    const { dc } = this;
    const V = dc.world.vms;
    // Marked first: the state changes below ask storage for v's write rate, now 0.
    this.paused[v] = 1;
    this.pausedVms.add(v);
    if (V.state[v] === VM_MIGRATING) this.cancelMigration(v, `datastore ${datastore} is full`, t);
    const h = V.host[v];
    this.pausedAt[v] = t;
    this.pausedHost[v] = h;
    this.count++;
    dc.outages.set(v, VM_DOWN, DOWN_DATASTORE_FULL, t);
    dc.powerOff(v, t);
    dc.emit({ t, type: 'vm.paused', vm: V.ids[v] as string, host: h >= 0 ? (dc.world.hosts.ids[h] as string) : null, datastore, why: 'There is no more space for virtual disk' });
  }

  /** Resume the paused VMs for which `on(v)` holds, in index order; returns how many resumed. */
  resumeWhere(on: (v: number) => boolean, t: number): number {
    if (this.pausedVms.size === 0) return 0;
    let n = 0;
    for (const v of [...this.pausedVms].sort((a, b) => a - b)) if (on(v) && this.resume(v, t)) n++;
    this.dc.settle(t);
    return n;
  }

  /** VM v is no longer paused (resumed, or deleted). */
  forget(v: number): void {
    this.paused[v] = 0;
    this.pausedVms.delete(v);
  }

  /** Paused VM v runs again: on its host when it fits, else wherever it fits; false if nowhere. */
  private resume(v: number, t: number): boolean {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    if (V.state[v] !== VM_DOWN || V.downReason[v] !== DOWN_DATASTORE_FULL) {
      this.forget(v);
      return false;
    }
    const cluster = world.clusters[V.cluster[v]]!;
    let h = this.pausedHost[v];
    if (h < 0 || rejectCode(world, cluster, h, v, PURPOSE_POWER_ON) !== 0) h = chooseHost(world, v, PURPOSE_POWER_ON).host;
    if (h < 0) return false;
    this.forget(v);
    dc.powerOn(v, h, t);
    dc.outages.set(v, VM_RUNNING, 0, t);
    dc.emit({ t, type: 'vm.resumed', vm: V.ids[v] as string, host: world.hosts.ids[h] as string, pausedMs: t - (this.pausedAt[v]) });
    return true;
  }
}
