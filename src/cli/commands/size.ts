/**
 * `dcsim size <scenario>`: the fewest hosts that meet the objectives, by bisection over full
 * simulations (src/sweep/size-command.ts).
 */
import type { Command } from 'commander';
import { sizeCommand } from '../../sweep/size-command.js';
import type { CliIo } from '../../io.js';
import { parseSeed, repeatable, endWith } from './support.js';

export function addSizeCommand(program: Command, io: CliIo): void {
  program
    .command('size')
    .description('find the fewest hosts of the scenario\'s host spec (or, with --search, the highest cap on a fixed count) that meet the objectives, by bisection over full simulations with replications; write sizing.json, sizing.csv and report.html')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--objective <expr>', "service objective, e.g. 'cpuReady.p95OfVmP95Pct<5' (repeatable; default p95 CPU ready < 5 %, no swap, availability >= 99.95 %; every VM placed always)", repeatable, [])
    .option('--hosts <path>', 'the host count to size (default clusters[0].hosts[0].count)')
    .option('--spec <field=value>', "another host spec: set a field of the sized host group in every run, e.g. memoryGiB=256 (repeatable)", repeatable, [])
    .option('--replications <n>', 'runs per host count (default: the sweep section\'s, else 10)')
    .option('--basis <basis>', 'judge objectives on the mean or the 95% CI (mean | ci95; default ci95)')
    .option('--spare <k>', 'N+k: fail the k hosts carrying the most VMs in every run (HA restarts their VMs) and size for that')
    .option('--fail-at <time>', 'when --spare\'s hosts fail, from the run start, e.g. 13h (default: a quarter into the run)')
    .option('--queue <url>', 'run the evaluations on BullMQ workers through Redis (dcsim worker), e.g. redis://127.0.0.1:6379/0')
    .option('--search <cap>', 'instead of hosts, find the highest cpu-cap (vCPU per core) or memory-cap (memory overcommit) that meets the objectives on --host-count hosts, VMs packed')
    .option('--host-count <n>', 'with --search: the fixed host count (default the scenario\'s)')
    .option('--cap-min <x>', 'with --search: lowest cap tried (default 1)')
    .option('--cap-max <x>', 'with --search: highest cap tried (default 16 for cpu-cap, 3 for memory-cap)')
    .option('--cap-step <x>', 'with --search: the cap grid step (default 0.5 for cpu-cap, 0.1 for memory-cap)')
    .option('--min <n>', 'fewest hosts to try (default 1; k + 1 with --spare k)')
    .option('--max <n>', 'most hosts to try (default max(64, 8 × the scenario\'s count))')
    .option('--seed <seed>', 'root seed (overrides the scenario)')
    .option('--workers <n>', 'worker threads (default: the machine\'s cores)')
    .option('--out <dir>', 'output folder (default: reports/<scenario name>-size)')
    .option('--force', 'replace an existing output folder', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: { objective: string[]; spec: string[]; hosts?: string; replications?: string; basis?: string; spare?: string; failAt?: string; search?: string; hostCount?: string; capMin?: string; capMax?: string; capStep?: string; queue?: string; min?: string; max?: string; seed?: string; workers?: string; out?: string; force: boolean; quiet: boolean }) => {
      endWith(await sizeCommand(file, { ...opts, ...(opts.seed !== undefined ? { seed: parseSeed(opts.seed) } : {}) }, io));
    });
}
