/**
 * Trace replay: a PlanetLab file (one CPU % per line, 5-minute samples; CloudSim's
 * planetlab-20110303 set) drives a VM's demand at value / 100 for each 300 s step.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traceIndex } from '../../../src/model/workload/levels.js';
import { vmMeans } from '../../../src/output/vms-csv.js';
import { clusterScenario, SCENARIOS_DIR, simulateLogged } from '../../helpers/sim.js';
const FOLDER = 'traces/planetlab-20110303';
const FILE = readdirSync(join(SCENARIOS_DIR, FOLDER))
    .filter((n) => !n.endsWith('.md'))
    .sort()[0];
const VALUES = readFileSync(join(SCENARIOS_DIR, FOLDER, FILE), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(Number);
describe('traceIndex', () => {
    const times = Float64Array.from([0, 300_000, 600_000]);
    it('finds the sample in force: t = 0 → 0, 299 999 → 0, 300 000 → 1, 650 000 → 2', () => {
        expect(traceIndex(times, 0, 0)).toBe(0);
        expect(traceIndex(times, 299_999, 0)).toBe(0);
        expect(traceIndex(times, 300_000, 0)).toBe(1);
        expect(traceIndex(times, 650_000, 1)).toBe(2);
    });
    it('repeats a trace shorter than the run: its period is last + one interval = 900 000 ms, so 900 000 → 0 and 1 250 000 → 1', () => {
        expect(traceIndex(times, 900_000, 2)).toBe(0);
        expect(traceIndex(times, 1_250_000, 0)).toBe(1);
    });
    it('ignores a hint that lies after the time asked for', () => {
        expect(traceIndex(times, 100, 2)).toBe(0);
    });
});
describe(`a VM replaying PlanetLab ${FILE} for 24 h at a 5-minute step`, () => {
    // 1 vCPU at 1000 MHz: demand in MHz = 1000 × value / 100 = 10 × value.
    const scenario = clusterScenario({ pl: { vcpus: 1, memoryGiB: 2 } }, [{ name: 'pl', count: 1, template: 'pl', workload: { type: 'trace', format: 'planetlab', path: `${FOLDER}/${FILE}` } }], { mhz: 1000, duration: '1d', step: '5m' });
    const { result, log } = simulateLogged(scenario);
    it('reads the file: 288 samples, one per 5 minutes of the day', () => {
        expect(VALUES).toHaveLength(288);
    });
    it("demands the file's value / 100 of its vCPU in each 300 s interval", () => {
        expect(log.frames).toHaveLength(288);
        log.frames.forEach((f, k) => {
            expect(f.t0).toBe(k * 300_000);
            // Traces are stored as Float32: compare with the single-precision value, and to the
            // double within float32 rounding.
            expect(f.host.demandMhz[0]).toBeCloseTo(Math.fround(VALUES[k] / 100) * 1000, 6);
            expect(Math.abs(f.host.demandMhz[0] - VALUES[k] * 10)).toBeLessThanOrEqual(1e-6 * Math.max(1, VALUES[k] * 10));
        });
    });
    it("has a mean demand equal to the file's mean / 100 within 1e-9 relative", () => {
        const fileMean = VALUES.reduce((a, b) => a + b, 0) / VALUES.length / 100;
        const simMean = vmMeans(result, 0).demand / 100;
        expect(Math.abs(simMean - fileMean) / fileMean).toBeLessThanOrEqual(1e-9);
    });
});
//# sourceMappingURL=trace.test.js.map