import type { VmDemand } from './rule.js';
export interface ReportVm extends VmDemand {
    readonly id: string;
    readonly group: string;
}
export interface ReportVms {
    readonly vms: readonly ReportVm[];
    /** Ids of VMs without demand figures (never placed or never created). */
    readonly notRun: readonly string[];
}
/** vms.csv of the report folder `folder` (`shownAs` names it in messages). */
export declare function readReportVms(folder: string, shownAs: string): ReportVms;
