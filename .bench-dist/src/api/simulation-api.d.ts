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
import { type ClusterPolicyChange } from '../model/cluster-policy.js';
import type { ModelEvent } from '../model/observer.js';
import { Simulation, type SimulateOptions, type SimulationResult } from '../run/simulate.js';
import type { Scenario } from '../scenario/scenario.js';
import type { LoadedPolicy } from './policy-hooks.js';
import { type SimulationView } from './view.js';
export type ActionErrorCode = 'unknown-host' | 'unknown-vm' | 'unknown-cluster' | 'invalid-state' | 'invalid-value' | 'capacity' | 'rule' | 'admission-control' | 'limit';
export interface ActionError {
    readonly code: ActionErrorCode;
    readonly message: string;
}
export type ActionResult = {
    readonly ok: true;
} | {
    readonly ok: false;
    readonly error: ActionError;
};
export interface CreateSimulationOptions {
    readonly seed?: number | string;
    /** Placement policies by cluster id ("dc1/cluster-a"), or '*' for every cluster. */
    readonly policies?: Readonly<Record<string, LoadedPolicy>>;
}
export type { ClusterPolicyChange };
type Listener<T> = (x: T) => void;
export declare class DatacenterSimulation {
    readonly view: SimulationView;
    private readonly eventListeners;
    private readonly sampleListeners;
    private readonly hostIndex;
    private readonly vmIndex;
    /** The simulation underneath (for reports and checkpoints). */
    readonly sim: Simulation;
    /** The actions and view over an existing simulation (one restored from a checkpoint); onEvent / onSample need createSimulation. */
    static wrap(sim: Simulation): DatacenterSimulation;
    constructor(scenario: Scenario, options?: CreateSimulationOptions, extra?: SimulateOptions);
    get now(): number;
    get durationMs(): number;
    /** Lifecycle events (failures, restarts, migrations, power, actions) as they happen. */
    onEvent(listener: Listener<ModelEvent>): void;
    /** Every output interval's metrics frame (arrays are reused: copy what you keep). */
    onSample(listener: Listener<SampleFrame>): void;
    runUntil(t: number): void;
    step(): boolean;
    finish(): SimulationResult;
    private record;
    private host;
    private vm;
    /** Put a host into standby: evacuated by live migration first; refused if HA admission control would break. */
    powerOffHost(id: string): ActionResult;
    powerOnHost(id: string): ActionResult;
    enterMaintenance(id: string, durationMs?: number): ActionResult;
    exitMaintenance(id: string): ActionResult;
    /** Live-migrate a VM; refused when any filter (caps, rules, host state, failover hosts) or a limit says no. */
    migrate(vmId: string, hostId: string): ActionResult;
    /** Inject a host failure now (repaired after repairAfterMs, or never within the run). */
    failHost(id: string, repairAfterMs?: number | null): ActionResult;
    repairHost(id: string): ActionResult;
    /** CPU shares: 'low' | 'normal' | 'high' or a number of shares. */
    setCpuShares(vmId: string, shares: 'low' | 'normal' | 'high' | number): ActionResult;
    /**
     * Change a VM's CPU reservation (MHz). An increase must fit the host's unreserved capacity and,
     * with HA on, keep admission control's policy; otherwise nothing changes.
     */
    setCpuReservation(vmId: string, mhz: number): ActionResult;
    /** Change cluster policies: placement caps (for placements from now on), DRS threshold, DPM target, HA admission control. */
    setClusterPolicy(clusterId: string, change: ClusterPolicyChange): ActionResult;
    /** Create the next `count` not-yet-created VMs of a group (provisioned from its template or clone source). */
    createVms(groupId: string, count: number): ActionResult;
    deleteVms(groupId: string, count: number): ActionResult;
    /** Add vCPUs / memory (GiB) to a running VM: in place where its template allows hot plug, else by a reboot. */
    hotAdd(vmId: string, addVcpus: number, addMemoryGiB: number): ActionResult;
    /** After a change to a VM's settings: recompute its host. */
    private touch;
}
export declare function createSimulation(scenario: Scenario, options?: CreateSimulationOptions): DatacenterSimulation;
