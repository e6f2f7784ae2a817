import type { ClusterInfo, World } from '../world.js';
/**
 * Null when every VM on the `leaving` hosts fits on a host of `cluster` that is on, not leaving
 * and for which `stays(h)` holds; otherwise why not, in words.
 */
export declare function evacuationFits(world: World, cluster: ClusterInfo, leaving: readonly number[], stays: (h: number) => boolean): string | null;
