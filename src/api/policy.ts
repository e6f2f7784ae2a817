/**
 * Policies as code: a scenario names a local module (JavaScript, or TypeScript compiled to it)
 * whose default export implements any of these hooks; dcsim calls them with read-only views.
 *
 *   placement  scoreHost(view, vm, host) → number: among hosts that pass every filter (caps,
 *              rules, host state), the highest score wins (ties: lowest host index). Replaces
 *              the cluster's algorithm for initial placement, HA restarts and evacuations.
 *
 * A policy that throws, or returns something that is not a finite number, stops the run
 * cleanly: the error (with the policy's stack) is reported and the report is marked partial.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { LoadedPolicy, Policy } from '../policy/hooks.js';

export { installPolicies, PolicyError, type LoadedPolicy, type Policy } from '../policy/hooks.js';

/** Load a policy module: its default export (or the module itself) must be an object with hooks. */
export async function loadPolicy(file: string, baseDir: string): Promise<LoadedPolicy> {
  const abs = path.resolve(baseDir, file);
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`cannot load policy ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const policy = (mod.default ?? mod) as Policy;
  if (typeof policy !== 'object' || policy === null || typeof policy.scoreHost !== 'function')
    throw new Error(`policy ${file} exports no hook: expected a default export with scoreHost(view, vm, host)`);
  return { file, policy };
}

/** Load the policies a scenario names (cluster placement.policy), relative to the scenario's folder. */
export async function loadScenarioPolicies(
  clusters: ReadonlyArray<{ site: string; name: string; placement: { policy?: string | undefined } }>,
  baseDir: string,
): Promise<Record<string, LoadedPolicy>> {
  const out: Record<string, LoadedPolicy> = {};
  for (const c of clusters) {
    if (c.placement.policy === undefined) continue;
    out[`${c.site}/${c.name}`] = await loadPolicy(c.placement.policy, baseDir);
  }
  return out;
}
