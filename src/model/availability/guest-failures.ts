/**
 * Guest OS failures (crash, hang, blue screen) and vSphere HA VM monitoring. A failed guest stays
 * powered on where it is but serves nothing: the VM is out of service (booting, reason
 * vm-failure). With VM monitoring its heartbeats stop, and after `failureInterval` HA resets it:
 * it boots again for its template's boot time on the same host. Without VM monitoring (or HA)
 * an administrator restarts it after `manualRecovery` (an assumption). Each VM fails at
 * exponential times with its template's mean, on its own random stream, measured from when it
 * runs again; a VM that is not running when its failure comes (down, booting, migrating) skips
 * that failure.
 */
import { exponential, uniformAt } from '../../engine/index.js';
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_GUEST_FAILURE } from '../event-kinds.js';
import { DOWN_VM_FAILURE, VM_BOOTING, VM_RUNNING } from '../lifecycle.js';

const FAIL = 0;
const RESET = 1;

export class GuestFailures {
  private readonly seeds: Int32Array;
  private readonly counters: Int32Array;
  /** Guest failures per VM. */
  readonly failures: Int32Array;
  total = 0;

  constructor(
    private readonly dc: Datacenter,
    seedOf: (name: string) => number,
  ) {
    const V = dc.world.vms;
    this.seeds = new Int32Array(V.n);
    this.counters = new Int32Array(V.n);
    this.failures = new Int32Array(V.n);
    for (let v = 0; v < V.n; v++) if (Number.isFinite(V.guestMtbfMs[v])) this.seeds[v] = seedOf(`guest/${V.ids[v] as string}`);
    dc.kernel.on(KIND_GUEST_FAILURE, (v, what) => (what === FAIL ? this.fail(v) : this.reset(v)));
  }

  start(): void {
    const V = this.dc.world.vms;
    for (let v = 0; v < V.n; v++) if (Number.isFinite(V.guestMtbfMs[v])) this.scheduleNext(v, this.dc.kernel.now);
  }

  private scheduleNext(v: number, from: number): void {
    const mean = this.dc.world.vms.guestMtbfMs[v];
    const k = this.counters[v];
    this.counters[v] = k + 1;
    const at = from + Math.max(1, Math.round(exponential(uniformAt(this.seeds[v], k), mean)));
    if (at < this.dc.world.durationMs) this.dc.kernel.schedule(at, KIND_GUEST_FAILURE, v, FAIL, 0, PRIORITY_MODEL);
  }

  private fail(v: number): void {
    const { dc } = this;
    const t = dc.kernel.now;
    const V = dc.world.vms;
    if (V.state[v] !== VM_RUNNING) {
      this.scheduleNext(v, t);
      return;
    }
    this.failures[v] = (this.failures[v]) + 1;
    this.total++;
    const cl = dc.world.clusters[V.cluster[v]]!;
    const monitored = cl.ha.vmMonitoring;
    // The hung guest keeps its host's resources (it is still powered on) but serves nothing.
    dc.outages.set(v, VM_BOOTING, DOWN_VM_FAILURE, t);
    const until = monitored ? cl.ha.vmFailureIntervalMs + (V.bootMs[v]) : cl.ha.manualRecoveryMs;
    dc.emit({ t, type: 'vm.guest-failed', vm: V.ids[v] as string, host: dc.world.hosts.ids[V.host[v]] as string, recovery: monitored ? 'vm-monitoring' : 'manual', expectedDownMs: until });
    dc.kernel.schedule(t + until, KIND_GUEST_FAILURE, v, RESET, 0, PRIORITY_MODEL);
  }

  private reset(v: number): void {
    const { dc } = this;
    const t = dc.kernel.now;
    const V = dc.world.vms;
    // Its host may have failed meanwhile (HA then owns the VM).
    if (V.state[v] !== VM_BOOTING || V.downReason[v] !== DOWN_VM_FAILURE) {
      this.scheduleNext(v, t);
      return;
    }
    const since = dc.outages.downSince[v];
    dc.outages.set(v, VM_RUNNING, 0, t);
    dc.emit({ t, type: 'vm.guest-restarted', vm: V.ids[v] as string, downMs: t - since });
    this.scheduleNext(v, t);
  }
}
