export interface RegionFigures {
    readonly clusters: number;
    readonly hosts: number;
    readonly vms: number;
    readonly steps: number;
    readonly seconds: number;
    /** CPU time of the process (user + system, every thread), seconds: what the run costs however loaded the machine is. */
    readonly cpuSeconds: number;
    readonly peakRssMiB: number;
    /** RSS (MiB) after the k-th cluster completed, k = 1 … clusters. */
    readonly rssByClustersDone: readonly number[];
    /** The main thread's live heap (MiB, after a full collection) after the k-th cluster completed: what the merge holds. */
    readonly heapByClustersDone: readonly number[];
    readonly outputMiB: number;
}
export declare function regionCase(clusters: number, days: number, workers: number): Promise<RegionFigures>;
