/**
 * Provisioning: VMs declared up front come into being at run time, from their group's template
 * or as clones of a VM, and leave again when deleted.
 *
 * A provisioned VM is first down with reason provisioning while its disk is made (deploy-time.ts),
 * then placed like any power-on (HA admission control, then the placement filters and scorer),
 * boots for its boot time on its host (booting, provisioning) and runs. None of this is an
 * outage: availability counts from the first power-on. A VM that cannot be powered on stays
 * created but down (unplaceable or admission-control), as a deployed VM that failed to start.
 *
 * Deleting powers a VM off, frees its disks and marks it deleted (planned, not an outage); its
 * slot can be provisioned again later, as a new VM from the template.
 *
 * Powering off (vm-power off) is deleting without the disks: the host frees the VM's CPU and
 * memory at once and the VM is down, powered off (planned). Powering on again goes through the
 * same admission control and placement as a first power-on and boots for its boot time; when
 * nothing fits it waits in the unplaced queue like any VM that failed to start.
 */
import { chooseHost, rejectionSummary } from '../placement/choose.js';
import { PURPOSE_POWER_ON } from '../placement/filters.js';
import type { Datacenter } from '../datacenter.js';
import {
  DOWN_ADMISSION,
  DOWN_DELETED,
  DOWN_FAILED_OVER,
  DOWN_NOT_CREATED,
  DOWN_POWERED_OFF,
  DOWN_PROVISIONING,
  DOWN_UNPLACEABLE,
  VM_DOWN,
  VM_MIGRATING,
  VM_RUNNING,
} from '../lifecycle.js';
import { MIB_PER_GIB } from '../units.js';
import { allocatedMiB } from '../../scenario/disk-allocation.js';
import type { Storage } from '../storage/storage.js';
import type { Boots } from './boots.js';
import { LINKED_CLONE_INTER_FRAC, LINKED_CLONE_MS, type CloneMode, type ProvisionSource } from './deploy-time.js';
import { templateSize, type GroupPlan } from './plan.js';
import { ProvisioningTimers, TIMER_COPIED, TIMER_PROVISION_AT } from './timers.js';

/** What provisioning needs of HA: forget a deleted VM; capacity freed for VMs waiting to restart. */
export interface HaHooks {
  forget(v: number, t: number): void;
  capacityFreed(cluster: number, t: number): void;
}

/** Who asked: the group's provision schedule, a scripted event, or the autoscaler. */
export type Via = 'schedule' | 'scripted' | 'autoscale';

export interface GroupCounts {
  provisioned: number;
  failed: number;
  deleted: number;
}

export class Provisioning {
  private readonly token: Int32Array;
  private readonly requestedAt: Float64Array;
  /** Memory sharing settings of each VM as built (a slot provisioned again starts from them). */
  private readonly builtInter: Float64Array;
  private readonly builtKey: Int32Array;
  readonly counts: GroupCounts[];
  /** Groups with provisioning or autoscaling: VMs in service and running at each output sample. */
  readonly series: { readonly groups: readonly number[]; readonly t: number[]; readonly inService: number[][]; readonly running: number[][] };
  /** Told when a created VM fits on no host at power-on (the queue of unplaced VMs may take it). */
  unplaceable: (v: number, t: number, why: string) => void = () => {};
  /** Stops a live migration of a VM about to be deleted. */
  cancelMigration: (v: number, why: string, t: number) => void = () => {};

