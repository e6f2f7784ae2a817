import type { Parameter } from './expand.js';
import type { Objective } from './objectives.js';
import { type PointResult } from './results.js';
/** `cpuReady.p95OfVmP95Pct<5` → "CPU ready (95th percentile of VMs) below 5"; `memory.peakSwappedGiB==0` → "no swapped memory at the peak". */
export declare function objectiveWords(o: Objective): string;
export interface SweepAnswer {
    /** The point the answer names (the densest binding point meeting every objective); null when none met them. */
    readonly answer: PointResult | null;
    /** The least dense failing point denser than the answer; null when none. */
    readonly denser: PointResult | null;
    readonly sentence: string;
    readonly paragraph: string;
}
export declare function sweepAnswer(parameters: readonly Parameter[], results: readonly PointResult[], objectives: readonly Objective[], basis: 'mean' | 'ci95'): SweepAnswer;
