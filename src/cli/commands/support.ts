/**
 * What the commands share: loading a scenario (with a calibration overlay), the exit signal a
 * command ends with, and mapping refused or unwritable outputs to their exit codes.
 */
import { InputFileError, MAX_SCENARIO_BYTES, readInputText } from '../../scenario/input-file.js';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { applyOverlay as applyCalibrationOverlay, OverlayError as CalibrationOverlayError, parseOverlay as parseCalibrationOverlay } from '../../calibration/overlay.js';
import { isOutputError } from '../../output/ownership.js';
import { describeWork, estimateWork, overLimits } from '../../run/work-estimate.js';
import { loadScenario, parseScenarioText, ScenarioError, type Scenario } from '../../scenario/index.js';
import { EXIT, type CliIo } from '../../io.js';
import { ProgressBar } from '../progress.js';

/** A seed from the command line: an integer when it looks like one, else the string. */
export function parseSeed(text: string): number | string {
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
}

/** A path as the user would write it: relative to the working folder when inside it. */
export function shown(io: CliIo, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** Thrown by a command to end with an exit code; main() turns it into the return value. */
export class ExitSignal {
  constructor(readonly code: number) {}
}

/** Ends a command with the exit code its work returned: nothing to do for 0, else the ExitSignal main() returns. */
export function endWith(code: number): void {
  if (code !== EXIT.ok) throw new ExitSignal(code);
}

/** The scenario with a calibration overlay merged in (problems name the scenario file). */
export function loadWithOverlay(io: CliIo, file: string, overlayFile: string): Scenario {
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
export function readNamed(location: string, what: string): string {
  try {
    return readInputText(location, MAX_SCENARIO_BYTES);
  } catch (err) {
    if (err instanceof InputFileError) throw new InputFileError(`cannot read ${what}: ${err.reason}`);
    throw err;
  }
}

export function load(io: CliIo, file: string): Scenario {
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

/**
 * Refuses a run beyond the default work limits unless `--allow-large` (exit 3, with the
 * estimate and the limit); announces a long run so that it never runs silently.
 */
export function checkWork(io: CliIo, file: string, scenario: Scenario, allowLarge: boolean, quiet: boolean): void {
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

/** An error class a command names as its input's own (a bad export, trace or report folder). */
type InputErrorClass = abstract new (...args: never[]) => Error;

/**
 * The exit code of what a command caught: an error of its input (an instance of one of
 * `inputErrors`) exits 3, an output refused or unwritable exits 4, each said on stderr. Anything
 * else is not the user's to fix and is thrown on (main reports an internal error).
 */
export function inputOrOutputExit(io: CliIo, err: unknown, inputErrors: readonly InputErrorClass[] = []): number {
  if (inputErrors.some((E) => err instanceof E)) {
    io.stderr(`error: ${(err as Error).message}\n`);
    return EXIT.invalidScenario;
  }
  if (isOutputError(err)) {
    io.stderr(`error: ${err.message}\n`);
    return EXIT.outputExists;
  }
  throw err;
}

/** Runs `write`; an output refused (not dcsim's, or exists without --force) or unwritable is exit 4. */
export function writingOutput<T>(io: CliIo, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (!isOutputError(err)) throw err;
    io.stderr(`error: ${err.message}\n`);
    throw new ExitSignal(EXIT.outputExists);
  }
}

/** Runs `write` (a run writing its report folder); an existing or unwritable folder is exit 4. */
export async function writingReport<T>(io: CliIo, bar: ProgressBar | null, write: () => T | Promise<T>): Promise<T> {
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

/** Commander's collector for a repeatable option. */
export const repeatable = (value: string, previous: string[]): string[] => [...previous, value];
