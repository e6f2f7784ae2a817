import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseCsvTrace } from '../../src/scenario/index.js';
import { scenarioErrorOf, scenarioWith, tempFolder } from './helpers.js';
const csvGroup = (count, file = 'demand.csv', extra = '') => `      - { name: db, count: ${count}, template: small, workload: { type: trace, format: csv, path: ${file}${extra} } }`;
describe('loadScenario with a CSV trace', () => {
    it('loads times in ms, CPU and active memory as fractions; every VM replays the same file', () => {
        const dir = tempFolder({
            's.yaml': scenarioWith(csvGroup(3)),
            'demand.csv': 'time_s,cpu_pct,mem_active_pct\r\n0,10,20\r\n300,55.5,30\r\n900,100,40\r\n\r\n',
        });
        const s = loadScenario(join(dir, 's.yaml'));
        const traces = s.traces.get('0/0');
        expect(traces).toHaveLength(3);
        expect(traces[1]).toBe(traces[0]);
        const t = traces[0];
        expect(t.source).toBe('demand.csv');
        expect(Array.from(t.timesMs)).toEqual([0, 300_000, 900_000]);
        expect(Array.from(t.cpu)).toEqual([0.1, 0.555, 1].map(Math.fround));
        expect(Array.from(t.memActive)).toEqual([0.2, 0.3, 0.4].map(Math.fround));
        // 3 samples, the last holding 10 min (as the gap before it): 25 min of a 1-day run.
        expect(s.warnings).toHaveLength(1);
        expect(s.warnings[0]).toMatch(/workload\.path: the shortest trace \(demand\.csv\) covers 25m, less than the duration 1d; it repeats from its start$/);
    });
    it('reports a time that does not increase, naming file and line, with every other bad row', () => {
        const dir = tempFolder({
            's.yaml': scenarioWith(csvGroup(1)),
            'demand.csv': 'time_s,cpu_pct\n0,10\n300,20\n300,30\n200,x\n600,40,1\n',
        });
        const e = scenarioErrorOf(() => loadScenario(join(dir, 's.yaml')));
        const file = join(dir, 'demand.csv');
        expect(e.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
            `${file}:4: expected time_s to increase strictly, found 300 after 300 (line 3)`,
            `${file}:5: expected time_s to increase strictly, found 200 after 300 (line 4)`,
            `${file}:5: expected a CPU percentage 0-100, found "x"`,
            `${file}:6: expected 2 comma-separated fields, found 3`,
        ]);
    });
    it('warns that interval is ignored and that samples closer than the step are not seen', () => {
        const dir = tempFolder({
            's.yaml': scenarioWith(csvGroup(1, 'demand.csv', ', interval: 5m')),
            'demand.csv': 'time_s,cpu_pct\n0,10\n60,20\n',
        });
        const warnings = loadScenario(join(dir, 's.yaml')).warnings;
        expect(warnings).toHaveLength(3);
        expect(warnings[0]).toMatch(/workload\.interval: interval is ignored for csv traces/);
        expect(warnings[1]).toMatch(/workload\.path: the shortest trace \(demand\.csv\) covers 2m, less than the duration/);
        expect(warnings[2]).toMatch(/workload\.path: trace samples as close as 1m are shorter than the step 5m/);
    });
});
describe('parseCsvTrace', () => {
    it('rejects a file without the expected header, at line 1', () => {
        expect(parseCsvTrace('t,cpu\n0,1\n').problems).toEqual([
            { line: 1, message: 'expected the header "time_s,cpu_pct" or "time_s,cpu_mhz", optionally followed by ",mem_active_pct", found "t,cpu"' },
        ]);
    });
    it('rejects a header without rows', () => {
        expect(parseCsvTrace('time_s,cpu_pct\n').problems).toEqual([
            { line: 1, message: 'expected at least one sample row after the header, found none' },
        ]);
    });
    it('accepts a first time after 0 and decimal seconds', () => {
        const r = parseCsvTrace('time_s,cpu_pct\n30,1\n30.5,2\n');
        expect(r.problems).toEqual([]);
        expect(Array.from(r.timesMs)).toEqual([30_000, 30_500]);
    });
});
//# sourceMappingURL=trace-csv.test.js.map