/**
 * A simulation's result as the runway reads it: each cluster's headline figures and the
 * datastores its VMs write to (capacity and peak used space, from the storage model's exact
 * integration, src/model/storage/usage.ts).
 */
import type { SimulationResult } from '../run/simulate.js';
import type { ClusterRun, DatastoreUse } from './checks.js';

export function clusterRuns(result: SimulationResult, names: readonly string[]): ClusterRun[] {
  const { storage, world } = result;
  const used: Set<number>[] = names.map(() => new Set<number>());
  for (let v = 0; v < world.vms.n; v++) {
    const d = storage.disks.ds[v];
    if (d >= 0) used[world.vms.cluster[v]]?.add(d);
  }
  return result.clusterHeadlines.map((figures, ci) => ({
    cluster: names[ci] as string,
    figures,
    datastores: [...(used[ci] ?? [])].sort((a, b) => a - b).map((d): DatastoreUse => {
      const info = storage.datastores[d];
      return { id: info?.id ?? String(d), capacityGiB: (info?.capacityMiB ?? 0) / 1024, peakUsedGiB: (storage.peakUsedMiB[d]) / 1024 };
    }),
  }));
}
