import type { SampleFrame } from '../../src/metrics/frame.js';
import type { SampleSink } from '../../src/metrics/recorder.js';
import type { World } from '../../src/model/world.js';
import { type SimulateOptions, type SimulationResult } from '../../src/run/simulate.js';
import { type Scenario } from '../../src/scenario/index.js';
/** /work/main: the project root. */
export declare const ROOT: string;
/** The shipped scenarios and their traces. */
export declare const SCENARIOS_DIR: string;
export declare const HOUR = 3600000;
export declare const DAY: number;
/** A scenario from YAML text, with traces resolved against `baseDir` (default: scenarios/). */
export declare function scenarioOf(text: string, baseDir?: string): Scenario;
/** A scenario from a plain object (written as JSON, which the YAML loader reads). */
export declare function scenarioFrom(spec: Record<string, unknown>, baseDir?: string): Scenario;
export interface OneHostOptions {
    cores?: number;
    mhz?: number;
    memoryGiB?: number;
    idleW?: number;
    maxW?: number;
    hosts?: number;
    duration?: string;
    step?: string;
    interval?: string;
    start?: string;
    seed?: number | string;
    algorithm?: 'first-fit' | 'best-fit' | 'spread' | 'round-robin' | 'pack';
    maxVcpuPerCore?: number | null;
    maxMemoryOvercommit?: number | null;
}
/**
 * One cluster of identical hosts (1 socket × `cores`, no hypervisor CPU overhead) running the
 * given VM groups; templates are named in `templates`.
 */
export declare function clusterScenario(templates: Record<string, unknown>, vms: Array<Record<string, unknown>>, o?: OneHostOptions): Scenario;
/** A copy of one sample frame (the recorder reuses its arrays). */
export interface FrameCopy {
    t0: number;
    t1: number;
    host: {
        demandMhz: number[];
        grantedMhz: number[];
        utilPct: number[];
        readyPct: number[];
        powerW: number[];
        energyWh: number[];
    };
    cluster: {
        grantedMhz: number[];
        utilPct: number[];
        readyMeanPct: number[];
        energyWh: number[];
    };
    /** Cumulative host energy integrals (W·ms) read from the world at this sample. */
    energyInt: number[];
}
/** A sink that copies every frame it sees; `attach` plugs it into simulate(). */
export declare class FrameLog implements SampleSink {
    readonly frames: FrameCopy[];
    private world;
    readonly attach: (world: World) => {
        sinks: SampleSink[];
    };
    onSample(f: SampleFrame): void;
}
/** simulate() with a FrameLog attached. */
export declare function simulateLogged(scenario: Scenario, options?: SimulateOptions): {
    result: SimulationResult;
    log: FrameLog;
};
/**
 * The VMs on host h, by walking its intrusive list from firstVm through next; throws if the
 * list loops (more entries than VMs exist) or its prev links disagree.
 */
export declare function vmsOnHost(world: World, h: number): number[];
/** A fresh temporary folder. */
export declare function tempDir(prefix: string): string;
