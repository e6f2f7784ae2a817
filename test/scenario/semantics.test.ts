import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/index.js';
import { problemsOf } from './helpers.js';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

const HOSTS = '    hosts: [{ count: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 64 }]';

describe('parseScenarioText semantic checks', () => {
  it('reports a template reference to a missing template, listing the known ones', () => {
    const problems = problemsOf(
      lines(
        'name: s', //                                                                   1
        'duration: 1d', //                                                              2
        'templates:', //                                                                3
        '  small: { vcpus: 1, memoryGiB: 2 }', //                                       4
        '  large: { vcpus: 8, memoryGiB: 32 }', //                                      5
        'clusters:', //                                                                 6
        '  - name: c', //                                                               7
        HOSTS, //                                                                       8
        '    vms:', //                                                                  9
        '      - { name: v, count: 1, template: smal, workload: { type: constant, cpu: 0.1 } }', // 10
      ),
    );
    expect(problems).toEqual([
      {
        file: 'scenarios/x.yaml',
        path: 'clusters[0].vms[0].template',
        line: 10,
        column: 40,
        message: "unknown template 'smal' (did you mean 'small'?); known templates: small, large",
      },
    ]);
  });

  it('reports duplicate cluster names, host group names and VM group names together', () => {
    const problems = problemsOf(
      lines(
        'name: s', //                                                                   1
        'duration: 1d', //                                                              2
        'templates: { t: { vcpus: 1, memoryGiB: 2 } }', //                              3
        'clusters:', //                                                                 4
        '  - name: east', //                                                            5
        '    hosts:', //                                                                6
        '      - { count: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 64 }', //        7
        '      - { count: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 64 }', //        8
        '    vms:', //                                                                  9
        '      - { name: web, count: 1, template: t, workload: { type: constant, cpu: 0.1 } }', // 10
        '      - { name: web, count: 1, template: t, workload: { type: constant, cpu: 0.1 } }', // 11
        '  - name: east', //                                                           12
        HOSTS, //                                                                      13
      ),
    );
    expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
      [
        'clusters[0].hosts[1].name',
        8, // the default name "host" is not written: the host group is pointed at
        "duplicate host group name 'host' (already used by clusters[0].hosts[0]); give each host group of a cluster its own name",
      ],
      ['clusters[0].vms[1].name', 11, "duplicate VM group name 'web' (already used by clusters[0].vms[0])"],
      ['clusters[1].name', 12, "duplicate cluster name 'east' (already used by clusters[0])"],
    ]);
  });

  it('reports contradictions between fields: reservations, workload ranges, interval and duration', () => {
    const problems = problemsOf(
      lines(
        'name: s', //                                                                   1
        'duration: 1m', //                                                              2
        'step: 5m', //                                                                  3
        'templates:', //                                                                4
        '  t:', //                                                                      5
        '    vcpus: 2', //                                                              6
        '    memoryGiB: 4', //                                                          7
        '    cpu: { reservationMHz: 3000, limitMHz: 2000 }', //                         8
        '    memory: { reservationGiB: 6, limitGiB: 5 }', //                            9
        'clusters:', //                                                                10
        '  - name: c', //                                                              11
        HOSTS, //                                                                      12
        '    vms:', //                                                                 13
        '      - { name: a, count: 1, template: t, workload: { type: diurnal, low: 0.8, high: 0.2 } }', // 14
        '      - { name: b, count: 1, template: t, workload: { type: random-walk, start: 0.9, sigma: 0.1, max: 0.5 } }', // 15
        '      - { name: c, count: 1, template: t, workload: { type: uniform, min: 0.6, max: 0.4 } }', // 16
        'outputs: { interval: 7m }', //                                                17
      ),
    );
    expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
      ['duration', 2, 'expected duration (1m) to be at least one step (5m)'],
      ['templates.t.cpu.reservationMHz', 8, 'expected cpu.reservationMHz (3000) to be at most cpu.limitMHz (2000)'],
      ['templates.t.memory.reservationGiB', 9, 'expected memory.reservationGiB (6) to be at most memoryGiB (4)'],
      ['templates.t.memory.reservationGiB', 9, 'expected memory.reservationGiB (6) to be at most memory.limitGiB (5)'],
      ['clusters[0].vms[0].workload.low', 14, 'expected low (0.8) to be at most high (0.2)'],
      ['clusters[0].vms[1].workload.start', 15, 'expected start (0.9) to be between min (0) and max (0.5)'],
      ['clusters[0].vms[2].workload.min', 16, 'expected min (0.6) to be at most max (0.4)'],
      [
        'outputs.interval',
        17,
        'expected outputs.interval (7m) to be a whole multiple of the step (5m), because series are sampled at model steps',
      ],
    ]);
  });

  it('memory.content: the zero, shared and unique fractions must partition the touched pages', () => {
    const problems = problemsOf(
      lines(
        'name: s', //                                                                   1
        'duration: 1d', //                                                              2
        'templates:', //                                                                3
        '  a: { vcpus: 1, memoryGiB: 2, memory: { content: { zeroPct: 60, sharedPct: 50 } } }', // 4
        '  b: { vcpus: 1, memoryGiB: 2, memory: { content: { zeroPct: 10, sharedPct: 20, uniquePct: 60 } } }', // 5
        '  c: { vcpus: 1, memoryGiB: 2, memory: { content: { zeroPct: 10, sharedPct: 20, uniquePct: 70 } } }', // 6
        'clusters:', //                                                                 7
        '  - name: c', //                                                               8
        HOSTS, //                                                                       9
      ),
    );
    expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
      ['templates.a.memory.content', 4, 'expected zeroPct + sharedPct to be at most 100 (% of touched pages), found 110'],
      ['templates.b.memory.content', 5, 'expected zeroPct + sharedPct + uniquePct to be 100 (% of touched pages), found 90'],
    ]);
  });

  it('accepts an output interval that is a multiple of the step and a duration of one step', () => {
    const s = parseScenarioText(
      lines('name: s', 'duration: 5m', 'templates: {}', 'clusters:', '  - name: c', HOSTS, 'outputs: { interval: 15m }'),
      'x.yaml',
      '/nowhere',
    );
    expect(s.spec.outputs.interval).toBe(900_000);
  });

  it('reports more than 10,000,000 VMs in total at clusters', () => {
    const group = (name: string): string => `      - { name: ${name}, count: 6000000, template: t, workload: { type: constant, cpu: 0.1 } }`;
    const problems = problemsOf(
      lines('name: s', 'duration: 1d', 'templates: { t: { vcpus: 1, memoryGiB: 2 } }', 'clusters:', '  - name: c', HOSTS, '    vms:', group('a'), group('b')),
    );
    expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
      ['clusters', 5, 'expected at most 10,000,000 VMs in total, found 12,000,000'],
    ]);
  });
});
