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
import { EXIT, type CliIo } from '../io.js';
import { AtomicDir, OutputExistsError, OutputWriteError } from '../output/atomic-dir.js';
import { Duration, formatDuration, loadScenario, ScenarioError, type Scenario } from '../scenario/index.js';
import type { HostFailurePlan } from './host-failures.js';
import { parseText } from '../scenario/parse-text.js';
import { VERSION } from '../version.js';
import { wrap } from './command.js';
import { SweepUsageError } from './definition.js';
import { sweepIdOf } from './expand.js';
import { DEFAULT_OBJECTIVES, ObjectiveError, parseObjective, type FrontierBasis, type Objective } from './objectives.js';
import { formatPath, parsePath, parseValue, PathError, withAssignments, type Assignment, type Segment } from './paths.js';
import { capAssignments, capPlan, runCapSearch } from './cap-command.js';
import { capAt, CapImpossibleError } from './cap-search.js';
import { pointScenario } from './plan.js';
import { ThreadPool } from './pool.js';
import type { Redis } from 'ioredis';
import { RedisUnreachableError, RedisUrlError } from './errors.js';
import { QUEUE_NAME } from './queue-keys.js';
import { checkRedisUrl, redactUrl } from './redis-url.js';
import { hostCountEvaluator, hostCountTask, localBatch, type HostCountSetup, type RunBatch } from './size-evaluate.js';
import { hostsPage, reportOf, sizeReportHtml } from './size-page.js';
import { searchHosts, SizingImpossibleError, type Evaluation } from './sizing.js';
import { sizingCsv, sizingJson, sizingParagraph, type SizingFacts } from './size-outputs.js';

export interface SizeCommandOptions {
  readonly objective: readonly string[];
  readonly replications?: string;
  readonly seed?: number | string;
  readonly hosts?: string;
  readonly min?: string;
  readonly max?: string;
  readonly spare?: string;
  readonly failAt?: string;
  readonly search?: string;
  readonly hostCount?: string;
  readonly capMin?: string;
  readonly capMax?: string;
  readonly capStep?: string;
  readonly queue?: string;
  /** `key=value` set on the sized host group in every evaluation (another host spec). */
  readonly spec?: readonly string[];
  readonly basis?: string;
  readonly workers?: string;
  readonly out?: string;
  readonly force: boolean;
  readonly quiet: boolean;
}

/** Every VM placed is part of every sizing: a count that leaves VMs off is not an answer. */
export const SIZE_OBJECTIVES: readonly string[] = [...DEFAULT_OBJECTIVES, 'vmsUnplaceable==0'];

const DEFAULT_HOSTS = 'clusters[0].hosts[0].count';

function count(text: string, option: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) throw new SweepUsageError([`${option} ${text}: expected a whole number of at least ${min}`]);
  return n;
}

/** The value at `path` in the raw scenario, or a usage error naming the path. */
function countAt(raw: unknown, p: readonly Segment[], text: string): number {
  let at: unknown = raw;
  for (const seg of p) {
    if (typeof at !== 'object' || at === null) throw new SweepUsageError([`--hosts ${text}: ${formatPath(p)} does not exist in the scenario`]);
    at = (at as Record<string | number, unknown>)[seg];
  }
  if (typeof at !== 'number' || !Number.isInteger(at) || at < 1) throw new SweepUsageError([`--hosts ${text}: expected the path of a host group's count (a whole number), found ${JSON.stringify(at ?? null)}`]);
  return at;
}

/** The host group the count belongs to, in words: "esx: 2 × 8 cores at 2400 MHz, 128 GiB". */
function hostSpecOf(raw: unknown, countPath: readonly Segment[]): string {
  let at: unknown = raw;
  for (const seg of countPath.slice(0, -1)) at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[seg] : undefined;
  const g = (typeof at === 'object' && at !== null ? at : {}) as Record<string, unknown>;
  const num = (k: string): string => (typeof g[k] === 'number' ? String(g[k]) : '?');
  return `${typeof g.name === 'string' ? `${g.name}: ` : ''}${num('sockets')} × ${num('coresPerSocket')} cores at ${num('mhz')} MHz, ${num('memoryGiB')} GiB`;
}

