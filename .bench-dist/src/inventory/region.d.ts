export interface RegionOptions {
    readonly clusters: number;
    readonly hostsPerCluster: number;
    readonly vmsPerCluster: number;
    /** Simulated time, as a scenario writes it ("1d", "365d"). */
    readonly duration: string;
    readonly seed: number;
}
export declare const REGION_DEFAULTS: RegionOptions;
/** The share of each VM group in a cluster, with its template and workload (see the header for the sources). */
export declare const REGION_MIX: readonly [{
    readonly name: "web";
    readonly share: 0.4;
    readonly template: {
        readonly vcpus: 2;
        readonly memoryGiB: 4;
    };
    readonly workload: {
        readonly type: "diurnal";
        readonly low: 0.05;
        readonly high: 0.4;
        readonly peakHour: 14;
        readonly weekendFactor: 0.6;
        readonly noise: 0.1;
        readonly memory: 0.5;
        readonly memoryHigh: 0.7;
    };
}, {
    readonly name: "batch";
    readonly share: 0.15;
    readonly template: {
        readonly vcpus: 4;
        readonly memoryGiB: 16;
    };
    readonly workload: {
        readonly type: "on-off";
        readonly on: 0.9;
        readonly off: 0.03;
        readonly meanOn: "2h";
        readonly meanOff: "6h";
        readonly memory: 0.6;
    };
}, {
    readonly name: "db";
    readonly share: 0.1;
    readonly template: {
        readonly vcpus: 4;
        readonly memoryGiB: 32;
    };
    readonly workload: {
        readonly type: "random-walk";
        readonly start: 0.25;
        readonly sigma: 0.03;
        readonly min: 0.05;
        readonly max: 0.8;
        readonly memory: 0.8;
    };
}, {
    readonly name: "devtest";
    readonly share: 0.35;
    readonly template: {
        readonly vcpus: 1;
        readonly memoryGiB: 2;
    };
    readonly workload: {
        readonly type: "uniform";
        readonly min: 0;
        readonly max: 0.1;
        readonly memory: 0.3;
    };
}];
/** VMs of each group of the mix in a cluster of `vms` VMs (rounded; the last group takes the remainder, so they sum to `vms`). */
export declare function mixCounts(vms: number): number[];
/** The region as a raw scenario (what a scenario file holds), for the loader. */
export declare function regionScenario(o?: RegionOptions): Record<string, unknown>;
/** The region as scenario YAML, its header saying how it was made and what the mix follows. */
export declare function regionYaml(o?: RegionOptions): string;
