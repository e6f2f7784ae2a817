import type { World } from '../world.js';
import { type DensityParts } from './density.js';
export { REJECT_REASONS, rejectCode } from './filters.js';
/** Record VM v on host h: bookkeeping, and VM v goes first in the host's intrusive VM list (newest first). */
export declare function attachVm(world: World, v: number, h: number): void;
/** Count VM v's vCPUs, memory and reservations on host h (also done ahead of a migration's switch-over). */
export declare function reserveOn(world: World, v: number, h: number): void;
/** The reverse of reserveOn. */
export declare function releaseOn(world: World, v: number, h: number): void;
/** Put VM v into host h's VM list (the VM now runs there). */
export declare function linkVm(world: World, v: number, h: number): void;
/** Take VM v out of its host's VM list. */
export declare function unlinkVm(world: World, v: number): void;
export interface PlacementOutcome {
    readonly placed: number;
    /** VMs not powered on, with their reason, in VM order. */
    readonly unplaced: ReadonlyArray<{
        vm: number;
        reason: string;
    }>;
    /** VMs placed against a should rule because nothing else fitted. */
    readonly shouldViolations: ReadonlyArray<{
        vm: number;
        host: number;
    }>;
    /** Per cluster, the density the placement reached and what bound it (density.ts). */
    readonly density: readonly DensityParts[];
}
/** Admission control at power-on: null admits, else the reason for refusing. */
export type Admit = (v: number) => string | null;
/** Place every VM of every cluster; returns what could not be placed and why. */
export declare function placeInitial(world: World, admit?: Admit, onPlaced?: (v: number, h: number) => void): PlacementOutcome;
