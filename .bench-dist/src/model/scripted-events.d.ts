/**
 * The scenario's scripted events (failures, isolation, maintenance, migrations, VM operations) on the kernel.
 * Each is resolved to indices once, at the start, and dispatched to the model that owns it.
 */
import type { HaController } from './availability/ha.js';
import type { Datacenter } from './datacenter.js';
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
}
/** Site failures and disaster recovery (availability/dr.ts). */
export interface SiteFailureRunner {
    failSite(site: string, t: number, repairMs: number | null): void;
}
export declare class ScriptedEvents {
    private readonly dc;
    private readonly events;
    private readonly ha;
    private readonly migrator;
    private readonly maintenance;
    private readonly power;
    constructor(dc: Datacenter, events: readonly ScenarioEventSpec[], ha: HaController, migrator: MigrationStarter, maintenance: MaintenanceRunner, power: PowerRunner);
    /** Runs the VM operations; without one they are ignored. */
    vmOps: VmOperationsRunner | null;
    /** Fails whole sites and runs disaster recovery (availability/dr.ts); without one site failures are ignored. */
    dr: SiteFailureRunner | null;
    /** Scripted host failures at one instant in one cluster are one incident (a shared cause). */
    private readonly incidentAt;
    /** Events added while the run goes on (what-if overlays), after the scenario's own. */
    private readonly added;
    /** Schedule one more event at absolute simulated time `at` (its own `at` is ignored). */
    add(e: ScenarioEventSpec, at: number): void;
    start(): void;
    private fire;
}
