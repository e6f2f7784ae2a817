import type { World } from '../world.js';
export interface FailoverCapacity {
    /** Host failures the cluster can absorb now (slot arithmetic, largest hosts failing first). */
    tolerates: number;
    /** Current failover capacity, % of cluster CPU and memory left unreserved. */
    cpuPct: number;
    memPct: number;
}
export declare class AdmissionControl {
    private readonly world;
    private readonly count;
    private readonly sumCpu;
    private readonly sumMem;
    private readonly maxCpu;
    private readonly maxMem;
    private readonly stale;
    private slots;
    constructor(world: World);
    private cpuOf;
    private memOf;
    /** VM v was powered on. */
    up(v: number): void;
    /** VM v was powered off (or lost with its host). */
    down(v: number): void;
    private refreshMax;
    /** Slots of each serving host (maintenance hosts excluded), with the slot grown to fit VM `extra` (-1 for none). */
    private hostSlots;
    private capacity;
    /** Whether VM v may power on in its cluster now; null admits, else why not. */
    allowPowerOn(v: number): string | null;
    /**
     * Whether the cluster still meets its admission control policy with host h taken out of
     * service (power management asks before it powers a host down); null if so, else why not.
     */
    allowsRemoving(c: number, h: number): string | null;
    /** The cluster's failover capacity now (for the metrics and the report), optionally without host `without`. */
    failover(c: number, without?: number): FailoverCapacity;
}
