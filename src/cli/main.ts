/**
 * The dcsim command line: `run`, `validate`, `report`, `schema`, `sweep`, `worker`, and calibration's
 * `collect`, `replay`, `calibrate`, `overlay`. `main(argv, io)` is testable
 * in-process; this folder is the only place that touches the process, the file system paths of the user,
 * and the wall clock (through the injected io).
 */
import fs from 'node:fs';
import { InputFileError, MAX_SCENARIO_BYTES, readInputText } from '../scenario/input-file.js';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { applyOverlay as applyCalibrationOverlay, OverlayError as CalibrationOverlayError, parseOverlay as parseCalibrationOverlay } from '../calibration/overlay.js';
import { Command, CommanderError } from 'commander';
import { makeDirs } from '../output/atomic-dir.js';
import { checkReplaceableFile, isOutputError, OutputWriteError } from '../output/ownership.js';
import { stableJson } from '../output/json.js';
import { defaultLabels, writeReportHtml } from '../report/html.js';
import { readReportFile, ReportFileError } from '../report/read-report.js';
import type { ClusterComparisonData, Report } from '../report/schema.js';
import { runIntoFolderAsync } from '../run/run-to-folder.js';
import { splitBlockers } from '../run/cluster-split.js';
import { runSplitToFolder } from '../run/split-run.js';
import { DEFAULT_LIMITS, describeWork, estimateWork, overLimits } from '../run/work-estimate.js';
import { Simulation } from '../run/simulate.js';
import { checkpoint, CheckpointError, checkpointScenario, isCheckpointHead, readCheckpoint, restore, scenarioSource, writeCheckpoint } from '../api/checkpoint.js';
import { applyOverlay, OverlayError, readOverlay } from '../api/overlay.js';
import { Duration } from '../scenario/schema.js';
import { loadScenario, parseScenarioText, scenarioJsonSchema, ScenarioError, type Scenario } from '../scenario/index.js';
import { sweepCommand, workerCommand } from '../sweep/index.js';
import { sizeCommand } from '../sweep/size-command.js';
import { calibrateCommand, collectCommand, overlayCommand, replayCommand } from '../calibration/commands.js';
import { VERSION } from '../version.js';
import { EXIT, type CliIo } from '../io.js';
import { ProgressBar } from './progress.js';
import { renderPresets } from './presets.js';
import { loadScenarioPolicies } from '../api/policy.js';
import { renderAlarms, renderHeadline, renderUnplaceable } from './render.js';
import { renderComparison } from './render-comparison.js';
import { labCommand, type LabOptions } from './commands/lab.js';
import { addImportCommand } from './commands/import.js';
import { addGenerateCommand } from './commands/generate.js';
import { addRightsizeCommand } from './commands/rightsize.js';
import { addRunwayCommand } from './commands/runway.js';
import { addHeadroomCommand } from './commands/headroom.js';

/** A seed from the command line: an integer when it looks like one, else the string. */
export function parseSeed(text: string): number | string {
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
}

