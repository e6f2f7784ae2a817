import type { ClusterInfo, World } from '../world.js';
/** 0 when VM v may migrate to host `to`; `withShould` false lets should rules yield. */
export declare function migrationReject(world: World, cluster: ClusterInfo, to: number, v: number, withShould?: boolean): number;
/** The text of a rejection code. */
export declare function rejectText(code: number): string;
