/**
 * Problems found while loading a scenario, and the one error type that carries all of them.
 *
 * The loader never stops at the first mistake: it collects every problem (syntax, schema,
 * semantic, trace files) and throws one `ScenarioError`, so a user fixes a file in one pass.
 */
/** One mistake, located as precisely as the loader could. */
export interface ScenarioProblem {
    /** The file the problem is in, as the user named it (the scenario or a trace file). */
    file: string;
    /**
     * Where in the scenario document, rendered like `clusters[0].hosts[1].memoryGiB`;
     * `(root)` for the whole document; `''` when the problem is about a file as a whole
     * or a line of a trace file (then `line` says where).
     */
    path: string;
    /** 1-based line, when known. */
    line?: number;
    /** 1-based column, when known. */
    column?: number;
    /** Plain words: what was expected and what was found. */
    message: string;
}
/** Renders a path array as `clusters[0].hosts[1].memoryGiB`; the empty path is `(root)`. */
export declare function renderPath(path: readonly PropertyKey[]): string;
/** `file:line:column: path: message`, leaving out the parts that are unknown or empty. */
export declare function formatProblem(p: ScenarioProblem): string;
/** Thrown by the loader with every problem it found; `message` lists them one per line. */
export declare class ScenarioError extends Error {
    readonly problems: ScenarioProblem[];
    readonly file: string;
    constructor(file: string, problems: ScenarioProblem[]);
}
/**
 * Orders problems for reading: those in the scenario file first, by position; then those of
 * each other file (traces) in the order the files were met, by line. The sort is stable.
 */
export declare function sortProblems(scenarioFile: string, problems: readonly ScenarioProblem[]): ScenarioProblem[];
