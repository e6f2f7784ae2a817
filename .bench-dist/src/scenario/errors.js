/**
 * Problems found while loading a scenario, and the one error type that carries all of them.
 *
 * The loader never stops at the first mistake: it collects every problem (syntax, schema,
 * semantic, trace files) and throws one `ScenarioError`, so a user fixes a file in one pass.
 */
/** A key that can follow a dot unquoted; anything else is rendered as `["key"]`. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
/** Renders a path array as `clusters[0].hosts[1].memoryGiB`; the empty path is `(root)`. */
export function renderPath(path) {
    if (path.length === 0)
        return '(root)';
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else {
            const key = String(segment);
            if (PLAIN_KEY.test(key))
                out += out === '' ? key : `.${key}`;
            else
                out += `[${JSON.stringify(key)}]`;
        }
    }
    return out;
}
/** `file:line:column: path: message`, leaving out the parts that are unknown or empty. */
export function formatProblem(p) {
    let where = p.file;
    if (p.line !== undefined) {
        where += `:${p.line}`;
        if (p.column !== undefined)
            where += `:${p.column}`;
    }
    return p.path === '' ? `${where}: ${p.message}` : `${where}: ${p.path}: ${p.message}`;
}
/** Thrown by the loader with every problem it found; `message` lists them one per line. */
export class ScenarioError extends Error {
    problems;
    file;
    constructor(file, problems) {
        const n = problems.length;
        const head = `${file}: ${n} problem${n === 1 ? '' : 's'}`;
        super([head, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n'));
        this.name = 'ScenarioError';
        this.file = file;
        this.problems = problems;
    }
}
/**
 * Orders problems for reading: those in the scenario file first, by position; then those of
 * each other file (traces) in the order the files were met, by line. The sort is stable.
 */
export function sortProblems(scenarioFile, problems) {
    const fileRank = new Map([[scenarioFile, 0]]);
    for (const p of problems)
        if (!fileRank.has(p.file))
            fileRank.set(p.file, fileRank.size);
    const pos = (n) => (n === undefined ? Number.MAX_SAFE_INTEGER : n);
    return [...problems].sort((a, b) => fileRank.get(a.file) - fileRank.get(b.file) ||
        pos(a.line) - pos(b.line) ||
        pos(a.column) - pos(b.column));
}
//# sourceMappingURL=errors.js.map