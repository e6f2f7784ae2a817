/**
 * What a zod issue says was expected, in plain words ("a number greater than 0",
 * "one of first-fit, best-fit, …"), without the "received" part.
 */
import { z } from 'zod';
export interface Expectation {
    /** The expected thing, e.g. `a number greater than 0` or `one of low, normal, high`. */
    what: string;
    /** Read as "expected <key> to be <what>" (lists of allowed values), else "expected <what>". */
    keyed: boolean;
}
/** Allowed literal values as the user writes them: strings bare, others as JSON. */
export declare function renderValues(values: readonly unknown[]): string;
/**
 * The expectation behind one issue at the position it was raised (union branches pass
 * their own issues here). `schema` is the schema at the issue's path, when known.
 * Returns `undefined` for issue kinds that need more than one phrase (handled by the caller).
 */
export declare function expectationOf(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): Expectation | undefined;
/**
 * One phrase for a union whose branches each failed at the value itself, e.g. "one of low,
 * normal, high or a number greater than 0". `undefined` when a branch failed deeper inside.
 */
export declare function unionExpectation(branches: readonly (readonly z.core.$ZodIssue[])[]): Expectation | undefined;
