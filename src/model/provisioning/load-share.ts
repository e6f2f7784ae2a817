/**
 * Groups whose VMs share one load behind a load balancer (autoscale.shareLoad): the workload
 * gives each VM's demand as if all `count` VMs the group declares ran, and the group's load is
 * spread evenly over the VMs running, so each VM's demand is its workload level × count /
 * running, at most 100 % (beyond that the load is not served). Adding a VM therefore lowers the
 * others' demand, which is what makes scaling out help.
 *
 * The count changes whenever a VM of the group starts or stops running; the new scale is
 * applied by an event at the same instant, after the change that caused it is complete.
 */
import type { Datacenter } from '../datacenter.js';
import { VM_MIGRATING, VM_RUNNING } from '../lifecycle.js';
import type { GroupPlan } from './plan.js';
import { ProvisioningTimers, TIMER_LOAD_SHARE } from './timers.js';

function up(state: number): boolean {
  return state === VM_RUNNING || state === VM_MIGRATING;
}

export class LoadShare {
  /** VMs the workload is sized for, per group (0: the group does not share its load). */
  private readonly reference: Int32Array;
  private readonly pending: Uint8Array;

  constructor(
    private readonly dc: Datacenter,
    plans: readonly GroupPlan[],
    private readonly timers: ProvisioningTimers,
  ) {
    const groups = dc.world.groups;
    this.reference = Int32Array.from(plans, (p) => (p.autoscale?.shareLoad === true ? groups[p.group]!.vmEnd - groups[p.group]!.vmStart : 0));
    this.pending = new Uint8Array(plans.length);
    if (!this.reference.some((r) => r > 0)) return;
    timers.on(TIMER_LOAD_SHARE, (g) => this.apply(g));
    const V = dc.world.vms;
    dc.outages.listeners.push({
      vmState: (t, v, from, to) => {
        const g = V.group[v];
        if (this.reference[g] === 0 || up(from) === up(to) || this.pending[g] === 1) return;
        this.pending[g] = 1;
        this.timers.schedule(t, TIMER_LOAD_SHARE, g);
      },
    });
  }

  /** Running VMs of group g now. */
  running(g: number): number {
    const grp = this.dc.world.groups[g]!;
    const V = this.dc.world.vms;
    let n = 0;
    for (let v = grp.vmStart; v < grp.vmEnd; v++) if (up(V.state[v])) n++;
    return n;
  }

  /** Set every VM of group g to the scale its running count gives. */
  private apply(g: number): void {
    this.pending[g] = 0;
    const { dc } = this;
    const t = dc.kernel.now;
    const n = this.running(g);
    const k = n > 0 ? (this.reference[g]) / n : 1;
    const grp = dc.world.groups[g]!;
    for (let v = grp.vmStart; v < grp.vmEnd; v++) dc.rescale(v, k, t);
    dc.settle(t);
  }

  /** Apply the initial scales (the run starts with the groups' first VMs running). */
  start(): void {
    this.reference.forEach((r, g) => {
      if (r > 0) this.apply(g);
    });
  }
}