  constructor(
    private readonly dc: Datacenter,
    readonly plans: readonly GroupPlan[],
    private readonly storage: Storage,
    private readonly ha: HaHooks,
    private readonly boots: Boots,
    private readonly timers: ProvisioningTimers,
  ) {
    const n = dc.world.vms.n;
    this.token = new Int32Array(n);
    this.requestedAt = new Float64Array(n);
    this.builtInter = Float64Array.from(dc.memory.vmSettings.interFrac);
    this.builtKey = Int32Array.from(dc.memory.vmSettings.sharingKey);
    this.counts = plans.map(() => ({ provisioned: 0, failed: 0, deleted: 0 }));
    const groups = plans.filter((p) => p.provision !== null || p.autoscale !== null).map((p) => p.group);
    this.series = { groups, t: [], inService: groups.map(() => []), running: groups.map(() => []) };
    timers.on(TIMER_COPIED, (v, token) => this.onCopied(v, token));
    timers.on(TIMER_PROVISION_AT, (g) => this.provisionAt(g));
    boots.readyListeners.push((v, reason, t) => {
      if (reason !== DOWN_PROVISIONING) return;
      const V = dc.world.vms;
      dc.emit({ t, type: 'vm.ready', vm: V.ids[v] as string, host: dc.world.hosts.ids[V.host[v]] as string, sinceRequestMs: t - (this.requestedAt[v]) });
    });
  }

  /** Schedule the groups' provisioning times. */
  start(): void {
    for (const p of this.plans) if (p.provision?.at !== undefined) this.timers.schedule(p.provision.at, TIMER_PROVISION_AT, p.group);
  }

  /** VM v exists (provisioned or from the start, not deleted), whatever its state. */
  isCreated(v: number): boolean {
    const r = this.dc.world.vms.downReason[v];
    return r !== DOWN_NOT_CREATED && r !== DOWN_DELETED;
  }

  /** VMs of group g that exist (being provisioned, running, or down), the count autoscaling keeps within [min, max]. */
  inService(g: number): number {
    const grp = this.dc.world.groups[g]!;
    let n = 0;
    for (let v = grp.vmStart; v < grp.vmEnd; v++) if (this.isCreated(v)) n++;
    return n;
  }

  private provisionAt(g: number): void {
    const p = this.plans[g]!;
    const grp = this.dc.world.groups[g]!;
    const total = grp.vmEnd - grp.vmStart;
    const wanted = Math.min(total, p.provision?.count ?? p.autoscale?.min ?? total);
    this.create(g, Math.max(0, wanted - this.inService(g)), this.dc.kernel.now, 'schedule');
  }

  /**
   * Provision up to `count` VMs of group g: never-created slots first, then deleted ones, lowest
   * index first. `source` overrides the group's own (autoscaling deploys from the template).
   * Returns the VMs whose provisioning started.
   */
  create(g: number, count: number, t: number, via: Via, source?: ProvisionSource): number[] {
    const V = this.dc.world.vms;
    const grp = this.dc.world.groups[g]!;
    const picked: number[] = [];
    for (const reason of [DOWN_NOT_CREATED, DOWN_DELETED])
      for (let v = grp.vmStart; v < grp.vmEnd && picked.length < count; v++) if (V.downReason[v] === reason) picked.push(v);
    const started = picked.filter((v) => this.provision(v, t, source ?? this.plans[g]!.provision?.source ?? 'template', via));
    return started;
  }

  /** Delete the `count` highest-numbered existing VMs of group g; returns them. */
  deleteNewest(g: number, count: number, t: number, via: Via): number[] {
    const grp = this.dc.world.groups[g]!;
    const picked: number[] = [];
    for (let v = grp.vmEnd - 1; v >= grp.vmStart && picked.length < count; v--) if (this.isCreated(v)) picked.push(v);
    for (const v of picked) this.deleteVm(v, t, via);
    return picked;
  }

