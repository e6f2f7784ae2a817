/**
 * `dcsim run <scenario>`: simulate a scenario into its report folder, in one piece (with an
 * optional checkpoint) or with its clusters on worker threads (--split-clusters).
 */
import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { checkReplaceableFile } from '../../output/ownership.js';
import type { ClusterComparisonData } from '../../report/schema.js';
import { runIntoFolderAsync } from '../../run/run-to-folder.js';
import { splitBlockers } from '../../run/cluster-split.js';
import { runSplitToFolder } from '../../run/split-run.js';
import { DEFAULT_LIMITS } from '../../run/work-estimate.js';
import { Simulation } from '../../run/simulate.js';
import { checkpoint, isCheckpointHead, scenarioSource, writeCheckpoint } from '../../api/checkpoint.js';
import { Duration } from '../../scenario/schema.js';
import type { Scenario } from '../../scenario/index.js';
import { EXIT, type CliIo } from '../../io.js';
import { ProgressBar } from '../progress.js';
import { loadScenarioPolicies } from '../../api/policy.js';
import { renderAlarms, renderHeadline, renderUnplaceable } from '../render.js';
import { renderComparison } from '../render-comparison.js';
import { ExitSignal, parseSeed, shown, loadWithOverlay, load, checkWork, writingOutput, writingReport } from './support.js';

