/**
 * What a sweep varies, as the user wrote it: `--set path=v1,v2,...` arguments, or the `sweep`
 * section of the scenario file (the command line wins: any --set replaces the file's set, and
 * --replications, --objective and --frontier replace their counterparts).
 */
import { DEFAULT_OBJECTIVES, ObjectiveError, parseObjective, type FrontierBasis, type Objective } from './objectives.js';
import { parseValue, type SweepValue } from './paths.js';

/** A mistake in how the sweep is asked for (exit code 2), listing every one found. */
export class SweepUsageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** A parameter before its paths are resolved against the scenario. */
export interface ParameterInput {
  readonly name: string;
  readonly values: readonly SweepValue[];
  /** How the user wrote it, for messages: `--set cpu.overcommit=1,2` or `sweep.set.cpu.overcommit`. */
  readonly origin: 'cli' | 'file';
}

export interface SweepOptionsInput {
  readonly set?: readonly string[];
  readonly replications?: number;
  readonly objectives?: readonly string[];
  readonly frontier?: FrontierBasis;
}

export interface SweepSection {
  readonly set: Readonly<Record<string, readonly SweepValue[]>>;
  readonly replications: number;
  readonly objectives?: readonly string[] | undefined;
  readonly frontier?: FrontierBasis | undefined;
}

export interface SweepDefinition {
  readonly parameters: readonly ParameterInput[];
  readonly replications: number;
  readonly objectives: readonly Objective[];
  readonly frontier: FrontierBasis;
}

/** `path=v1,v2,...` → name and values; values are numbers, true / false, null or text. */
export function parseSetArgument(arg: string): ParameterInput {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new SweepUsageError([`--set ${arg}: expected path=value1,value2,... (e.g. --set cpu.overcommit=1,2,4)`]);
  const name = arg.slice(0, eq).trim();
  const list = arg.slice(eq + 1);
  if (list.trim() === '') throw new SweepUsageError([`--set ${arg}: no values after '='`]);
  const parts = list.split(',');
  if (parts.some((p) => p.trim() === '')) throw new SweepUsageError([`--set ${arg}: an empty value in the list (two commas in a row, or a trailing comma)`]);
  return { name, values: parts.map(parseValue), origin: 'cli' };
}

/** How a parameter's values are named in messages: `--set cpu.overcommit=2,4` or `sweep.set["cpu.overcommit"] value 2`. */
export function describeSetting(p: Pick<ParameterInput, 'name' | 'origin'>, values: readonly SweepValue[]): string {
  if (p.origin === 'cli') return `--set ${p.name}=${values.map((v) => (v === null ? 'null' : String(v))).join(',')}`;
  return `sweep.set["${p.name}"] value${values.length === 1 ? '' : 's'} ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

/** Resolves the command line against the file's sweep section; every problem at once. */
export function sweepDefinition(cli: SweepOptionsInput, section: SweepSection | undefined): SweepDefinition {
  const problems: string[] = [];
  let parameters: ParameterInput[] = [];
  if (cli.set && cli.set.length > 0) {
    for (const arg of cli.set) {
      try {
        parameters.push(parseSetArgument(arg));
      } catch (err) {
        if (!(err instanceof SweepUsageError)) throw err;
        problems.push(...err.problems);
      }
    }
  } else if (section) {
    parameters = Object.entries(section.set).map(([name, values]) => ({ name, values, origin: 'file' as const }));
  }
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.name)) problems.push(`${p.origin === 'cli' ? '--set' : 'sweep.set'} ${p.name}: given twice; give all its values in one list`);
    seen.add(p.name);
    const keys = p.values.map((v) => JSON.stringify(v));
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup !== undefined) problems.push(`${p.origin === 'cli' ? '--set' : 'sweep.set'} ${p.name}: value ${dup} is listed twice`);
  }
  const replications = cli.replications ?? section?.replications ?? 1;
  if (!Number.isSafeInteger(replications) || replications < 1) problems.push(`--replications ${String(replications)}: expected a whole number of at least 1`);
  const texts = cli.objectives && cli.objectives.length > 0 ? cli.objectives : (section?.objectives ?? DEFAULT_OBJECTIVES);
  const objectives: Objective[] = [];
  for (const t of texts) {
    try {
      objectives.push(parseObjective(t));
    } catch (err) {
      if (!(err instanceof ObjectiveError)) throw err;
      problems.push(err.message);
    }
  }
  if (problems.length > 0) throw new SweepUsageError(problems);
  return { parameters, replications, objectives, frontier: cli.frontier ?? section?.frontier ?? 'mean' };
}
