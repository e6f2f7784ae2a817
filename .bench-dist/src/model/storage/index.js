/** Datastores, virtual disks, snapshots and storage migration. */
export { ceilMs, copyMs, reachesAt } from './copy-time.js';
export { allocatedMiB } from '../../scenario/disk-allocation.js';
export { resolveDatastore, storageLayout } from './layout.js';
export { VmPauses } from './pauses.js';
export { Storage } from './storage.js';
export { DatastoreUsage } from './usage.js';
//# sourceMappingURL=index.js.map