/** `--spec memoryGiB=256`: a field of the sized host group, set in every evaluation. */
function specAssignment(text: string, hostsPath: readonly Segment[]): Assignment {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1) throw new SweepUsageError([`--spec ${text}: expected <field>=<value> of the host group, e.g. memoryGiB=256 or coresPerSocket=16`]);
  const key = text.slice(0, eq).trim();
  if (key === 'count') throw new SweepUsageError([`--spec ${text}: the count is what size searches; leave it out`]);
  try {
    return { path: [...hostsPath.slice(0, -1), ...parsePath(key)], value: parseValue(text.slice(eq + 1)) };
  } catch (err) {
    if (err instanceof PathError) throw new SweepUsageError([`--spec ${text}: ${err.message}`]);
    throw err;
  }
}

/** The scenario with these values loads, or a usage error saying where it does not. */
function loads(base: string, assignments: readonly Assignment[], file: string, baseDir: string, where: string): void {
  try {
    pointScenario(base, assignments, file, baseDir);
  } catch (err) {
    if (err instanceof ScenarioError) throw new SweepUsageError([`${where} the scenario does not load: ${err.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`]);
    throw err;
  }
}

/** `--spare k`: k host failures in every run, in the sized cluster, which must have HA to restart their VMs. */
function failurePlan(scenario: Scenario, hostsPath: readonly Segment[], k: number, failAt: string | undefined): HostFailurePlan {
  const ci = hostsPath[1] as number;
  const cluster = scenario.spec.clusters[ci];
  if (cluster === undefined) throw new SweepUsageError([`--hosts: clusters[${ci}] does not exist in the scenario`]);
  if (!cluster.ha.enabled)
    throw new SweepUsageError([
      `--spare ${k} fails ${k} host(s) in every run and relies on HA to restart their VMs, but clusters[${ci}].ha.enabled is false in ${scenario.file}: add ha: { enabled: true } to the cluster (without HA the VMs stay down and no count meets availability)`,
    ]);
  const { duration, step } = scenario.spec;
  let atMs = Math.floor(duration / 4 / step) * step;
  if (failAt !== undefined) {
    const r = Duration.safeParse(failAt);
    if (!r.success) throw new SweepUsageError([`--fail-at ${failAt}: expected a time from the run start such as "90m" or "13h"`]);
    if (r.data >= duration) throw new SweepUsageError([`--fail-at ${failAt}: the run lasts ${formatDuration(duration)}; the failure must come before its end`]);
    atMs = r.data;
  }
  return { cluster: ci, count: k, atMs };
}

/** "1 host carrying the most VMs fails 12h from the start (…)", for the page; null without failures. */
export function failuresWords(f: SizingFacts): string | null {
  if (f.failures === null) return null;
  const k = f.failures.count;
  return `the ${k === 1 ? 'host' : `${k} hosts`} carrying the most VMs fail${k === 1 ? 's' : ''} ${f.failures.clock} and stay${k === 1 ? 's' : ''} down; HA restarts their VMs`;
}

