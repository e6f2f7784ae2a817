/**
 * `dcsim run --checkpoint-at` and `dcsim whatif`: the as-is continuation of a checkpoint gives
 * the uninterrupted run's report byte for byte; overlays fork from the same instant; bad
 * checkpoints and overlays are refused with the file and path named.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, workdirWithDefault } from '../helpers/cli.js';
import { SCENARIOS_DIR } from '../helpers/sim.js';
describe('checkpoint and what-if from the command line', () => {
    it('forks the default scenario at 12h: as-is equals the straight run; losing a host shows its outage', async () => {
        const dir = workdirWithDefault();
        copyFileSync(join(SCENARIOS_DIR, 'whatif', 'lose-esx-003.yaml'), join(dir, 'lose.yaml'));
        const run = await runCli(['run', 'default.yaml', '--out', 'straight', '--checkpoint-at', '12h', '--quiet'], dir);
        expect(run.code).toBe(0);
        expect(existsSync(join(dir, 'straight.checkpoint.json'))).toBe(true);
        const whatif = await runCli(['whatif', 'straight.checkpoint.json', '--apply', 'lose.yaml', '--out', 'wi', '--quiet'], dir);
        expect(whatif.stderr).toBe('');
        expect(whatif.code).toBe(0);
        expect(readFileSync(join(dir, 'wi', 'as-is', 'report.json'), 'utf8')).toBe(readFileSync(join(dir, 'straight', 'report.json'), 'utf8'));
        const lose = JSON.parse(readFileSync(join(dir, 'wi', 'lose-esx-003', 'report.json'), 'utf8'));
        expect(lose.headline.availability.hostFailures).toBe(1);
        expect(lose.headline.availability.outages).toBeGreaterThan(0);
        const fork = lose.events.items.find((e) => e.type === 'action' && e.action === 'whatif');
        expect(fork?.t).toBe(12 * 3_600_000);
        expect(lose.events.items.find((e) => e.type === 'host.failed')?.t).toBe(12 * 3_600_000);
        expect(existsSync(join(dir, 'wi', 'comparison.html'))).toBe(true);
    });
    it('forks a run with incidents open (ha-lab: four at 2 h, fork at 3 h): the as-is continuation equals the straight run, incident numbers and all', async () => {
        const dir = workdirWithDefault();
        copyFileSync(join(SCENARIOS_DIR, 'ha-lab.yaml'), join(dir, 'ha-lab.yaml'));
        expect((await runCli(['run', 'ha-lab.yaml', '--out', 'straight', '--checkpoint-at', '3h', '--quiet'], dir)).code).toBe(0);
        const whatif = await runCli(['whatif', 'straight.checkpoint.json', '--out', 'wi', '--quiet'], dir);
        expect([whatif.code, whatif.stderr]).toEqual([0, '']);
        const straight = readFileSync(join(dir, 'straight', 'report.json'), 'utf8');
        expect(JSON.parse(straight).availability.incidents).toHaveLength(4);
        expect(readFileSync(join(dir, 'wi', 'as-is', 'report.json'), 'utf8')).toBe(straight);
    });
    it('refuses a corrupted checkpoint and an invalid overlay, naming the file and path', async () => {
        const dir = workdirWithDefault();
        await runCli(['run', 'default.yaml', '--out', 'r', '--checkpoint-at', '1h', '--quiet'], dir);
        const text = readFileSync(join(dir, 'r.checkpoint.json'), 'utf8');
        writeFileSync(join(dir, 'bad.json'), text.replace('"t":3600000', '"t":3600001').replace(/"nodes":\[/, '"nodes":[1,'));
        const bad = await runCli(['whatif', 'bad.json', '--out', 'x'], dir);
        expect(bad.code).toBe(3);
        expect(bad.stderr).toMatch(/bad\.json: the checkpoint is corrupted/);
        writeFileSync(join(dir, 'o.yaml'), 'events:\n  - { at: 5m, type: host-failure }\nclusters:\n  - { id: dc1/cluster-a, drsThreshold: 9 }\n');
        const overlay = await runCli(['whatif', 'r.checkpoint.json', '--apply', 'o.yaml', '--out', 'y'], dir);
        expect(overlay.code).toBe(3);
        expect(overlay.stderr).toMatch(/o\.yaml: events\[0\]\.host: /);
        expect(overlay.stderr).toMatch(/o\.yaml: clusters\[0\]\.drsThreshold: /);
    });
});
//# sourceMappingURL=whatif.test.js.map