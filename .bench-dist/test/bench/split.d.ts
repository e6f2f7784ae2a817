import { type Scenario } from '../../src/scenario/index.js';
export declare function splitScenario(clusters: number, hostsPerCluster: number, vmsPerCluster: number): Scenario;
/** One run of the split scenario to a report folder: whole (workers 0) or split on `workers` threads. */
export declare function splitCase(workers: number): Promise<{
    ms: number;
}>;
