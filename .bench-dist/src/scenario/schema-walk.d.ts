/**
 * Finds the zod schema that governs a path in the raw data, so messages can name the keys
 * an object accepts ("did you mean …?") and recognise named types such as `Duration`.
 *
 * Reads zod 4's `_zod.def` structure; only the node kinds the scenario schema uses are
 * followed, anything else ends the walk with `undefined`.
 */
import type { z } from 'zod';
/**
 * Every schema on the way from `schema` through wrappers and pipe inputs, outermost first;
 * the last one is the structural node (object, array, union, string, …).
 */
export declare function unwrapChain(schema: z.ZodType): z.ZodType[];
/**
 * The schema at `path` inside `root`, choosing union options by the raw data; `undefined`
 * when the path leaves the schema.
 */
export declare function schemaAt(root: z.ZodType, rawRoot: unknown, path: readonly PropertyKey[]): z.ZodType | undefined;
/** The keys an object schema at `path` accepts, in declaration order; `[]` if not an object. */
export declare function knownKeys(root: z.ZodType, rawRoot: unknown, path: readonly PropertyKey[]): string[];
/** The raw value at `path`, or `undefined` when the path does not exist. */
export declare function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown;
/** Whether `path` ends at a key that is absent from an object that does exist. */
export declare function isMissingKey(raw: unknown, path: readonly PropertyKey[]): boolean;
/**
 * Whether `schema` is, or wraps, `named` (e.g. the exported `Duration`). Compared by
 * definition object, which `.meta()` and `.describe()` copies share with their original.
 */
export declare function wraps(schema: z.ZodType | undefined, named: z.ZodType): boolean;
