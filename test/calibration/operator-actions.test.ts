/**
 * Operator actions of a capture: the command log as scripts/capture.sh and run.sh write it
 * (import/operator-log.ts), changes seen in the readings (import/state-changes.ts), and the two
 * merged, a logged command counted once (import/operator-actions.ts). Fixture: operator-capture.ts.
 */
import { describe, expect, it } from 'vitest';
import { importTrace } from '../../src/calibration/import/index.js';
import { parseCommandLog, type CommandLog } from '../../src/calibration/import/operator-log.js';
import { ImportLog } from '../../src/calibration/import-log.js';
import { CAPTURE, HAS_CAPTURE } from './helpers.js';
import { operatorCapture, T0 } from './operator-capture.js';

function parse(lines: string[]): { out: CommandLog; log: ImportLog } {
  const out: CommandLog = { actions: [], readOnly: new Map() };
  const log = new ImportLog();
  parseCommandLog(lines.join('\n'), 'events.txt', T0, log, out);
  return { out, log };
}

describe('parseCommandLog', () => {
  it('reads setmem sizes in virsh units (KiB by default) as MiB, at ms from the origin', () => {
    const { out } = parse([`${T0 + 150_000} setmem vm-idle 98304 KiB --live : `, `${T0 + 1} virsh setmem vm-a 96M --live`, `${T0 + 2} setmem vm-b 1G`, `${T0 + 3} setmem vm-c 65536`]);
    expect(out.actions.map((a) => [a.tMs, a.vm, a.kind, a.value])).toEqual([
      [150_000, 'vm-idle', 'balloon-target', 96],
      [1, 'vm-a', 'balloon-target', 96],
      [2, 'vm-b', 'balloon-target', 1024],
      [3, 'vm-c', 'balloon-target', 64],
    ]);
    expect(out.actions[0]).toMatchObject({ text: 'setmem vm-idle 98304 KiB --live', source: 'events.txt:1' });
  });

  it("maps run.sh's lifecycle lines (virsh -c URI start) and the other domain commands", () => {
    const { out } = parse([
      `${T0} virsh -c qemu:///system start vm-onoff : Domain 'vm-onoff' started`,
      `${T0} shutdown vm-onoff`,
      `${T0} destroy vm-onoff`,
      `${T0} setvcpus vm-busy 3 --live`,
      `${T0} migrate --live vm-busy qemu+ssh://kvm-02/system`,
      `${T0} reboot vm-busy`,
    ]);
    expect(out.actions.map((a) => [a.vm, a.kind, a.value])).toEqual([
      ['vm-onoff', 'start', null],
      ['vm-onoff', 'stop', null],
      ['vm-onoff', 'stop', null],
      ['vm-busy', 'vcpus', 3],
      ['vm-busy', 'migrate', null],
      ['vm-busy', 'other', null],
    ]);
  });

  it('a change of the persistent definition only (--config without --live) is no live action', () => {
    const { out } = parse([`${T0} setmem vm-a 65536 --config`, `${T0} setvcpus vm-a 2 --config`, `${T0} setvcpus vm-a 4 --maximum --config`]);
    expect(out.actions.map((a) => a.kind)).toEqual(['other', 'other', 'other']);
  });

  it('counts read-only commands, skips the script lines, notes refused commands, locates malformed lines', () => {
    const { out, log } = parse([
      '# capture start_ts=1 duration_s=90 interval_s=2',
      `${T0} domdirtyrate-calc vm-mem --seconds 1 : `,
      `${T0} domdirtyrate-calc vm-mem --seconds 1 : `,
      `${T0} capture end samples=46`,
      `${T0} setvcpus vm-busy 4 --live : error: invalid argument: requested vcpus is greater than max allowable vcpus for the live domain: 4 > 2`,
      'setmem vm-idle 98304',
      `${T0} setmem vm-idle lots`,
    ]);
    expect(out.actions).toEqual([]);
    expect([...out.readOnly]).toEqual([['domdirtyrate-calc', 2]]);
    expect(log.notes().join()).toMatch(/events.txt:5: 'setvcpus vm-busy 4 --live' was refused by virsh/);
    expect(log.problems()).toEqual([
      { file: 'events.txt', line: 6, message: 'expected "<unix ms> <virsh command> [: <output>]", found "setmem vm-idle 98304"' },
      { file: 'events.txt', line: 7, message: "expected a size after 'setmem vm-idle', found \"lots\"" },
    ]);
  });
});

describe('importTrace(capture folder with operator actions)', () => {
  it('takes the logged commands at their logged times and adds what only the readings show (vcpu.current 1 → 2)', () => {
    const t = importTrace(operatorCapture());
    expect(t.problems).toEqual([]);
    const a = t.hosts[0]!.actions;
    expect(a.map((x) => [x.tMs, x.vm, x.kind, x.value, x.text])).toEqual([
      [10_900, 'vm-idle', 'balloon-target', 96, 'setmem vm-idle 98304 KiB --live'],
      [17_000, 'vm-onoff', 'stop', null, 'shutdown vm-onoff'],
      [25_000, 'vm-onoff', 'start', null, 'start vm-onoff'],
      [26_900, 'vm-idle', 'balloon-target', 128, 'setmem vm-idle 131072 KiB --live'],
      // Between the readings at 30 s and 32 s: timed at the first.
      [30_000, 'vm-onoff', 'vcpus', 2, 'vcpu.current 1 → 2'],
      [36_500, 'vm-idle', 'migrate', null, 'migrate --live vm-idle qemu+ssh://kvm-02/system'],
    ]);
    expect(a[0]!.source).toMatch(/events\.txt:2$/);
    expect(a[4]!.source).toMatch(/domstats-groups\.txt:\d+$/);
    expect(t.notes).toEqual(
      expect.arrayContaining([
        'events.txt: domdirtyrate-calc ×1 only read the domain: nothing to replay',
        'operator actions: 6 (balloon-target ×2, stop ×1, start ×1, vcpus ×1, migrate ×1): 5 from events.txt, 1 seen only in the readings',
      ]),
    );
  });

  it('without a command log, the readings give every change, each timed at the reading before it', () => {
    const a = importTrace(operatorCapture({ events: false })).hosts[0]!.actions;
    expect(a.map((x) => [x.tMs, x.vm, x.kind, x.value, x.text])).toEqual([
      [10_000, 'vm-idle', 'balloon-target', 96, 'balloon.current 131072 → 98304 KiB'],
      [16_000, 'vm-onoff', 'stop', null, 'state.state 1 → 5 (running → shut off)'],
      [24_000, 'vm-onoff', 'start', null, 'state.state 5 → 1 (shut off → running)'],
      [26_000, 'vm-idle', 'balloon-target', 128, 'balloon.current 98304 → 131072 KiB'],
      [30_000, 'vm-onoff', 'vcpus', 2, 'vcpu.current 1 → 2'],
    ]);
  });

  it.skipIf(!HAS_CAPTURE)('capture-calib has none: its events.txt holds only the start and end lines, its domains do not change', () => {
    const t = importTrace(CAPTURE);
    expect(t.hosts[0]!.actions).toEqual([]);
    expect(t.problems).toEqual([]);
    expect(t.notes.join()).not.toMatch(/operator actions/);
  });
});
