export declare const QUEUE_NAME = "dcsim-runs-0.1.0";
export declare function jobIdOf(sweepId: string, runId: string): string;
export declare function resultsKey(sweepId: string): string;
export declare function reportsKey(sweepId: string): string;
export declare function statsKey(sweepId: string): string;
export declare function splitJobId(runId: string, cluster: number): string;
export declare function splitPrefix(runId: string): string;
export declare function splitOutputsKey(runId: string): string;
export declare function splitFileKey(runId: string, cluster: number, token: string, name: string): string;
