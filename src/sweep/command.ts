/**
 * The `dcsim sweep` and `dcsim worker` commands behind the CLI (src/cli/commands/sweep.ts and worker.ts register their
 * options): option checks, the plan, local or queued runs with a progress bar, the output folder
 * and what is printed. Returns the exit code; problems are printed as plain messages.
 */
import { availableParallelism } from 'node:os';
import type { Redis } from 'ioredis';
import fs from 'node:fs';
import path from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { checkReplaceableFolder, isOutputError } from '../output/ownership.js';
import { loadScenario, ScenarioError } from '../scenario/index.js';
import { SweepUsageError } from './definition.js';
import type { Failure } from './distributed.js';
import { RedisUnreachableError, RedisUrlError } from './errors.js';
import { checkRedisUrl, redactUrl } from './redis-url.js';
import { checkpointDir, Journal } from './journal.js';
import { runLocal } from './local.js';
import type { FrontierBasis } from './objectives.js';
import { finishSweep } from './outputs.js';
import { assignmentsOf, planSweep, pointScenario, SweepInputError, type SweepPlan } from './plan.js';
import { splitBlockers } from '../run/cluster-split.js';
import { SweepProgress } from './progress.js';
import { estimateWork, overLimits } from '../run/work-estimate.js';
import { reportsKey, resultsKey, statsKey } from './queue-keys.js';
import type { FrontierRow } from './results.js';

/** What the commands take from the process: the CLI's, but for the temp-file tag. */
export type SweepIo = Omit<CliIo, 'tag'>;

export interface SweepCommandOptions {
  readonly set: readonly string[];
  readonly replications?: string;
  readonly seed?: number | string;
  readonly workers?: string;
  readonly out?: string;
  readonly force: boolean;
  readonly restart: boolean;
  readonly queue?: string;
  readonly objective: readonly string[];
  readonly frontier?: string;
  readonly quiet: boolean;
  /** Run even when one run of the sweep is beyond the default work limits. */
  readonly allowLarge?: boolean;
  /** Simulate each run's clusters apart (on the worker threads) and merge them. */
  readonly splitClusters?: boolean;
}

/** A whole number ≥ min from an option, or a usage error naming it. */
export function parseCount(text: string, option: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) throw new SweepUsageError([`${option} ${text}: expected a whole number of at least ${min}`]);
  return n;
}

function renderFrontier(plan: SweepPlan, rows: readonly FrontierRow[]): string {
  if (rows.length === 0) return '';
  const basis = plan.frontier === 'mean' ? 'mean' : 'unfavourable end of the 95% CI';
  const lines = [`overcommit frontier in achieved terms (${basis} meets ${plan.objectives.map((o) => o.text).join(', ')}):`];
  for (const r of rows) lines.push(`  ${r.statement}`);
  return `${lines.join('\n')}\n`;
}

/** Words wrapped at 100 columns. */
export function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

function renderFailures(failures: readonly Failure[]): string {
  const shown = failures.slice(0, 10).map((f) => `  ${f.run}: ${f.error}`);
  if (failures.length > 10) shown.push(`  … ${failures.length - 10} more`);
  return `${shown.join('\n')}\n`;
}

/** --split-clusters needs every point's clusters to be independent, and a local sweep. */
function checkSplit(plan: SweepPlan, queued: boolean): void {
  if (queued) throw new SweepUsageError(['--split-clusters runs clusters on local worker threads: leave out --queue (queue workers run whole runs)']);
  const problems: string[] = [];
  for (const point of plan.points) {
    const blockers = splitBlockers(pointScenario(plan.base, assignmentsOf(plan.parameters, point.values), plan.file, plan.baseDir));
    for (const b of blockers) if (!problems.includes(b)) problems.push(b);
  }
  if (problems.length > 0) throw new SweepUsageError(problems.map((p) => `--split-clusters: ${p}`));
}