export function addRunCommand(program: Command, io: CliIo): void {
  program
    .command('run')
    .description('simulate a scenario and write its report folder')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--seed <seed>', 'root seed (overrides the scenario)')
    .option('--out <dir>', 'report folder (default: reports/<scenario name>)')
    .option('--force', 'replace an existing report folder', false)
    .option('--quiet', 'print nothing but errors', false)
    .option('--overlay <file>', 'apply a calibration overlay (from dcsim calibrate) to the scenario first')
    .option('--checkpoint-at <time>', 'write a checkpoint of the whole simulation at this simulated time (e.g. "6h")')
    .option('--checkpoint-out <file>', 'checkpoint file (default: <report folder>/checkpoint.json)')
    .option('--split-clusters', 'simulate each cluster on its own worker thread and merge them (same report as one run)', false)
    .option('--workers <n>', 'worker threads for --split-clusters (default: the machine\'s cores)')
    .option('--queue <url>', 'with --split-clusters: send the clusters as jobs to dcsim workers through Redis, e.g. redis://127.0.0.1:6379/0')
    .option('--allow-large', `run even beyond the default limits (${DEFAULT_LIMITS.vmSteps.toExponential(0)} VM-steps, ${DEFAULT_LIMITS.outputBytes / 1e9} GB of outputs)`, false)
    .action(async (file: string, opts: { seed?: string; out?: string; force: boolean; quiet: boolean; overlay?: string; checkpointAt?: string; checkpointOut?: string; splitClusters: boolean; workers?: string; queue?: string; allowLarge: boolean }) => {
      if (opts.queue !== undefined && !opts.splitClusters) {
        io.stderr('error: --queue applies to --split-clusters (a run in one piece is one thread)\n');
        throw new ExitSignal(EXIT.usage);
      }
      if (opts.queue !== undefined && opts.overlay !== undefined) {
        io.stderr('error: --overlay cannot go with --queue: queue workers rebuild the scenario from its file; write the overlaid scenario to a file first\n');
        throw new ExitSignal(EXIT.usage);
      }
      const scenario = opts.overlay === undefined ? load(io, file) : loadWithOverlay(io, file, opts.overlay);
      for (const w of scenario.warnings) if (!opts.quiet) io.stderr(`warning: ${w}\n`);
      checkWork(io, file, scenario, opts.allowLarge, opts.quiet);
      const outDir = path.resolve(io.cwd, opts.out ?? path.join('reports', scenario.spec.name));
      if (opts.workers !== undefined && !opts.splitClusters) {
        io.stderr('error: --workers applies to --split-clusters (a run in one piece is one thread)\n');
        throw new ExitSignal(EXIT.usage);
      }
      if (opts.splitClusters) {
        await runSplit(io, file, scenario, outDir, opts);
        return;
      }
      let policies;
      try {
        policies = await loadScenarioPolicies(scenario.spec.clusters, path.dirname(path.resolve(io.cwd, file)));
      } catch (err) {
        io.stderr(`error: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
        throw new ExitSignal(EXIT.invalidScenario);
      }
      let checkpointAt: number | undefined;
      if (opts.checkpointAt !== undefined) {
        const parsed = Duration.safeParse(opts.checkpointAt);
        if (!parsed.success && opts.checkpointAt !== '0s') {
          io.stderr(`error: --checkpoint-at: expected a time such as "90m" or "6h", got "${opts.checkpointAt}"\n`);
          throw new ExitSignal(EXIT.usage);
        }
        checkpointAt = parsed.success ? parsed.data : 0;
        if (checkpointAt > scenario.spec.duration) {
          io.stderr(`error: --checkpoint-at ${opts.checkpointAt} is after the end of the run (${scenario.spec.duration} ms)\n`);
          throw new ExitSignal(EXIT.usage);
        }
      }
      const checkpointFile = path.resolve(io.cwd, opts.checkpointOut ?? path.join(path.dirname(outDir), `${path.basename(outDir)}.checkpoint.json`));
      const source = scenarioSource(path.resolve(io.cwd, file));
      const bar = opts.quiet ? null : new ProgressBar(io);
      if (checkpointAt !== undefined) {
        writingOutput(io, () => checkReplaceableFile(checkpointFile, opts.force, isCheckpointHead, 'checkpoint'));
      }
      const result = await writingReport(io, bar, () =>
        runIntoFolderAsync(
          scenario,
          {
            outDir,
            force: opts.force,
            wallClock: io.wallClock,
            tag: io.tag,
            ...(bar ? { onProgress: (t: number, d: number) => bar.update(t, d) } : {}),
            ...(checkpointAt !== undefined
              ? { checkpoint: { at: checkpointAt, write: (sim: Simulation) => writeCheckpoint(checkpointFile, checkpoint(sim, source.text, source.baseDir)) } }
              : {}),
          },
          (attach) =>
            new Simulation(scenario, {
              ...(opts.seed !== undefined ? { seed: parseSeed(opts.seed) } : {}),
              policies,
              attach,
            }),
        ),
      );
      if (!opts.quiet) {
        io.stdout(renderHeadline(`${scenario.spec.name}: ${result.world.clusters.length} cluster(s), seed ${String(result.seed)}`, result.headline));
        io.stdout(renderAlarms(result.alarms.total, result.alarms.activeCount(), result.alarms.raised, result.headline.cpuReady.band));
        io.stdout(renderUnplaceable(result.outcome.unplaced.map((u) => ({ id: result.world.vms.ids[u.vm] as string, reason: u.reason }))));
        io.stdout(renderComparison(comparisonIn(outDir)));
        io.stdout(`report: ${path.relative(io.cwd, outDir) || '.'}\n`);
        if (checkpointAt !== undefined) io.stdout(`checkpoint at ${checkpointAt} ms: ${shown(io, checkpointFile)}\n`);
      }
      if (result.stopped) {
        io.stderr(`error: the run stopped at t=${result.stopped.t} ms: ${result.stopped.reason}\n${result.stopped.detail}\n`);
        io.stderr(`the report in ${path.relative(io.cwd, outDir) || '.'} is partial (up to the stop)\n`);
        throw new ExitSignal(EXIT.invalidScenario);
      }
    });
}

/** `dcsim run --split-clusters`: the clusters on worker threads, one report folder. */
async function runSplit(
  io: CliIo,
  file: string,
  scenario: Scenario,
  outDir: string,
  opts: { seed?: string; force: boolean; quiet: boolean; checkpointAt?: string; workers?: string; queue?: string },
): Promise<void> {
  if (opts.checkpointAt !== undefined) {
    io.stderr('error: --checkpoint-at needs the run in one piece (leave out --split-clusters)\n');
    throw new ExitSignal(EXIT.usage);
  }
  if (opts.queue !== undefined && opts.workers !== undefined) {
    io.stderr('error: --workers counts threads of this process; with --queue the clusters run on dcsim worker processes (their --concurrency)\n');
    throw new ExitSignal(EXIT.usage);
  }
  let workers = availableParallelism();
  if (opts.workers !== undefined) {
    workers = Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 1) {
      io.stderr(`error: --workers: expected a whole number ≥ 1, got "${opts.workers}"\n`);
      throw new ExitSignal(EXIT.usage);
    }
  }
  const blockers = splitBlockers(scenario);
  if (blockers.length > 0) {
    io.stderr(`error: ${file}: the clusters cannot run apart:\n${blockers.map((b) => `  - ${b}\n`).join('')}run without --split-clusters\n`);
    throw new ExitSignal(EXIT.invalidScenario);
  }
  const seed = opts.seed !== undefined ? parseSeed(opts.seed) : undefined;
  const onQueue = opts.queue === undefined ? null : await connectQueue(io, file, scenario, opts.queue, seed, opts.quiet);
  const bar = opts.quiet ? null : new ProgressBar(io);
  let result;
  try {
    result = await writingReport(io, bar, () =>
      runSplitToFolder(scenario, {
        outDir,
        force: opts.force,
        wallClock: io.wallClock,
        tag: io.tag,
        workers,
        ...(seed !== undefined ? { seed } : {}),
        ...(bar ? { onProgress: (t: number, d: number) => bar.update(t, d) } : {}),
        ...(onQueue ? { execute: onQueue.queue.execute } : {}),
      }),
    );
  } catch (err) {
    if (onQueue && err instanceof onQueue.ClusterJobError) {
      io.stderr(`error: ${file}: ${err.message}\n`);
      throw new ExitSignal(EXIT.internal);
    }
    throw err;
  } finally {
    onQueue?.conn.disconnect();
  }
  if (opts.quiet) return;
  const r = result.report;
  const where = `${result.workers} ${onQueue ? 'queue worker process(es)' : 'worker thread(s)'}`;
  io.stdout(renderHeadline(`${scenario.spec.name}: ${r.clusters.length} cluster(s) on ${where}, seed ${String(r.run.seed)}`, result.headline));
  io.stdout(renderAlarms(r.alarms.total, r.alarms.activeAtEnd, r.alarms.byRule, r.headline.cpuReady.band));
  io.stdout(renderUnplaceable(r.vms.flatMap((v) => (v.unplaceable === null ? [] : [{ id: v.id, reason: v.unplaceable }]))));
  io.stdout(renderComparison(r.comparison));
  io.stdout(`report: ${path.relative(io.cwd, outDir) || '.'}\n`);
}

/** A connection to the queue and the executor that sends the clusters there; a bad URL is a usage error, Redis out of reach exit 5. */
async function connectQueue(io: CliIo, file: string, scenario: Scenario, url: string, seed: number | string | undefined, quiet: boolean) {
  const { connectRedis, RedisUnreachableError, RedisUrlError } = await import('../../sweep/redis.js');
  const { splitQueue, ClusterJobError } = await import('../../sweep/split-queue.js');
  let conn;
  try {
    conn = await connectRedis(url, { name: 'dcsim-run' });
  } catch (err) {
    if (err instanceof RedisUrlError || err instanceof RedisUnreachableError) {
      io.stderr(`error: ${err.message}\n`);
      throw new ExitSignal(err instanceof RedisUrlError ? EXIT.usage : EXIT.unavailable);
    }
    throw err;
  }
  const source = { file: scenario.file, ...scenarioSource(path.resolve(io.cwd, file)) };
  const queue = splitQueue(conn, source, { ...(seed !== undefined ? { seed } : {}), log: (line) => (quiet ? undefined : io.stderr(`${line}\n`)) });
  return { conn, queue, ClusterJobError };
}

/** The cluster comparison of the report folder just written (its summary.json). */
function comparisonIn(outDir: string): ClusterComparisonData | undefined {
  const file = path.join(outDir, 'summary.json');
  if (!fs.existsSync(file)) return undefined;
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { comparison?: ClusterComparisonData }).comparison;
}
