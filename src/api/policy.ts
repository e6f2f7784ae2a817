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
import type { Datacenter } from '../model/datacenter.js';
import { setScorerOverride } from '../model/placement/choose.js';
import { hostView, simulationView, vmView, type HostView, type SimulationView, type VmView } from './view.js';

export interface Policy {
  readonly name?: string;
  scoreHost?(view: SimulationView, vm: VmView, host: HostView): number;
}

export interface LoadedPolicy {
  readonly file: string;
  readonly policy: Policy;
}

/** A policy failed: where, and the error it threw. */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly hook: string,
    readonly t: number,
    readonly causeError: unknown,
  ) {
    const inner = causeError instanceof Error ? causeError.message : String(causeError);
    super(`policy ${file} failed in ${hook} at t=${t} ms: ${inner}`);
    this.name = 'PolicyError';
  }

  /** The policy's own stack, for the report. */
  get policyStack(): string {
    return this.causeError instanceof Error && this.causeError.stack ? this.causeError.stack : String(this.causeError);
  }
}

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

/** Route the placement of clusters to their policies (cluster id, or '*' for all). */
export function installPolicies(dc: Datacenter, policies: Readonly<Record<string, LoadedPolicy>>): void {
  const { world } = dc;
  const view = simulationView(dc);
  for (const [clusterId, loaded] of Object.entries(policies)) {
    world.clusters.forEach((c, ci) => {
      if (clusterId !== '*' && clusterId !== c.id) return;
      setScorerOverride(world, ci, (_w, _c, h, v) => {
        let score: unknown;
        try {
          score = loaded.policy.scoreHost?.(view, vmView(dc, v), hostView(dc, h));
        } catch (err) {
          throw new PolicyError(loaded.file, 'scoreHost', dc.kernel.now, err);
        }
        if (typeof score !== 'number' || !Number.isFinite(score))
          throw new PolicyError(loaded.file, 'scoreHost', dc.kernel.now, new TypeError(`scoreHost returned ${String(score)}, expected a finite number`));
        return score;
      });
    });
  }
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
