/**
 * Adding vCPUs or memory to a VM. Where its template enables hot add for what grows (CPU hot
 * plug, memory hot add), the running VM grows in place: its host's bookkeeping, its vCPU
 * capacity and its memory change at once, without an outage. Otherwise the change needs a
 * reboot: the VM goes down (booting, reason reboot) for its boot time on the same host and comes
 * back with the new size, an outage of exactly its boot time. Either way the VM's host must be
 * able to take the bigger VM (the placement capacity filter), else the change is refused.
 * A VM that is down is reconfigured (it boots with the new size); one booting or migrating is
 * refused (vSphere locks a VM's configuration during these tasks).
 *
 * HA admission control counts the VM's new size (its per-VM overhead grows); hot add is not
 * itself subject to admission control here (it changes no reservation).
 */
import type { Datacenter } from '../datacenter.js';
import type { AdmissionControl } from '../availability/admission-control.js';
import { DOWN_REBOOT, VM_BOOTING, VM_DOWN, VM_MIGRATING } from '../lifecycle.js';
import { capacityFilter, REJECT_REASONS } from '../placement/filters.js';
import { FLAVOURS } from '../hypervisor.js';
import { MIB_PER_GIB } from '../units.js';
import type { Boots } from './boots.js';
import { sizeOf, type GroupPlan } from './plan.js';

export class HotAdd {
  hotAdded = 0;
  rebooted = 0;
  private readonly rebootStart: Float64Array;

  constructor(
    private readonly dc: Datacenter,
    private readonly plans: readonly GroupPlan[],
    private readonly boots: Boots,
    private readonly admission: AdmissionControl,
    private readonly isCreated: (v: number) => boolean,
  ) {
    this.rebootStart = new Float64Array(dc.world.vms.n);
    boots.readyListeners.push((v, reason, t) => {
      if (reason !== DOWN_REBOOT) return;
      const V = dc.world.vms;
      dc.emit({ t, type: 'vm.rebooted-for-change', vm: V.ids[v] as string, host: dc.world.hosts.ids[V.host[v]] as string, downMs: t - (this.rebootStart[v]) });
    });
  }

  /** Add `addVcpus` vCPUs and `addMemoryMiB` memory to VM v at t; null when done, else why not. */
  apply(v: number, addVcpus: number, addMemoryMiB: number, t: number): string | null {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    if (!this.isCreated(v)) return 'the VM does not exist (not created yet, or deleted)';
    const state = V.state[v];
    if (state === VM_MIGRATING) return 'the VM is migrating';
    if (state === VM_BOOTING) return 'the VM is booting';
    const plan = this.plans[V.group[v]]!;
    const tpl = plan.template;
    const vcpus = (V.vcpus[v]) + addVcpus;
    const memoryMiB = (V.memoryMiB[v]) + addMemoryMiB;
    const size = sizeOf(vcpus, memoryMiB, tpl, plan.overheadExtraMiB, plan.cpuShareRule);
    const event = { vm: V.ids[v] as string, vcpus, memoryGiB: memoryMiB / MIB_PER_GIB, addVcpus, addMemoryGiB: addMemoryMiB / MIB_PER_GIB };
    const h = V.host[v];
    if (state === VM_DOWN || h < 0) {
      dc.resizeVm(v, size, t);
      dc.emit({ t, type: 'vm.reconfigured', ...event });
      return null;
    }
    const refused = this.fits(v, h, size.overheadMiB - (V.overheadMiB[v]), addVcpus, addMemoryMiB);
    if (refused !== null) return refused;
    const inPlace = (addVcpus === 0 || tpl.hotAdd.cpu) && (addMemoryMiB === 0 || tpl.hotAdd.memory);
    const host = world.hosts.ids[h] as string;
    this.admission.down(v);
    if (inPlace) {
      dc.resizeVm(v, size, t);
      this.admission.up(v);
      dc.settle(t);
      this.hotAdded++;
      dc.emit({ t, type: 'vm.hot-added', host, ...event });
      return null;
    }
    this.reboot(v, h, size, t, { host, bootMs: V.bootMs[v], why: `${addVcpus > 0 && !tpl.hotAdd.cpu ? 'CPU' : 'memory'} hot add is not enabled in template ${world.groups[plan.group]!.template}`, ...event });
    return null;
  }

