import { type Scorer } from './scorers.js';
import type { ClusterInfo, World } from '../world.js';
export interface Choice {
    host: number;
    shouldViolated: boolean;
}
export declare function chooseHost(world: World, v: number, purpose: number, exclude?: number): Choice;
export declare function setScorerOverride(world: World, cluster: number, scorer: Scorer): void;
export declare function hasScorerOverride(world: World): boolean;
/** "no host fits: 6 hosts: vCPU:pCPU cap (4); 2 hosts: host not available" for VM v. */
export declare function rejectionSummary(world: World, cluster: ClusterInfo, v: number, purpose: number, exclude?: number): string;
