/**
 * Policy-driven scaling of VM groups: every `check`, the mean CPU demand (% of vCPU capacity)
 * of a group's running VMs goes through the policy (autoscale-policy.ts); adding deploys one VM
 * from the group's template (provisioner.ts), removing deletes the newest one.
 */
import type { Datacenter } from '../datacenter.js';
import { VM_MIGRATING, VM_RUNNING } from '../lifecycle.js';
import { decideScale, newScaleWindow, type ScaleWindow } from './autoscale-policy.js';
import type { GroupPlan } from './plan.js';
import type { Provisioning } from './provisioner.js';
import { ProvisioningTimers, TIMER_AUTOSCALE } from './timers.js';

export interface ScaleAction {
  readonly t: number;
  readonly group: string;
  readonly direction: 'out' | 'in';
  readonly vm: string | null;
  readonly meanPct: number;
  /** VMs in service after the action. */
  readonly vms: number;
}

export class Autoscaler {
  private readonly windows: (ScaleWindow | null)[];
  readonly actions: ScaleAction[] = [];

  constructor(
    private readonly dc: Datacenter,
    private readonly plans: readonly GroupPlan[],
    private readonly provisioning: Provisioning,
    private readonly timers: ProvisioningTimers,
  ) {
    this.windows = plans.map((p) => (p.autoscale !== null ? newScaleWindow() : null));
    timers.on(TIMER_AUTOSCALE, (g) => this.check(g));
  }

  start(): void {
    const t = this.dc.kernel.now;
    for (const p of this.plans) if (p.autoscale !== null) this.timers.schedule(t + p.autoscale.check, TIMER_AUTOSCALE, p.group);
  }

  /** Mean CPU demand of group g's running VMs, % of their vCPU capacity (NaN when none runs). */
  meanDemandPct(g: number): number {
    const V = this.dc.world.vms;
    const grp = this.dc.world.groups[g]!;
    let sum = 0;
    let n = 0;
    for (let v = grp.vmStart; v < grp.vmEnd; v++) {
      const s = V.state[v];
      if (s !== VM_RUNNING && s !== VM_MIGRATING) continue;
      sum += V.demand[v];
      n++;
    }
    return n > 0 ? (sum / n) * 100 : NaN;
  }

  private check(g: number): void {
    const { dc, provisioning } = this;
    const policy = this.plans[g]!.autoscale!;
    const t = dc.kernel.now;
    const mean = this.meanDemandPct(g);
    const before = provisioning.inService(g);
    const decision = decideScale(policy, this.windows[g]!, mean, before, t);
    if (decision !== 0) {
      const vms = decision > 0 ? provisioning.create(g, 1, t, 'autoscale', 'template') : provisioning.deleteNewest(g, 1, t, 'autoscale');
      const action: ScaleAction = {
        t,
        group: dc.world.groups[g]!.id,
        direction: decision > 0 ? 'out' : 'in',
        vm: vms.length > 0 ? (dc.world.vms.ids[vms[0]!] as string) : null,
        meanPct: mean,
        vms: provisioning.inService(g),
      };
      this.actions.push(action);
      dc.emit({ t, type: `autoscale.${action.direction}`, group: action.group, vm: action.vm, meanPct: Number.isNaN(mean) ? null : mean, vms: action.vms });
    }
    this.timers.schedule(t + policy.check, TIMER_AUTOSCALE, g);
  }
}
