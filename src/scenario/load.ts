/**
 * The scenario loader: text → syntax → schema → semantic checks → traces → `Scenario`.
 *
 * Every phase collects all of its problems; the first phase that finds any ends the load with
 * one `ScenarioError` listing them (schema problems make later checks meaningless, so semantic
 * and trace checks run only on a valid spec, and then together).
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { checkTemplateRefs, checkUniqueNames } from './check-names.js';
import { checkAvailability } from './check-availability.js';
import { checkCpuShares } from './check-cpu.js';
import { checkPlacement } from './check-placement.js';
import { checkDr } from './check-dr.js';
import { checkProvisioning } from './check-provisioning.js';
import { checkPower } from './check-power.js';
import { checkRanges } from './check-ranges.js';
import { ScenarioError, formatProblem, renderPath, sortProblems, type ScenarioProblem } from './errors.js';
import { problemsFromIssues, type PathProblem } from './issue-problems.js';
import { InputFileError, MAX_SCENARIO_BYTES, readInputFile } from './input-file.js';
import { locate } from './locate.js';
import { parseText, type ParsedText } from './parse-text.js';
import { deepFreeze, type Scenario } from './scenario.js';
import { ScenarioSchema } from './schema.js';
import { loadTraces } from './trace/load-traces.js';

/** Gives a document problem its file, line and column. */
function place(p: PathProblem, file: string, parsed: ParsedText): ScenarioProblem {
  const pos = locate(parsed.doc, parsed.lineCounter, p.path, p.target ?? 'value');
  const out: ScenarioProblem = { file, path: renderPath(p.path), message: p.message };
  if (pos) {
    out.line = pos.line;
    out.column = pos.column;
  }
  return out;
}

function fail(file: string, problems: readonly ScenarioProblem[]): never {
  throw new ScenarioError(file, sortProblems(file, problems));
}

/** `scenarios/x.yaml` and baseDir `/abs/scenarios` → name trace files as `scenarios/...`. */
function displayDirOf(file: string, baseDir: string): string {
  return resolve(dirname(file)) === resolve(baseDir) ? dirname(file) : baseDir;
}

function fromText(text: string, sha256: string, file: string, baseDir: string): Scenario {
  if (text.trim() === '') {
    fail(file, [{ file, path: '', message: 'the file is empty: expected a scenario with at least name, duration, templates and clusters' }]);
  }
  const parsed = parseText(text, file);
  if (parsed.problems.length > 0) fail(file, parsed.problems);

  const result = ScenarioSchema.safeParse(parsed.raw);
  if (!result.success) {
    fail(file, problemsFromIssues(result.error.issues, ScenarioSchema, parsed.raw).map((p) => place(p, file, parsed)));
  }
  const spec = result.data;

  const traces = loadTraces(spec, {
    baseDir,
    displayDir: displayDirOf(file, baseDir),
    stepMs: spec.step,
    durationMs: spec.duration,
  });
  const power = checkPower(spec);
  const problems = [...checkTemplateRefs(spec), ...checkUniqueNames(spec), ...checkRanges(spec), ...checkCpuShares(spec), ...checkPlacement(spec), ...checkAvailability(spec), ...checkDr(spec), ...checkProvisioning(spec), ...power.problems, ...traces.problems].map(
    (p) => place(p, file, parsed),
  );
  problems.push(...traces.fileProblems);
  if (problems.length > 0) fail(file, problems);

  const warnings = [...parsed.warnings, ...[...power.warnings, ...traces.warnings].map((w) => place(w, file, parsed))].map(formatProblem);
  return deepFreeze({
    spec,
    file,
    sha256,
    startEpochMs: Date.parse(spec.start),
    traces: traces.traces,
    warnings,
  });
}

/**
 * Parses scenario text (YAML or JSON, told apart by content). `file` names the source in
 * problems; trace paths are resolved against `baseDir`, the folder the scenario lives in.
 * Throws `ScenarioError` with every problem found.
 */
export function parseScenarioText(text: string, file: string, baseDir: string): Scenario {
  return fromText(text, createHash('sha256').update(text, 'utf8').digest('hex'), file, baseDir);
}

/**
 * Reads and parses a scenario file; an unreadable or non-UTF-8 file is a `ScenarioError` naming it.
 * `file` is how the file is named in problems and reports; `location` (default: `file`) is where
 * it is read from, so a caller can read an absolute path and still name it relatively.
 */
export function loadScenario(file: string, location: string = file): Scenario {
  let bytes: Buffer;
  try {
    bytes = readInputFile(location, MAX_SCENARIO_BYTES);
  } catch (err) {
    if (!(err instanceof InputFileError)) throw err;
    fail(file, [{ file, path: '', message: `cannot read scenario file '${file}': ${err.reason}` }]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(file, [{ file, path: '', message: `cannot read scenario file '${file}': it is not UTF-8 text` }]);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return fromText(text, sha256, file, dirname(resolve(location)));
}
