/**
 * Boots of VMs already powered on by provisioning or a reconfiguration: the VM is booting on its
 * host (reason provisioning or reboot) for its boot time, then runs. A boot is forgotten when
 * anything else changes the VM meanwhile (its host fails, it is deleted): the timer checks a
 * per-VM token and that the VM still boots for the same reason.
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_VM_READY } from '../event-kinds.js';
import { VM_BOOTING, VM_RUNNING } from '../lifecycle.js';

export type ReadyListener = (v: number, reason: number, t: number) => void;

export class Boots {
  private readonly token: Int32Array;
  private readonly reason: Uint8Array;
  readonly readyListeners: ReadyListener[] = [];

  constructor(private readonly dc: Datacenter) {
    const n = dc.world.vms.n;
    this.token = new Int32Array(n);
    this.reason = new Uint8Array(n);
    dc.kernel.on(KIND_VM_READY, (v, token) => this.onReady(v, token));
  }

  /** VM v, powered on at t, boots for its boot time with `reason` (DOWN_*). */
  boot(v: number, reason: number, t: number): void {
    const { dc } = this;
    const token = ((this.token[v]) + 1) | 0;
    this.token[v] = token;
    this.reason[v] = reason;
    dc.outages.set(v, VM_BOOTING, reason, t);
    dc.kernel.schedule(t + (dc.world.vms.bootMs[v]), KIND_VM_READY, v, token, 0, PRIORITY_MODEL);
  }

  /** Forget VM v's boot in progress, if any. */
  cancel(v: number): void {
    this.token[v] = ((this.token[v]) + 1) | 0;
  }

  private onReady(v: number, token: number): void {
    const { dc } = this;
    const V = dc.world.vms;
    if (token !== this.token[v] || V.state[v] !== VM_BOOTING || V.downReason[v] !== this.reason[v]) return;
    const t = dc.kernel.now;
    const reason = this.reason[v];
    dc.outages.set(v, VM_RUNNING, 0, t);
    for (const l of this.readyListeners) l(v, reason, t);
  }
}
