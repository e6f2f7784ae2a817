/**
 * The scenario's scripted events (failures, isolation, maintenance, migrations, VM operations) on the kernel.
 * Each is resolved to indices once, at the start, and dispatched to the model that owns it.
 */
import type { HaController } from './availability/ha.js';
import { applyClusterPolicy, clusterPolicyRefusal, type ClusterPolicyChange } from './cluster-policy.js';
import type { Datacenter } from './datacenter.js';
import { PRIORITY_MODEL } from './datacenter.js';
import { KIND_SCRIPTED } from './event-kinds.js';
import { HOST_FAILED, HOST_ON, HOST_SHUTTING_DOWN, HOST_STANDBY, HOST_STATES } from './lifecycle.js';
import type { ScenarioEventSpec } from '../scenario/schema.js';

export interface MigrationStarter {
  start(v: number, to: number, reason: string, t: number): string | null;
}

export interface PowerRunner {
  powerUp(h: number, t: number, reason: string): string | null;
  powerDown(h: number, t: number, reason: string): string | null;
  readonly retired: Uint8Array;
}

export interface MaintenanceRunner {
  /** null when the host entered maintenance, else why not. */
  enter(h: number, t: number, durationMs?: number): string | null;
}

/** VM operations: provisioning, deletion, hot add, snapshots, storage migration (provisioning/operations.ts). */
export interface VmOperationsRunner {
  create(group: number, count: number, t: number): void;
  delete(group: number, count: number, t: number): void;
  /** `v` a VM, or -1 and `group` for every existing VM of the group. */
  hotAdd(v: number, group: number, addVcpus: number, addMemoryGiB: number, t: number): void;
  snapshot(v: number, group: number, action: 'create' | 'delete', t: number): void;
  storageMigrate(v: number, datastore: string, t: number): void;
  /** Power VM v off or on (vm-power). */
  power(v: number, state: 'off' | 'on', t: number): void;
  /** Take vCPUs from VM v (hot-remove). */
  hotRemove(v: number, removeVcpus: number, t: number): void;
  /** Set VM v's balloon target (balloon-target). */
  balloonTarget(v: number, targetMiB: number, t: number): void;
}

/** DPM's passes (power/power-manager.ts), told when DPM is switched on or off. */
export interface DpmSwitch {
  dpmChanged(c: number, t: number): void;
}

/** Site failures and disaster recovery (availability/dr.ts). */
export interface SiteFailureRunner {
  failSite(site: string, t: number, repairMs: number | null): void;
}

export class ScriptedEvents {
  constructor(
    private readonly dc: Datacenter,
    private readonly events: readonly ScenarioEventSpec[],
    private readonly ha: HaController,
    private readonly migrator: MigrationStarter,
    private readonly maintenance: MaintenanceRunner,
    private readonly power: PowerRunner,
  ) {
    dc.kernel.on(KIND_SCRIPTED, (i) => this.fire(i));
  }

  /** Runs the VM operations; without one they are ignored. */
  vmOps: VmOperationsRunner | null = null;

  /** Fails whole sites and runs disaster recovery (availability/dr.ts); without one site failures are ignored. */
  dr: SiteFailureRunner | null = null;

  /** Starts and stops DPM's passes; without one a DPM switch changes the setting only. */
  dpm: DpmSwitch | null = null;

  /** Scripted host failures at one instant in one cluster are one incident (a shared cause). */
  private readonly incidentAt = new Map<string, number>();
  /** Events added while the run goes on (what-if overlays), after the scenario's own. */
  private readonly added: ScenarioEventSpec[] = [];

  /** Schedule one more event at absolute simulated time `at` (its own `at` is ignored). */
  add(e: ScenarioEventSpec, at: number): void {
    this.added.push(e);
    this.dc.kernel.schedule(at, KIND_SCRIPTED, this.events.length + this.added.length - 1, 0, 0, PRIORITY_MODEL);
  }

