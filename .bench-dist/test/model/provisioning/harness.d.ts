/**
 * Scenarios for provisioning, hot-add and storage tests: one cluster `c1` of equal hosts
 * (`h-001…`, 1 socket, no hypervisor CPU or memory overhead), optional datastores, and a run
 * through simulate() that keeps every lifecycle event.
 */
import type { ModelEvent } from '../../../src/model/observer.js';
import { type SimulationResult } from '../../../src/run/simulate.js';
import type { Scenario } from '../../../src/scenario/index.js';
export interface LabOptions {
    hosts?: number;
    cores?: number;
    memoryGiB?: number;
    duration?: string;
    step?: string;
    datastores?: unknown[];
    sharedDatastores?: unknown[];
    events?: unknown[];
    maxVcpuPerCore?: number | null;
    ha?: boolean;
    seed?: number;
    baseDir?: string;
}
export declare function labScenario(templates: Record<string, unknown>, vms: unknown[], o?: LabOptions): Scenario;
export declare function runLab(s: Scenario): {
    r: SimulationResult;
    events: ModelEvent[];
};
/** Events of one type, optionally for one VM. */
export declare function ofType(events: readonly ModelEvent[], type: string, vm?: string): ModelEvent[];
/** Index of a VM by id. */
export declare function vmIndex(r: SimulationResult, id: string): number;
export declare const HOUR = 3600000;
export declare const MINUTE = 60000;
