import { describe, expect, it } from 'vitest';
import { ScenarioError, formatProblem, parseScenarioText } from '../../src/scenario/index.js';
import { problemsOf } from './helpers.js';

/** Joins lines; the trailing comments in the tests give each line's number. */
const lines = (...l: string[]): string => `${l.join('\n')}\n`;

describe('parseScenarioText on a scenario with several mistakes', () => {
  const text = lines(
    'name: several', //                                   1
    'duration: 1x', //                                    2
    'templates:', //                                      3
    '  small:', //                                        4
    '    vcpus: 0', //                                    5
    '    memoryGB: 4', //                                 6
    'clusters:', //                                       7
    '  - name: c1', //                                    8
    '    hosts:', //                                      9
    '      - count: 2', //                               10
    '        coresPerSocket: 8', //                      11
    '        mhz: 2600', //                              12
    '        memoryGiB: 64', //                          13
    '      - name: big', //                              14
    '        count: 1', //                               15
    '        coresPerSocket: 8', //                      16
    '        mhz: 2600', //                              17
    '        memoryGiB: -4', //                          18
    '    vms:', //                                       19
    '      - name: web', //                              20
    '        count: 3', //                               21
    '        template: small', //                        22
    '        workload:', //                              23
    '          type: sine', //                           24
    '    placement: { algorithm: worst-fit }', //        25
  );
  const problems = problemsOf(text);

  it('reports every problem at once, in line order, with exact paths, lines and columns', () => {
    expect(problems.map((p) => [p.path, p.line, p.column])).toEqual([
      ['duration', 2, 11],
      ['templates.small.memoryGiB', 5, 5], // missing: points at the map that should hold it
      ['templates.small.vcpus', 5, 12],
      ['templates.small.memoryGB', 6, 5], // unknown: points at the key itself
      ['clusters[0].hosts[1].memoryGiB', 18, 20],
      ['clusters[0].vms[0].workload.type', 24, 17],
      ['clusters[0].placement.algorithm', 25, 29],
    ]);
  });

  it('says what was expected and what was found', () => {
    expect(problems.map((p) => p.message)).toEqual([
      'expected a duration such as "300s", "5m", "1h", "7d" or "1w", received "1x"',
      "missing required key 'memoryGiB': expected a number",
      'expected a whole number of at least 1, received 0',
      "unknown key 'memoryGB' (did you mean 'memoryGiB'?)",
      'expected a number greater than 0, received -4',
      'expected type to be one of constant, diurnal, random-walk, uniform, on-off, trace, received "sine"',
      'expected algorithm to be one of first-fit, best-fit, spread, balanced, round-robin, pack, filter-weigher, received "worst-fit"',
    ]);
  });

  it('formats each problem as file:line:column: path: message, listed under a count', () => {
    expect(formatProblem(problems[4]!)).toBe(
      'scenarios/x.yaml:18:20: clusters[0].hosts[1].memoryGiB: expected a number greater than 0, received -4',
    );
    try {
      parseScenarioText(text, 'scenarios/x.yaml', '/nowhere');
    } catch (err) {
      const message = (err as ScenarioError).message.split('\n');
      expect(message[0]).toBe('scenarios/x.yaml: 7 problems');
      expect(message).toHaveLength(8);
    }
  });
});

