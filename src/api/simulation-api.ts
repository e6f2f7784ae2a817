/**
 * The library API: drive a simulation step by step and act on it as an administrator acts from
 * a console. Every action runs at the current simulated time under the same rules the models
 * use; an invalid action returns a typed error and changes nothing. Actions are recorded as
 * `action` events (so events.ndjson and the report say what was done to the system).
 *
 *   const sim = createSimulation(loadScenario('scenarios/default.yaml'));
 *   sim.runUntil(2 * 3600_000);
 *   const r = sim.migrate('dc1/cluster-a/web-001', 'dc1/cluster-a/esx-004');
 *   if (!r.ok) console.log(r.error.code, r.error.message);
 *   const result = sim.finish();
 */
import type { SampleFrame } from '../metrics/frame.js';
import { CPU_SHARE_RULES, cpuShares } from '../catalogue/cpu-shares.js';
import { clusterPolicyProblem, type ClusterPolicyChange } from '../model/cluster-policy.js';
import { HOST_FAILED, HOST_MAINTENANCE, HOST_ON, VM_RUNNING } from '../model/lifecycle.js';
import type { ModelEvent } from '../model/observer.js';
import { capacityFilter, askOf, rejectCode, PURPOSE_MIGRATION, REJECT_REASONS } from '../model/placement/filters.js';
import type { ClusterInfo } from '../model/world.js';
import { Simulation, type SimulateOptions, type SimulationResult } from '../run/simulate.js';
import type { Scenario } from '../scenario/scenario.js';
import type { LoadedPolicy } from '../policy/hooks.js';
import { simulationView, type SimulationView } from '../policy/view.js';

export type ActionErrorCode =
  | 'unknown-host'
  | 'unknown-vm'
  | 'unknown-cluster'
  | 'invalid-state'
  | 'invalid-value'
  | 'capacity'
  | 'rule'
  | 'admission-control'
  | 'limit';

export interface ActionError {
  readonly code: ActionErrorCode;
  readonly message: string;
}

export type ActionResult = { readonly ok: true } | { readonly ok: false; readonly error: ActionError };

const OK: ActionResult = { ok: true };

function fail(code: ActionErrorCode, message: string): ActionResult {
  return { ok: false, error: { code, message } };
}

export interface CreateSimulationOptions {
  readonly seed?: number | string;
  /** Placement policies by cluster id ("dc1/cluster-a"), or '*' for every cluster. */
  readonly policies?: Readonly<Record<string, LoadedPolicy>>;
}

export type { ClusterPolicyChange };

type Listener<T> = (x: T) => void;

export class DatacenterSimulation {
  readonly view: SimulationView;
  private readonly eventListeners: Listener<ModelEvent>[] = [];
  private readonly sampleListeners: Listener<SampleFrame>[] = [];
  private readonly hostIndex: Map<string, number>;
  private readonly vmIndex: Map<string, number>;

  /** The simulation underneath (for reports and checkpoints). */
  readonly sim!: Simulation;

  /** The actions and view over an existing simulation (one restored from a checkpoint); onEvent / onSample need createSimulation. */
  static wrap(sim: Simulation): DatacenterSimulation {
    const api = Object.create(DatacenterSimulation.prototype) as DatacenterSimulation;
    const w = api as unknown as { sim: Simulation; view: SimulationView; hostIndex: Map<string, number>; vmIndex: Map<string, number>; eventListeners: unknown[]; sampleListeners: unknown[] };
    w.sim = sim;
    w.view = simulationView(sim.model);
    w.hostIndex = new Map(sim.world.hosts.ids.map((id, i) => [id, i]));
    w.vmIndex = new Map(sim.world.vms.ids.map((id, i) => [id, i]));
    w.eventListeners = [];
    w.sampleListeners = [];
    return api;
  }

