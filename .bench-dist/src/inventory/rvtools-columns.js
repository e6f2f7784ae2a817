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
const req = (field, ...names) => ({ field, names, required: true });
const opt = (field, ...names) => ({ field, names, required: false });
export const RVTOOLS_COLUMNS = {
    vInfo: [
        req('vm', 'VM'),
        req('powerState', 'Powerstate', 'Power state'),
        opt('template', 'Template'),
        req('vcpus', 'CPUs'),
        req('memoryMiB', 'Memory'),
        req('cluster', 'Cluster'),
        req('host', 'Host'),
        opt('provisionedMiB', 'Provisioned MiB', 'Provisioned MB'),
        opt('inUseMiB', 'In Use MiB', 'In Use MB'),
        opt('path', 'Path'),
    ],
    vCPU: [
        req('vm', 'VM'),
        req('overallMHz', 'Overall'),
        opt('level', 'Level'),
        opt('shares', 'Shares'),
        opt('reservationMHz', 'Reservation'),
        opt('limitMHz', 'Limit'),
    ],
    vMemory: [
        req('vm', 'VM'),
        req('sizeMiB', 'Size MiB', 'Size MB'),
        opt('activeMiB', 'Active'),
        opt('consumedMiB', 'Consumed'),
        opt('consumedOverheadMiB', 'Consumed Overhead'),
        opt('level', 'Level'),
        opt('shares', 'Shares'),
        opt('reservationMiB', 'Reservation'),
        opt('limitMiB', 'Limit'),
    ],
    vHost: [
        req('host', 'Host'),
        req('cluster', 'Cluster'),
        opt('vendor', 'Vendor'),
        opt('model', 'Model'),
        opt('cpuModel', 'CPU Model'),
        req('mhz', 'Speed'),
        req('sockets', '# CPU'),
        req('coresPerSocket', 'Cores per CPU'),
        { field: 'memoryMiB', names: ['# Memory'], required: false },
        { field: 'memoryGiB', names: ['# Memory GiB'], required: false, gib: true },
    ],
    vCluster: [
        req('name', 'Name', 'Cluster'),
        opt('haEnabled', 'HA enabled', 'HAEnabled'),
        opt('failoverLevel', 'Failover Level', 'HA Failover Level'),
        opt('admissionControl', 'AdmissionControlEnabled', 'HA Admission Control'),
        opt('drsEnabled', 'DRS enabled', 'DRS Enabled'),
    ],
    vDatastore: [
        req('name', 'Name'),
        req('capacityMiB', 'Capacity MiB', 'Capacity MB'),
    ],
    vSnapshot: [
        req('vm', 'VM'),
        opt('sizeMiB', 'Size MiB (total)', 'Size MiB (vmsn)', 'Size MB'),
    ],
};
export const REQUIRED_TABS = ['vInfo', 'vCPU', 'vMemory', 'vHost', 'vCluster'];
export const OPTIONAL_TABS = ['vDatastore', 'vSnapshot'];
/**
 * Columns every VM tab repeats from vInfo (RVTools appends them to vCPU, vMemory, vSnapshot):
 * read once from vInfo, so not reported as unmapped on the others.
 */
export const REPEATED_VM_COLUMNS = [
    'Powerstate', 'Template', 'SRM Placeholder', 'CPUs', 'Annotation', 'Datacenter', 'Cluster', 'Host', 'Folder',
    'OS according to the configuration file', 'OS according to the VMware Tools', 'VM ID', 'VM UUID',
    'VI SDK Server', 'VI SDK UUID',
];
//# sourceMappingURL=rvtools-columns.js.map