describe('parseScenarioText schema messages', () => {
  const base = (vmWorkload: string, extra = ''): string =>
    lines(
      'name: s', //                                                               1
      'duration: 1d', //                                                          2
      'templates: { small: { vcpus: 1, memoryGiB: 2 } }', //                      3
      'clusters:', //                                                             4
      '  - name: c', //                                                           5
      '    hosts: [{ count: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16 }]', // 6
      '    vms:', //                                                              7
      '      - name: v', //                                                       8
      '        count: 1', //                                                      9
      '        template: small', //                                              10
      `        workload: ${vmWorkload}`, //                                      11
      extra,
    );

  it('names an unknown key and suggests the known key within edit distance 2', () => {
    const [p] = problemsOf(base('{ type: constant, cpu: 0.5, memroy: 0.2 }'));
    expect(p).toMatchObject({
      path: 'clusters[0].vms[0].workload.memroy',
      line: 11,
      column: 47,
      message: "unknown key 'memroy' (did you mean 'memory'?)",
    });
  });

  it('lists the allowed keys when no known key is close', () => {
    const [p] = problemsOf(base('{ type: constant, cpu: 0.5 }', 'colour: blue'));
    expect(p).toMatchObject({ path: 'colour', line: 12, column: 1 });
    expect(p!.message).toBe(
      "unknown key 'colour'; allowed keys: $schema, name, description, seed, start, duration, step, templates, clusters, outputs, alarms, energy, finance, datastores, events, sweep",
    );
  });

  it('lists the allowed workload types for a bad type and for a missing one', () => {
    const [bad] = problemsOf(base('{ type: sinus, cpu: 0.5 }'));
    expect(bad!.message).toBe('expected type to be one of constant, diurnal, random-walk, uniform, on-off, trace, received "sinus"');
    const [missing] = problemsOf(base('{ cpu: 0.5 }'));
    expect(missing).toMatchObject({ path: 'clusters[0].vms[0].workload.type', line: 11, column: 19 });
    expect(missing!.message).toBe("missing required key 'type': expected one of constant, diurnal, random-walk, uniform, on-off, trace");
  });

  it('describes union alternatives and empty values', () => {
    const [shares] = problemsOf(base('{ type: constant, cpu: 0.5 }').replace('memoryGiB: 2 }', 'memoryGiB: 2, cpu: { shares: max } }'));
    expect(shares).toMatchObject({ path: 'templates.small.cpu.shares', line: 3 });
    expect(shares!.message).toBe('expected one of low, normal, high or a number, received "max"');
    const [empty] = problemsOf(base('{ type: constant, cpu: }'));
    expect(empty!.message).toBe('expected a number, received an empty value (null)');
  });

  it('suggests quotes when YAML read a number where text is expected', () => {
    const [p] = problemsOf(base('{ type: trace, format: planetlab, path: 20110303 }'));
    expect(p!.message).toBe('expected a string, received 20110303 (put it in quotes to make it text)');
  });

  it('names durations and names in type errors, found as bare numbers', () => {
    const problems = problemsOf(base('{ type: constant, cpu: 0.5 }').replace('name: s', 'name: 2024').replace('duration: 1d', 'duration: 300'));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['name', 'expected a name of letters, digits, ".", "_" or "-" (starting with a letter or digit), received 2024 (put it in quotes to make it text)'],
      ['duration', 'expected a duration such as "300s", "5m", "1h", "7d" or "1w", received 300'],
    ]);
  });

  it('reports a malformed template name at the key, with a quoted path', () => {
    const [p] = problemsOf(base('{ type: constant, cpu: 0.5 }').replace('templates: { small:', 'templates: { "my small":'));
    expect(p).toMatchObject({ path: 'templates["my small"]', line: 3, column: 14 });
    expect(p!.message).toBe('invalid key "my small": expected a name of letters, digits, ".", "_" or "-"');
  });

  it('reports a YAML syntax error with its line and column', () => {
    // The flow map opened on line 3 is still open where line 4 starts.
    const problems = problemsOf(lines('name: s', 'duration: 1d', 'templates: { small: { vcpus: 1 }', 'clusters: []'));
    expect(problems).toEqual([
      {
        file: 'scenarios/x.yaml',
        path: '',
        line: 4,
        column: 1,
        message: 'YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }',
      },
    ]);
  });

  it('reports a duplicate key as an error at the second occurrence', () => {
    const problems = problemsOf(lines('name: a', 'duration: 1d', 'name: b'));
    expect(problems).toEqual([
      { file: 'scenarios/x.yaml', path: '', line: 3, column: 1, message: "duplicate key 'name': each key may appear only once in a mapping" },
    ]);
  });

  it('reports a root that is not a mapping at (root)', () => {
    const [p] = problemsOf('- 1\n- 2\n');
    expect(formatProblem(p!)).toBe('scenarios/x.yaml:1:1: (root): expected a mapping of keys to values, received [1,2]');
  });
});
