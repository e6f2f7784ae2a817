/**
 * `dcsim size <scenario>`: how many hosts of the scenario's host spec its VMs need to meet the
 * objectives (sizing.ts searches; this file loads, runs and writes). Each evaluation is R full
 * simulations with the sweep's replication seeds (common random numbers), on worker threads.
 * Output folder: sizing.json (the answer, its proof and every evaluation with its statistics)
 * and sizing.csv (one row per host count tried).
 */
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { EXIT } from '../cli/io.js';
import { AtomicDir, OutputExistsError, OutputWriteError } from '../output/atomic-dir.js';
import { loadScenario, ScenarioError } from '../scenario/index.js';
import { parseText } from '../scenario/parse-text.js';
import { VERSION } from '../version.js';
import { wrap } from './command.js';
import { SweepUsageError } from './definition.js';
import { sweepIdOf } from './expand.js';
import { DEFAULT_OBJECTIVES, ObjectiveError, parseObjective } from './objectives.js';
import { formatPath, parsePath, PathError } from './paths.js';
import { pointScenario } from './plan.js';
import { ThreadPool } from './pool.js';
import { hostCountEvaluator } from './size-evaluate.js';
import { searchHosts, SizingImpossibleError } from './sizing.js';
import { sizingCsv, sizingJson, sizingParagraph } from './size-outputs.js';
/** Every VM placed is part of every sizing: a count that leaves VMs off is not an answer. */
export const SIZE_OBJECTIVES = [...DEFAULT_OBJECTIVES, 'vmsUnplaceable==0'];
const DEFAULT_HOSTS = 'clusters[0].hosts[0].count';
function count(text, option, min) {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
        throw new SweepUsageError([`${option} ${text}: expected a whole number of at least ${min}`]);
    return n;
}
/** The value at `path` in the raw scenario, or a usage error naming the path. */
function countAt(raw, p, text) {
    let at = raw;
    for (const seg of p) {
        if (typeof at !== 'object' || at === null)
            throw new SweepUsageError([`--hosts ${text}: ${formatPath(p)} does not exist in the scenario`]);
        at = at[seg];
    }
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 1)
        throw new SweepUsageError([`--hosts ${text}: expected the path of a host group's count (a whole number), found ${JSON.stringify(at ?? null)}`]);
    return at;
}
/** The host group the count belongs to, in words: "esx: 2 × 8 cores at 2400 MHz, 128 GiB". */
function hostSpecOf(raw, countPath) {
    let at = raw;
    for (const seg of countPath.slice(0, -1))
        at = typeof at === 'object' && at !== null ? at[seg] : undefined;
    const g = (typeof at === 'object' && at !== null ? at : {});
    const num = (k) => (typeof g[k] === 'number' ? String(g[k]) : '?');
    return `${typeof g.name === 'string' ? `${g.name}: ` : ''}${num('sockets')} × ${num('coresPerSocket')} cores at ${num('mhz')} MHz, ${num('memoryGiB')} GiB`;
}
export async function sizeCommand(file, opts, io) {
    const say = (t) => {
        if (!opts.quiet)
            io.stdout(t);
    };
    let pool = null;
    try {
        const location = path.resolve(io.cwd, file);
        const scenario = loadScenario(path.relative(io.cwd, location) || file, location);
        const raw = parseText(fs.readFileSync(location, 'utf8'), scenario.file).raw;
        const { sweep: _section, ...rest } = raw;
        const hostsText = opts.hosts ?? DEFAULT_HOSTS;
        let hostsPath;
        try {
            hostsPath = parsePath(hostsText);
        }
        catch (err) {
            if (err instanceof PathError)
                throw new SweepUsageError([`--hosts: ${err.message}`]);
            throw err;
        }
        if (hostsPath[hostsPath.length - 1] !== 'count' || hostsPath[hostsPath.length - 3] !== 'hosts')
            throw new SweepUsageError([`--hosts ${hostsText}: expected a host group's count, e.g. ${DEFAULT_HOSTS}`]);
        const start = countAt(rest, hostsPath, hostsText);
        const basis = (opts.basis ?? 'ci95');
        if (basis !== 'mean' && basis !== 'ci95')
            throw new SweepUsageError([`--basis ${opts.basis}: expected mean or ci95`]);
        const replications = opts.replications !== undefined ? count(opts.replications, '--replications', 1) : (scenario.spec.sweep?.replications ?? 10);
        const min = opts.min !== undefined ? count(opts.min, '--min', 1) : 1;
        const max = opts.max !== undefined ? count(opts.max, '--max', 1) : Math.max(64, start * 8);
        if (max < min)
            throw new SweepUsageError([`--max ${max} is below --min ${min}`]);
        const spare = opts.spare !== undefined ? count(opts.spare, '--spare', 0) : 0;
        const workers = opts.workers !== undefined ? count(opts.workers, '--workers', 1) : availableParallelism();
        let objectives;
        try {
            objectives = (opts.objective.length > 0 ? [...opts.objective, 'vmsUnplaceable==0'] : SIZE_OBJECTIVES).filter((t, i, all) => all.indexOf(t) === i).map(parseObjective);
        }
        catch (err) {
            if (err instanceof ObjectiveError)
                throw new SweepUsageError([err.message]);
            throw err;
        }
        const outDir = path.resolve(io.cwd, opts.out ?? path.join('reports', `${scenario.spec.name}-size`));
        if (fs.existsSync(outDir) && !opts.force)
            throw new OutputExistsError(outDir);
        const rootSeed = opts.seed ?? scenario.spec.seed;
        const base = JSON.stringify(rest);
        const id = sweepIdOf({ dcsim: VERSION, size: rest, hosts: hostsPath, replications, rootSeed });
        const baseDir = path.dirname(location);
        const setup = { id, base, file: scenario.file, baseDir, hostsPath, replications, rootSeed, objectives, basis };
        pool = workers > 1 && replications > 1 ? new ThreadPool(Math.min(workers, replications)) : null;
        say(`size ${scenario.spec.name}: hosts at ${hostsText} (scenario: ${start}), ${replications} replication(s) per count, objectives ${objectives.map((o) => o.text).join(', ')} on the ${basis === 'ci95' ? "95% CI's unfavourable end" : 'mean'}\n`);
        const run = hostCountEvaluator(setup, pool, (e) => say(`  ${String(e.hosts).padStart(5)} hosts: ${e.meets ? 'meets every objective' : `fails ${e.result.failing.join(', ')}`}\n`));
        // Every count must load (e.g. HA failover hosts need enough hosts): checked as it is tried.
        const evaluate = async (n) => {
            try {
                pointScenario(base, [{ path: hostsPath, value: n }], scenario.file, baseDir);
            }
            catch (err) {
                if (err instanceof ScenarioError)
                    throw new SweepUsageError([`at ${n} hosts the scenario does not load: ${err.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`]);
                throw err;
            }
            return run(n);
        };
        const outcome = await searchHosts(evaluate, { min, start, max }, objectives.map((o) => o.text));
        const facts = { scenario: scenario.spec.name, file: scenario.file, sha256: scenario.sha256, hostsPath: hostsText, hostSpec: hostSpecOf(scenario.spec, hostsPath), scenarioHosts: start, replications, rootSeed, basis, spare, objectives, min, max };
        const dir = new AtomicDir(outDir, opts.force, io.tag);
        try {
            fs.writeFileSync(dir.file('sizing.json'), sizingJson(facts, outcome));
            fs.writeFileSync(dir.file('sizing.csv'), sizingCsv(outcome));
            dir.commit();
        }
        catch (err) {
            dir.abort();
            throw err;
        }
        say(`\n${wrap(sizingParagraph(facts, outcome))}\n\nsizing: ${path.relative(io.cwd, outDir) || '.'}\n`);
        return EXIT.ok;
    }
    catch (err) {
        if (err instanceof SizingImpossibleError) {
            io.stderr(`error: ${err.message}\n`);
            return EXIT.usage;
        }
        if (err instanceof ScenarioError) {
            io.stderr(`${err.message}\n`);
            return EXIT.invalidScenario;
        }
        if (err instanceof SweepUsageError) {
            io.stderr(`${err.problems.map((l) => `error: ${l}`).join('\n')}\n`);
            return EXIT.usage;
        }
        if (err instanceof OutputExistsError || err instanceof OutputWriteError) {
            io.stderr(`error: ${err.message}\n`);
            return EXIT.outputExists;
        }
        throw err;
    }
    finally {
        await pool?.close();
    }
}
//# sourceMappingURL=size-command.js.map