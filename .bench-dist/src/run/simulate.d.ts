/**
 * One simulation, in memory: build → place → run → finalize. No files, no wall clock: the
 * caller passes sinks and observers and gets the world and headline figures back.
 */
import { Kernel } from '../engine/index.js';
import { AlarmEvaluator, type AlarmListener } from '../metrics/alarms.js';
import { EnergyMeter } from '../metrics/energy-meter.js';
import { type HeadlineParts } from '../metrics/headline.js';
import { Recorder, type SampleSink } from '../metrics/recorder.js';
import { Datacenter } from '../model/datacenter.js';
import type { ModelObserver } from '../model/observer.js';
import type { PlacementOutcome } from '../model/placement/initial.js';
import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import type { World } from '../model/world.js';
import { FailureInjector } from '../model/availability/failure-injector.js';
import { GuestFailures } from '../model/availability/guest-failures.js';
import { HaController } from '../model/availability/ha.js';
import { DrController } from '../model/availability/dr.js';
import { Balancer } from '../model/balancer/drs.js';
import { Maintenance } from '../model/balancer/maintenance.js';
import { HostPower } from '../model/power/host-power.js';
import { PowerManager } from '../model/power/power-manager.js';
import { Migrator } from '../model/migration/migrator.js';
import { ScriptedEvents } from '../model/scripted-events.js';
import { Autoscaler, HotAdd, LoadShare, Provisioning, VmOperations } from '../model/provisioning/index.js';
import { Storage } from '../model/storage/index.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { Scenario } from '../scenario/scenario.js';
import { type LoadedPolicy } from '../api/policy-hooks.js';
export interface SimulateOptions {
    readonly seed?: number | string;
    /** Subscribers, created once the world exists (they need its ids and sizes). */
    readonly attach?: (world: World) => Attachments;
    /** Called between chunks of simulated time with the time reached (ms). */
    readonly onProgress?: (simMs: number, durationMs: number) => void;
    /** Number of chunks the run is split into for progress reports. */
    readonly progressChunks?: number;
    /** Placement policies (policies as code) by cluster id, or '*' for every cluster. */
    readonly policies?: Readonly<Record<string, LoadedPolicy>>;
}
export interface Attachments {
    readonly sinks?: readonly SampleSink[];
    readonly observers?: readonly ModelObserver[];
    readonly alarmListeners?: readonly AlarmListener[];
}
export interface SimulationResult {
    readonly world: World;
    readonly memory: MemoryArrays;
    readonly recorder: Recorder;
    readonly alarms: AlarmEvaluator;
    readonly placement: PlacementOutcome;
    readonly eventsFired: number;
    readonly headline: HeadlineFigures;
    readonly clusterHeadlines: readonly HeadlineFigures[];
    /** What each cluster contributes to the headline; the datacenter's is their fold. */
    readonly headlineParts: readonly HeadlineParts[];
    readonly seed: number | string;
    readonly intervalMs: number;
    readonly model: Datacenter;
    readonly ha: HaController;
    readonly migrator: Migrator;
    readonly balancer: Balancer;
    readonly meter: EnergyMeter;
    readonly hostPower: HostPower;
    /** VMs provisioned, failed and deleted per group; VM counts of provisioned groups over time. */
    readonly provisioning: Provisioning;
    /** Scaling actions (time, group, direction, the mean that triggered it). */
    readonly autoscaler: Autoscaler;
    readonly hotAdd: HotAdd;
    /** Datastores: usage now, peak and over time (series), snapshots, pauses. */
    readonly storage: Storage;
    /** Why the run stopped before its end (a failing policy), or null. */
    readonly stopped: RunStop | null;
    /** Disaster recovery: site failures, failovers, per-VM data loss (dataLossMs) and summary(). */
    readonly dr: DrController;
}
/** A stop requested by the run itself (a failing policy), with what the report should say. */
export interface RunStop {
    readonly t: number;
    readonly reason: string;
    readonly detail: string;
}
/**
 * One simulation as an object: built and wired in the constructor, `start()` places the VMs and
 * starts every controller, `runUntil(t)` / `step()` advance it, `finish()` closes the integrals
 * and returns the result. simulate() runs it straight through; the library API drives it.
 */
export declare class Simulation {
    readonly scenario: Scenario;
    readonly seed: number | string;
    readonly world: World;
    readonly memory: MemoryArrays;
    readonly kernel: Kernel;
    readonly model: Datacenter;
    readonly ha: HaController;
    readonly migrator: Migrator;
    readonly maintenance: Maintenance;
    readonly balancer: Balancer;
    readonly hostPower: HostPower;
    readonly powerManager: PowerManager;
    readonly injector: FailureInjector | null;
    readonly guestFailures: GuestFailures;
    readonly scripted: ScriptedEvents;
    readonly storage: Storage;
    readonly provisioning: Provisioning;
    readonly autoscaler: Autoscaler;
    readonly loadShare: LoadShare;
    readonly hotAdd: HotAdd;
    readonly vmOps: VmOperations;
    readonly dr: DrController;
    readonly alarms: AlarmEvaluator;
    readonly recorder: Recorder;
    readonly meter: EnergyMeter;
    readonly intervalMs: number;
    placement: PlacementOutcome | null;
    /** Set when the run stopped early (a policy failed); the report says so. */
    stopped: RunStop | null;
    private started;
    constructor(scenario: Scenario, options?: SimulateOptions);
    get now(): number;
    /** Place the VMs and start every controller (once). */
    start(): void;
    /** Sizing: hosts the placement left empty go to standby where the cluster asks for it (placement.spareHosts). */
    private standbySpares;
    /**
     * Advance to simulated time t (capped at the run's end). A failing policy stops the run:
     * `stopped` says why and the caller finishes at the time reached.
     */
    runUntil(t: number): void;
    /** Fire the next event (if any before the end); returns false when there is none. */
    step(): boolean;
    /** Close the run at the end (or where it stopped) and compute the headline figures. */
    finish(): SimulationResult;
}
export declare function simulate(scenario: Scenario, options?: SimulateOptions): SimulationResult;
