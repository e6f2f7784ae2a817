/**
 * planActions (replay/operator-events.ts) on hand-made actions: one VM, 1 vCPU, 512 MiB, half a
 * core in every 10 s cell of a 100 s grid unless said otherwise.
 */
import { describe, expect, it } from 'vitest';
import { planActions, type ReplayVm } from '../../src/calibration/replay/operator-events.js';
import { vmWith, type OperatorAction } from '../../src/calibration/trace.js';

const g = { stepMs: 10_000, cells: 10 };

function vmOf(cells: readonly number[]): ReplayVm {
  const t0 = Float64Array.from(cells, (k) => k * 10_000);
  const cpuCores = { t0, t1: t0.map((x) => x + 10_000), v: new Float64Array(cells.length).fill(0.5) };
  return { id: 'dc1/replay/a-001', vcpus: 1, memoryMiB: 512, trace: vmWith('a', { cpuCores }) };
}

const act = (tMs: number, kind: OperatorAction['kind'], text: string, value: number | null = null, vm = 'a'): OperatorAction => ({ tMs, vm, kind, value, text, source: `events.txt:${tMs / 1000}` });

describe('planActions', () => {
  it('a shutdown the readings contradict (CPU goes on) is not replayed, and says why', () => {
    const p = planActions([act(20_000, 'stop', 'shutdown a')], new Map([['a', vmOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])]]), g);
    expect(p.events).toEqual([]);
    expect(p.warnings).toEqual(["not replayed: 'shutdown a' on a at 20.000 s (events.txt:20): the readings show it running after it (CPU in the cell at 30 s)"]);
  });

  it('a stop the readings confirm powers it off; it stays off (demand 0) to the end, not deleted', () => {
    const p = planActions([act(40_000, 'stop', 'destroy a')], new Map([['a', vmOf([0, 1, 2, 3])]]), g);
    expect(p.events).toEqual([{ at: '40001ms', type: 'vm-power', vm: 'dc1/replay/a-001', state: 'off' }]);
    const shape = p.shapes.get('a')!;
    expect(Array.from(shape.off)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(shape.endsStopped).toBe(true);
  });

  it('the first start of a VM first seen mid-trace is its creation (a note, no event)', () => {
    const p = planActions([act(29_000, 'start', 'start a')], new Map([['a', vmOf([3, 4, 5])]]), g);
    expect(p.events).toEqual([]);
    expect(p.notes).toEqual(["'start a' on a at 29.000 s (events.txt:29): its first start in the trace, replayed as its creation"]);
  });

  it('an unknown domain, another command and an action past the end are named, never dropped silently', () => {
    const p = planActions([act(5_000, 'balloon-target', 'setmem b 1024', 1, 'b'), act(6_000, 'other', 'reboot a'), act(200_000, 'balloon-target', 'setmem a 262144', 256)], new Map([['a', vmOf([0, 1, 2])]]), g);
    expect(p.events).toEqual([]);
    expect(p.warnings).toEqual([
      "not replayed: 'setmem b 1024' on b at 5.000 s (events.txt:5): no domain 'b' with CPU readings in the trace",
      "not replayed: 'reboot a' on a at 6.000 s (events.txt:6): dcsim has no model for 'reboot'",
    ]);
    expect(p.notes).toEqual(["'setmem a 262144' on a at 200.000 s (events.txt:200): outside the replay (0–100 s), left out"]);
  });
});
