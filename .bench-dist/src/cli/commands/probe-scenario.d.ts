import { type LoadedPolicy } from '../../api/policy.js';
import { type Scenario } from '../../scenario/index.js';
import { type Objective } from '../../sweep/objectives.js';
import { type CliIo } from '../io.js';
/** The objectives asked for (default: the sweep's), or the usage message when one is malformed. */
export declare function objectivesOf(list: readonly string[] | undefined): Objective[] | string;
export interface ProbeScenario {
    readonly location: string;
    /** The file as the user named it, relative to the working folder. */
    readonly shownName: string;
    readonly base: Scenario;
    /** The same file as plain YAML data, for the rewrites. */
    readonly raw: Record<string, unknown>;
}
export declare function shownNameOf(io: CliIo, file: string): string;
/** Reads and checks the scenario; throws what `probeError` maps. */
export declare function loadProbeScenario(io: CliIo, file: string): ProbeScenario;
/** Placement policies as code, loaded once (as dcsim run does) and used by every probe. */
export declare function probePolicies(p: ProbeScenario): Promise<Readonly<Record<string, LoadedPolicy>>>;
/** The exit code for an error of loading or writing, after saying it; other errors are thrown on. */
export declare function probeError(err: unknown, io: CliIo, shownName: string): number;
