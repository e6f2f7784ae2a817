/**
 * Command line of `npm run bench` (after `--`):
 *   --only kernel,week,memory,w1,sweep,split   run only these groups (repeatable; default all)
 *   --quick                                     smallest sizes only
 *   --rounds N                                  alternating dcsim/floor rounds per ratio case (default 3)
 *   --region                                    the hyperscale region only (with --only: those groups too)
 *   --region-clusters N                         run its first N clusters (default 100: all) and project
 *   --region-days D                             simulated days (default 1)
 *   --region-workers N                          worker threads (default 2)
 */
export declare const GROUPS: readonly ["kernel", "week", "memory", "w1", "sweep", "split"];
export type Group = (typeof GROUPS)[number];
export interface RegionOptions {
    readonly clusters: number;
    readonly days: number;
    readonly workers: number;
}
export interface BenchOptions {
    readonly groups: ReadonlySet<Group>;
    readonly quick: boolean;
    readonly rounds: number;
    /** The region case, when asked for. */
    readonly region: RegionOptions | null;
}
export declare function parseBenchArgs(argv: readonly string[]): BenchOptions;
