/**
 * Build phase: a validated Scenario becomes the world's typed arrays. Ids are hierarchical
 * (`dc1/cluster-a/host-003`, `dc1/cluster-a/web-0042`) and stable, so two runs diff cleanly.
 * Hosts and VMs of a cluster get contiguous index ranges.
 */
import { RandomStreams } from '../engine/index.js';
import type { Scenario } from '../scenario/scenario.js';
import { type MemoryArrays } from './memory/memory-arrays.js';
import { type WorkloadArrays } from './workload/workload-arrays.js';
import { type World } from './world.js';
export interface Built {
    readonly world: World;
    readonly workload: WorkloadArrays;
    readonly memory: MemoryArrays;
    readonly streams: RandomStreams;
}
export declare function buildWorld(scenario: Scenario, seedOverride?: number | string): Built;
