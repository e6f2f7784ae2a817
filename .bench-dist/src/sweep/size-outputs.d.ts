import type { FrontierBasis, Objective } from './objectives.js';
import type { Evaluation, SizingOutcome } from './sizing.js';
export interface SizingFacts {
    readonly scenario: string;
    readonly file: string;
    readonly sha256: string;
    readonly hostsPath: string;
    /** The host spec in words ("esx: 2 × 8 cores at 2400 MHz, 128 GiB"). */
    readonly hostSpec: string;
    readonly scenarioHosts: number;
    readonly replications: number;
    readonly rootSeed: number | string;
    readonly basis: FrontierBasis;
    /** k of N+k: hosts kept on top of the answer for failover. */
    readonly spare: number;
    readonly objectives: readonly Objective[];
    readonly min: number;
    readonly max: number;
}
/** The objective closest to failing at the answer: the smallest margin to its threshold, relative to it. */
export declare function tightest(e: Evaluation, objectives: readonly Objective[], basis: FrontierBasis): Objective | null;
export declare function sizingJson(f: SizingFacts, o: SizingOutcome): string;
export declare function sizingCsv(o: SizingOutcome): string;
/** The answer in one paragraph a non-specialist can act on. */
export declare function sizingParagraph(f: SizingFacts, o: SizingOutcome): string;
