/**
 * The estate an inventory export describes, as plain records with units in the names: what the
 * scenario writer reads. Built by read-rvtools.ts; knows nothing of tabs or cells.
 */
import type { SharesLevel } from '../catalogue/cpu-shares.js';
export type Shares = SharesLevel | number;
export interface InventoryHost {
    readonly name: string;
    readonly cluster: string;
    /** Server vendor and model ("Dell Inc." "PowerEdge R740"); '' when the export has none. */
    readonly vendor: string;
    readonly model: string;
    readonly cpuModel: string;
    readonly sockets: number;
    readonly coresPerSocket: number;
    readonly mhz: number;
    readonly memoryMiB: number;
}
export interface InventoryVm {
    readonly name: string;
    readonly cluster: string;
    readonly host: string;
    readonly vcpus: number;
    readonly memoryMiB: number;
    /** CPU used at the time of the export (quickStats overallCpuUsage), MHz. */
    readonly cpuUsedMHz: number;
    readonly cpuReservationMHz: number;
    readonly cpuLimitMHz: number | null;
    readonly cpuShares: Shares;
    /** Active (working-set) guest memory at the time of the export; null when not reported. */
    readonly memActiveMiB: number | null;
    /** Host memory backing the guest (vMemory Consumed minus Consumed Overhead); null when not reported. */
    readonly memConsumedMiB: number | null;
    readonly memReservationMiB: number;
    readonly memLimitMiB: number | null;
    readonly memShares: Shares;
    readonly provisionedMiB: number | null;
    readonly inUseMiB: number | null;
    /** Datastore of the VM's configuration file ("[ds-01] vm/vm.vmx"), or null. */
    readonly datastore: string | null;
    readonly snapshots: number;
    readonly snapshotMiB: number;
}
export interface InventoryCluster {
    readonly name: string;
    readonly haEnabled: boolean;
    readonly drsEnabled: boolean;
    /** HA host failures to tolerate; null when the export does not say. */
    readonly failoverLevel: number | null;
    /** HA admission control on (vCluster "AdmissionControlEnabled"); true when the export does not say. */
    readonly admissionControl: boolean;
}
export interface InventoryDatastore {
    readonly name: string;
    readonly capacityMiB: number;
}
export interface Inventory {
    /** The export as the user named it. */
    readonly source: string;
    readonly clusters: readonly InventoryCluster[];
    readonly hosts: readonly InventoryHost[];
    /** Powered-on VMs (the ones a scenario runs). */
    readonly vms: readonly InventoryVm[];
    /** Powered-off or suspended VMs and templates, left out of the scenario. */
    readonly skipped: {
        readonly poweredOff: number;
        readonly suspended: number;
        readonly templates: number;
    };
    readonly datastores: readonly InventoryDatastore[];
    /** Columns of each tab the import does not read, in the tab's order. */
    readonly unmapped: ReadonlyMap<string, readonly string[]>;
    /** Tabs the import would read but the export lacks (optional ones only). */
    readonly missingTabs: readonly string[];
}
