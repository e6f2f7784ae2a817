/**
 * Split-by-cluster benchmark: one scenario of four clusters (a week of 1,000 hosts and 20,000
 * VMs in all, as the week case) written to a report folder by the run in one piece and by the
 * run split by cluster on 2 worker threads, each in a fresh process (bench.ts runs `--case split
 * <workers>`). The time is what a user waits for: thread start-up, the runs, the merge and the
 * report files.
 */
import { join } from 'node:path';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { runSplitToFolder } from '../../src/run/split-run.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { tempDir } from '../helpers/sim.js';
export function splitScenario(clusters, hostsPerCluster, vmsPerCluster) {
    const spec = {
        name: `split-${clusters}x${hostsPerCluster}x${vmsPerCluster}`,
        seed: 7,
        duration: '7d',
        step: '5m',
        templates: { vm: { vcpus: 2, memoryGiB: 4 } },
        clusters: Array.from({ length: clusters }, (_, c) => ({
            name: `c${c + 1}`,
            placement: { algorithm: 'round-robin', maxVcpuPerCore: 4, maxMemoryOvercommit: 2 },
            hosts: [{ count: hostsPerCluster, sockets: 2, coresPerSocket: 16, mhz: 2400, memoryGiB: 256 }],
            vms: [{ name: 'vm', count: vmsPerCluster, template: 'vm', workload: { type: 'random-walk', start: 0.3, sigma: 0.05, min: 0.02, max: 0.95 } }],
        })),
        outputs: { interval: '1h', hostSeries: false, events: false },
    };
    return parseScenarioText(JSON.stringify(spec), 'bench.yaml', process.cwd());
}
/** One run of the split scenario to a report folder: whole (workers 0) or split on `workers` threads. */
export async function splitCase(workers) {
    const scenario = splitScenario(4, 250, 5000);
    const out = join(tempDir('bench-split'), 'report');
    const clock = () => performance.now();
    const t0 = performance.now();
    if (workers === 0)
        runToFolder(scenario, { outDir: out, force: true, wallClock: clock, tag: 'bench' });
    else
        await runSplitToFolder(scenario, { outDir: out, force: true, wallClock: clock, tag: 'bench', workers });
    return { ms: performance.now() - t0 };
}
//# sourceMappingURL=split.js.map