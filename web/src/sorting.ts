/** Natural id order and the VM table's sort. */
import type { Report, VmRow } from './types.js';

/** Natural order of ids: `esx-2` before `esx-10`. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

export function vmsOnHost(report: Report, hostId: string): VmRow[] {
  return report.vms.filter((v) => v.host === hostId).sort((a, b) => b.readyP95Pct - a.readyP95Pct || compareIds(a.id, b.id));
}

export type VmKey =
  | 'id'
  | 'group'
  | 'host'
  | 'vcpus'
  | 'memoryMiB'
  | 'demandMeanPct'
  | 'demandP95Pct'
  | 'grantedMeanPct'
  | 'readyMeanPct'
  | 'readyP95Pct'
  | 'memBalloonMeanMiB'
  | 'memSwappedMeanMiB'
  | 'memStallPct'
  | 'state'
  | 'availabilityPct'
  | 'outages'
  | 'downtimeS'
  | 'migrations';

/** VMs sorted by `key` (ties by id), the first `n` (all when n ≤ 0). Missing figures (null: a VM that never ran) go last either way. */
export function sortVms(vms: readonly VmRow[], key: VmKey, descending: boolean, n = 0): VmRow[] {
  const dir = descending ? -1 : 1;
  const sorted = vms.slice().sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if ((va === null) !== (vb === null)) return va === null ? 1 : -1;
    let c: number;
    if (typeof va === 'number' && typeof vb === 'number') c = va - vb;
    else c = compareIds(String(va ?? ''), String(vb ?? ''));
    return c * dir || compareIds(a.id, b.id);
  });
  return n > 0 ? sorted.slice(0, n) : sorted;
}
