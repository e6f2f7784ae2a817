import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, parseScenarioText, type Scenario } from '../../src/scenario/index.js';
import { SCENARIOS_DIR, problemsOf, scenarioErrorOf, scenarioWith, tempFolder, writeFolder } from './helpers.js';

const FOLDER = 'traces/planetlab-20110303';
const traceGroup = (name: string, count: number, opts = ''): string =>
  `      - { name: ${name}, count: ${count}, template: small, workload: { type: trace, format: planetlab, path: ${FOLDER}${opts} } }`;

/** The shipped trace files in code-unit name order, README excluded. */
const shippedNames = readdirSync(join(SCENARIOS_DIR, FOLDER))
  .filter((n) => !n.endsWith('.md'))
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A shipped file's lines as numbers (the files hold one integer percentage per line). */
function fileValues(name: string): number[] {
  return readFileSync(join(SCENARIOS_DIR, FOLDER, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map(Number);
}

describe('parseScenarioText with the shipped PlanetLab 20110303 folder', () => {
  const s: Scenario = parseScenarioText(scenarioWith(traceGroup('pl', 60)), 'scenarios/pl.yaml', SCENARIOS_DIR);
  const traces = s.traces.get('0/0')!;

  it('gives one TraceData per VM, one file each, in name order, skipping README.md', () => {
    expect(shippedNames).toHaveLength(60);
    expect(traces).toHaveLength(60);
    expect(traces.map((t) => t.source)).toEqual(shippedNames.map((n) => `${FOLDER}/${n}`));
    expect(new Set(traces).size).toBe(60);
  });

  it('reads file names with spaces', () => {
    expect(traces.some((t) => t.source.includes(' '))).toBe(true);
  });

  it('stores CPU as percentage / 100, first sample equal to the first line of the file, 5-minute times from 0', () => {
    traces.forEach((t, i) => {
      const values = fileValues(shippedNames[i]!);
      expect(t.cpu[0]).toBeCloseTo(values[0]! / 100, 6);
      expect(t.cpu).toEqual(Float32Array.from(values, (v) => v / 100));
      expect(t.timesMs).toEqual(Float64Array.from(values, (_, k) => k * 300_000));
      expect(t.memActive).toBeNull();
    });
    expect(traces[0]!.timesMs).toHaveLength(288);
  });

  it('warns nothing for a 1-day run at the default 5-minute step', () => {
    expect(s.warnings).toEqual([]);
  });
});

describe('parseScenarioText PlanetLab file assignment', () => {
  it('reports too few files without reuse at workload.path, with both numbers', () => {
    const problems = problemsOf(scenarioWith(traceGroup('pl', 70)));
    expect(problems).toEqual([
      {
        file: 'scenarios/x.yaml',
        path: 'clusters[0].vms[0].workload.path',
        line: 10,
        column: traceGroup('pl', 70).indexOf(FOLDER) + 1,
        message:
          "found 60 trace files at 'traces/planetlab-20110303' but the group has 70 VMs, which need one file each; add files, lower count, or set reuse: true",
      },
    ]);
  });

  it('reuses files in order with reuse: true, sharing one TraceData per file', () => {
    const s = parseScenarioText(scenarioWith(traceGroup('pl', 130, ', reuse: true')), 'scenarios/x.yaml', SCENARIOS_DIR);
    const traces = s.traces.get('0/0')!;
    expect(traces).toHaveLength(130);
    expect(traces[60]).toBe(traces[0]);
    expect(traces[129]).toBe(traces[9]);
  });

  it('skip: groups take consecutive slices of the folder in name order', () => {
    const s = parseScenarioText(scenarioWith(`${traceGroup('a', 20)}\n${traceGroup('b', 40, ', skip: 20')}`), 'scenarios/x.yaml', SCENARIOS_DIR);
    expect(s.traces.get('0/0')!.map((t) => t.source)).toEqual(shippedNames.slice(0, 20).map((n) => `${FOLDER}/${n}`));
    expect(s.traces.get('0/1')!.map((t) => t.source)).toEqual(shippedNames.slice(20).map((n) => `${FOLDER}/${n}`));
  });

  it('skip leaving too few files is reported with what is left', () => {
    const group = traceGroup('pl', 20, ', skip: 50');
    expect(problemsOf(scenarioWith(group))[0]!.message).toBe(
      "found 10 trace files after skipping 50 at 'traces/planetlab-20110303' but the group has 20 VMs, which need one file each; add files, lower count or skip, or set reuse: true",
    );
  });

  it('reads a file used by two groups once: both get the same sample arrays', () => {
    const s = parseScenarioText(scenarioWith(`${traceGroup('a', 5)}\n${traceGroup('b', 3)}`), 'scenarios/x.yaml', SCENARIOS_DIR);
    const a = s.traces.get('0/0')!;
    const b = s.traces.get('0/1')!;
    expect(b[2]!.cpu).toBe(a[2]!.cpu);
    expect(b[2]!.timesMs).toBe(a[2]!.timesMs);
  });

  it('warns when the trace interval is shorter than the step', () => {
    const s = parseScenarioText(scenarioWith(traceGroup('pl', 2, ', interval: 1m')).replace('duration: 1d', 'duration: 4h'), 'scenarios/x.yaml', SCENARIOS_DIR);
    const column = traceGroup('pl', 2, ', interval: 1m').indexOf('1m }') + 1;
    expect(s.warnings).toEqual([
      `scenarios/x.yaml:10:${column}: clusters[0].vms[0].workload.interval: trace interval 1m is shorter than the step 5m; traces are sampled at the step, so samples in between are not seen`,
    ]);
  });
});

describe('loadScenario with a PlanetLab folder of its own', () => {
  const scenario = (count: number, path = 'pl'): string =>
    scenarioWith(`      - { name: v, count: ${count}, template: small, workload: { type: trace, format: planetlab, path: "${path}" } }`);

  it('skips hidden and *.md files, supports names with spaces and decimals, sorts by code unit', () => {
    const dir = tempFolder({ 's.yaml': scenario(3) });
    writeFolder(dir, 'pl', { 'b vm': '10\n20\n', B: '1.5\n2\n\n\n', a: '100\n0\n', '.hidden': 'x', 'NOTES.md': '# notes' });
    const traces = loadScenario(join(dir, 's.yaml')).traces.get('0/0')!;
    expect(traces.map((t) => t.source)).toEqual(['pl/B', 'pl/a', 'pl/b vm']);
    expect(Array.from(traces[0]!.cpu)).toEqual([Math.fround(0.015), Math.fround(0.02)]);
    expect(Array.from(traces[1]!.cpu)).toEqual([1, 0]);
  });

  it('reports every malformed line with its file and line number, all files at once', () => {
    const dir = tempFolder({ 's.yaml': scenario(2) });
    writeFolder(dir, 'pl', { vm1: '10\n20\nabc\n30\n150\n', vm2: '5\n\n7\n-1\n' });
    const e = scenarioErrorOf(() => loadScenario(join(dir, 's.yaml')));
    const shown = e.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(shown).toEqual([
      `${join(dir, 'pl', 'vm1')}:3: expected a CPU percentage 0-100, found "abc"`,
      `${join(dir, 'pl', 'vm1')}:5: expected a CPU percentage 0-100, found "150"`,
      `${join(dir, 'pl', 'vm2')}:2: expected a CPU percentage 0-100, found a blank line (only trailing blank lines are allowed)`,
      `${join(dir, 'pl', 'vm2')}:4: expected a CPU percentage 0-100, found "-1"`,
    ]);
  });

  it('caps the problems of one file at 50 and counts the rest', () => {
    const dir = tempFolder({ 's.yaml': scenario(1) });
    writeFolder(dir, 'pl', { vm: 'x\n'.repeat(60) });
    const e = scenarioErrorOf(() => loadScenario(join(dir, 's.yaml')));
    expect(e.problems).toHaveLength(51);
    expect(e.problems[50]!.message).toBe('and 10 more malformed lines');
  });

  it('reports a trace path that does not exist at workload.path', () => {
    const dir = tempFolder({ 's.yaml': scenario(1, 'nope') });
    const e = scenarioErrorOf(() => loadScenario(join(dir, 's.yaml')));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.path).toBe('clusters[0].vms[0].workload.path');
    expect(e.problems[0]!.message).toMatch(/^cannot use trace path 'nope': no such file or folder/);
  });
});
