/**
 * Hierarchical ids of hosts, VMs and failure domains, as the model builds them: a scenario's
 * events and policies name things by these ids, so the loader can check them before a run.
 * Ids are recognised by parsing, not by listing them: a scenario may have millions of VMs.
 */
import type { ScenarioSpec } from './schema.js';
/** Index k of `total` with leading zeros: at least 3 digits, enough for the total. */
export declare function pad(k: number, total: number): string;
export declare function clusterIdOf(c: {
    site: string;
    name: string;
}): string;
export interface ScenarioIds {
    hasHost(id: string): boolean;
    hasVm(id: string): boolean;
    hasDomain(id: string): boolean;
    /** A VM group id, "dc1/cluster-a/web". */
    hasGroup(id: string): boolean;
    /** A few ids of each kind, for error messages. */
    examples(kind: 'host' | 'vm' | 'domain' | 'group'): string[];
}
export declare function scenarioIds(spec: ScenarioSpec): ScenarioIds;
