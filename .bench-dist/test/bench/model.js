/**
 * Model benchmarks: whole simulations built in memory (no report files), timed end to end
 * (build, placement, run, finalize). Each case runs in its own process so that its peak RSS is
 * its own.
 */
import { ScenarioSchema } from '../../src/scenario/index.js';
import { simulate } from '../../src/run/simulate.js';
function inMemory(input) {
    const spec = ScenarioSchema.parse(input);
    return {
        spec,
        file: '(benchmark)',
        sha256: '0'.repeat(64),
        startEpochMs: Date.parse(spec.start),
        traces: new Map(),
        warnings: [],
    };
}
/**
 * One simulated week at 5-minute steps, random-walk load, round-robin placement (20 VMs per
 * host), hourly samples. With `memoryPressure`, VMs are large and touch 90 % of their memory,
 * so every host runs its reclamation (sharing, balloons) all week; without it memory is ample
 * and the memory model stays idle (the CPU-only cost).
 */
export function weekScenario(hosts, vms, memoryPressure = false) {
    return inMemory({
        name: `week-${hosts}x${vms}`,
        seed: 7,
        duration: '7d',
        step: '5m',
        templates: {
            vm: memoryPressure
                ? { vcpus: 2, memoryGiB: 14, memory: { touchedPct: 90 } }
                : { vcpus: 2, memoryGiB: 4 },
        },
        clusters: [
            {
                name: 'bench',
                placement: { algorithm: 'round-robin', maxVcpuPerCore: 4, maxMemoryOvercommit: 2 },
                hosts: [{ count: hosts, sockets: 2, coresPerSocket: 16, mhz: 2400, memoryGiB: 256 }],
                vms: [{ name: 'vm', count: vms, template: 'vm', workload: { type: 'random-walk', start: 0.3, sigma: 0.05, min: 0.02, max: 0.95 } }],
            },
        ],
        outputs: { interval: '1h', hostSeries: false, events: false },
    });
}
/**
 * W1, the cross-simulator comparison workload: hosts of 32 cores at 1,000 MHz, VMs of 2 vCPUs
 * placed round-robin, each VM's utilisation a step function changing every 300 s to a new value
 * uniform in [0.05, 1.0] from its own generator, with a random phase per VM; 6 simulated hours.
 * No hypervisor overhead, so utilisation is against the raw capacity (expected ≈ 0.33 at
 * 10 VMs per host: 10 × 2 × 1000 × 0.525 / 32000).
 */
export function w1Scenario(hosts, vms) {
    return inMemory({
        name: `w1-${hosts}x${vms}`,
        seed: 1,
        duration: '6h',
        step: '300s',
        templates: { vm: { vcpus: 2, memoryGiB: 1 } },
        clusters: [
            {
                name: 'w1',
                placement: { algorithm: 'round-robin', maxVcpuPerCore: null, maxMemoryOvercommit: null },
                hosts: [
                    {
                        count: hosts,
                        sockets: 1,
                        coresPerSocket: 32,
                        mhz: 1000,
                        memoryGiB: 256,
                        hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 },
                    },
                ],
                vms: [{ name: 'vm', count: vms, template: 'vm', workload: { type: 'uniform', min: 0.05, max: 1.0, phase: 'random' } }],
            },
        ],
        outputs: { interval: '6h', hostSeries: false, events: false },
    });
}
export function runModelCase(scenario) {
    const start = process.hrtime.bigint();
    const r = simulate(scenario);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const steps = scenario.spec.duration / scenario.spec.step;
    const vmSteps = r.world.vms.n * steps;
    return {
        seconds,
        vmSteps,
        vmStepsPerSecond: vmSteps / seconds,
        peakRssMiB: process.resourceUsage().maxRSS / 1024,
        meanUtil: r.headline.cpu.meanGrantedGHz / r.headline.cpu.capacityGHz,
        reclaimedGiB: r.headline.memory.sharedSavedGiB + r.headline.memory.balloonedGiB + r.headline.memory.swappedGiB,
        eventsFired: r.eventsFired,
    };
}
//# sourceMappingURL=model.js.map