  start(): void {
    // Scenario order breaks ties between events at the same instant.
    this.events.forEach((e, i) => this.dc.kernel.schedule(e.at, KIND_SCRIPTED, i, 0, 0, PRIORITY_MODEL));
  }

  private fire(i: number): void {
    const e = (i < this.events.length ? this.events[i] : this.added[i - this.events.length]) as ScenarioEventSpec;
    const { world, kernel } = this.dc;
    const t = kernel.now;
    const hostIndex = (id: string): number => world.hosts.ids.indexOf(id);
    const vmIndex = (id: string | undefined): number => (id === undefined ? -1 : world.vms.ids.indexOf(id));
    const groupIndex = (id: string | undefined): number => (id === undefined ? -1 : world.groups.findIndex((g) => g.id === id));
    switch (e.type) {
      case 'host-failure': {
        const h = hostIndex(e.host);
        const key = `${t}/${world.hosts.cluster[h]}`;
        let incident = this.incidentAt.get(key);
        if (incident === undefined) {
          incident = this.ha.openIncident(t, 'scripted', []);
          this.incidentAt.set(key, incident);
        }
        this.ha.failHost(h, t, e.repairAfter ?? null, 'scripted', incident);
        break;
      }
      case 'host-repair': {
        const h = hostIndex(e.host);
        if (world.hosts.state[h] === HOST_FAILED) this.ha.repair(h, t);
        else this.dc.emit({ t, type: 'host.repair-skipped', host: e.host, why: 'the host has not failed' });
        break;
      }
      case 'domain-failure': {
        const d = world.domains.indexOf(e.domain);
        const hosts: number[] = [];
        for (let h = 0; h < world.hosts.n; h++) if (world.hosts.domain[h] === d) hosts.push(h);
        const incident = this.ha.openIncident(t, 'domain', hosts);
        this.dc.emit({ t, type: 'domain.failed', domain: e.domain, hosts: hosts.length, incident });
        for (const h of hosts) this.ha.failHost(h, t, e.repairAfter ?? null, 'domain', incident);
        break;
      }
      case 'site-failure':
        this.dr?.failSite(e.site, t, e.repairAfter ?? null);
        break;
      case 'host-isolation':
        this.ha.isolate(hostIndex(e.host), t, e.duration);
        break;
      case 'maintenance': {
        const refused = this.maintenance.enter(hostIndex(e.host), t, e.duration);
        if (refused !== null) this.dc.emit({ t, type: 'host.maintenance-refused', host: e.host, why: refused });
        break;
      }
      case 'power-on': {
        const refused = this.power.powerUp(hostIndex(e.host), t, 'scripted');
        if (refused !== null) this.dc.emit({ t, type: 'host.power-skipped', host: e.host, why: refused });
        break;
      }
      case 'power-off': {
        const h = hostIndex(e.host);
        const refused = this.power.powerDown(h, t, e.retire ? 'retired' : 'scripted');
        if (refused !== null) this.dc.emit({ t, type: 'host.power-skipped', host: e.host, why: refused });
        else if (e.retire) this.power.retired[h] = 1;
        break;
      }
      case 'migrate': {
        const v = world.vms.ids.indexOf(e.vm);
        const h = hostIndex(e.host);
        const refused =
          world.vms.cluster[v] !== world.hosts.cluster[h]
            ? 'the destination is in another cluster (live migration stays within a cluster here)'
            : this.migrator.start(v, h, 'scripted', t);
        if (refused !== null) this.dc.emit({ t, type: 'migration.refused', vm: e.vm, to: e.host, why: refused });
        break;
      }
      case 'create-vms':
        this.vmOps?.create(groupIndex(e.group), e.count, t);
        break;
      case 'delete-vms':
        this.vmOps?.delete(groupIndex(e.group), e.count, t);
        break;
      case 'hot-add':
        this.vmOps?.hotAdd(vmIndex(e.vm), groupIndex(e.group), e.addVcpus, e.addMemoryGiB, t);
        break;
      case 'snapshot':
        this.vmOps?.snapshot(vmIndex(e.vm), groupIndex(e.group), e.action, t);
        break;
      case 'vm-power':
        this.vmOps?.power(vmIndex(e.vm), e.state, t);
        break;
      case 'hot-remove':
        this.vmOps?.hotRemove(vmIndex(e.vm), e.removeVcpus, t);
        break;
      case 'balloon-target':
        this.vmOps?.balloonTarget(vmIndex(e.vm), e.targetMiB, t);
        break;
      case 'storage-migrate':
        this.vmOps?.storageMigrate(vmIndex(e.vm), e.datastore, t);
        break;
      case 'cluster-policy': {
        // A cap of 0 in the file means no cap (YAML's JSON flow style has no Infinity).
        const cap = (x: number | undefined): number | null | undefined => (x === undefined ? undefined : x === 0 ? null : x);
        const { at: _at, type: _type, cluster, ...change } = e;
        const ci = world.clusters.findIndex((c) => c.id === cluster);
        const refused = this.changePolicy(ci, { ...change, maxVcpuPerCore: cap(change.maxVcpuPerCore), maxMemoryOvercommit: cap(change.maxMemoryOvercommit) }, t);
        if (refused !== null) this.dc.emit({ t, type: 'cluster.policy-refused', cluster, why: refused });
        else this.dc.emit({ t, type: 'cluster.policy-changed', cluster, change: JSON.stringify(change) });
        break;
      }
    }
  }
  /**
   * Change cluster ci's settings at t (cluster-policy.ts), with what a change sets going beyond
   * the settings: DPM's passes, every VM's demand, hosts taken out of or back into service.
   * Null, or why the change is refused (then nothing changed).
   */
  changePolicy(ci: number, change: ClusterPolicyChange, t: number): string | null {
    const refused = clusterPolicyRefusal(this.dc.world, ci, change);
    if (refused !== null) return refused;
    applyClusterPolicy(this.dc.world, ci, change);
    if (change.dpmEnabled !== undefined) this.dpm?.dpmChanged(ci, t);
    if (change.demandScale !== undefined) {
      this.dc.rescaleCluster(ci, change.demandScale, t);
      this.dc.settle(t);
    }
    if (change.hostsInService !== undefined) this.setHostsInService(ci, change.hostsInService, t);
    // A cap raised is capacity freed: VMs waiting to restart or to be placed try again.
    this.ha.capacityFreed(ci, t);
    return null;
  }

