/**
 * Powered-on VMs of one cluster gathered into VM groups of one template each: VMs with the same
 * vCPUs, memory, reservations, limits, shares and datastore are one group. The group's starting
 * workload is constant at the mean of its VMs' observed levels:
 *   CPU    = Overall MHz / (vCPUs × MHz of the VM's host), capped at 1 (turbo can exceed nominal);
 *   memory = Active / configured memory; (Consumed − Consumed Overhead) / configured becomes the
 *          template's touchedPct.
 * Those are one vCenter quick-statistics sample per VM (a 20 s average at the export time: vSphere
 * API VirtualMachineQuickStats), not a peak or a percentile: the comment gives their spread.
 */
import type { InventoryVm } from './inventory.js';
import { NameScope } from './names.js';
export interface VmGroupOut {
    readonly template: Record<string, unknown>;
    readonly group: Record<string, unknown>;
    readonly notes: readonly string[];
}
/**
 * `hostMhz` gives the core MHz of the host a VM runs on (null when the host is not in vHost);
 * `fallbackMhz` is used then, and flagged. `datastores` are the names a group may reference.
 */
export declare function vmGroups(vms: readonly InventoryVm[], hostMhz: (host: string) => number | null, fallbackMhz: number, datastores: ReadonlySet<string>, templateScope: NameScope, templatePrefix: string): VmGroupOut[];
