/**
 * The sampling recorder: at every output interval it brings the integrals up to date, turns
 * their differences into interval averages per host, per cluster and per VM, hands the frame to
 * its sinks (CSV writers, the report builder) and feeds the per-VM percentile histograms.
 * It observes the model through its arrays; the model knows nothing of it.
 */
import type { Kernel } from '../engine/index.js';
import type { Datacenter } from '../model/datacenter.js';
import { EntityHistograms } from './histogram.js';
import { type SampleFrame } from './frame.js';
/** After every model change at the same instant. */
export declare const PRIORITY_SAMPLE = 100;
/** A cluster's totals per output interval (the figures its peaks come from). */
export interface ClusterIntervals {
    readonly usableMhz: number[];
    readonly grantedMhz: number[];
    readonly consumedMiB: number[];
    readonly swappedMiB: number[];
}
export interface SampleSink {
    onSample(frame: SampleFrame): void;
}
export declare class Recorder {
    private readonly model;
    private readonly kernel;
    readonly intervalMs: number;
    private readonly sinks;
    readonly frame: SampleFrame;
    /** Per-VM distributions of interval averages, in % of the VM's vCPU capacity. */
    readonly vmDemand: EntityHistograms;
    readonly vmGranted: EntityHistograms;
    readonly vmReady: EntityHistograms;
    private readonly clusterReady;
    private readonly prevHost;
    /** Memory integrals per host: [source, value at the last sample, frame output, divide by]. */
    private readonly memoryDeltas;
    private readonly prevVm;
    private lastSample;
    samples: number;
    /**
     * Each cluster's interval totals, in sampling order: the datacenter's peaks are folded from
     * them cluster by cluster, so a cluster run on its own contributes exactly the same numbers.
     */
    readonly clusterIntervals: ClusterIntervals[];
    constructor(model: Datacenter, kernel: Kernel, intervalMs: number, sinks: readonly SampleSink[]);
    private prevByState;
    /** Gauges owned by other models (HA, balancer), read at each sample. */
    gauges: {
        failoverHosts?(cluster: number): number;
        imbalance?(cluster: number): number;
    };
    start(): void;
    private scheduleNext;
    /** Close the interval [lastSample, t). */
    sample(t: number): void;
    /** Per-VM interval averages into the per-VM histograms and this interval's cluster histogram. */
    private sampleVms;
    private aggregateClusters;
    /** VMs out of service after having run (down or booting again), not those never placed. */
    private vmsDown;
    /** Sample the last, possibly partial, interval. */
    finish(t: number): void;
}
