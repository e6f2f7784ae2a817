/**
 * `dcsim runway <scenario> [--months 18] [--replications n] [--objective <o>]... [--out runway.csv]`:
 * the estate simulated at each month of its growth, arrivals and retirements, every check's value
 * per month and cluster in runway.csv, and each cluster's run-out date, the check that fails first
 * and the resource that binds (src/runway). main.ts registers it through `addRunwayCommand`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { writeFileIntoOutput } from '../../output/atomic-dir.js';
import { checkReplaceableFile } from '../../output/ownership.js';
import { simulate } from '../../run/simulate.js';
import { hasGrowth, ungrowable } from '../../runway/growth.js';
import { hasChanges } from '../../runway/arrivals.js';
import { clusterRuns } from '../../runway/cluster-runs.js';
import { runway } from '../../runway/runway.js';
import { runwayCsv, runwaySentences } from '../../runway/runway-text.js';
import { parseScenarioText } from '../../scenario/index.js';
import { replicationSeed } from '../../sweep/expand.js';
import { DEFAULT_OBJECTIVES, type Objective } from '../../sweep/objectives.js';
import { InventoryError } from '../../inventory/index.js';
import { HeadroomGroupError, writePlanningReport } from './runway-report.js';
import { loadProbeScenario, objectivesOf, probeError, probePolicies, shownNameOf } from './probe-scenario.js';
import { EXIT, type CliIo } from '../../io.js';
import { endWith } from './support.js';

export interface RunwayOptions {
  months: string;
  replications: string;
  objective?: string[];
  datastoreMaxPct: string;
  failuresToTolerate?: string;
  refine: string;
  out?: string;
  report?: string;
  headroom?: string[];
  rightsize?: string;
  force: boolean;
  quiet: boolean;
}

/** A whole number in [lo, hi] from an option, or the usage message. */
function wholeOption(name: string, text: string, lo: number, hi: number): number | string {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < lo || n > hi) return `error: ${name}: expected a whole number from ${lo} to ${hi}, found '${text}'\n`;
  return n;
}

