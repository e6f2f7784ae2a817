/**
 * Build phase of the storage model: the scenario's datastores (shared ones, then each cluster's
 * own) and every VM's virtual disk: its datastore, provisioned size, the space its base disk
 * takes (thin: the written share; thick: all of it) and its write rate at full demand.
 */
import type { Scenario } from '../../scenario/scenario.js';
import { allocatedMiB } from '../../scenario/disk-allocation.js';
import type { DatastoreSpec, TemplateSpec } from '../../scenario/schema.js';
import { MIB_PER_GIB } from '../units.js';
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

function info(d: DatastoreSpec, id: string, cluster: number): DatastoreInfo {
  return { id, name: d.name, cluster, capacityMiB: d.capacityGiB * MIB_PER_GIB, bandwidthMiBps: d.bandwidthMiBps };
}

/** Index of datastore `name` as cluster c sees it (its own first, then the shared ones), -1 if none. */
export function resolveDatastore(datastores: readonly DatastoreInfo[], c: number, name: string): number {
  const own = datastores.findIndex((d) => d.cluster === c && d.name === name);
  return own >= 0 ? own : datastores.findIndex((d) => d.cluster === -1 && d.name === name);
}

/** Default datastore of cluster c: its own first, else the first shared one, else -1. */
function defaultDatastore(datastores: readonly DatastoreInfo[], c: number): number {
  const own = datastores.findIndex((d) => d.cluster === c);
  return own >= 0 ? own : datastores.findIndex((d) => d.cluster === -1);
}

export function storageLayout(scenario: Scenario, world: World): StorageLayout {
  const spec = scenario.spec;
  const datastores: DatastoreInfo[] = spec.datastores.map((d) => info(d, d.name, -1));
  spec.clusters.forEach((c, ci) => {
    for (const d of c.datastores) datastores.push(info(d, `${c.site}/${c.name}/${d.name}`, ci));
  });
  const n = world.vms.n;
  const disks: DiskArrays = {
    ds: new Int32Array(n).fill(-1),
    diskMiB: new Float64Array(n),
    baseMiB: new Float64Array(n),
    writeMiBPerMs: new Float64Array(n),
  };
  let gi = 0;
  spec.clusters.forEach((c, ci) => {
    for (const g of c.vms) {
      const group = world.groups[gi++]!;
      const t = spec.templates[g.template] as TemplateSpec;
      const d = g.datastore !== undefined ? resolveDatastore(datastores, ci, g.datastore) : defaultDatastore(datastores, ci);
      const size = t.diskGiB * MIB_PER_GIB;
      for (let v = group.vmStart; v < group.vmEnd; v++) {
        disks.ds[v] = d;
        disks.diskMiB[v] = size;
        disks.baseMiB[v] = allocatedMiB(t, size);
        disks.writeMiBPerMs[v] = t.diskWriteMiBps / 1000;
      }
    }
  });
  return { datastores, disks };
}
