/**
 * Scripted VM operations (create-vms, delete-vms, hot-add, hot-remove, snapshot, storage-migrate,
 * vm-power, balloon-target) resolved
 * to indices and dispatched to the model that owns each; refusals become events. A group target
 * means every VM of the group that exists at that instant.
 */
import type { Datacenter } from '../datacenter.js';
import { VM_MIGRATING, VM_RUNNING } from '../lifecycle.js';
import type { Storage } from '../storage/storage.js';
import { MIB_PER_GIB } from '../units.js';
import type { HotAdd } from './hot-add.js';
import type { Provisioning } from './provisioner.js';

export class VmOperations {
  constructor(
    private readonly dc: Datacenter,
    private readonly provisioning: Provisioning,
    private readonly hotAdds: HotAdd,
    private readonly storage: Storage,
  ) {}

  /** VM v alone, or the existing VMs of group g (v = -1). */
  private targets(v: number, g: number): number[] {
    if (v >= 0) return [v];
    const grp = this.dc.world.groups[g]!;
    const out: number[] = [];
    for (let u = grp.vmStart; u < grp.vmEnd; u++) if (this.provisioning.isCreated(u)) out.push(u);
    return out;
  }

  create(g: number, count: number, t: number): void {
    const started = this.provisioning.create(g, count, t, 'scripted');
    if (started.length < count)
      this.dc.emit({ t, type: 'create-vms.incomplete', group: this.dc.world.groups[g]!.id, requested: count, started: started.length });
  }

  delete(g: number, count: number, t: number): void {
    this.provisioning.deleteNewest(g, count, t, 'scripted');
  }

  hotAdd(v: number, g: number, addVcpus: number, addMemoryGiB: number, t: number): void {
    for (const u of this.targets(v, g)) {
      const why = this.hotAdds.apply(u, addVcpus, addMemoryGiB * MIB_PER_GIB, t);
      if (why !== null) this.dc.emit({ t, type: 'hot-add.refused', vm: this.dc.world.vms.ids[u] as string, why });
    }
  }

  hotRemove(v: number, removeVcpus: number, t: number): void {
    const why = this.hotAdds.remove(v, removeVcpus, t);
    if (why !== null) this.dc.emit({ t, type: 'hot-remove.refused', vm: this.dc.world.vms.ids[v] as string, why });
  }

  snapshot(v: number, g: number, action: 'create' | 'delete', t: number): void {
    for (const u of this.targets(v, g)) {
      const why = this.storage.snapshotAction(u, action, t);
      if (why !== null) this.dc.emit({ t, type: 'snapshot.refused', vm: this.dc.world.vms.ids[u] as string, action, why });
    }
  }

  storageMigrate(v: number, datastore: string, t: number): void {
    const d = this.storage.datastoreFor(v, datastore);
    const why = d < 0 ? `no datastore '${datastore}' for this VM's cluster` : this.storage.migrate(v, d, t);
    if (why !== null) this.dc.emit({ t, type: 'storage-migration.refused', vm: this.dc.world.vms.ids[v] as string, to: datastore, why });
  }

  /**
   * VM v's balloon target (memory/reclaim/balloon-target.ts). Refused as virsh refuses
   * `setmem --live`: a guest that is not running, a target above the VM's memory ("cannot set
   * memory higher than max memory"); and a guest without a balloon driver, which cannot follow it.
   */
  balloonTarget(v: number, targetMiB: number, t: number): void {
    const { dc } = this;
    const V = dc.world.vms;
    const vm = V.ids[v] as string;
    const h = V.host[v];
    const why = !this.provisioning.isCreated(v)
      ? 'the VM does not exist (not created yet, or deleted)'
      : V.state[v] === VM_MIGRATING
        ? 'the VM is migrating'
        : V.state[v] !== VM_RUNNING || h < 0
          ? 'the VM is not running (a live balloon target needs a running guest)'
          : dc.memory.vmSettings.balloonDriver[v] !== 1
            ? 'the guest has no balloon driver (template memory.balloonDriver: false)'
            : targetMiB > (V.memoryMiB[v])
              ? `the target (${targetMiB} MiB) is above the VM's memory (${V.memoryMiB[v]} MiB)`
              : null;
    if (why !== null) {
      dc.emit({ t, type: 'vm.balloon-target-skipped', vm, targetMiB, why });
      return;
    }
    dc.memory.vmSettings.balloonTargetMiB[v] = targetMiB;
    dc.markRecompute(h);
    dc.settle(t);
    dc.emit({ t, type: 'vm.balloon-target-set', vm, host: dc.world.hosts.ids[h] as string, targetMiB, memoryMiB: V.memoryMiB[v] });
  }

  power(v: number, state: 'off' | 'on', t: number): void {
    const why = state === 'off' ? this.provisioning.powerOffVm(v, t) : this.provisioning.powerOnVm(v, t);
    if (why !== null) this.dc.emit({ t, type: 'vm.power-skipped', vm: this.dc.world.vms.ids[v] as string, state, why });
  }
}
