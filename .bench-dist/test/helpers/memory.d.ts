import { Kernel } from '../../src/engine/index.js';
import type { SampleFrame } from '../../src/metrics/frame.js';
import { Datacenter } from '../../src/model/datacenter.js';
import type { MemoryArrays } from '../../src/model/memory/memory-arrays.js';
import type { World } from '../../src/model/world.js';
import type { Scenario } from '../../src/scenario/index.js';
export declare const PAGE_BYTES = 4096;
export declare const PAGE_MIB: number;
export interface MemHostOptions {
    flavour?: 'esxi' | 'kvm';
    memoryGiB?: number;
    count?: number;
    cores?: number;
    /** Host memory kept by the hypervisor (MiB); 0 by default so hand arithmetic stays simple. */
    overheadMiB?: number;
    /** HostMemory fields (schema.ts), passed through as written. */
    memory?: Record<string, unknown>;
}
export interface MemScenarioOptions {
    host?: MemHostOptions;
    duration?: string;
    step?: string;
    interval?: string;
    seed?: number;
    hysteresisPct?: number;
}
/**
 * One cluster of identical hosts (no hypervisor CPU overhead, no per-VM extra overhead, placement
 * caps off, first-fit) running `vms`; templates as written (Template fields of schema.ts).
 */
export declare function memScenario(templates: Record<string, unknown>, vms: Array<Record<string, unknown>>, o?: MemScenarioOptions): Scenario;
export interface Started {
    world: World;
    memory: MemoryArrays;
    kernel: Kernel;
    dc: Datacenter;
}
/** Build, place and start the model without a recorder; advance it with kernel.runUntil(t). */
export declare function startModel(scenario: Scenario): Started;
/** A sink that sees the frame together with the model's arrays. */
export type MemorySampleCheck = (frame: SampleFrame, world: World, memory: MemoryArrays) => void;
/**
 * The steps of simulate() (build → Datacenter → Recorder → start → runUntil(duration) → finish),
 * with a sink that is also handed the memory arrays, which simulate()'s `attach` cannot reach.
 */
export declare function runWithMemorySink(scenario: Scenario, check: MemorySampleCheck): Started;
/** Resident memory of VM v by the identity: touched − shared − ballooned − compressedSaved − swapped. */
export declare function residentOf(world: World, m: MemoryArrays, v: number): number;
/** Memory of VM v taken by ballooning, compression (saved part) and swap: what a reservation forbids. */
export declare function reclaimedByHostOf(m: MemoryArrays, v: number): number;
/** VMs placed on host h (the intrusive list). */
export declare function vmsOf(world: World, h: number): number[];
/** Σ over host h of VM overhead + resident, plus KSM metadata: what the host's RAM holds for guests. */
export declare function hostHeld(world: World, m: MemoryArrays, h: number): number;
/** RAM available to guests on host h: memory less the hypervisor's overhead. */
export declare function hostCapacity(world: World, h: number): number;
/** Free memory of host h as the reclaimer counts it. */
export declare function hostFree(world: World, m: MemoryArrays, h: number): number;
export declare const EPS_ID = 0.000001;
export declare const EPS_NEG = 1e-9;
/**
 * Every violated invariant of the memory model at this instant, as readable strings (empty when
 * all hold). `strictReservation` also requires resident ≥ min(reservation, touched), i.e. that
 * not even page sharing takes a reserved VM below its reservation.
 */
export declare function memoryViolations(world: World, m: MemoryArrays, where: string, strictReservation?: boolean): string[];
/** Total memory reclaimed on all hosts now: shared + ballooned + compressed (original size) + swapped. */
export declare function totalReclaimed(m: MemoryArrays): number;
/** /work/shared: DOMAIN.md and the published data files. */
export declare const SHARED_DIR: string;
/** Rows of a CSV file (RFC 4180 quoting) as objects keyed by the header's column names. */
export declare function readCsv(path: string): Array<Record<string, string>>;