export async function runwayCommand(file: string, o: RunwayOptions, io: CliIo): Promise<number> {
  const horizon = wholeOption('--months', o.months, 1, 240);
  const replications = wholeOption('--replications', o.replications, 1, 1000);
  const refineSteps = wholeOption('--refine', o.refine, 0, 10);
  const tolerate = o.failuresToTolerate === undefined ? null : wholeOption('--failures-to-tolerate', o.failuresToTolerate, 0, 100);
  const maxPct = Number(o.datastoreMaxPct);
  const objectives = objectivesOf(o.objective);
  const rightsize = o.rightsize === undefined ? null : /^\d+(\.\d+)?$/.test(o.rightsize) && Number(o.rightsize) <= 1000 ? Number(o.rightsize) : `error: --rightsize: expected a buffer percentage from 0 to 1000, such as 25, found '${o.rightsize}'\n`;
  for (const bad of [horizon, replications, refineSteps, tolerate, objectives, rightsize]) {
    if (typeof bad === 'string') {
      io.stderr(bad);
      return EXIT.usage;
    }
  }
  if ((o.headroom !== undefined || o.rightsize !== undefined) && o.report === undefined) {
    io.stderr('error: --headroom and --rightsize go into the report: give --report <folder>\n');
    return EXIT.usage;
  }
  if (!(maxPct > 0 && maxPct <= 100)) {
    io.stderr(`error: --datastore-max-pct: expected a percentage above 0 and at most 100, found '${o.datastoreMaxPct}'\n`);
    return EXIT.usage;
  }
  const shownName = shownNameOf(io, file);
  try {
    const probe = loadProbeScenario(io, file);
    const { location, base, raw } = probe;
    if (!o.quiet) for (const w of base.warnings) io.stderr(`warning: ${w}\n`);
    const policies = await probePolicies(probe);
    const bad = ungrowable(raw);
    if (bad.length > 0) {
      io.stderr(`error: ${shownName}: growth cannot scale a trace workload (groups ${bad.join(', ')}); give those groups a stepped workload or drop their growth\n`);
      return EXIT.invalidScenario;
    }
    if (!hasGrowth(raw) && !hasChanges(raw) && !o.quiet) io.stderr(`warning: ${shownName}: no VM group has growth, arrivals or retirements; every month simulates today's estate\n`);
    // With --report, runway.csv goes into the report folder (and to --out only when given).
    const out = o.report !== undefined && o.out === undefined ? null : path.resolve(io.cwd, o.out ?? 'runway.csv');
    if (out !== null) checkReplaceableFile(out, o.force, (head) => head.startsWith('month,date,'), 'runway.csv written by dcsim runway');
    const names = base.spec.clusters.map((c) => c.name);
    // One replication runs the scenario's own seed; more use the seeds a sweep's replications use.
    const seedOf = (r: number) => (replications === 1 ? base.spec.seed : replicationSeed(base.spec.seed, r as number));
    let runs = 0;
    const runwayOf = (estate: Record<string, unknown>, what: string) => runway({
      raw: estate,
      start: base.spec.start,
      horizon: horizon as number,
      rules: { objectives: objectives as Objective[], datastoreMaxPct: maxPct },
      replications: replications as number,
      seedOf,
      failuresToTolerate: tolerate as number | null,
      refineSteps: refineSteps as number,
      simulate: (grown, label, r) => clusterRuns(simulate(parseScenarioText(JSON.stringify(grown), `${shownName} (${what}${label})`, path.dirname(location)), { seed: seedOf(r), policies }), names),
      onRun: () => {
        runs++;
        if (!o.quiet && io.isTTY) io.stderr(`\r${runs} runs`);
      },
    });
    const result = runwayOf(raw, '');
    if (out !== null) writeFileIntoOutput(out, runwayCsv(result));
    const csvName = out === null ? `${o.report as string}/runway.csv` : path.relative(io.cwd, out) || out;
    let planningLines = '';
    if (o.report !== undefined) {
      planningLines = writePlanningReport({
        io,
        probe,
        policies,
        objectives: objectives as Objective[],
        datastoreMaxPct: maxPct,
        result,
        runwayOf: (estate, label) => runwayOf(estate, `${label}, `),
        folder: o.report,
        force: o.force,
        headroom: o.headroom ?? [],
        rightsizeBufferPct: rightsize as number | null,
      });
    }
    if (!o.quiet) {
      if (io.isTTY) io.stderr('\n');
      io.stdout(runwaySentences(result));
      const failover = [...result.failoverK].map(([c, k]) => `${c} N+${k}`).join(', ');
      io.stdout(
        `${csvName}: months 0-${horizon} of ${shownName}, ${replications === 1 ? `seed ${String(base.spec.seed)}` : `${replications} seeds`}; ${runs} runs in all${failover === '' ? '; no HA cluster, no failover check' : ` (failover: ${failover}, the largest hosts failed in a second run of each point)`}\n`,
      );
      io.stdout(planningLines);
    }
    return EXIT.ok;
  } catch (err) {
    if (err instanceof HeadroomGroupError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof InventoryError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.invalidScenario;
    }
    return probeError(err, io, shownName);
  }
}

export function addRunwayCommand(program: Command, io: CliIo): void {
  program
    .command('runway')
    .description('simulate each month of demand growth and find the first month an objective fails')
    .argument('<scenario>', 'scenario file whose VM groups have growth')
    .option('--months <n>', 'months to simulate', '18')
    .option('--replications <n>', 'runs per month, each with its own seed (workload, failures, arrivals): the run-out date gets a 95 % t-interval', '1')
    .option('--objective <objective...>', `objectives, e.g. 'cpuReady.p95OfVmP95Pct<5' (default: ${DEFAULT_OBJECTIVES.join(' ')})`)
    .option('--datastore-max-pct <pct>', "datastore space check: each datastore's peak use at most this % of its capacity", '85')
    .option('--failures-to-tolerate <k>', "N+k failover check with this k for every HA cluster (default: each cluster's hostFailuresToTolerate)")
    .option('--refine <steps>', 'bisection steps within the crossing month (5: to within a day; 0: whole months)', '5')
    .option('--out <file>', 'runway CSV to write (default: runway.csv, or only <report>/runway.csv with --report)')
    .option('--report <folder>', "write a report folder: today's run (month 0), runway.csv, planning.json and report.html with the runway chart")
    .option('--headroom <cluster/group...>', 'with --report: capacity remaining in VMs of these groups, by search')
    .option('--rightsize <buffer>', 'with --report: right-sizing of the VMs of today\'s run with this buffer % and the runway of the what-if with it applied')
    .option('--force', 'replace an existing runway.csv written by dcsim runway', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: RunwayOptions) => {
      endWith(await runwayCommand(file, opts, io));
    });
}