/** A path as the user would write it: relative to the working folder when inside it. */
function shown(io: CliIo, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** Run labels for a comparison: scenario names, or folder names when scenario names repeat. */
function reportLabels(reports: readonly Report[], folders: readonly string[]): string[] {
  const names = reports.map((r) => r.run.scenario);
  if (new Set(names).size === names.length) return names;
  const byFolder = folders.map((f, k) => `${names[k] as string} (${path.basename(f)})`);
  return new Set(byFolder).size === byFolder.length ? byFolder : defaultLabels(reports);
}

class ExitSignal {
  constructor(readonly code: number) {}
}

/** The scenario with a calibration overlay merged in (problems name the scenario file). */
function loadWithOverlay(io: CliIo, file: string, overlayFile: string): Scenario {
  const location = path.resolve(io.cwd, file);
  const shownName = path.relative(io.cwd, location) || file;
  try {
    const overlay = parseCalibrationOverlay(readNamed(path.resolve(io.cwd, overlayFile), `overlay '${overlayFile}'`), overlayFile);
    const raw = parseYaml(readNamed(location, `scenario file '${shownName}'`)) as Record<string, unknown>;
    const merged = applyCalibrationOverlay(raw, overlay);
    return parseScenarioText(JSON.stringify(merged), `${shownName} + ${overlayFile}`, path.dirname(location));
  } catch (err) {
    if (err instanceof ScenarioError) {
      io.stderr(`${err.message}\n`);
      throw new ExitSignal(EXIT.invalidScenario);
    }
    if (err instanceof CalibrationOverlayError || err instanceof InputFileError) {
      io.stderr(`error: ${(err as Error).message}\n`);
      throw new ExitSignal(EXIT.invalidScenario);
    }
    throw err;
  }
}

/** Text of an input file; an unreadable one is an `InputFileError` whose message names it. */
function readNamed(location: string, what: string): string {
  try {
    return readInputText(location, MAX_SCENARIO_BYTES);
  } catch (err) {
    if (err instanceof InputFileError) throw new InputFileError(`cannot read ${what}: ${err.reason}`);
    throw err;
  }
}

function load(io: CliIo, file: string): Scenario {
  try {
    const location = path.resolve(io.cwd, file);
    // Reports name the file relative to where dcsim was started, so they do not depend on
    // where the checkout lives.
    return loadScenario(path.relative(io.cwd, location) || file, location);
  } catch (err) {
    if (err instanceof ScenarioError) {
      io.stderr(`${err.message}\n`);
      throw new ExitSignal(EXIT.invalidScenario);
    }
    throw err;
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name('dcsim')
    .description('Deterministic discrete-event datacenter simulator for capacity planning')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run dcsim --help for usage)');

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
        const unplaced = [...result.placement.unplaced].sort((a, b) => a.vm - b.vm);
        io.stdout(renderUnplaceable(unplaced.map((u) => ({ id: result.world.vms.ids[u.vm] as string, reason: u.reason }))));
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

  program
    .command('validate')
    .description('check a scenario file and report every problem with its path and line')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .action((file: string) => {
      const s = load(io, file);
      for (const w of s.warnings) io.stderr(`warning: ${w}\n`);
      let hosts = 0;
      let vms = 0;
      for (const c of s.spec.clusters) {
        for (const g of c.hosts) hosts += g.count;
        for (const g of c.vms) vms += g.count;
      }
      io.stdout(`${file}: valid (${s.spec.clusters.length} cluster(s), ${hosts} hosts, ${vms} VMs)\n`);
      const work = estimateWork(s.spec);
      const over = overLimits(work);
      io.stdout(`work: ${describeWork(work)}\n`);
      if (over.length > 0) io.stderr(`warning: ${file}: beyond the default limits, \`dcsim run\` needs --allow-large:\n${over.map((o) => `  - ${o}\n`).join('')}`);
    });

  program
    .command('report')
    .description('rebuild report.html from report.json; several folders make a comparison page')
    .argument('<dirs...>', 'report folder(s) holding report.json')
    .option('--out <file>', 'page to write (default: <dir>/report.html, or reports/comparison.html for several)')
    .action((dirs: string[], opts: { out?: string }) => {
      const folders = dirs.map((d) => path.resolve(io.cwd, d));
      const reports = folders.map((dir) => {
        const file = path.join(dir, 'report.json');
        try {
          return readReportFile(file, shown(io, file));
        } catch (err) {
          if (err instanceof ReportFileError) {
            io.stderr(`error: ${err.message}\n`);
            throw new ExitSignal(EXIT.invalidScenario);
          }
          throw err;
        }
      });
      const defaultOut = folders.length === 1 ? path.join(folders[0] as string, 'report.html') : path.join(io.cwd, 'reports', 'comparison.html');
      const out = opts.out !== undefined ? path.resolve(io.cwd, opts.out) : defaultOut;
      try {
        makeDirs(path.dirname(out), out);
      } catch (err) {
        if (!(err instanceof OutputWriteError)) throw err;
        io.stderr(`error: ${err.message}\n`);
        throw new ExitSignal(EXIT.outputExists);
      }
      writingOutput(io, () => writeReportHtml(out, reports, { labels: reportLabels(reports, folders) }));
      io.stdout(`report: ${shown(io, out)}\n`);
    });

  program
    .command('whatif')
    .description('continue a checkpoint as-is and under each overlay, and compare the alternatives')
    .argument('<checkpoint>', 'checkpoint file written by dcsim run --checkpoint-at')
    .option('--apply <overlay...>', 'overlay files (YAML or JSON): events from the fork point, policy changes, power-offs')
    .option('--out <dir>', 'folder for the alternatives and comparison.html (default: reports/whatif-<scenario>)')
    .option('--force', 'replace existing alternative folders', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: { apply?: string[]; out?: string; force: boolean; quiet: boolean }) => {
      let ck;
      let overlays;
      try {
        ck = readCheckpoint(path.resolve(io.cwd, file));
        overlays = (opts.apply ?? []).map((f) => readOverlay(path.resolve(io.cwd, f)));
      } catch (err) {
        if (!(err instanceof CheckpointError || err instanceof OverlayError || err instanceof ScenarioError)) throw err;
        io.stderr(`error: ${err.message}\n`);
        throw new ExitSignal(EXIT.invalidScenario);
      }
      const names = overlays.map((o) => o.name);
      if (names.includes('as-is') || new Set(names).size !== names.length) {
        io.stderr(`error: overlay names must be unique and not "as-is": ${names.join(', ')}\n`);
        throw new ExitSignal(EXIT.usage);
      }
      const forked = checkpointScenario(ck);
      const outDir = path.resolve(io.cwd, opts.out ?? path.join('reports', `whatif-${forked.spec.name}`));
      const alternatives = [{ name: 'as-is', overlay: null }, ...overlays.map((o) => ({ name: o.name, overlay: o }))];
      const reports: Report[] = [];
      for (const alt of alternatives) {
        const dir = path.join(outDir, alt.name);
        let refused: string[] = [];
        try {
          const checkpointData = ck;
          await runIntoFolderAsync(
            forked,
            {
              outDir: dir,
              force: opts.force,
              wallClock: io.wallClock,
              tag: io.tag,
              prepare: (sim) => {
                if (alt.overlay) refused = applyOverlay(sim, alt.overlay);
              },
            },
            (attach) => restore(checkpointData, { attach }),
          );
        } catch (err) {
          if (isOutputError(err)) {
            io.stderr(`error: ${err.message}\n`);
            throw new ExitSignal(EXIT.outputExists);
          }
          throw err;
        }
        for (const r of refused) io.stderr(`warning: ${alt.name}: refused: ${r}\n`);
        reports.push(readReportFile(path.join(dir, 'report.json')));
        if (!opts.quiet) io.stdout(renderHeadline(`${alt.name} (from t=${ck.t} ms)`, reports[reports.length - 1]!.headline));
      }
      const comparison = path.join(outDir, 'comparison.html');
      writingOutput(io, () => writeReportHtml(comparison, reports, { labels: alternatives.map((a) => a.name) }));
      if (!opts.quiet) io.stdout(`comparison: ${shown(io, comparison)}\n`);
    });

  program
    .command('presets')
    .description('list the built-in failure presets and SPECpower server curves a scenario can name')
    .action(() => {
      io.stdout(renderPresets());
    });

  const collect = (value: string, previous: string[]): string[] => [...previous, value];
  program
    .command('sweep')
    .description('run a scenario over a grid of parameter values and seeds; write per-run and per-point results and the safe-overcommit frontier')
    .argument('<scenario>', 'scenario file (YAML or JSON); its sweep section is used when no --set is given')
    .option('--set <path=v1,v2,...>', 'sweep a scenario path (or cpu.overcommit / memory.overcommit) over values (repeatable)', collect, [])
    .option('--replications <n>', 'runs per point, seeds derived from the root seed')
    .option('--seed <seed>', 'root seed (overrides the scenario)')
    .option('--workers <n>', 'worker threads (default: the machine\'s cores)')
    .option('--out <dir>', 'output folder (default: reports/<scenario name>-sweep)')
    .option('--force', 'replace an existing output folder', false)
    .option('--restart', 'discard the checkpoint (and queued results) of this sweep and start over', false)
    .option('--queue <url>', 'run on BullMQ workers through Redis, e.g. redis://127.0.0.1:6379/0 (rediss:// for TLS)')
    .option('--objective <expr>', "service objective for the frontier, e.g. 'cpuReady.p95OfVmP95Pct<5' (repeatable)", collect, [])
    .option('--frontier <basis>', 'judge objectives on the mean or on the 95% CI (mean | ci95)')
    .option('--split-clusters', "simulate each run's clusters apart on the worker threads and merge them (same results)", false)
    .option('--allow-large', 'run even when one run is beyond the default work limits (see dcsim run --help)', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: { set: string[]; replications?: string; seed?: string; workers?: string; out?: string; force: boolean; restart: boolean; queue?: string; objective: string[]; frontier?: string; quiet: boolean; splitClusters: boolean; allowLarge: boolean }) => {
      const code = await sweepCommand(file, { ...opts, ...(opts.seed !== undefined ? { seed: parseSeed(opts.seed) } : {}) }, io);
      if (code !== EXIT.ok) throw new ExitSignal(code);
    });

  program
    .command('size')
    .description('find the fewest hosts of the scenario\'s host spec that meet the objectives (bisection over full simulations with replications); write sizing.json and sizing.csv')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .option('--objective <expr>', "service objective, e.g. 'cpuReady.p95OfVmP95Pct<5' (repeatable; default p95 CPU ready < 5 %, no swap, availability >= 99.95 %; every VM placed always)", collect, [])
    .option('--hosts <path>', 'the host count to size (default clusters[0].hosts[0].count)')
    .option('--replications <n>', 'runs per host count (default: the sweep section\'s, else 10)')
    .option('--basis <basis>', 'judge objectives on the mean or the 95% CI (mean | ci95; default ci95)')
    .option('--spare <k>', 'N+k: fail the k hosts carrying the most VMs in every run (HA restarts their VMs) and size for that')
    .option('--fail-at <time>', 'when --spare\'s hosts fail, from the run start, e.g. 13h (default: a quarter into the run)')
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
    .action(async (file: string, opts: { objective: string[]; hosts?: string; replications?: string; basis?: string; spare?: string; failAt?: string; search?: string; hostCount?: string; capMin?: string; capMax?: string; capStep?: string; min?: string; max?: string; seed?: string; workers?: string; out?: string; force: boolean; quiet: boolean }) => {
      const code = await sizeCommand(file, { ...opts, ...(opts.seed !== undefined ? { seed: parseSeed(opts.seed) } : {}) }, io);
      if (code !== EXIT.ok) throw new ExitSignal(code);
    });

  program
    .command('worker')
    .description('process sweep runs from a BullMQ queue until stopped (SIGINT / SIGTERM)')
    .requiredOption('--queue <url>', 'Redis URL, e.g. redis://127.0.0.1:6379/0 (rediss:// for TLS)')
    .option('--concurrency <n>', 'runs at a time, each on a worker thread (default: the machine\'s cores)')
    .option('--lock-duration <ms>', 'job lock; a job whose worker died is retried after it expires (BullMQ default 30000)')
    .option('--stalled-interval <ms>', 'how often this worker checks for stalled jobs (BullMQ default 30000)')
    .option('--max-stalled <n>', 'times a job may stall before it fails (BullMQ default 1)')
    .option('--quiet', 'print nothing but errors', false)
    .action(async (opts: { queue: string; concurrency?: string; lockDuration?: string; stalledInterval?: string; maxStalled?: string; quiet: boolean }) => {
      const stop = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      const code = await workerCommand(opts, io, stop);
      if (code !== EXIT.ok) throw new ExitSignal(code);
    });

  program
    .command('collect')
    .description('sample this KVM host (virsh domstats, /proc, KSM, zswap) into an NDJSON trace for replay and calibrate')
    .option('--interval <duration>', 'time between samples', '10s')
    .option('--duration <duration>', 'stop after this long (default: until Ctrl-C)')
    .option('--samples <n>', 'stop after this many samples')
    .option('--out <file>', 'trace file to write', 'trace.ndjson')
    .option('--connect <uri>', 'libvirt URI for virsh -c, e.g. qemu:///system')
    .option('--force', 'replace an existing trace file', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (opts: { interval: string; duration?: string; samples?: string; out: string; connect?: string; force: boolean; quiet: boolean }) => {
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const code = await collectCommand(opts, io, stop.signal);
        if (code !== EXIT.ok) throw new ExitSignal(code);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });

  const traceOptions = (c: Command): Command =>
    c
      .option('--scenario <overlay>', 'overlay YAML applied to the generated scenario (hosts, templates; see README)')
      .option('--out <dir>', 'output folder')
      .option('--format <format>', 'trace format (default: detected): ndjson, domstats, capture-dir, prometheus, ksm-csv, bitbrains, planetlab, generic-csv')
      .option('--step <duration>', 'replay step (default: the median sample interval)')
      .option('--interval <duration>', 'spacing of snapshots that carry no timestamps (default 10s)')
      .option('--select <prefix>', 'only archive members / files starting with this (PlanetLab .tar.gz)')
      .option('--weights <metric=w,...>', 'error weights (cpu, steal, ksm, swap, swapIn, swapOut, balloon, zswap)')
      .option('--force', 'replace an existing output folder', false)
      .option('--quiet', 'print nothing but errors', false);

  traceOptions(
    program
      .command('replay')
      .description('replay a trace\'s VMs through the simulator and compare host CPU, steal, KSM, swap and balloon with what the host did')
      .argument('<trace>', 'trace file or folder (collector NDJSON, virsh domstats text, capture folder, Prometheus scrape, …)'),
  ).action(async (file: string, opts: Parameters<typeof replayCommand>[1]) => {
    const code = await replayCommand(file, opts, io);
    if (code !== EXIT.ok) throw new ExitSignal(code);
  });

  traceOptions(
    program
      .command('calibrate')
      .description('fit model parameters to a trace; write the fitted overlay, the calibrated scenario and a calibration report')
      .argument('<trace>', 'trace file or folder')
      .requiredOption('--fit <params>', 'parameters to fit: cpuOverheadPct, ksmPagesPerSec, zeroPct, intraPct, interPct, compressiblePct, balloonRateMiBps, swapBandwidthMiBps')
      .option('--max-evals <n>', 'simulations the optimiser may spend (default 40 + 30 per parameter)'),
  ).action(async (file: string, opts: Parameters<typeof calibrateCommand>[1]) => {
    const code = await calibrateCommand(file, opts, io);
    if (code !== EXIT.ok) throw new ExitSignal(code);
  });

  program
    .command('overlay')
    .description('apply a calibration overlay to a scenario and write the complete scenario (for dcsim run)')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .argument('<overlay>', 'overlay YAML (from dcsim calibrate)')
    .option('--out <file>', 'scenario to write (default: <scenario>.calibrated.yaml beside it)')
    .option('--force', 'replace an existing file', false)
    .action(async (scenario: string, overlay: string, opts: { out?: string; force: boolean }) => {
      const code = await overlayCommand(scenario, overlay, opts, io);
      if (code !== EXIT.ok) throw new ExitSignal(code);
    });

  const exitWith = (code: number): never => {
    throw new ExitSignal(code);
  };
  addImportCommand(program, io, exitWith);
  addGenerateCommand(program, io, exitWith);
  addRightsizeCommand(program, io, exitWith);
  addRunwayCommand(program, io, exitWith);
  addHeadroomCommand(program, io, exitWith);

  program
    .command('lab')
    .description('write lab.html: the simulator live in the browser (fail hosts with a click, fork what-ifs, export the session)')
    .argument('[scenario]', 'scenario file (default: the built-in labs)')
    .option('--out <dir>', 'folder for lab.html (default: lab)')
    .option('--force', 'replace an existing lab.html', false)
    .option('--quiet', 'print nothing but errors', false)
    .action((file: string | undefined, opts: LabOptions) => {
      const code = labCommand(file, opts, io);
      if (code !== EXIT.ok) throw new ExitSignal(code);
    });

  program
    .command('schema')
    .description('print the JSON Schema of scenario files (for editor completion and checks)')
    .action(() => {
      io.stdout(stableJson(scenarioJsonSchema()));
    });
  return program;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ExitSignal) return err.code;
    if (err instanceof CommanderError) {
      // Help and version exit with 0; everything else commander rejects is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`internal error: ${message}\n`);
    return EXIT.internal;
  }
}

