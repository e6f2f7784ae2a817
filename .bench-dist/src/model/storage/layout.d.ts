/**
 * Build phase of the storage model: the scenario's datastores (shared ones, then each cluster's
 * own) and every VM's virtual disk: its datastore, provisioned size, the space its base disk
 * takes (thin: the written share; thick: all of it) and its write rate at full demand.
 */
import type { Scenario } from '../../scenario/scenario.js';
import type { World } from '../world.js';
export interface DatastoreInfo {
    /** "ds1" for a scenario-level datastore, "dc1/c1/ds1" for a cluster's own. */
    readonly id: string;
    readonly name: string;
    /** Index into World.clusters, -1 when shared by every cluster. */
    readonly cluster: number;
    readonly capacityMiB: number;
    readonly bandwidthMiBps: number;
}
export interface DiskArrays {
    /** Datastore of the VM's disks (index into the datastore list), -1 when storage is not modelled. */
    readonly ds: Int32Array;
    /** Provisioned size of the virtual disk. */
    readonly diskMiB: Float64Array;
    /** Space the base disk takes on its datastore (a linked clone's base is its source's: 0). */
    readonly baseMiB: Float64Array;
    /** New data written per ms at full CPU demand (grows snapshot and linked-clone deltas). */
    readonly writeMiBPerMs: Float64Array;
}
export interface StorageLayout {
    readonly datastores: readonly DatastoreInfo[];
    readonly disks: DiskArrays;
}
/** Index of datastore `name` as cluster c sees it (its own first, then the shared ones), -1 if none. */
export declare function resolveDatastore(datastores: readonly DatastoreInfo[], c: number, name: string): number;
export declare function storageLayout(scenario: Scenario, world: World): StorageLayout;
