/**
 * Scenario paths for sweeps: `clusters[0].placement.maxVcpuPerCore` parsed to segments, the
 * friendly aliases (`cpu.overcommit`, `memory.overcommit`) expanded against a scenario, and an
 * override applied to the raw (not yet validated) scenario object. Validation of the value is
 * left to the scenario loader, which sees the overridden document like any other.
 */
export type Segment = string | number;
/** A swept value as written on the command line or in the sweep section. */
export type SweepValue = number | boolean | string | null;
export declare class PathError extends Error {
}
/** `a.b[0]["odd key"].c` → ['a', 'b', 0, 'odd key', 'c']; throws PathError on bad syntax. */
export declare function parsePath(text: string): Segment[];
/** Inverse of parsePath, in the loader's notation (`clusters[0].placement`). */
export declare function formatPath(path: readonly Segment[]): string;
/** Aliases: a friendly name → the field it sets in every cluster's placement. */
export declare const ALIASES: Readonly<Record<string, {
    field: string;
    description: string;
}>>;
/**
 * The concrete paths a parameter name sets in this raw scenario: an alias fans out to every
 * cluster; any other name is a path set as written.
 */
export declare function targetsOf(name: string, raw: unknown): Segment[][];
/** One value set at one concrete path. */
export interface Assignment {
    readonly path: readonly Segment[];
    readonly value: SweepValue;
}
/** A deep copy of `raw` with every assignment applied in order. */
export declare function withAssignments(raw: unknown, assignments: readonly Assignment[]): unknown;
/**
 * Sets `value` at `path` in `root` (in place). Missing objects on the way are created (the
 * schema then names any unknown key with a suggestion); indexes must exist; a path through a
 * value that is neither a mapping nor a list is an error.
 */
export declare function setAt(root: unknown, path: readonly Segment[], value: SweepValue): void;
/** Parses one value as written: numbers, true / false, null, else text ("quoted" forces text). */
export declare function parseValue(text: string): SweepValue;
/** How a value is shown in labels and CSV cells. */
export declare function showValue(v: SweepValue): string;