/** "12h from the start (2026-03-02 12:00 UTC)". */
function failureClock(scenario: Scenario, atMs: number): string {
  return `${formatDuration(atMs)} from the start (${new Date(scenario.startEpochMs + atMs).toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
}

export async function sizeCommand(file: string, opts: SizeCommandOptions, io: CliIo): Promise<number> {
  const say = (t: string): void => {
    if (!opts.quiet) io.stdout(t);
  };
  let pool: ThreadPool | null = null;
  let conn: Redis | null = null;
  let queued: (RunBatch & { close(): Promise<void> }) | null = null;
  try {
    if (opts.queue !== undefined) checkRedisUrl(opts.queue);
    const location = path.resolve(io.cwd, file);
    const scenario = loadScenario(path.relative(io.cwd, location) || file, location);
    const raw = parseText(fs.readFileSync(location, 'utf8'), scenario.file).raw as Record<string, unknown>;
    const { sweep: _section, ...rest } = raw;
    const hostsText = opts.hosts ?? DEFAULT_HOSTS;
    let hostsPath: Segment[];
    try {
      hostsPath = parsePath(hostsText);
    } catch (err) {
      if (err instanceof PathError) throw new SweepUsageError([`--hosts: ${err.message}`]);
      throw err;
    }
    if (hostsPath[hostsPath.length - 1] !== 'count' || hostsPath[hostsPath.length - 3] !== 'hosts') throw new SweepUsageError([`--hosts ${hostsText}: expected a host group's count, e.g. ${DEFAULT_HOSTS}`]);
    const start = countAt(rest, hostsPath, hostsText);
    const basis = (opts.basis ?? 'ci95') as FrontierBasis;
    if (basis !== 'mean' && basis !== 'ci95') throw new SweepUsageError([`--basis ${opts.basis}: expected mean or ci95`]);
    const replications = opts.replications !== undefined ? count(opts.replications, '--replications', 1) : (scenario.spec.sweep?.replications ?? 10);
    const spare = opts.spare !== undefined ? count(opts.spare, '--spare', 0) : 0;
    const min = opts.min !== undefined ? count(opts.min, '--min', 1) : spare + 1;
    const max = opts.max !== undefined ? count(opts.max, '--max', 1) : Math.max(64, start * 8);
    if (max < min) throw new SweepUsageError([`--max ${max} is below --min ${min}`]);
    const failures = spare > 0 ? failurePlan(scenario, hostsPath, spare, opts.failAt) : null;
    const workers = opts.workers !== undefined ? count(opts.workers, '--workers', 1) : availableParallelism();
    let objectives: Objective[];
    try {
      objectives = (opts.objective.length > 0 ? [...opts.objective, 'vmsUnplaceable==0'] : SIZE_OBJECTIVES).filter((t, i, all) => all.indexOf(t) === i).map(parseObjective);
    } catch (err) {
      if (err instanceof ObjectiveError) throw new SweepUsageError([err.message]);
      throw err;
    }
    const outDir = path.resolve(io.cwd, opts.out ?? path.join('reports', `${scenario.spec.name}-size`));
    if (fs.existsSync(outDir) && !opts.force) throw new OutputExistsError(outDir);
    const rootSeed = opts.seed ?? scenario.spec.seed;
    const specAssignments = (opts.spec ?? []).map((text) => specAssignment(text, hostsPath));
    const base = JSON.stringify(withAssignments(rest, specAssignments));
    // The spec sized: the scenario's host group with --spec applied (and checked to load).
    loads(base, [], scenario.file, path.dirname(location), specAssignments.length > 0 ? `with ${(opts.spec ?? []).map((t) => `--spec ${t}`).join(' ')}` : 'as written');
    const sizedSpec = specAssignments.length > 0 ? pointScenario(base, [], scenario.file, path.dirname(location)).spec : scenario.spec;
    const caps = opts.search !== undefined ? capPlan({ ...opts, search: opts.search }, hostsPath, start) : null;
    const id = sweepIdOf({ dcsim: VERSION, size: rest, spec: specAssignments, hosts: hostsPath, replications, rootSeed, failures, caps });
    const baseDir = path.dirname(location);
    const setup: HostCountSetup = { id, base, file: scenario.file, baseDir, hostsPath, replications, rootSeed, objectives, basis, failures };
    if (opts.queue !== undefined) {
      // The Redis client and BullMQ load only for a queued sizing (they take a while to load).
      conn = await (await import('./redis.js')).connectRedis(opts.queue, { name: 'dcsim-size' });
      queued = (await import('./size-queue.js')).queueBatch(conn, { onFirstJobs: () => say(`runs go to queue ${QUEUE_NAME} at ${redactUrl(checkRedisUrl(opts.queue as string))}; start workers with: dcsim worker --queue <url>\n`) });
    } else pool = workers > 1 && replications > 1 ? new ThreadPool(Math.min(workers, replications)) : null;
    const batch: RunBatch = queued ?? localBatch(pool);
    const facts: SizingFacts = { scenario: scenario.spec.name, file: scenario.file, sha256: scenario.sha256, hostsPath: hostsText, hostSpec: hostSpecOf(sizedSpec, hostsPath), scenarioHosts: start, replications, rootSeed, basis, failures: failures ? { ...failures, clock: failureClock(scenario, failures.atMs) } : null, objectives, min, max };
    if (caps !== null) {
      for (const k of [0, caps.grid.steps]) loads(base, capAssignments(caps, hostsPath, k), scenario.file, baseDir, `at ${caps.hosts} hosts and cap ${capAt(caps.grid, k)}`);
      say(`size ${scenario.spec.name}: highest ${caps.kind} on ${caps.hosts} hosts (packing placement), ${replications} replication(s) per cap, objectives ${objectives.map((o) => o.text).join(', ')} on the ${basis === 'ci95' ? "95% CI's unfavourable end" : 'mean'}${failures ? `; every run fails the ${spare} busiest host(s) at ${failureClock(scenario, failures.atMs)}` : ''}\n`);
      const algorithm = scenario.spec.clusters[hostsPath[1] as number]?.placement.algorithm ?? 'first-fit';
      await runCapSearch({ setup, plan: caps, batch, facts, scenarioAlgorithm: algorithm, failures: failuresWords(facts), outDir, force: opts.force, say, cwd: io.cwd, tag: io.tag });
      return EXIT.ok;
    }
    say(`size ${scenario.spec.name}: hosts at ${hostsText} (scenario: ${start}), ${replications} replication(s) per count, objectives ${objectives.map((o) => o.text).join(', ')} on the ${basis === 'ci95' ? "95% CI's unfavourable end" : 'mean'}${failures ? `; every run fails the ${spare} busiest host(s) at ${failureClock(scenario, failures.atMs)}` : ''}\n`);
    const run = hostCountEvaluator(setup, batch, (e) => say(`  ${String(e.hosts).padStart(5)} hosts: ${e.meets ? 'meets every objective' : `fails ${e.result.failing.join(', ')}`}\n`));
    // Every count must load (e.g. HA failover hosts need enough hosts): checked as it is tried.
    const evaluate = async (n: number): Promise<Evaluation> => {
      loads(base, [{ path: hostsPath, value: n }], scenario.file, baseDir, `at ${n} hosts`);
      return run(n);
    };
    const outcome = await searchHosts(evaluate, { min, start, max }, objectives.map((o) => o.text));
    const dir = new AtomicDir(outDir, opts.force, io.tag);
    try {
      fs.writeFileSync(dir.file('sizing.json'), sizingJson(facts, outcome));
      fs.writeFileSync(dir.file('sizing.csv'), sizingCsv(outcome));
      const proven = outcome.below !== null ? [outcome.answer.hosts, outcome.below.hosts] : [outcome.answer.hosts];
      const reports = proven.map((n) => reportOf(hostCountTask(setup, n, 0)));
      const labels = proven.map((n, k) => `${n} hosts (${k === 0 ? 'answer' : 'answer − 1'})`);
      const pageFacts = { title: `dcsim size ${scenario.spec.name}: hosts of ${facts.hostSpec}`, answer: sizingParagraph(facts, outcome), searched: 'hosts', basis, replications, failures: failuresWords(facts), objectives };
      fs.writeFileSync(dir.file('report.html'), sizeReportHtml(hostsPage(pageFacts, outcome), reports, labels));
      dir.commit();
    } catch (err) {
      dir.abort();
      throw err;
    }
    say(`\n${wrap(sizingParagraph(facts, outcome))}\n\nsizing: ${path.relative(io.cwd, outDir) || '.'}\n`);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof SizingImpossibleError || err instanceof CapImpossibleError) {
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
    if (err instanceof RedisUrlError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof RedisUnreachableError || (err instanceof Error && err.name === 'QueuedRunError')) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.unavailable;
    }
    if (err instanceof OutputExistsError || err instanceof OutputWriteError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.outputExists;
    }
    throw err;
  } finally {
    await pool?.close();
    await queued?.close();
    conn?.disconnect();
  }
}
