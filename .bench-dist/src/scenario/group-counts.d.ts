/**
 * How many VMs of a group a scenario creates, and when: what the spec means, read alike by the
 * scenario checks (check-provisioning.ts) and the model's build (model/build.ts,
 * model/provisioning/plan.ts).
 */
import type { ScenarioSpec, VmGroupSpec } from './schema.js';
/**
 * VMs of a group that exist when the run starts: none when it is provisioned later or holds
 * another group's replicas (disaster recovery creates them on a failover), its `min` when it
 * autoscales, else all of it.
 */
export declare function createdAtStart(g: VmGroupSpec, replica?: boolean): number;
/** Ids ("site/cluster/group") of the groups that hold replicas of another group (replication.to). */
export declare function replicaTargets(spec: Pick<ScenarioSpec, 'clusters'>): Set<string>;
/** VMs provisioned at `provision.at` (when given): provision.count, else autoscale min, else all. */
export declare function provisionedAt(g: VmGroupSpec): number;
