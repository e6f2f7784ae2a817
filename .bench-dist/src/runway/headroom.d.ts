import { type Objective } from '../sweep/objectives.js';
import type { HeadlineFigures } from '../report/schema.js';
export interface Probe {
    readonly added: number;
    readonly failing: readonly string[];
}
export interface Headroom {
    /** Most VMs that can be added with every objective holding; null when even 0 fails. */
    readonly fits: number | null;
    /** True when the search stopped at `max` without a failure. */
    readonly atMax: boolean;
    /** What failed at fits + 1 (empty when atMax or fits is null). */
    readonly binding: readonly string[];
    readonly probes: readonly Probe[];
}
type Plain = Record<string, unknown>;
/** The raw scenario with `added` more VMs in group `group` of cluster `cluster`. */
export declare function withMoreVms(raw: Plain, cluster: string, group: string, added: number): Plain;
/**
 * The search; `simulate` gives the cluster's headline figures for a raw scenario (injected).
 */
export declare function headroom(raw: Plain, cluster: string, group: string, objectives: readonly Objective[], max: number, simulate: (raw: Plain) => HeadlineFigures): Headroom;
export {};
