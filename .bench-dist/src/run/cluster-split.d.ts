/**
 * Splitting a scenario into its clusters. Clusters are independent domains (their own hosts,
 * VMs, HA, DRS, power management and random streams), so each can be simulated on its own and
 * give exactly what it gives inside the datacenter. What ties clusters together stops the
 * split: disaster-recovery replication between sites, site failures, clones of a VM of another
 * cluster, datastores shared by every cluster, and placement policies given as code (loaded in
 * the main thread).
 */
import { type Scenario } from '../scenario/scenario.js';
/** Why the clusters of `scenario` cannot run apart (empty: they can). */
export declare function splitBlockers(scenario: Scenario): string[];
/**
 * Cluster `ci` of `scenario` as a scenario of its own: that cluster, its trace workloads and the
 * events acting on it (in their order: scenario order breaks ties at an instant).
 */
export declare function clusterAlone(scenario: Scenario, ci: number): Scenario;
