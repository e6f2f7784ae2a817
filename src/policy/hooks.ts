/**
 * Policies as code, the part a simulation needs: the hooks a policy implements, the error that
 * stops a run when one fails, and routing a cluster's placement to its policy. Loading a policy
 * from a file (api/policy.ts) is kept apart so the simulation imports no Node module (the lab runs
 * it in a browser worker).
 */
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
