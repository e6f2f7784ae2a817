/**
 * `dcsim runway`: the hand-computed linear case of test/runway/runway.test.ts through the command
 * line (sentence, runway.csv), and its refusals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
const SCENARIO = `name: runway-linear
start: 2026-01-31T00:00:00Z
duration: 1h
step: 5m
templates:
  t: { vcpus: 2, memoryGiB: 4 }
clusters:
  - name: c1
    hosts:
      - { name: h, count: 1, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }
    vms:
      - name: g
        count: 4
        template: t
        workload: { type: constant, cpu: 0.4, memory: 0.2 }
        growth: { cpuPctPerMonth: 10, model: linear }
`;
describe('dcsim runway', () => {
    it('prints the run-out month and writes each month to runway.csv', async () => {
        const dir = tempDir('runway-cli');
        writeFileSync(join(dir, 'lin.yaml'), SCENARIO);
        const r = await runCli(['runway', 'lin.yaml', '--months', '9', '--objective', 'cpu.peakUtilPct<70'], dir);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('c1 runs out around 2026-09-30 (month 8; month 7 holds): cpu.peakUtilPct<70 fails first\nrunway.csv: 10 months simulated (each one run of lin.yaml, seed 1; one seed, so no interval on the date)\n');
        const csv = readFileSync(join(dir, 'runway.csv'), 'utf8').trim().split('\n');
        expect(csv[0]).toBe('month,date,cluster,cpu.peakUtilPct,"cpu.peakUtilPct<70 holds"');
        expect(csv.slice(7, 10)).toEqual(['6,2026-07-31,c1,64,yes', '7,2026-08-31,c1,68,yes', '8,2026-09-30,c1,72,no']);
        expect((await runCli(['runway', 'lin.yaml', '--months', '2'], dir)).code).toBe(4);
    });
    it('the shipped example-growth estate holds beyond the horizon (its VMs cannot outgrow 144 cores)', async () => {
        const dir = tempDir('runway-example');
        const r = await runCli(['runway', join(SCENARIOS_DIR, 'inventory', 'example-growth.yaml'), '--months', '2', '--out', 'r.csv', '--quiet'], dir);
        expect(r.code).toBe(0);
        const csv = readFileSync(join(dir, 'r.csv'), 'utf8').trim().split('\n');
        expect(csv).toHaveLength(1 + 3 * 2); // months 0–2 × clusters Prod-A and Lab
        expect(csv.every((l, k) => k === 0 || !l.includes(',no'))).toBe(true);
    });
    it('--replications: each seed its own run-out month; the date is their median, the range is stated', async () => {
        const dir = tempDir('runway-reps');
        // Uniform 30–50 % per VM and step: peak utilisation lies between 30 and 50 % × (1 + 0.1 m), so
        // 70 % is first crossed no earlier than month 4 (50 × 1.4) and no later than month 14 (30 × 2.4).
        writeFileSync(join(dir, 'u.yaml'), SCENARIO.replace('{ type: constant, cpu: 0.4, memory: 0.2 }', '{ type: uniform, min: 0.3, max: 0.5, memory: 0.2 }'));
        const r = await runCli(['runway', 'u.yaml', '--months', '14', '--replications', '4', '--objective', 'cpu.peakUtilPct<70'], dir);
        expect(r.code).toBe(0);
        const m = /^c1 runs out around \d{4}-\d\d-\d\d \(month (\d+), median of 4 seeds; range month (\d+) \(\d{4}-\d\d-\d\d\) to month (\d+) \(/.exec(r.stdout);
        expect(m).not.toBeNull();
        const [med, lo, hi] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
        expect(lo).toBeGreaterThanOrEqual(4);
        expect(hi).toBeLessThanOrEqual(14);
        expect(lo <= med && med <= hi).toBe(true);
        const csv = readFileSync(join(dir, 'runway.csv'), 'utf8').trim().split('\n');
        expect(csv[0]).toBe('month,date,cluster,replication,cpu.peakUtilPct,"cpu.peakUtilPct<70 holds"');
        expect(csv).toHaveLength(1 + 15 * 4);
    });
    it('dcsim headroom: 2 more VMs of the group fit under 70 % peak utilisation (hand-computed in test/runway/headroom.test.ts)', async () => {
        const dir = tempDir('headroom-cli');
        writeFileSync(join(dir, 'lin.yaml'), SCENARIO);
        const r = await runCli(['headroom', 'lin.yaml', '--group', 'c1/g', '--objective', 'cpu.peakUtilPct<70'], dir);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('c1: fits 2 more VMs of g (2 vCPUs, 4 GiB, its constant workload); with 3, cpu.peakUtilPct<70 fails (5 runs of lin.yaml)\n');
        const bad = await runCli(['headroom', 'lin.yaml', '--group', 'c1/web'], dir);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toBe("error: --group: no VM group 'c1/web' in lin.yaml (groups: c1/g)\n");
    });
    it('refuses bad months (2), a bad objective (2) and an invalid scenario (3)', async () => {
        const dir = tempDir('runway-bad');
        writeFileSync(join(dir, 'lin.yaml'), SCENARIO);
        expect((await runCli(['runway', 'lin.yaml', '--months', '0'], dir)).code).toBe(2);
        const o = await runCli(['runway', 'lin.yaml', '--objective', 'cpu.nope<3'], dir);
        expect(o.code).toBe(2);
        expect(o.stderr).toContain("unknown metric 'cpu.nope'");
        writeFileSync(join(dir, 'bad.yaml'), SCENARIO.replace('cpuPctPerMonth: 10', 'cpuPctPerMonth: -1'));
        const b = await runCli(['runway', 'bad.yaml'], dir);
        expect(b.code).toBe(3);
        expect(b.stderr).toMatch(/bad\.yaml:\d+:\d+: clusters\[0\]\.vms\[0\]\.growth\.cpuPctPerMonth/);
    });
});
//# sourceMappingURL=runway.test.js.map