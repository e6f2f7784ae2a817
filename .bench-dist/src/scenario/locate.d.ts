/**
 * Maps a path in the parsed data (`['clusters', 0, 'hosts', 1, 'memoryGiB']`) back to a
 * 1-based line and column in the source text, so every problem can point into the file.
 */
import { type Document, type LineCounter } from 'yaml';
export interface SourcePosition {
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
}
/**
 * `value`: the node at the path (its value). `key`: the key of the last segment, which is
 * what to point at for a key that should not be there or is itself malformed.
 */
export type LocateTarget = 'value' | 'key';
/** Converts a character offset to a 1-based position; `undefined` for offsets the parser did not track. */
export declare function positionOf(lineCounter: LineCounter, offset: number): SourcePosition | undefined;
/**
 * The position of the node at `path`, or of its deepest existing ancestor when the path
 * leaves the document (a missing required key points at the map that should hold it).
 * Returns `undefined` only for an empty document.
 */
export declare function locate(doc: Document, lineCounter: LineCounter, path: readonly PropertyKey[], target?: LocateTarget): SourcePosition | undefined;
