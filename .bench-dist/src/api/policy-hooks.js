import { setScorerOverride } from '../model/placement/choose.js';
import { hostView, simulationView, vmView } from './view.js';
/** A policy failed: where, and the error it threw. */
export class PolicyError extends Error {
    file;
    hook;
    t;
    causeError;
    constructor(file, hook, t, causeError) {
        const inner = causeError instanceof Error ? causeError.message : String(causeError);
        super(`policy ${file} failed in ${hook} at t=${t} ms: ${inner}`);
        this.file = file;
        this.hook = hook;
        this.t = t;
        this.causeError = causeError;
        this.name = 'PolicyError';
    }
    /** The policy's own stack, for the report. */
    get policyStack() {
        return this.causeError instanceof Error && this.causeError.stack ? this.causeError.stack : String(this.causeError);
    }
}
/** Route the placement of clusters to their policies (cluster id, or '*' for all). */
export function installPolicies(dc, policies) {
    const { world } = dc;
    const view = simulationView(dc);
    for (const [clusterId, loaded] of Object.entries(policies)) {
        world.clusters.forEach((c, ci) => {
            if (clusterId !== '*' && clusterId !== c.id)
                return;
            setScorerOverride(world, ci, (_w, _c, h, v) => {
                let score;
                try {
                    score = loaded.policy.scoreHost?.(view, vmView(dc, v), hostView(dc, h));
                }
                catch (err) {
                    throw new PolicyError(loaded.file, 'scoreHost', dc.kernel.now, err);
                }
                if (typeof score !== 'number' || !Number.isFinite(score))
                    throw new PolicyError(loaded.file, 'scoreHost', dc.kernel.now, new TypeError(`scoreHost returned ${String(score)}, expected a finite number`));
                return score;
            });
        });
    }
}
//# sourceMappingURL=policy-hooks.js.map