/**
 * `dcsim runway <scenario> [--months 18] [--objective <o>]... [--out runway.csv]`: the scenario's
 * run repeated for each month with its groups' demand grown (VM group `growth`), each objective's
 * value per month and cluster in runway.csv, and each cluster's first month one fails (src/runway). main.ts registers it
 * through `addRunwayCommand`.
 */
import path from 'node:path';
import { writeFileAtomic } from '../../output/atomic-dir.js';
import { checkReplaceableFile } from '../../output/ownership.js';
import { simulate } from '../../run/simulate.js';
import { hasGrowth, ungrowable } from '../../runway/growth.js';
import { runway, runwayCsv, runwaySentences } from '../../runway/runway.js';
import { parseScenarioText } from '../../scenario/index.js';
import { replicationSeed } from '../../sweep/expand.js';
import { DEFAULT_OBJECTIVES } from '../../sweep/objectives.js';
import { loadProbeScenario, objectivesOf, probeError, probePolicies, shownNameOf } from './probe-scenario.js';
import { EXIT } from '../io.js';
export async function runwayCommand(file, o, io) {
    const horizon = Number(o.months);
    if (!/^\d+$/.test(o.months) || horizon < 1 || horizon > 240) {
        io.stderr(`error: --months: expected a whole number of months from 1 to 240, found '${o.months}'\n`);
        return EXIT.usage;
    }
    const replications = Number(o.replications);
    if (!/^\d+$/.test(o.replications) || replications < 1 || replications > 1000) {
        io.stderr(`error: --replications: expected a whole number from 1 to 1000, found '${o.replications}'\n`);
        return EXIT.usage;
    }
    const objectives = objectivesOf(o.objective);
    if (typeof objectives === 'string') {
        io.stderr(objectives);
        return EXIT.usage;
    }
    const shownName = shownNameOf(io, file);
    try {
        const probe = loadProbeScenario(io, file);
        const { location, base, raw } = probe;
        if (!o.quiet)
            for (const w of base.warnings)
                io.stderr(`warning: ${w}\n`);
        const policies = await probePolicies(probe);
        const bad = ungrowable(raw);
        if (bad.length > 0) {
            io.stderr(`error: ${shownName}: growth cannot scale a trace workload (groups ${bad.join(', ')}); give those groups a stepped workload or drop their growth\n`);
            return EXIT.invalidScenario;
        }
        if (!hasGrowth(raw) && !o.quiet)
            io.stderr(`warning: ${shownName}: no VM group has growth; every month simulates today's demand\n`);
        const out = path.resolve(io.cwd, o.out ?? 'runway.csv');
        checkReplaceableFile(out, o.force, (head) => head.startsWith('month,date,'), 'runway.csv written by dcsim runway');
        const names = base.spec.clusters.map((c) => c.name);
        // One replication runs the scenario's own seed; more use the seeds a sweep's replications use.
        const seedOf = (r) => (replications === 1 ? base.spec.seed : replicationSeed(base.spec.seed, r));
        const monthFigures = (grown, m, r) => simulate(parseScenarioText(JSON.stringify(grown), `${shownName} (month ${m})`, path.dirname(location)), { seed: seedOf(r), policies }).clusterHeadlines.map((figures, ci) => ({ cluster: names[ci], figures }));
        const result = runway(raw, base.spec.start, horizon, objectives, monthFigures, (m) => {
            if (!o.quiet && io.isTTY)
                io.stderr(`\rmonth ${m}/${horizon}`);
        }, replications);
        writeFileAtomic(out, runwayCsv(result, objectives));
        if (!o.quiet) {
            if (io.isTTY)
                io.stderr('\n');
            io.stdout(runwaySentences(result, horizon, base.spec.start));
            io.stdout(`${path.relative(io.cwd, out) || out}: ${horizon + 1} months simulated (each ${replications === 1 ? `one run of ${shownName}, seed ${String(base.spec.seed)}; one seed, so no interval on the date` : `${replications} runs of ${shownName}, one per seed`})\n`);
        }
        return EXIT.ok;
    }
    catch (err) {
        return probeError(err, io, shownName);
    }
}
export function addRunwayCommand(program, io, exit) {
    program
        .command('runway')
        .description('simulate each month of demand growth and find the first month an objective fails')
        .argument('<scenario>', 'scenario file whose VM groups have growth')
        .option('--months <n>', 'months to simulate', '18')
        .option('--replications <n>', 'runs per month, each with its own seed: the run-out date becomes a median and a range', '1')
        .option('--objective <objective...>', `objectives, e.g. 'cpuReady.p95OfVmP95Pct<5' (default: ${DEFAULT_OBJECTIVES.join(' ')})`)
        .option('--out <file>', 'runway CSV to write', 'runway.csv')
        .option('--force', 'replace an existing runway.csv written by dcsim runway', false)
        .option('--quiet', 'print nothing but errors', false)
        .action(async (file, opts) => {
        const code = await runwayCommand(file, opts, io);
        if (code !== EXIT.ok)
            exit(code);
    });
}
//# sourceMappingURL=runway.js.map