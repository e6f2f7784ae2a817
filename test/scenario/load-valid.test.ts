import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScenarioError, loadScenario, parseScenarioText } from '../../src/scenario/index.js';
import { problemsOf, tempFolder } from './helpers.js';

const MINIMAL = `name: minimal
duration: 2h
templates:
  small:
    vcpus: 2
    memoryGiB: 4
clusters:
  - name: c1
    hosts:
      - count: 2
        coresPerSocket: 8
        mhz: 2600
        memoryGiB: 128
    vms:
      - name: web
        count: 10
        template: small
        workload: { type: constant, cpu: 0.3 }
`;

describe('parseScenarioText on a minimal valid scenario', () => {
  const s = parseScenarioText(MINIMAL, 'scenarios/minimal.yaml', '/nowhere');

  it('fills defaults: step 5m = 300000 ms, first-fit placement, seed 1, start 2026-01-05', () => {
    expect(s.spec.step).toBe(300_000);
    expect(s.spec.seed).toBe(1);
    expect(s.spec.description).toBe('');
    expect(s.spec.clusters[0]!.placement).toEqual({ algorithm: 'first-fit', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5, spareHosts: 'on', unplaced: 'fail', reservationWithinVcpus: false });
    expect(s.spec.clusters[0]!.site).toBe('dc1');
    expect(s.spec.clusters[0]!.hosts[0]!.name).toBe('host');
    expect(s.spec.clusters[0]!.hosts[0]!.sockets).toBe(2);
    expect(s.spec.templates.small!.cpu).toEqual({ reservationMHz: 0, limitMHz: null, shares: 'normal' });
    expect(s.spec.outputs).toEqual({ hostSeries: true, events: true });
    expect(s.spec.clusters[0]!.vms[0]!.workload).toEqual({ type: 'constant', cpu: 0.3, memory: 0.25 });
  });

  it('converts durations to integer milliseconds and start to epoch ms', () => {
    expect(s.spec.duration).toBe(7_200_000);
    expect(s.startEpochMs).toBe(Date.parse('2026-01-05T00:00:00Z'));
  });

  it('records the file as given, the SHA-256 of the text, no traces and no warnings', () => {
    expect(s.file).toBe('scenarios/minimal.yaml');
    expect(s.sha256).toBe(createHash('sha256').update(MINIMAL).digest('hex'));
    expect(s.traces.size).toBe(0);
    expect(s.warnings).toEqual([]);
  });

  it('returns a deeply frozen spec', () => {
    expect(Object.isFrozen(s.spec)).toBe(true);
    expect(Object.isFrozen(s.spec.clusters[0]!.hosts[0])).toBe(true);
  });
});

describe('parseScenarioText on JSON input', () => {
  it('loads JSON (told apart by content) with the same result as YAML', () => {
    const fromYaml = parseScenarioText(MINIMAL, 'a.yaml', '/nowhere');
    const json = JSON.stringify({
      name: 'minimal',
      duration: '2h',
      templates: { small: { vcpus: 2, memoryGiB: 4 } },
      clusters: [
        {
          name: 'c1',
          hosts: [{ count: 2, coresPerSocket: 8, mhz: 2600, memoryGiB: 128 }],
          vms: [{ name: 'web', count: 10, template: 'small', workload: { type: 'constant', cpu: 0.3 } }],
        },
      ],
    }, null, 2);
    // The extension says YAML; the content is JSON.
    expect(parseScenarioText(json, 'a.yaml', '/nowhere').spec).toEqual(fromYaml.spec);
  });

  it('reports JSON problems with their line and column', () => {
    const json = [
      '{', //                                                        1
      '  "name": "j",', //                                           2
      '  "duration": "1h",', //                                      3
      '  "templates": { "t": { "vcpus": 1, "memoryGiB": 2 } },', //  4
      '  "clusters": [', //                                          5
      '    {', //                                                    6
      '      "name": "c",', //                                       7
      '      "hosts": [', //                                         8
      '        { "count": 1, "coresPerSocket": 2, "mhz": 2000,', //  9
      '          "memoryGiB": -1 }', //                              10
      '      ]', //                                                  11
      '    }', //                                                    12
      '  ]', //                                                      13
      '}', //                                                        14
    ].join('\n');
    const problems = problemsOf(json, 'x.json');
    expect(problems).toEqual([
      {
        file: 'x.json',
        path: 'clusters[0].hosts[0].memoryGiB',
        line: 10,
        column: 24,
        message: 'expected a number greater than 0, received -1',
      },
    ]);
  });

  it('reports a JSON syntax error with its line', () => {
    const problems = problemsOf('{\n  "name": "j",\n  "duration": "1h"\n  "templates": {}\n}\n', 'x.json');
    expect(problems).toEqual([
      { file: 'x.json', path: '', line: 4, column: 3, message: 'JSON syntax error: Missing , between flow map items' },
    ]);
  });
});

describe('loadScenario', () => {
  it('reads a file, hashing its bytes and resolving nothing else', () => {
    const dir = tempFolder({ 'm.yaml': MINIMAL });
    const file = join(dir, 'm.yaml');
    const s = loadScenario(file);
    expect(s.file).toBe(file);
    expect(s.sha256).toBe(createHash('sha256').update(MINIMAL).digest('hex'));
    expect(s.spec.name).toBe('minimal');
  });

  it('throws a ScenarioError naming a missing file', () => {
    const file = join(tempFolder(), 'does-not-exist.yaml');
    expect(() => loadScenario(file)).toThrow(ScenarioError);
    try {
      loadScenario(file);
    } catch (err) {
      const e = err as ScenarioError;
      expect(e.problems).toHaveLength(1);
      expect(e.problems[0]!.file).toBe(file);
      expect(e.problems[0]!.message).toBe(`cannot read scenario file '${file}': no such file`);
      expect(e.message).toContain(`${file}: 1 problem`);
    }
  });

  it('throws a ScenarioError for a file that is not UTF-8 text', () => {
    const dir = tempFolder();
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(() => loadScenario(file)).toThrow(/not UTF-8 text/);
  });

  it('reports an empty file as one problem', () => {
    const problems = problemsOf('\n\n');
    expect(problems.map((p) => p.message)).toEqual([
      'the file is empty: expected a scenario with at least name, duration, templates and clusters',
    ]);
  });
});
