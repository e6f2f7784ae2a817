/**
 * What a sweep varies, as the user wrote it: `--set path=v1,v2,...` arguments, or the `sweep`
 * section of the scenario file (the command line wins: any --set replaces the file's set, and
 * --replications, --objective and --frontier replace their counterparts).
 */
import { DEFAULT_OBJECTIVES, ObjectiveError, parseObjective } from './objectives.js';
import { parseValue } from './paths.js';
/** A mistake in how the sweep is asked for (exit code 2), listing every one found. */
export class SweepUsageError extends Error {
    problems;
    constructor(problems) {
        super(problems.join('\n'));
        this.problems = problems;
    }
}
/** `path=v1,v2,...` → name and values; values are numbers, true / false, null or text. */
export function parseSetArgument(arg) {
    const eq = arg.indexOf('=');
    if (eq <= 0)
        throw new SweepUsageError([`--set ${arg}: expected path=value1,value2,... (e.g. --set cpu.overcommit=1,2,4)`]);
    const name = arg.slice(0, eq).trim();
    const list = arg.slice(eq + 1);
    if (list.trim() === '')
        throw new SweepUsageError([`--set ${arg}: no values after '='`]);
    const parts = list.split(',');
    if (parts.some((p) => p.trim() === ''))
        throw new SweepUsageError([`--set ${arg}: an empty value in the list (two commas in a row, or a trailing comma)`]);
    return { name, values: parts.map(parseValue), origin: 'cli' };
}
/** How a parameter's values are named in messages: `--set cpu.overcommit=2,4` or `sweep.set["cpu.overcommit"] value 2`. */
export function describeSetting(p, values) {
    if (p.origin === 'cli')
        return `--set ${p.name}=${values.map((v) => (v === null ? 'null' : String(v))).join(',')}`;
    return `sweep.set["${p.name}"] value${values.length === 1 ? '' : 's'} ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}
/** Resolves the command line against the file's sweep section; every problem at once. */
export function sweepDefinition(cli, section) {
    const problems = [];
    let parameters = [];
    if (cli.set && cli.set.length > 0) {
        for (const arg of cli.set) {
            try {
                parameters.push(parseSetArgument(arg));
            }
            catch (err) {
                if (!(err instanceof SweepUsageError))
                    throw err;
                problems.push(...err.problems);
            }
        }
    }
    else if (section) {
        parameters = Object.entries(section.set).map(([name, values]) => ({ name, values, origin: 'file' }));
    }
    const seen = new Set();
    for (const p of parameters) {
        if (seen.has(p.name))
            problems.push(`${p.origin === 'cli' ? '--set' : 'sweep.set'} ${p.name}: given twice; give all its values in one list`);
        seen.add(p.name);
        const keys = p.values.map((v) => JSON.stringify(v));
        const dup = keys.find((k, i) => keys.indexOf(k) !== i);
        if (dup !== undefined)
            problems.push(`${p.origin === 'cli' ? '--set' : 'sweep.set'} ${p.name}: value ${dup} is listed twice`);
    }
    const replications = cli.replications ?? section?.replications ?? 1;
    if (!Number.isSafeInteger(replications) || replications < 1)
        problems.push(`--replications ${String(replications)}: expected a whole number of at least 1`);
    const texts = cli.objectives && cli.objectives.length > 0 ? cli.objectives : (section?.objectives ?? DEFAULT_OBJECTIVES);
    const objectives = [];
    for (const t of texts) {
        try {
            objectives.push(parseObjective(t));
        }
        catch (err) {
            if (!(err instanceof ObjectiveError))
                throw err;
            problems.push(err.message);
        }
    }
    if (problems.length > 0)
        throw new SweepUsageError(problems);
    return { parameters, replications, objectives, frontier: cli.frontier ?? section?.frontier ?? 'mean' };
}
//# sourceMappingURL=definition.js.map