/** Runs, or resumes, a sweep and writes its output folder. */
export async function sweepCommand(file: string, opts: SweepCommandOptions, io: SweepIo): Promise<number> {
  const started = io.wallClock();
  let conn: Redis | null = null;
  const say = (t: string): void => {
    if (!opts.quiet) io.stdout(t);
  };
  try {
    const location = path.resolve(io.cwd, file);
    const scenario = loadScenario(path.relative(io.cwd, location) || file, location);
    if (opts.frontier !== undefined && opts.frontier !== 'mean' && opts.frontier !== 'ci95') throw new SweepUsageError([`--frontier ${opts.frontier}: expected mean or ci95`]);
    const replications = opts.replications !== undefined ? parseCount(opts.replications, '--replications', 1) : undefined;
    const workers = opts.workers !== undefined ? parseCount(opts.workers, '--workers', 1) : availableParallelism();
    if (opts.queue !== undefined) checkRedisUrl(opts.queue);
    const plan = planSweep(scenario, location, {
      set: opts.set,
      objectives: opts.objective,
      ...(replications !== undefined ? { replications } : {}),
      ...(opts.frontier !== undefined ? { frontier: opts.frontier as FrontierBasis } : {}),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    });
    for (const w of plan.warnings) if (!opts.quiet) io.stderr(`warning: ${w}\n`);
    const over = overLimits(estimateWork(scenario.spec));
    if (over.length > 0 && opts.allowLarge !== true) {
      throw new SweepInputError([`${file}: one run of this sweep is larger than dcsim starts without being asked:`, ...over.map((o) => `  - ${o}`), 'pass --allow-large to run it anyway']);
    }
    if (opts.splitClusters) checkSplit(plan, opts.queue !== undefined);
    const outDir = path.resolve(io.cwd, opts.out ?? path.join('reports', `${plan.name}-sweep`));
    checkReplaceableFolder(outDir, opts.force);
    const ckpt = checkpointDir(outDir, plan.id);
    // The Redis client and BullMQ load only for distributed sweeps (they take a while to load).
    conn = opts.queue !== undefined ? await (await import('./redis.js')).connectRedis(opts.queue, { name: 'dcsim-sweep' }) : null;
    if (opts.restart) {
      fs.rmSync(ckpt, { recursive: true, force: true });
      await conn?.del(resultsKey(plan.id), reportsKey(plan.id), statsKey(plan.id));
    }
    const expected = new Map(plan.runs.map((r) => [r.id, { pointId: (plan.points[r.point] as { id: string }).id, withReport: r.replication === 0 }]));
    const journal = new Journal(ckpt, expected);
    const where = opts.queue !== undefined ? 'on the queue' : `${workers} worker${workers === 1 ? '' : 's'}`;
    say(
      `sweep ${plan.id}: ${plan.points.length} point(s) × ${plan.replications} replication(s) = ${plan.runs.length} runs` +
        `${journal.done.size > 0 ? ` (${journal.done.size} from the checkpoint)` : ''}, ${where}\n`,
    );
    const bar = new SweepProgress(io, plan.runs.length, journal.done.size, !opts.quiet);
    const progress = (done: number, failed: number): void => bar.update(done, failed);
    let outcome;
    try {
      outcome =
        conn !== null
          ? await (await import('./distributed.js')).runOnQueue(conn, plan, journal, { onProgress: progress, log: (l) => !opts.quiet && io.stderr(`${l}\n`) })
          : await runLocal(plan, journal, workers, progress, opts.splitClusters === true);
    } finally {
      bar.done();
      journal.close();
    }
    if (outcome.failures.length > 0) {
      io.stderr(`error: ${outcome.failures.length} of ${plan.runs.length} run(s) failed:\n${renderFailures(outcome.failures)}`);
      io.stderr(`finished runs are kept in ${path.relative(io.cwd, ckpt) || ckpt}; run the same command to retry the others\n`);
      return EXIT.internal;
    }
    const { frontier, answer } = finishSweep(plan, journal, outDir, opts.force, {
      wallTimeMs: Math.round(io.wallClock() - started),
      mode: opts.queue !== undefined ? 'queue' : 'local',
      ...(opts.queue !== undefined ? { queue: redactUrl(checkRedisUrl(opts.queue)) } : { workers }),
      ...(opts.splitClusters ? { splitByCluster: true } : {}),
      computed: outcome.computed,
      fromCheckpoint: outcome.fromCheckpoint,
    });
    say(`runs: ${outcome.computed} computed, ${outcome.fromCheckpoint} from the checkpoint\n`);
    say(renderFrontier(plan, frontier));
    say(`\n${wrap(answer.paragraph)}\n\n`);
    say(`sweep: ${path.relative(io.cwd, outDir) || '.'}\n`);
    return EXIT.ok;
  } catch (err) {
    return reportError(err, io);
  } finally {
    conn?.disconnect();
  }
}

function reportError(err: unknown, io: SweepIo): number {
  if (err instanceof ScenarioError) {
    io.stderr(`${err.message}\n`);
    return EXIT.invalidScenario;
  }
  if (err instanceof SweepUsageError || err instanceof RedisUrlError) {
    io.stderr(`${err.message.split('\n').map((l) => `error: ${l}`).join('\n')}\n`);
    return EXIT.usage;
  }
  if (err instanceof SweepInputError) {
    io.stderr(`${err.problems.map((l) => `error: ${l}`).join('\n')}\n`);
    return EXIT.invalidScenario;
  }
  if (isOutputError(err)) {
    io.stderr(`error: ${err.message}\n`);
    return EXIT.outputExists;
  }
  if (err instanceof RedisUnreachableError) {
    io.stderr(`error: ${err.message}\n`);
    return EXIT.unavailable;
  }
  throw err;
}

export interface WorkerCommandOptions {
  readonly queue: string;
  readonly concurrency?: string;
  readonly lockDuration?: string;
  readonly stalledInterval?: string;
  readonly maxStalled?: string;
  readonly quiet: boolean;
}

/** Processes sweep jobs until `stop` resolves. */
export async function workerCommand(opts: WorkerCommandOptions, io: SweepIo, stop: Promise<void>): Promise<number> {
  try {
    const concurrency = opts.concurrency !== undefined ? parseCount(opts.concurrency, '--concurrency', 1) : availableParallelism();
    const { runWorker } = await import('./worker.js');
    await runWorker({
      url: opts.queue,
      concurrency,
      ...(opts.lockDuration !== undefined ? { lockDurationMs: parseCount(opts.lockDuration, '--lock-duration', 100) } : {}),
      ...(opts.stalledInterval !== undefined ? { stalledIntervalMs: parseCount(opts.stalledInterval, '--stalled-interval', 100) } : {}),
      ...(opts.maxStalled !== undefined ? { maxStalledCount: parseCount(opts.maxStalled, '--max-stalled', 0) } : {}),
      log: (line) => {
        if (!opts.quiet) io.stdout(`${line}\n`);
      },
      wallClock: io.wallClock,
      stop,
    });
    return EXIT.ok;
  } catch (err) {
    return reportError(err, io);
  }
}