  /**
   * Take `removeVcpus` vCPUs from VM v at t; null when done, else why not. In place on a KVM host
   * whose template enables CPU hot plug (libvirt `setvcpus --live` with fewer vCPUs unplugs them,
   * the guest taking them offline: libvirt docs, virsh setvcpus); otherwise by a reboot, as always
   * on ESXi (vSphere hot-adds CPUs but removes them only with the VM powered off: VMware docs,
   * "Change CPU Hot Plug Settings").
   */
  remove(v: number, removeVcpus: number, t: number): string | null {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    if (!this.isCreated(v)) return 'the VM does not exist (not created yet, or deleted)';
    const state = V.state[v];
    if (state === VM_MIGRATING) return 'the VM is migrating';
    if (state === VM_BOOTING) return 'the VM is booting';
    const vcpus = (V.vcpus[v]) - removeVcpus;
    if (vcpus < 1) return `the VM has ${V.vcpus[v]} vCPUs: it keeps at least 1`;
    const plan = this.plans[V.group[v]]!;
    const size = sizeOf(vcpus, V.memoryMiB[v], plan.template, plan.overheadExtraMiB, plan.cpuShareRule);
    const event = { vm: V.ids[v] as string, vcpus, memoryGiB: (V.memoryMiB[v]) / MIB_PER_GIB, removeVcpus };
    const h = V.host[v];
    if (state === VM_DOWN || h < 0) {
      dc.resizeVm(v, size, t);
      dc.emit({ t, type: 'vm.reconfigured', ...event });
      return null;
    }
    const host = world.hosts.ids[h] as string;
    const kvm = FLAVOURS[world.hosts.flavour[h] as number] === 'kvm';
    this.admission.down(v);
    if (kvm && plan.template.hotAdd.cpu) {
      dc.resizeVm(v, size, t);
      this.admission.up(v);
      dc.settle(t);
      dc.emit({ t, type: 'vm.hot-removed', host, ...event });
      return null;
    }
    const why = kvm ? `CPU hot plug is not enabled in template ${world.groups[plan.group]!.template}` : 'ESXi removes vCPUs only from a powered-off VM';
    this.reboot(v, h, size, t, { host, bootMs: V.bootMs[v], why, ...event });
    return null;
  }

  /** Power off, reconfigure, power on on the same host: an outage of the boot time. */
  private reboot(v: number, h: number, size: ReturnType<typeof sizeOf>, t: number, event: Record<string, string | number>): void {
    const { dc } = this;
    this.rebootStart[v] = t;
    this.boots.boot(v, DOWN_REBOOT, t);
    dc.powerOff(v, t);
    dc.resizeVm(v, size, t);
    dc.powerOn(v, h, t);
    this.admission.up(v);
    dc.settle(t);
    this.rebooted++;
    dc.emit({ t, type: 'vm.rebooting-for-change', ...event });
  }

  /** Whether host h can take VM v grown by the given amounts (it already counts v's current size). */
  private fits(v: number, h: number, addOverheadMiB: number, addVcpus: number, addMemoryMiB: number): string | null {
    const { world } = this.dc;
    const V = world.vms;
    const cluster = world.clusters[V.cluster[v]]!;
    if ((V.vcpus[v]) + addVcpus > (world.hosts.cores[h]))
      return `host ${world.hosts.ids[h]}: ${REJECT_REASONS[0]} (${world.hosts.cores[h]})`;
    const code = capacityFilter(world, cluster, h, { vcpus: addVcpus, memoryMiB: addMemoryMiB, cpuReservationMhz: 0, memReservedMiB: addOverheadMiB });
    if (code === 0) return null;
    let why: string = REJECT_REASONS[code - 1] as string;
    if (code === 2) why += ` (${cluster.placement.maxVcpuPerCore})`;
    if (code === 3) why += ` (${cluster.placement.maxMemoryOvercommit})`;
    return `host ${world.hosts.ids[h]} cannot take the bigger VM: ${why}`;
  }
}