  /**
   * The cluster's first n hosts serve, the others are taken out: evacuated by live migration and
   * powered off for good, as `power-off` with `retire: true` (a server refresh); DPM and HA never
   * wake them. Hosts taken out so (or retired by a scripted event) within the first n come back:
   * powered on, serving after their boot time. A host that cannot go now (failed, in
   * maintenance, evacuation refused) stays as it is, and the event log says why.
   */
  private setHostsInService(ci: number, n: number, t: number): void {
    const { world } = this.dc;
    const H = world.hosts;
    const cl = world.clusters[ci]!;
    const skipped = (h: number, why: string): void => this.dc.emit({ t, type: 'host.power-skipped', host: H.ids[h] as string, why });
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      const keep = h - cl.hostStart < n;
      const retired = this.power.retired[h] === 1;
      if (keep && retired) {
        this.power.retired[h] = 0;
        const why = this.power.powerUp(h, t, 'back in service');
        if (why !== null) skipped(h, why);
      } else if (!keep && !retired) {
        const s = H.state[h];
        const why = s === HOST_ON ? this.power.powerDown(h, t, 'retired') : s === HOST_STANDBY || s === HOST_SHUTTING_DOWN ? null : `host ${H.ids[h]} is ${HOST_STATES[s]}, not on`;
        if (why !== null) skipped(h, why);
        else this.power.retired[h] = 1;
      }
    }
  }
}
