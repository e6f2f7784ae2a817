import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';
/** Every VM group's `template` names an entry of `templates`. */
export declare function checkTemplateRefs(spec: ScenarioSpec): PathProblem[];
/** Cluster names are unique in the scenario; host and VM group names within their cluster. */
export declare function checkUniqueNames(spec: ScenarioSpec): PathProblem[];
