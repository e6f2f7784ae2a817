/**
 * Model benchmarks: whole simulations built in memory (no report files), timed end to end
 * (build, placement, run, finalize). Each case runs in its own process so that its peak RSS is
 * its own.
 */
import { type Scenario } from '../../src/scenario/index.js';
export interface ModelCase {
    readonly name: string;
    readonly hosts: number;
    readonly vms: number;
}
export interface ModelFigures {
    readonly seconds: number;
    readonly vmSteps: number;
    readonly vmStepsPerSecond: number;
    readonly peakRssMiB: number;
    readonly meanUtil: number;
    readonly eventsFired: number;
    readonly reclaimedGiB: number;
}
/**
 * One simulated week at 5-minute steps, random-walk load, round-robin placement (20 VMs per
 * host), hourly samples. With `memoryPressure`, VMs are large and touch 90 % of their memory,
 * so every host runs its reclamation (sharing, balloons) all week; without it memory is ample
 * and the memory model stays idle (the CPU-only cost).
 */
export declare function weekScenario(hosts: number, vms: number, memoryPressure?: boolean): Scenario;
/**
 * W1, the cross-simulator comparison workload: hosts of 32 cores at 1,000 MHz, VMs of 2 vCPUs
 * placed round-robin, each VM's utilisation a step function changing every 300 s to a new value
 * uniform in [0.05, 1.0] from its own generator, with a random phase per VM; 6 simulated hours.
 * No hypervisor overhead, so utilisation is against the raw capacity (expected ≈ 0.33 at
 * 10 VMs per host: 10 × 2 × 1000 × 0.525 / 32000).
 */
export declare function w1Scenario(hosts: number, vms: number): Scenario;
export declare function runModelCase(scenario: Scenario): ModelFigures;
