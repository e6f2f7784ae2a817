/**
 * Adding vCPUs or memory to a VM. Where its template enables hot add for what grows (CPU hot
 * plug, memory hot add), the running VM grows in place: its host's bookkeeping, its vCPU
 * capacity and its memory change at once, without an outage. Otherwise the change needs a
 * reboot: the VM goes down (booting, reason reboot) for its boot time on the same host and comes
 * back with the new size, an outage of exactly its boot time. Either way the VM's host must be
 * able to take the bigger VM (the placement capacity filter), else the change is refused.
 * A VM that is down is reconfigured (it boots with the new size); one booting or migrating is
 * refused (vSphere locks a VM's configuration during these tasks).
 *
 * HA admission control counts the VM's new size (its per-VM overhead grows); hot add is not
 * itself subject to admission control here (it changes no reservation).
 */
import type { Datacenter } from '../datacenter.js';
import type { AdmissionControl } from '../availability/admission-control.js';
import type { Boots } from './boots.js';
import { type GroupPlan } from './plan.js';
export declare class HotAdd {
    private readonly dc;
    private readonly plans;
    private readonly boots;
    private readonly admission;
    private readonly isCreated;
    hotAdded: number;
    rebooted: number;
    private readonly rebootStart;
    constructor(dc: Datacenter, plans: readonly GroupPlan[], boots: Boots, admission: AdmissionControl, isCreated: (v: number) => boolean);
    /** Add `addVcpus` vCPUs and `addMemoryMiB` memory to VM v at t; null when done, else why not. */
    apply(v: number, addVcpus: number, addMemoryMiB: number, t: number): string | null;
    /** Whether host h can take VM v grown by the given amounts (it already counts v's current size). */
    private fits;
}