  constructor(scenario: Scenario, options: CreateSimulationOptions = {}, extra: SimulateOptions = {}) {
    const attach: SimulateOptions['attach'] = (world, memory) => {
      const base = extra.attach?.(world, memory) ?? {};
      return {
        ...base,
        observers: [...(base.observers ?? []), { event: (e: ModelEvent) => this.eventListeners.forEach((l) => l(e)) }],
        sinks: [...(base.sinks ?? []), { onSample: (f: SampleFrame) => this.sampleListeners.forEach((l) => l(f)) }],
      };
    };
    (this as { sim: Simulation }).sim = new Simulation(scenario, {
      ...extra,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.policies !== undefined ? { policies: options.policies } : {}),
      attach,
    });
    const { world } = this.sim;
    this.view = simulationView(this.sim.model);
    this.hostIndex = new Map(world.hosts.ids.map((id, i) => [id, i]));
    this.vmIndex = new Map(world.vms.ids.map((id, i) => [id, i]));
  }

  get now(): number {
    return this.sim.now;
  }

  get durationMs(): number {
    return this.sim.world.durationMs;
  }

  /** Lifecycle events (failures, restarts, migrations, power, actions) as they happen. */
  onEvent(listener: Listener<ModelEvent>): void {
    this.eventListeners.push(listener);
  }

  /** Every output interval's metrics frame (arrays are reused: copy what you keep). */
  onSample(listener: Listener<SampleFrame>): void {
    this.sampleListeners.push(listener);
  }

  runUntil(t: number): void {
    this.sim.runUntil(t);
  }

  step(): boolean {
    return this.sim.step();
  }

  finish(): SimulationResult {
    return this.sim.finish();
  }

  private record(action: string, target: string, result: ActionResult, extra: Record<string, string | number | boolean | null> = {}): ActionResult {
    this.sim.start();
    this.sim.model.emit({ t: this.now, type: 'action', action, target, ok: result.ok, why: result.ok ? null : result.error.message, ...extra });
    return result;
  }

  private host(id: string): number {
    return this.hostIndex.get(id) ?? -1;
  }

  private vm(id: string): number {
    return this.vmIndex.get(id) ?? -1;
  }

  /** Put a host into standby: evacuated by live migration first; refused if HA admission control would break. */
  powerOffHost(id: string): ActionResult {
    this.sim.start();
    const h = this.host(id);
    if (h < 0) return this.record('power-off', id, fail('unknown-host', `no host '${id}'`));
    const { world } = this.sim;
    if (world.hosts.state[h] !== HOST_ON) return this.record('power-off', id, fail('invalid-state', `host ${id} is not on`));
    const why = this.sim.ha.admission.allowsRemoving(world.hosts.cluster[h], h);
    if (why !== null) return this.record('power-off', id, fail('admission-control', why));
    const refused = this.sim.hostPower.powerDown(h, this.now, 'action');
    return this.record('power-off', id, refused === null ? OK : fail('invalid-state', refused));
  }

  powerOnHost(id: string): ActionResult {
    this.sim.start();
    const h = this.host(id);
    if (h < 0) return this.record('power-on', id, fail('unknown-host', `no host '${id}'`));
    const refused = this.sim.hostPower.powerUp(h, this.now, 'action');
    return this.record('power-on', id, refused === null ? OK : fail('invalid-state', refused));
  }

  enterMaintenance(id: string, durationMs?: number): ActionResult {
    this.sim.start();
    const h = this.host(id);
    if (h < 0) return this.record('enter-maintenance', id, fail('unknown-host', `no host '${id}'`));
    const refused = this.sim.maintenance.enter(h, this.now, durationMs);
    return this.record('enter-maintenance', id, refused === null ? OK : fail('invalid-state', refused));
  }

  exitMaintenance(id: string): ActionResult {
    this.sim.start();
    const h = this.host(id);
    if (h < 0) return this.record('exit-maintenance', id, fail('unknown-host', `no host '${id}'`));
    if (this.sim.world.hosts.state[h] !== HOST_MAINTENANCE) return this.record('exit-maintenance', id, fail('invalid-state', `host ${id} is not in maintenance`));
    const refused = this.sim.maintenance.exit(h, this.now);
    return this.record('exit-maintenance', id, refused === null ? OK : fail('invalid-state', refused));
  }

  /** Live-migrate a VM; refused when any filter (caps, rules, host state, failover hosts) or a limit says no. */
  migrate(vmId: string, hostId: string): ActionResult {
    this.sim.start();
    const v = this.vm(vmId);
    const h = this.host(hostId);
    if (v < 0) return this.record('migrate', vmId, fail('unknown-vm', `no VM '${vmId}'`));
    if (h < 0) return this.record('migrate', vmId, fail('unknown-host', `no host '${hostId}'`));
    const { world } = this.sim;
    if (world.vms.cluster[v] !== world.hosts.cluster[h]) return this.record('migrate', vmId, fail('invalid-value', `host ${hostId} is in another cluster`), { to: hostId });
    const cluster = world.clusters[world.vms.cluster[v]] as ClusterInfo;
    if (world.vms.state[v] !== VM_RUNNING) return this.record('migrate', vmId, fail('invalid-state', `VM ${vmId} is not running`), { to: hostId });
    const code = rejectCode(world, cluster, h, v, PURPOSE_MIGRATION);
    if (code !== 0) {
      const kind: ActionErrorCode = code >= 8 ? 'rule' : code === 7 ? 'admission-control' : code === 6 ? 'invalid-state' : 'capacity';
      return this.record('migrate', vmId, fail(kind, `host ${hostId} refuses VM ${vmId}: ${REJECT_REASONS[code - 1]}`), { to: hostId });
    }
    const refused = this.sim.migrator.start(v, h, 'action', this.now);
    return this.record('migrate', vmId, refused === null ? OK : fail('limit', refused), { to: hostId });
  }

  /** Inject a host failure now (repaired after repairAfterMs, or never within the run). */
  failHost(id: string, repairAfterMs: number | null = null): ActionResult {
    this.sim.start();
    const h = this.host(id);
    if (h < 0) return this.record('fail-host', id, fail('unknown-host', `no host '${id}'`));
    if (this.sim.world.hosts.state[h] === HOST_FAILED) return this.record('fail-host', id, fail('invalid-state', `host ${id} has already failed`));
    this.sim.ha.failHost(h, this.now, repairAfterMs, 'action');
    return this.record('fail-host', id, OK);
  }

  repairHost(id: string): ActionResult {
    this.sim.start();
    const h = this.host(id);
    if (h < 0) return this.record('repair-host', id, fail('unknown-host', `no host '${id}'`));
    if (this.sim.world.hosts.state[h] !== HOST_FAILED) return this.record('repair-host', id, fail('invalid-state', `host ${id} has not failed`));
    this.sim.ha.repair(h, this.now);
    return this.record('repair-host', id, OK);
  }

  /** CPU shares: 'low' | 'normal' | 'high' or a number of shares. */
  setCpuShares(vmId: string, shares: 'low' | 'normal' | 'high' | number): ActionResult {
    this.sim.start();
    const v = this.vm(vmId);
    if (v < 0) return this.record('set-cpu-shares', vmId, fail('unknown-vm', `no VM '${vmId}'`));
    if (typeof shares === 'number' && !(shares > 0 && Number.isFinite(shares)))
      return this.record('set-cpu-shares', vmId, fail('invalid-value', `shares must be a positive number, got ${shares}`));
    const V = this.sim.world.vms;
    V.cpuShares[v] = cpuShares(shares, V.vcpus[v], CPU_SHARE_RULES[V.cpuShareRule[v]]);
    this.touch(v);
    return this.record('set-cpu-shares', vmId, OK);
  }

  /**
   * Change a VM's CPU reservation (MHz). An increase must fit the host's unreserved capacity and,
   * with HA on, keep admission control's policy; otherwise nothing changes.
   */
  setCpuReservation(vmId: string, mhz: number): ActionResult {
    this.sim.start();
    const v = this.vm(vmId);
    if (v < 0) return this.record('set-cpu-reservation', vmId, fail('unknown-vm', `no VM '${vmId}'`));
    if (!(mhz >= 0 && Number.isFinite(mhz))) return this.record('set-cpu-reservation', vmId, fail('invalid-value', `reservation must be ≥ 0 MHz, got ${mhz}`));
    const { world } = this.sim;
    const V = world.vms;
    const H = world.hosts;
    const old = V.cpuReservationMhz[v];
    const h = V.host[v];
    if (h >= 0) {
      const cluster = world.clusters[V.cluster[v]] as ClusterInfo;
      H.reservedMhz[h] = (H.reservedMhz[h]) - old;
      const ask = { ...askOf(world, v), cpuReservationMhz: mhz };
      const code = capacityFilter(world, cluster, h, { ...ask, vcpus: 0, memoryMiB: 0, memReservedMiB: 0 });
      H.reservedMhz[h] = (H.reservedMhz[h]) + old;
      if (code !== 0) return this.record('set-cpu-reservation', vmId, fail('capacity', `host ${H.ids[h]} cannot reserve ${mhz} MHz more for it: ${REJECT_REASONS[code - 1]}`));
    }
    const ha = this.sim.ha.admission;
    const c = V.cluster[v];
    const running = h >= 0;
    if (running) ha.down(v);
    V.cpuReservationMhz[v] = mhz;
    const admit = running && world.clusters[c]!.ha.enabled && mhz > old ? ha.allowPowerOn(v) : null;
    if (admit !== null) {
      V.cpuReservationMhz[v] = old;
      ha.up(v);
      return this.record('set-cpu-reservation', vmId, fail('admission-control', admit));
    }
    if (running) {
      ha.up(v);
      H.reservedMhz[h] = (H.reservedMhz[h]) - old + mhz;
      this.touch(v);
    }
    return this.record('set-cpu-reservation', vmId, OK);
  }

  /** Change cluster policies: placement caps (for placements from now on), DRS threshold, DPM on/off and target, HA admission control, demand scale, hosts in service. */
  setClusterPolicy(clusterId: string, change: ClusterPolicyChange): ActionResult {
    this.sim.start();
    const ci = this.sim.world.clusters.findIndex((c) => c.id === clusterId);
    if (ci < 0) return this.record('set-cluster-policy', clusterId, fail('unknown-cluster', `no cluster '${clusterId}'`));
    const problem = clusterPolicyProblem(change);
    if (problem !== null) return this.record('set-cluster-policy', clusterId, fail('invalid-value', problem));
    const refusal = this.sim.scripted.changePolicy(ci, change, this.now);
    if (refusal !== null) return this.record('set-cluster-policy', clusterId, fail('invalid-state', refusal));
    return this.record('set-cluster-policy', clusterId, OK, { change: JSON.stringify(change) });
  }

  /** Create the next `count` not-yet-created VMs of a group (provisioned from its template or clone source). */
  createVms(groupId: string, count: number): ActionResult {
    this.sim.start();
    const g = this.sim.world.groups.findIndex((x) => x.id === groupId);
    if (g < 0) return this.record('create-vms', groupId, fail('unknown-vm', `no VM group '${groupId}'`));
    if (!(Number.isInteger(count) && count >= 1)) return this.record('create-vms', groupId, fail('invalid-value', `count must be a whole number ≥ 1, got ${count}`));
    const started = this.sim.provisioning.create(g, count, this.now, 'scripted');
    return this.record('create-vms', groupId, started.length === count ? OK : fail('capacity', `only ${started.length} of ${count} VMs could be created (the group's declared count is the limit)`));
  }

  deleteVms(groupId: string, count: number): ActionResult {
    this.sim.start();
    const g = this.sim.world.groups.findIndex((x) => x.id === groupId);
    if (g < 0) return this.record('delete-vms', groupId, fail('unknown-vm', `no VM group '${groupId}'`));
    if (!(Number.isInteger(count) && count >= 1)) return this.record('delete-vms', groupId, fail('invalid-value', `count must be a whole number ≥ 1, got ${count}`));
    this.sim.provisioning.deleteNewest(g, count, this.now, 'scripted');
    return this.record('delete-vms', groupId, OK);
  }

  /** Add vCPUs / memory (GiB) to a running VM: in place where its template allows hot plug, else by a reboot. */
  hotAdd(vmId: string, addVcpus: number, addMemoryGiB: number): ActionResult {
    this.sim.start();
    const v = this.vm(vmId);
    if (v < 0) return this.record('hot-add', vmId, fail('unknown-vm', `no VM '${vmId}'`));
    const why = this.sim.hotAdd.apply(v, addVcpus, addMemoryGiB * 1024, this.now);
    return this.record('hot-add', vmId, why === null ? OK : fail('capacity', why));
  }

  /** After a change to a VM's settings: recompute its host. */
  private touch(v: number): void {
    const h = this.sim.world.vms.host[v];
    if (h < 0) return;
    this.sim.model.markRecompute(h);
    this.sim.model.settle(this.now);
  }
}

export function createSimulation(scenario: Scenario, options: CreateSimulationOptions = {}): DatacenterSimulation {
  return new DatacenterSimulation(scenario, options);
}