  /** Start provisioning VM v at t; false (and a vm.create-failed event) when it cannot start. */
  private provision(v: number, t: number, source: ProvisionSource, via: Via): boolean {
    const { dc, storage } = this;
    const V = dc.world.vms;
    const g = V.group[v];
    const plan = this.plans[g]!;
    const tpl = plan.template;
    const src = source === 'clone' ? plan.cloneOf : -1;
    const mode: CloneMode = source === 'clone' ? (plan.provision?.mode ?? 'full') : 'full';
    if (source === 'clone' && (src < 0 || !this.isCreated(src)))
      return this.failed(v, t, via, `source VM ${src >= 0 ? V.ids[src] : '(unknown)'} does not exist (not created yet, or deleted)`);
    // New hardware from the template; memory sharing as built, closer to the source for a linked clone.
    dc.resizeVm(v, templateSize(tpl, plan.overheadExtraMiB, plan.cpuShareRule), t);
    const S = dc.memory.vmSettings;
    S.interFrac[v] = this.builtInter[v];
    S.sharingKey[v] = this.builtKey[v];
    if (mode === 'linked') {
      S.interFrac[v] = Math.max(S.interFrac[v], LINKED_CLONE_INTER_FRAC);
      S.sharingKey[v] = S.sharingKey[src];
    }
    const d = storage.disks.ds[v];
    const templateDisk = tpl.diskGiB * MIB_PER_GIB;
    let readyAt = mode === 'linked' ? t + LINKED_CLONE_MS : t + tpl.deployTime;
    if (d >= 0) {
      const size = mode === 'linked' ? 0 : source === 'clone' ? storage.occupancyMiB(src, t) : allocatedMiB(tpl, templateDisk);
      const diskMiB = source === 'clone' ? (storage.disks.diskMiB[src]) : templateDisk;
      const why = storage.createDisk(v, size, diskMiB, mode === 'linked', t);
      if (why !== null) return this.failed(v, t, via, why);
      if (mode !== 'linked') {
        const from = src >= 0 ? (storage.disks.ds[src]) : -1;
        const bw = Math.min(storage.datastores[d]!.bandwidthMiBps, from >= 0 ? storage.datastores[from]!.bandwidthMiBps : Infinity);
        readyAt = storage.queueCopy(d, size, bw, t);
      }
    }
    dc.outages.set(v, VM_DOWN, DOWN_PROVISIONING, t);
    const token = ((this.token[v]) + 1) | 0;
    this.token[v] = token;
    this.requestedAt[v] = t;
    this.timers.schedule(readyAt, TIMER_COPIED, v, token);
    this.counts[g]!.provisioned++;
    dc.emit({ t, type: 'vm.provisioning', vm: V.ids[v] as string, source, mode: source === 'clone' ? mode : null, cloneOf: src >= 0 ? (V.ids[src] as string) : null, via, readyInMs: readyAt - t });
    return true;
  }

  private failed(v: number, t: number, via: Via, why: string): false {
    this.counts[this.dc.world.vms.group[v]]!.failed++;
    this.dc.emit({ t, type: 'vm.create-failed', vm: this.dc.world.vms.ids[v] as string, via, why });
    return false;
  }

  /** The disk is ready: power VM v on like any new VM (admission control, then placement). */
  private onCopied(v: number, token: number): void {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    if (token !== this.token[v] || V.state[v] !== VM_DOWN || V.downReason[v] !== DOWN_PROVISIONING) return;
    const t = dc.kernel.now;
    const refused = dc.admit(v);
    if (refused !== null) {
      dc.outages.set(v, VM_DOWN, DOWN_ADMISSION, t);
      dc.emit({ t, type: 'vm.create-failed', vm: V.ids[v] as string, via: 'power-on', why: refused });
      return;
    }
    const choice = chooseHost(world, v, PURPOSE_POWER_ON);
    if (choice.host < 0) {
      dc.outages.set(v, VM_DOWN, DOWN_UNPLACEABLE, t);
      const cluster = world.clusters[V.cluster[v]]!;
      const why = rejectionSummary(world, cluster, v, PURPOSE_POWER_ON);
      dc.emit({ t, type: 'vm.create-failed', vm: V.ids[v] as string, via: 'power-on', why });
      this.unplaceable(v, t, why);
      return;
    }
    dc.powerOn(v, choice.host, t);
    this.boots.boot(v, DOWN_PROVISIONING, t);
    dc.settle(t);
    dc.emit({ t, type: 'vm.created', vm: V.ids[v] as string, host: world.hosts.ids[choice.host] as string, shouldRuleViolated: choice.shouldViolated });
  }

