/**
 * Turns zod issues into problems worded for people: what was expected, what was found,
 * and for unknown keys the closest known key.
 */
import type { z } from 'zod';
import type { LocateTarget } from './locate.js';
/** A problem in the document before it is given a file and a line. */
export interface PathProblem {
    path: PropertyKey[];
    message: string;
    /** Point at the value at `path` (default) or at its key. */
    target?: LocateTarget;
}
/** Every issue as one or more problems (an unknown-keys issue yields one per key). */
export declare function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: z.ZodType, raw: unknown): PathProblem[];
