/**
 * The command logic of `dcsim replay`, `calibrate` and `overlay` (and `collect`, in
 * collect-command.ts): options checked, the library called, results rendered; each returns its
 * exit code (README, "Exit codes"). src/cli/commands/ registers them (one file each); with command-support.ts and
 * collect-command.ts this is the only calibration code that sees the CLI's io.
 */
import { statSync } from 'node:fs';
import { InputFileError, inputFileProblem, MAX_SCENARIO_BYTES, MAX_TRACE_BYTES, readInputText } from '../scenario/input-file.js';
import { writeFileAtomic } from '../output/atomic-dir.js';
import { checkReplaceableFile, checkReplaceableFolder } from '../output/ownership.js';
import path from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { overlayScenario } from './apply-overlay.js';
import { durationMs, Fail, guarded, shown } from './command-support.js';
import { calibrateToFolder } from './fit/calibration-folder.js';
import { PARAMS, parseFitList } from './fit/params.js';
import { importTrace } from './import/index.js';
import { parseOverlay, type Overlay } from './overlay.js';
import { gridOf } from './resample.js';
import { buildReplay } from './replay/build-scenario.js';
import { METRIC_INFO, METRICS, type Metric, type Weights } from './replay/metrics.js';
import { replayToFolder } from './replay/replay-folder.js';
import { formatImportProblem, TRACE_FORMATS, type CalibrationTrace, type TraceFormat } from './trace.js';

export { collectCommand, type CollectCommandOptions } from './collect-command.js';

export interface TraceCommandOptions {
  scenario?: string;
  out?: string;
  format?: string;
  step?: string;
  interval?: string;
  select?: string;
  weights?: string;
  force: boolean;
  quiet: boolean;
}

function parseWeights(text: string | undefined): Weights {
  if (text === undefined) return {};
  const out: Weights = {};
  for (const part of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const [k, v] = part.split('=');
    const w = Number(v);
    if (!(METRICS as readonly string[]).includes(k ?? '') || !(w >= 0)) {
      throw new Fail(EXIT.usage, `--weights: expected metric=weight pairs with metrics among ${METRICS.join(', ')}, found '${part}'`);
    }
    out[k as Metric] = w;
  }
  return out;
}

function loadTrace(io: CliIo, file: string, o: TraceCommandOptions): CalibrationTrace {
  if (o.format !== undefined && !(TRACE_FORMATS as readonly string[]).includes(o.format)) {
    throw new Fail(EXIT.usage, `--format: expected one of ${TRACE_FORMATS.join(', ')}, found '${o.format}'`);
  }
  const location = path.resolve(io.cwd, file);
  // A folder is read entry by entry by the importer; anything else must be a regular file of a
  // bounded size (a device or a pipe would hang the read).
  let isFolder = false;
  try {
    isFolder = statSync(location).isDirectory();
  } catch {
    /* the check below says why */
  }
  const problem = isFolder ? null : inputFileProblem(location, MAX_TRACE_BYTES);
  if (problem !== null) throw new Fail(EXIT.invalidScenario, `cannot read trace '${file}': ${problem}`);
  const trace = importTrace(location, {
    ...(o.format !== undefined ? { format: o.format as TraceFormat } : {}),
    ...(o.interval !== undefined ? { intervalMs: durationMs(o.interval, '--interval') } : {}),
    ...(o.select !== undefined ? { select: o.select } : {}),
  });
  if (!o.quiet) {
    const vms = trace.hosts.reduce((s, h) => s + h.vms.length, 0);
    io.stderr(`imported ${file} (${trace.format}): ${trace.hosts.length} host(s), ${vms} VM(s)\n`);
    for (const p of trace.problems.slice(0, 10)) io.stderr(`warning: ${formatImportProblem({ ...p, file: shown(io, p.file) })}\n`);
    if (trace.problems.length > 10) io.stderr(`warning: … ${trace.problems.length - 10} more problems (all in the output's JSON)\n`);
    for (const n of trace.notes) io.stderr(`note: ${n}\n`);
  }
  // Outputs name the trace as the user typed it, not by this machine's absolute path: the same
  // command in another folder or on another machine gives the same files.
  return { ...trace, source: file };
}

function loadOverlay(io: CliIo, file: string | undefined): Overlay | null {
  if (file === undefined) return null;
  const p = path.resolve(io.cwd, file);
  let text: string;
  try {
    text = readInputText(p, MAX_SCENARIO_BYTES);
  } catch (err) {
    throw new Fail(EXIT.invalidScenario, `cannot read overlay '${file}': ${err instanceof InputFileError ? err.reason : (err as Error).message}`);
  }
  return parseOverlay(text, file);
}

function planOf(io: CliIo, file: string, o: TraceCommandOptions) {
  const trace = loadTrace(io, file, o);
  const grid = gridOf(trace, o.step !== undefined ? durationMs(o.step, '--step') : undefined);
  if (typeof grid === 'string') throw new Fail(EXIT.invalidScenario, `${file}: nothing to replay: ${grid}`);
  const name = `replay-${path.basename(file).replace(/\.[^.]*$/, '')}`;
  const plan = buildReplay(trace, grid, name);
  if (plan.hosts.length === 0) throw new Fail(EXIT.invalidScenario, `${file}: nothing to replay: no VM has CPU samples`);
  for (const w of plan.warnings) io.stderr(`warning: ${w}\n`);
  if (!o.quiet) for (const n of plan.notes) if (!plan.warnings.includes(n)) io.stderr(`note: ${n}\n`);
  return { trace, plan, name };
}

