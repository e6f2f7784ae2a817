import { MIB_PER_GIB } from '../units.js';
export class VmOperations {
    dc;
    provisioning;
    hotAdds;
    storage;
    constructor(dc, provisioning, hotAdds, storage) {
        this.dc = dc;
        this.provisioning = provisioning;
        this.hotAdds = hotAdds;
        this.storage = storage;
    }
    /** VM v alone, or the existing VMs of group g (v = -1). */
    targets(v, g) {
        if (v >= 0)
            return [v];
        const grp = this.dc.world.groups[g];
        const out = [];
        for (let u = grp.vmStart; u < grp.vmEnd; u++)
            if (this.provisioning.isCreated(u))
                out.push(u);
        return out;
    }
    create(g, count, t) {
        const started = this.provisioning.create(g, count, t, 'scripted');
        if (started.length < count)
            this.dc.emit({ t, type: 'create-vms.incomplete', group: this.dc.world.groups[g].id, requested: count, started: started.length });
    }
    delete(g, count, t) {
        this.provisioning.deleteNewest(g, count, t, 'scripted');
    }
    hotAdd(v, g, addVcpus, addMemoryGiB, t) {
        for (const u of this.targets(v, g)) {
            const why = this.hotAdds.apply(u, addVcpus, addMemoryGiB * MIB_PER_GIB, t);
            if (why !== null)
                this.dc.emit({ t, type: 'hot-add.refused', vm: this.dc.world.vms.ids[u], why });
        }
    }
    snapshot(v, g, action, t) {
        for (const u of this.targets(v, g)) {
            const why = this.storage.snapshotAction(u, action, t);
            if (why !== null)
                this.dc.emit({ t, type: 'snapshot.refused', vm: this.dc.world.vms.ids[u], action, why });
        }
    }
    storageMigrate(v, datastore, t) {
        const d = this.storage.datastoreFor(v, datastore);
        const why = d < 0 ? `no datastore '${datastore}' for this VM's cluster` : this.storage.migrate(v, d, t);
        if (why !== null)
            this.dc.emit({ t, type: 'storage-migration.refused', vm: this.dc.world.vms.ids[v], to: datastore, why });
    }
}
//# sourceMappingURL=operations.js.map