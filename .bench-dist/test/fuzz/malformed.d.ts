/**
 * Generators of malformed input for the fuzz tests: scenarios broken in their types, ranges,
 * keys, structure, YAML syntax and sizes; trace files broken line by line; command lines of
 * unknown options, missing values and unusable files. Each generated case comes with the check
 * that every outcome must pass: a located message in words, never a stack trace.
 */
import fc from 'fast-check';
/** A small valid scenario that the mutations start from (one cluster, two groups, events). */
export declare const BASE: {
    readonly name: "fuzz";
    readonly seed: 1;
    readonly start: "2026-03-02T00:00:00Z";
    readonly duration: "2h";
    readonly step: "5m";
    readonly templates: {
        readonly web: {
            readonly vcpus: 2;
            readonly memoryGiB: 4;
        };
        readonly db: {
            readonly vcpus: 8;
            readonly memoryGiB: 32;
            readonly cpuReservationMHz: 1000;
        };
    };
    readonly clusters: readonly [{
        readonly name: "c1";
        readonly placement: {
            readonly algorithm: "first-fit";
            readonly maxVcpuPerCore: 4;
            readonly maxMemoryOvercommit: 1.5;
        };
        readonly ha: {
            readonly enabled: true;
            readonly admissionControl: {
                readonly policy: "host-failures";
                readonly failuresToTolerate: 1;
            };
        };
        readonly hosts: readonly [{
            readonly name: "esx";
            readonly count: 3;
            readonly sockets: 2;
            readonly coresPerSocket: 8;
            readonly mhz: 2400;
            readonly memoryGiB: 256;
            readonly power: {
                readonly idleW: 100;
                readonly maxW: 300;
            };
        }];
        readonly vms: readonly [{
            readonly name: "web";
            readonly count: 6;
            readonly template: "web";
            readonly workload: {
                readonly type: "diurnal";
                readonly low: 0.1;
                readonly high: 0.6;
                readonly peakHour: 14;
            };
        }, {
            readonly name: "db";
            readonly count: 2;
            readonly template: "db";
            readonly workload: {
                readonly type: "constant";
                readonly cpu: 0.3;
            };
        }];
    }];
    readonly events: readonly [{
        readonly at: "30m";
        readonly type: "host-failure";
        readonly host: "dc1/c1/esx-001";
    }];
};
/** Malformed scenario text: a mutated object as YAML or JSON, maybe with its text damaged. */
export declare const malformedScenarioText: fc.Arbitrary<string>;
/** Malformed csv trace text (time_s,cpu_pct[,mem_active_pct]). */
export declare const malformedCsvTrace: fc.Arbitrary<string>;
/** Malformed PlanetLab trace text (one CPU % per line). */
export declare const malformedPlanetLab: fc.Arbitrary<string>;
/** Command lines that must fail cleanly (no file they name can run). */
export declare const malformedArgv: fc.Arbitrary<string[]>;
/** A stack frame, an engine error name or a raw errno code: what a user must never see. */
export declare const INTERNALS: RegExp;
/** Exit codes the README documents for input that fails: usage, invalid input, output refused. */
export declare const INPUT_FAILURE_CODES: Set<number>;
