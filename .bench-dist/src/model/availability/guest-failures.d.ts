import type { Datacenter } from '../datacenter.js';
export declare class GuestFailures {
    private readonly dc;
    private readonly seeds;
    private readonly counters;
    /** Guest failures per VM. */
    readonly failures: Int32Array;
    total: number;
    constructor(dc: Datacenter, seedOf: (name: string) => number);
    start(): void;
    private scheduleNext;
    private fail;
    private reset;
}
