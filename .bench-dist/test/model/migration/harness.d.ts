/**
 * A run assembled by hand, as simulate() does, for migration and balancing tests: world,
 * kernel, datacenter (placed), migrator, maintenance, balancer, and every lifecycle event kept.
 * Also the bookkeeping invariants both test folders check.
 */
import { Kernel } from '../../../src/engine/index.js';
import { Balancer } from '../../../src/model/balancer/drs.js';
import { Maintenance } from '../../../src/model/balancer/maintenance.js';
import { Datacenter } from '../../../src/model/datacenter.js';
import { Migrator } from '../../../src/model/migration/migrator.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import type { World } from '../../../src/model/world.js';
import type { Scenario } from '../../../src/scenario/index.js';
export interface Run {
    world: World;
    kernel: Kernel;
    dc: Datacenter;
    migrator: Migrator;
    maintenance: Maintenance;
    balancer: Balancer;
    events: ModelEvent[];
}
/** Build and place; `onEvent` sees each lifecycle event as it is emitted (the run is complete by then). */
export declare function buildRun(scenario: Scenario, onEvent?: (e: ModelEvent, run: Run) => void): Run;
export interface ClusterSpec {
    hosts?: number;
    cores?: number;
    mhz?: number;
    memoryGiB?: number;
    nicGbps?: number;
    maxVcpuPerCore?: number | null;
    algorithm?: string;
    templates: Record<string, unknown>;
    vms: Array<Record<string, unknown>>;
    rules?: Array<Record<string, unknown>>;
    drs?: Record<string, unknown>;
    migration?: Record<string, unknown>;
    /** Extra host groups after the first (same shape as the scenario's). */
    moreHosts?: Array<Record<string, unknown>>;
    duration?: string;
}
/** One cluster "c1" of identical hosts (no hypervisor CPU overhead) with the given VMs and settings. */
export declare function clusterOf(s: ClusterSpec): Scenario;
/** VMs on host h, by its list. */
export declare function listed(world: World, h: number): number[];
/**
 * Every bookkeeping invariant of placement under migration; returns the broken ones (empty when
 * all hold): each placed VM in exactly its host's list; a host's vCPUs, memory and reservations
 * equal to its VMs' plus those migrating in; caps and capacity respected; migrating ⇔ destination
 * set; migration counters equal to the migrations in flight and within the limits; no two
 * anti-affinity members on one host; must VM-host rules kept.
 */
export declare function brokenInvariants(run: Run): string[];
