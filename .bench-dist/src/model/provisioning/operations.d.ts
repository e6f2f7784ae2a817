/**
 * Scripted VM operations (create-vms, delete-vms, hot-add, snapshot, storage-migrate) resolved
 * to indices and dispatched to the model that owns each; refusals become events. A group target
 * means every VM of the group that exists at that instant.
 */
import type { Datacenter } from '../datacenter.js';
import type { Storage } from '../storage/storage.js';
import type { HotAdd } from './hot-add.js';
import type { Provisioning } from './provisioner.js';
export declare class VmOperations {
    private readonly dc;
    private readonly provisioning;
    private readonly hotAdds;
    private readonly storage;
    constructor(dc: Datacenter, provisioning: Provisioning, hotAdds: HotAdd, storage: Storage);
    /** VM v alone, or the existing VMs of group g (v = -1). */
    private targets;
    create(g: number, count: number, t: number): void;
    delete(g: number, count: number, t: number): void;
    hotAdd(v: number, g: number, addVcpus: number, addMemoryGiB: number, t: number): void;
    snapshot(v: number, g: number, action: 'create' | 'delete', t: number): void;
    storageMigrate(v: number, datastore: string, t: number): void;
}
