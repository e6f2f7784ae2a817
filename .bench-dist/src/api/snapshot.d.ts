export type SkipFn = (obj: object, key: string) => boolean;
export interface GraphOptions {
    readonly skip?: SkipFn;
}
export interface GraphSnapshot {
    readonly format: 'dcsim-graph';
    readonly version: 1;
    readonly nodes: unknown[];
}
/** The graph cannot be captured, or the twin does not have the snapshot's shape; `path` says where. */
export declare class SnapshotShapeError extends Error {
    readonly path: string;
    constructor(path: string, detail: string);
}
/** Records the state reachable from `root`. Throws SnapshotShapeError on unsupported objects. */
export declare function captureGraph(root: object, options?: GraphOptions): GraphSnapshot;
/**
 * Writes the state in `snap` into `root`, a twin of the captured graph (see the contract above).
 * On a SnapshotShapeError the twin may be partly written: build a fresh one before retrying.
 */
export declare function restoreGraph(root: object, snap: GraphSnapshot, options?: GraphOptions): void;
/**
 * The first difference between two graphs, or undefined when they are equal: same kinds and
 * classes, primitives equal by Object.is (NaN equals NaN, -0 differs from 0), typed arrays
 * equal bytewise, Maps and Sets equal in iteration order, same sharing; functions match any
 * function. For checking a restored twin against the original.
 */
export declare function diffGraphs(a: unknown, b: unknown, options?: GraphOptions): string | undefined;
