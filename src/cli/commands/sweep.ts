/**
 * `dcsim sweep <scenario>`: a scenario over a grid of parameter values and seeds (src/sweep/).
 */
import type { Command } from 'commander';
import { sweepCommand } from '../../sweep/index.js';
import type { CliIo } from '../../io.js';
import { parseSeed, repeatable, endWith } from './support.js';

export function addSweepCommand(program: Command, io: CliIo): void {
  program
    .command('sweep')
    .description('run a scenario over a grid of parameter values and seeds; write per-run and per-point results and the safe-overcommit frontier')
    .argument('<scenario>', 'scenario file (YAML or JSON); its sweep section is used when no --set is given')
    .option('--set <path=v1,v2,...>', 'sweep a scenario path (or cpu.overcommit / memory.overcommit) over values (repeatable)', repeatable, [])
    .option('--replications <n>', 'runs per point, seeds derived from the root seed')
    .option('--seed <seed>', 'root seed (overrides the scenario)')
    .option('--workers <n>', 'worker threads (default: the machine\'s cores)')
    .option('--out <dir>', 'output folder (default: reports/<scenario name>-sweep)')
    .option('--force', 'replace an existing output folder', false)
    .option('--restart', 'discard the checkpoint (and queued results) of this sweep and start over', false)
    .option('--queue <url>', 'run on BullMQ workers through Redis, e.g. redis://127.0.0.1:6379/0 (rediss:// for TLS)')
    .option('--objective <expr>', "service objective for the frontier, e.g. 'cpuReady.p95OfVmP95Pct<5' (repeatable)", repeatable, [])
    .option('--frontier <basis>', 'judge objectives on the mean or on the 95% CI (mean | ci95)')
    .option('--split-clusters', "simulate each run's clusters apart on the worker threads and merge them (same results)", false)
    .option('--allow-large', 'run even when one run is beyond the default work limits (see dcsim run --help)', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: { set: string[]; replications?: string; seed?: string; workers?: string; out?: string; force: boolean; restart: boolean; queue?: string; objective: string[]; frontier?: string; quiet: boolean; splitClusters: boolean; allowLarge: boolean }) => {
      endWith(await sweepCommand(file, { ...opts, ...(opts.seed !== undefined ? { seed: parseSeed(opts.seed) } : {}) }, io));
    });
}
