import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUPS, parseBenchArgs } from './args.js';
import { floorDir, parseFigure, runFloor } from './floor.js';
import { tempDir } from '../helpers/sim.js';

describe('parseBenchArgs', () => {
  it('runs every group by default, three rounds, full sizes', () => {
    const o = parseBenchArgs([]);
    expect([...o.groups].sort()).toEqual([...GROUPS].sort());
    expect(o.rounds).toBe(3);
    expect(o.quick).toBe(false);
  });

  it('--only picks groups, comma-separated or repeated, in either spelling', () => {
    expect([...parseBenchArgs(['--only', 'kernel']).groups]).toEqual(['kernel']);
    expect([...parseBenchArgs(['--only=w1,week', '--only', 'kernel']).groups].sort()).toEqual(['kernel', 'w1', 'week']);
    expect(parseBenchArgs(['--quick', '--rounds', '5'])).toMatchObject({ quick: true, rounds: 5 });
  });

  it('rejects unknown groups and options with a message naming what is expected', () => {
    expect(() => parseBenchArgs(['--only', 'kernal'])).toThrow(/unknown group "kernal".*kernel, week, memory, w1, sweep, split/);
    expect(() => parseBenchArgs(['--only'])).toThrow(/--only needs a group list/);
    expect(() => parseBenchArgs(['--rounds', '0'])).toThrow(/positive integer, got 0/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option "--fast"/);
  });
});

describe('parseBenchArgs --region', () => {
  it('--region alone runs the whole region for a day on 2 threads and no other group', () => {
    const o = parseBenchArgs(['--region']);
    expect(o.region).toEqual({ clusters: 100, days: 1, workers: 2 });
    expect([...o.groups]).toEqual([]);
    expect(parseBenchArgs([]).region).toBeNull();
  });

  it('--region-clusters, --region-days and --region-workers set a fraction; --only adds groups', () => {
    const o = parseBenchArgs(['--region-clusters', '5', '--region-days', '2', '--region-workers', '1', '--only', 'week']);
    expect(o.region).toEqual({ clusters: 5, days: 2, workers: 1 });
    expect([...o.groups]).toEqual(['week']);
    expect(() => parseBenchArgs(['--region-clusters', '101'])).toThrow('bench: --region-clusters needs a whole number from 1 to 100, got 101');
    expect(() => parseBenchArgs(['--region-days', '0'])).toThrow(/--region-days needs a whole number from 1 to 365, got 0/);
  });
});

describe('floor figures', () => {
  it('parseFigure reads the floor scripts\' line format and ignores trailing text', () => {
    expect(parseFigure('floor.heap.100000: 4428044 events/s')).toEqual({ name: 'floor.heap.100000', value: 4428044, unit: 'events/s' });
    expect(parseFigure('floor.cpu.1000x20000: 120000000 vm-steps/s (check 1.234e+5)\n')).toEqual({
      name: 'floor.cpu.1000x20000',
      value: 120000000,
      unit: 'vm-steps/s',
    });
    expect(() => parseFigure('Error: boom')).toThrow(/cannot read a "name: value unit" figure/);
  });

  it('floorDir looks in ../shared/bench-floor beside the repo root', () => {
    const f = floorDir();
    expect(f.looked.replace(/\\/g, '/')).toMatch(/\/shared\/bench-floor$/);
    if (f.dir !== null) expect(f.dir).toBe(f.looked);
  });

  it('runFloor runs a script from the given folder with its arguments', () => {
    const dir = join(tempDir('bench-floor'), 'floor');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'heap-floor.mjs'), "console.log(`floor.heap.${process.argv[2]}: ${Number(process.argv[3]) * 2} events/s`);\n");
    expect(runFloor(dir, 'heap-floor.mjs', [10, 21])).toEqual({ name: 'floor.heap.10', value: 42, unit: 'events/s' });
  });
});
