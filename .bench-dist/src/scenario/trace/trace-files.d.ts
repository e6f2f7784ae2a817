/** What a trace `path` turned out to be. */
export type TracePathKind = {
    kind: 'file';
} | {
    kind: 'folder';
    names: string[];
} | {
    kind: 'error';
    message: string;
};
/** Plain UTF-16 code-unit order, the same on every machine and locale. */
export declare function compareNames(a: string, b: string): number;
/**
 * Whether a folder entry is trace data: hidden files (`.DS_Store`, `.gitkeep`) and Markdown
 * notes (`README.md`, which documents a trace's origin) are not. Names may contain spaces.
 */
export declare function isTraceFileName(name: string): boolean;
/** The trace files of a folder (regular files, symlinks followed), sorted by {@link compareNames}. */
export declare function listTraceFolder(absDir: string): string[];
/** Classifies an absolute trace path as a file, a folder (with its trace files) or an error. */
export declare function inspectTracePath(abs: string): TracePathKind;
/** Reads a trace file as UTF-8 text, or returns why it could not be read. */
export declare function readTraceText(abs: string): {
    text: string;
} | {
    error: string;
};
