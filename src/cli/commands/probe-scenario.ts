/**
 * What `runway` and `headroom` share: the objectives from `--objective`, the scenario read once
 * (typed, and as raw YAML for the growth and added-VM rewrites), its placement policies, and
 * the mapping of their errors to exit codes. Each command then simulates rewritten copies.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadScenarioPolicies, PolicyError, type LoadedPolicy } from '../../api/policy.js';
import { InputFileError, MAX_SCENARIO_BYTES, readInputText } from '../../scenario/input-file.js';
import { parseScenarioText, ScenarioError, type Scenario } from '../../scenario/index.js';
import { DEFAULT_OBJECTIVES, ObjectiveError, parseObjective, type Objective } from '../../sweep/objectives.js';
import { EXIT, type CliIo } from '../../io.js';
import { inputOrOutputExit } from './support.js';

/** The objectives asked for (default: the sweep's), or the usage message when one is malformed. */
export function objectivesOf(list: readonly string[] | undefined): Objective[] | string {
  try {
    return (list ?? [...DEFAULT_OBJECTIVES]).map(parseObjective);
  } catch (err) {
    if (err instanceof ObjectiveError) return `error: --objective: ${err.message}\n`;
    throw err;
  }
}

export interface ProbeScenario {
  readonly location: string;
  /** The file as the user named it, relative to the working folder. */
  readonly shownName: string;
  readonly base: Scenario;
  /** The same file as plain YAML data, for the rewrites. */
  readonly raw: Record<string, unknown>;
}

export function shownNameOf(io: CliIo, file: string): string {
  return path.relative(io.cwd, path.resolve(io.cwd, file)) || file;
}

/** Reads and checks the scenario; throws what `probeError` maps. */
export function loadProbeScenario(io: CliIo, file: string): ProbeScenario {
  const location = path.resolve(io.cwd, file);
  const shownName = shownNameOf(io, file);
  const text = readInputText(location, MAX_SCENARIO_BYTES);
  const base = parseScenarioText(text, shownName, path.dirname(location));
  const raw = parseYaml(text, { merge: true }) as Record<string, unknown>;
  return { location, shownName, base, raw };
}

/** Placement policies as code, loaded once (as dcsim run does) and used by every probe. */
export function probePolicies(p: ProbeScenario): Promise<Readonly<Record<string, LoadedPolicy>>> {
  return loadScenarioPolicies(p.base.spec.clusters, path.dirname(p.location));
}

/** The exit code for an error of loading or writing, after saying it; other errors are thrown on. */
export function probeError(err: unknown, io: CliIo, shownName: string): number {
  if (err instanceof ScenarioError) {
    io.stderr(`${err.message}\n`);
    return EXIT.invalidScenario;
  }
  if (err instanceof PolicyError) {
    io.stderr(`error: ${shownName}: ${err.message}\n`);
    return EXIT.invalidScenario;
  }
  if (err instanceof InputFileError) {
    io.stderr(`error: cannot read scenario file '${shownName}': ${err.reason}\n`);
    return EXIT.invalidScenario;
  }
  return inputOrOutputExit(io, err);
}