const fmt = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : '—');

/** `dcsim replay`: the trace's VMs through the simulator, against what the host did. */
export function replayCommand(file: string, o: TraceCommandOptions, io: CliIo): Promise<number> {
  return guarded(io, () => {
    const { trace, plan, name } = planOf(io, file, o);
    const overlay = loadOverlay(io, o.scenario);
    const outDir = path.resolve(io.cwd, o.out ?? path.join('reports', name));
    checkReplaceableFolder(outDir, o.force); // before the work, not after it
    const r = replayToFolder(trace, plan, {
      outDir,
      force: o.force,
      tag: io.tag,
      wallClock: io.wallClock,
      overlay,
      ...(o.scenario !== undefined ? { overlayName: o.scenario } : {}),
      weights: parseWeights(o.weights),
    });
    if (!o.quiet) {
      io.stdout(`replayed ${plan.hosts.reduce((s, h) => s + h.vms.length, 0)} VM(s) on ${plan.hosts.length} host(s), ${plan.grid.cells} × ${plan.grid.stepMs / 1000} s\n`);
      for (const e of r.evaluation.errors.filter((x) => x.n > 0)) {
        io.stdout(`  ${METRIC_INFO[e.metric].label}: RMSE ${fmt(e.rmse)} ${METRIC_INFO[e.metric].unit}, bias ${fmt(e.bias)}\n`);
      }
      io.stdout(`report: ${shown(io, outDir)}\n`);
    }
    return EXIT.ok;
  });
}

export interface CalibrateCommandOptions extends TraceCommandOptions {
  fit: string;
  maxEvals?: string;
}

/** `dcsim calibrate`: fit the named parameters and write the overlay and report. */
export function calibrateCommand(file: string, o: CalibrateCommandOptions, io: CliIo): Promise<number> {
  return guarded(io, () => {
    const fit = parseFitList(o.fit);
    if (typeof fit === 'string') throw new Fail(EXIT.usage, `--fit: ${fit}`);
    const maxEvals = o.maxEvals !== undefined ? Number(o.maxEvals) : undefined;
    if (maxEvals !== undefined && !(Number.isInteger(maxEvals) && maxEvals > 0)) throw new Fail(EXIT.usage, `--max-evals: expected a whole number > 0, found '${o.maxEvals}'`);
    const { trace, plan, name } = planOf(io, file, o);
    const overlay = loadOverlay(io, o.scenario);
    const outDir = path.resolve(io.cwd, o.out ?? path.join('reports', name.replace(/^replay-/, 'calibration-')));
    checkReplaceableFolder(outDir, o.force); // before the fit, not after it
    const r = calibrateToFolder(trace, plan, {
      fit,
      overlay,
      weights: parseWeights(o.weights),
      ...(maxEvals !== undefined ? { maxEvals } : {}),
      outDir,
      force: o.force,
      tag: io.tag,
      wallClock: io.wallClock,
    });
    if (!o.quiet) {
      const err = (j: number): string => fmt(Math.sqrt(j), 4);
      io.stdout(`fitted ${fit.join(', ')} in ${r.evaluations} simulations: error ${err(r.before.objective)} → ${err(r.after.objective)}\n`);
      for (const p of r.params) {
        const d = PARAMS[p.key].decimals;
        const ci = p.ci95 ? ` (95 % ≈ ${p.ci95[0].toFixed(d)} … ${p.ci95[1].toFixed(d)})` : ` (${p.note ?? ''})`;
        io.stdout(`  ${p.key}: ${p.before.toFixed(d)} → ${p.after.toFixed(d)} ${p.unit}${ci}\n`);
      }
      for (const n of r.notes) io.stderr(`note: ${n}\n`);
      io.stdout(`overlay: ${shown(io, path.join(outDir, 'overlay.yaml'))}\nreport: ${shown(io, outDir)}\n`);
    }
    return EXIT.ok;
  });
}

/** `dcsim overlay`: write a scenario with an overlay applied. */
export function overlayCommand(scenario: string, overlay: string, o: { out?: string; force: boolean }, io: CliIo): Promise<number> {
  return guarded(io, () => {
    const src = path.resolve(io.cwd, scenario);
    const out = path.resolve(io.cwd, o.out ?? src.replace(/(\.ya?ml|\.json)?$/i, '.calibrated.yaml'));
    checkReplaceableFile(out, o.force, (head) => /^# .*\(dcsim overlay\)\.\n/.test(head), 'scenario written by dcsim overlay');
    let text: string;
    try {
      text = overlayScenario(src, path.resolve(io.cwd, overlay), out, { scenario, overlay, out: shown(io, out) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Fail(EXIT.invalidScenario, `cannot read ${(err as NodeJS.ErrnoException).path ?? scenario}: no such file`);
      throw err;
    }
    try {
      writeFileAtomic(out, text);
    } catch (err) {
      throw new Fail(EXIT.outputExists, `cannot write ${shown(io, out)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    io.stdout(`scenario: ${shown(io, out)}\n`);
    return EXIT.ok;
  });
}
