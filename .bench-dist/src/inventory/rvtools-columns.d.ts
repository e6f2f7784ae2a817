/**
 * The RVTools columns the import reads, by tab, with the aliases different RVTools versions use.
 * Names as in RVTools' own documentation (Dell RVTools 4.x, "RVTools.pdf", the tab-by-tab column
 * lists of vInfo, vCPU, vMemory, vHost, vCluster, vDatastore and vSnapshot) and in published export
 * headers; the usage columns are vCenter quick statistics (vSphere API VirtualMachineQuickStats):
 * vCPU "Overall" = overallCpuUsage (MHz), vMemory "Active" = guestMemoryUsage (MiB, the guest's
 * working set as estimated by sampling), "Consumed" = hostMemoryUsage (MiB of host memory backing
 * the VM, including its overhead memory), "Consumed Overhead" = consumedOverheadMemory. Memory
 * sizes are MiB; a "Limit" of -1 means unlimited. DOMAIN.md, RVTools, lists the same tabs.
 */
export interface ColumnSpec {
    /** Field of the inventory record. */
    readonly field: string;
    /** Header names across RVTools versions, the current one first. */
    readonly names: readonly string[];
    readonly required: boolean;
    /** Memory in GiB rather than MiB (RVTools 4.7 vHost "# Memory GiB"). */
    readonly gib?: boolean;
}
export declare const RVTOOLS_COLUMNS: {
    readonly vInfo: readonly [ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec];
    readonly vCPU: readonly [ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec];
    readonly vMemory: readonly [ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec];
    readonly vHost: readonly [ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, {
        readonly field: "memoryMiB";
        readonly names: readonly ["# Memory"];
        readonly required: false;
    }, {
        readonly field: "memoryGiB";
        readonly names: readonly ["# Memory GiB"];
        readonly required: false;
        readonly gib: true;
    }];
    readonly vCluster: readonly [ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec, ColumnSpec];
    readonly vDatastore: readonly [ColumnSpec, ColumnSpec];
    readonly vSnapshot: readonly [ColumnSpec, ColumnSpec];
};
export type TabName = keyof typeof RVTOOLS_COLUMNS;
export declare const REQUIRED_TABS: readonly TabName[];
export declare const OPTIONAL_TABS: readonly TabName[];
/**
 * Columns every VM tab repeats from vInfo (RVTools appends them to vCPU, vMemory, vSnapshot):
 * read once from vInfo, so not reported as unmapped on the others.
 */
export declare const REPEATED_VM_COLUMNS: readonly string[];
