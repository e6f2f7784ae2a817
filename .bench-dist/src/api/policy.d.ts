import type { LoadedPolicy } from './policy-hooks.js';
export { installPolicies, PolicyError, type LoadedPolicy, type Policy } from './policy-hooks.js';
/** Load a policy module: its default export (or the module itself) must be an object with hooks. */
export declare function loadPolicy(file: string, baseDir: string): Promise<LoadedPolicy>;
/** Load the policies a scenario names (cluster placement.policy), relative to the scenario's folder. */
export declare function loadScenarioPolicies(clusters: ReadonlyArray<{
    site: string;
    name: string;
    placement: {
        policy?: string | undefined;
    };
}>, baseDir: string): Promise<Record<string, LoadedPolicy>>;