/**
 * Refuses a run beyond the default work limits unless `--allow-large` (exit 3, with the
 * estimate and the limit); announces a long run so that it never runs silently.
 */
function checkWork(io: CliIo, file: string, scenario: Scenario, allowLarge: boolean, quiet: boolean): void {
  const work = estimateWork(scenario.spec);
  const over = overLimits(work);
  if (over.length > 0 && !allowLarge) {
    io.stderr(`error: ${file}: this run is larger than dcsim starts without being asked:\n${over.map((o) => `  - ${o}\n`).join('')}check duration, step and VM counts, or pass --allow-large to run it anyway\n`);
    throw new ExitSignal(EXIT.invalidScenario);
  }
  if (!quiet && (work.vmSteps > LONG_RUN_VM_STEPS || over.length > 0)) io.stderr(`simulating ${describeWork(work)}\n`);
}

/** Runs of more VM-steps than this (several seconds) say what they are about to do. */
const LONG_RUN_VM_STEPS = 1e8;

/** Runs `write`; an output refused (not dcsim's, or exists without --force) or unwritable is exit 4. */
function writingOutput<T>(io: CliIo, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (!isOutputError(err)) throw err;
    io.stderr(`error: ${err.message}\n`);
    throw new ExitSignal(EXIT.outputExists);
  }
}

/** Runs `write` (a run writing its report folder); an existing or unwritable folder is exit 4. */
async function writingReport<T>(io: CliIo, bar: ProgressBar | null, write: () => T | Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await write();
  } catch (err) {
    bar?.done();
    if (isOutputError(err)) {
      io.stderr(`error: ${err.message}\n`);
      throw new ExitSignal(EXIT.outputExists);
    }
    throw err;
  }
  bar?.done();
  return result;
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
  const { connectRedis, RedisUnreachableError, RedisUrlError } = await import('../sweep/redis.js');
  const { splitQueue, ClusterJobError } = await import('../sweep/split-queue.js');
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
