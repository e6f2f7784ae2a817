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

/** A key that can follow a dot unquoted; anything else is rendered as `["key"]`. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Renders a path array as `clusters[0].hosts[1].memoryGiB`; the empty path is `(root)`. */
export function renderPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** `file:line:column: path: message`, leaving out the parts that are unknown or empty. */
export function formatProblem(p: ScenarioProblem): string {
  let where = p.file;
  if (p.line !== undefined) {
    where += `:${p.line}`;
    if (p.column !== undefined) where += `:${p.column}`;
  }
  return p.path === '' ? `${where}: ${p.message}` : `${where}: ${p.path}: ${p.message}`;
}

/** Thrown by the loader with every problem it found; `message` lists them one per line. */
export class ScenarioError extends Error {
  readonly problems: ScenarioProblem[];
  readonly file: string;

  constructor(file: string, problems: ScenarioProblem[]) {
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
export function sortProblems(scenarioFile: string, problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  const fileRank = new Map<string, number>([[scenarioFile, 0]]);
  for (const p of problems) if (!fileRank.has(p.file)) fileRank.set(p.file, fileRank.size);
  const pos = (n: number | undefined): number => (n === undefined ? Number.MAX_SAFE_INTEGER : n);
  return [...problems].sort(
    (a, b) =>
      (fileRank.get(a.file) as number) - (fileRank.get(b.file) as number) ||
      pos(a.line) - pos(b.line) ||
      pos(a.column) - pos(b.column),
  );
}
