/**
 * A sweep plan: the scenario without its sweep section (as JSON text, which is what travels to
 * threads and queue workers), the parameters with their concrete paths, every point and run,
 * and the objectives. Every point is loaded through the normal scenario loader before anything
 * runs, so a bad path or value is reported up front, naming the --set argument that caused it.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseScenarioText, ScenarioError } from '../scenario/index.js';
import { parseText } from '../scenario/parse-text.js';
import { VERSION } from '../version.js';
import { describeSetting, sweepDefinition } from './definition.js';
import { expandPoints, expandRuns, sweepIdOf } from './expand.js';
import { formatPath, PathError, showValue, targetsOf, withAssignments } from './paths.js';
/** The scenario or a swept value does not load (exit code 3); every problem found, one per line. */
export class SweepInputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
/** The assignments that make point `values` out of the base scenario. */
export function assignmentsOf(parameters, values) {
    return parameters.flatMap((p, k) => p.targets.map((path) => ({ path, value: values[k] })));
}
/** The scenario of one point: the base with its assignments, through the normal loader. */
export function pointScenario(base, assignments, file, baseDir) {
    const raw = withAssignments(JSON.parse(base), assignments);
    return parseScenarioText(JSON.stringify(raw), file, baseDir);
}
/** `clusters[0].placement.maxVcpuPerCore` is `p` or inside it. */
function within(problemPath, p) {
    return problemPath === p || problemPath.startsWith(`${p}.`) || problemPath.startsWith(`${p}[`);
}
/**
 * Builds the plan. `scenario` is the loaded base scenario (its own problems were reported with
 * lines by the loader); `location` is where its file is read from.
 */
export function planSweep(scenario, location, options) {
    const text = readFileSync(location, 'utf8');
    const raw = parseText(text, scenario.file).raw;
    const { sweep: _section, ...rest } = raw;
    const section = scenario.spec.sweep;
    const def = sweepDefinition(options, section);
    const baseDir = dirname(resolve(location));
    const problems = [];
    const parameters = [];
    const inputs = [];
    for (const p of def.parameters) {
        try {
            const targets = targetsOf(p.name, rest);
            // The path must lead somewhere in this scenario, whatever the value.
            withAssignments(rest, targets.map((path) => ({ path, value: 0 })));
            parameters.push({ name: p.name, values: p.values, targets });
            inputs.push(p);
        }
        catch (err) {
            if (!(err instanceof PathError))
                throw err;
            problems.push(`${p.origin === 'cli' ? `--set ${p.name}` : `sweep.set["${p.name}"]`}: ${err.message}`);
        }
    }
    if (problems.length > 0)
        throw new SweepInputError(problems);
    const base = JSON.stringify(rest);
    const points = expandPoints(parameters);
    // Each point through the loader; a problem inside a swept path is blamed on that setting.
    // A problem blamed on a setting is listed once with every value that causes it.
    const blamed = new Map();
    const other = new Set();
    for (const point of points) {
        try {
            pointScenario(base, assignmentsOf(parameters, point.values), scenario.file, baseDir);
        }
        catch (err) {
            const found = err instanceof ScenarioError ? err.problems.map((q) => ({ path: q.path, message: q.message })) : err instanceof PathError ? [{ path: '', message: err.message }] : null;
            if (found === null)
                throw err;
            for (const q of found) {
                const rest = `${q.path === '' ? '' : `${q.path}: `}${q.message}`;
                const k = q.path === '' ? -1 : parameters.findIndex((p) => p.targets.some((t) => within(q.path, formatPath(t))));
                if (k < 0) {
                    other.add(`sweep point ${point.id} (${parameters.map((p, j) => `${p.name}=${showValue(point.values[j] ?? null)}`).join(', ')}): ${rest}`);
                    continue;
                }
                const key = `${k}\u0000${rest}`;
                const value = point.values[k] ?? null;
                const entry = blamed.get(key) ?? { k, values: [], rest };
                if (!entry.values.some((v) => v === value))
                    entry.values.push(value);
                blamed.set(key, entry);
            }
        }
        if (blamed.size + other.size >= 50)
            break;
    }
    for (const b of blamed.values())
        problems.push(`${describeSetting(inputs[b.k], b.values)}: ${b.rest}`);
    problems.push(...other);
    if (problems.length > 0)
        throw new SweepInputError(problems);
    const rootSeed = options.seed ?? scenario.spec.seed;
    const id = sweepIdOf({
        dcsim: VERSION,
        scenario: rest,
        parameters: parameters.map((p) => ({ targets: p.targets, values: p.values })),
        replications: def.replications,
        rootSeed,
    });
    return {
        id,
        name: scenario.spec.name,
        file: scenario.file,
        baseDir,
        sha256: scenario.sha256,
        base,
        rootSeed,
        parameters,
        replications: def.replications,
        points,
        runs: expandRuns(points.length, def.replications, rootSeed),
        objectives: def.objectives,
        frontier: def.frontier,
        warnings: scenario.warnings,
    };
}
//# sourceMappingURL=plan.js.map