  /** Power VM v off for good and free its disks (planned: not an outage). */
  deleteVm(v: number, t: number, via: Via): void {
    const { dc } = this;
    const V = dc.world.vms;
    if (V.state[v] === VM_MIGRATING) this.cancelMigration(v, 'VM deleted', t);
    const h = V.host[v];
    this.token[v] = ((this.token[v]) + 1) | 0;
    this.boots.cancel(v);
    this.ha.forget(v, t);
    dc.outages.set(v, VM_DOWN, DOWN_DELETED, t);
    if (h >= 0) dc.powerOff(v, t);
    this.storage.deleteDisk(v, t);
    dc.settle(t);
    this.counts[V.group[v]]!.deleted++;
    dc.emit({ t, type: 'vm.deleted', vm: V.ids[v] as string, host: h >= 0 ? (dc.world.hosts.ids[h] as string) : null, via });
    if (h >= 0) this.ha.capacityFreed(V.cluster[v], t);
  }

  /** Power VM v off (keeping its disks); null, or why not. */
  powerOffVm(v: number, t: number): string | null {
    const { dc } = this;
    const V = dc.world.vms;
    const r = V.downReason[v];
    const down = V.state[v] === VM_DOWN;
    if (!this.isCreated(v)) return 'the VM does not exist (not created yet, or deleted)';
    if (down && r === DOWN_POWERED_OFF) return 'the VM is already powered off';
    if (down && r === DOWN_PROVISIONING) return 'the VM is being provisioned';
    if (down && r === DOWN_FAILED_OVER) return 'the VM has failed over to its DR site';
    if (V.state[v] === VM_MIGRATING) this.cancelMigration(v, 'VM powered off', t);
    const h = V.host[v];
    this.token[v] = ((this.token[v]) + 1) | 0;
    this.boots.cancel(v);
    this.ha.forget(v, t);
    dc.outages.set(v, VM_DOWN, DOWN_POWERED_OFF, t);
    if (h >= 0) dc.powerOff(v, t);
    dc.settle(t);
    dc.emit({ t, type: 'vm.powered-off', vm: V.ids[v] as string, host: h >= 0 ? (dc.world.hosts.ids[h] as string) : null });
    if (h >= 0) this.ha.capacityFreed(V.cluster[v], t);
    return null;
  }

  /** Power VM v, powered off by vm-power, on again like a first power-on; null, or why not. */
  powerOnVm(v: number, t: number): string | null {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    if (V.state[v] !== VM_DOWN || V.downReason[v] !== DOWN_POWERED_OFF) return 'the VM is not powered off';
    // HA admission control refuses the power-on operation itself: the VM stays powered off
    // (vSphere Availability, "Admission control ... prevents powering on VMs").
    const refused = dc.admit(v);
    if (refused !== null) return refused;
    const choice = chooseHost(world, v, PURPOSE_POWER_ON);
    if (choice.host < 0) {
      dc.outages.set(v, VM_DOWN, DOWN_UNPLACEABLE, t);
      const why = rejectionSummary(world, world.clusters[V.cluster[v]]!, v, PURPOSE_POWER_ON);
      this.unplaceable(v, t, why);
      return why;
    }
    dc.powerOn(v, choice.host, t);
    // Booting after an operator's power-on is planned time, as the power-off was.
    this.boots.boot(v, DOWN_POWERED_OFF, t);
    dc.settle(t);
    dc.emit({ t, type: 'vm.powered-on', vm: V.ids[v] as string, host: world.hosts.ids[choice.host] as string, shouldRuleViolated: choice.shouldViolated });
    return null;
  }

  /** Record the provisioned groups' VM counts at an output sample. */
  sample(t: number): void {
    const { groups } = this.series;
    if (groups.length === 0) return;
    const V = this.dc.world.vms;
    this.series.t.push(t);
    groups.forEach((g, k) => {
      const grp = this.dc.world.groups[g]!;
      let running = 0;
      for (let v = grp.vmStart; v < grp.vmEnd; v++) if (V.state[v] === VM_RUNNING || V.state[v] === VM_MIGRATING) running++;
      this.series.inService[k]!.push(this.inService(g));
      this.series.running[k]!.push(running);
    });
  }
}
