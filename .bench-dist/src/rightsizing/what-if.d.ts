import type { Recommendation } from './rule.js';
import type { ReportVm } from './read-vms.js';
export interface WhatIf {
    readonly text: string;
    readonly notes: readonly string[];
    readonly resizedGroups: number;
}
export declare function whatIfScenario(scenarioText: string, rows: readonly {
    vm: ReportVm;
    rec: Recommendation;
}[], bufferPct: number): WhatIf;
