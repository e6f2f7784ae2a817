export declare function timeOnce(replications: number, workers: number): Promise<{
    ms: number;
    runs: number;
}>;
/** One sweep in this process: its wall time and run count. */
export declare function sweepCase(workers: number, replications: number): Promise<{
    ms: number;
    runs: number;
}>;
