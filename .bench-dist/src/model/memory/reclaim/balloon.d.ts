import { type HostPass } from './host-pass.js';
/** Inflates balloons on host p.h toward `need` MiB, each at most its rate over p.dt; returns what they took. */
export declare function inflateBalloons(p: HostPass, need: number): number;
/**
 * Gives balloons back at their rate while free memory stays above the floor (`room` MiB above
 * it), never taking a VM over its limit; returns the memory given back.
 */
export declare function deflateBalloons(p: HostPass, room: number): number;
