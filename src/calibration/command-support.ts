/**
 * What the calibration commands share: a failure carrying its exit code, duration options, paths
 * as the user would write them, and the mapping of known errors to exit codes (README, "Exit
 * codes").
 */
import path from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { isOutputError } from '../output/ownership.js';
import { Duration, ScenarioError } from '../scenario/index.js';
import { CalibrationError } from './fit/calibrate.js';
import { TraceReadError } from './import/index.js';
import { OverlayError } from './overlay.js';

/** A command failure: the message for stderr and the exit code. */
export class Fail extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A duration option ("10s", "5m") in ms, or a usage failure naming the option. */
export function durationMs(text: string, option: string): number {
  const r = Duration.safeParse(text);
  if (!r.success) throw new Fail(EXIT.usage, `${option}: expected a duration such as "10s", "5m" or "1h", found '${text}'`);
  return r.data;
}

/** A path as the user would write it: relative to the working folder when inside it. */
export function shown(io: CliIo, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

/** Runs `body`, mapping known errors to exit codes and messages. */
export async function guarded(io: CliIo, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof Fail) {
      io.stderr(`error: ${err.message}\n`);
      return err.code;
    }
    if (isOutputError(err)) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.outputExists;
    }
    if (err instanceof ScenarioError || err instanceof OverlayError || err instanceof TraceReadError || err instanceof CalibrationError) {
      io.stderr(`${err instanceof ScenarioError || err instanceof OverlayError ? '' : 'error: '}${err.message}\n`);
      return EXIT.invalidScenario;
    }
    throw err;
  }
}
