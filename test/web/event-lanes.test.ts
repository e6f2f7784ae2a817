/** Event lanes of the timeline (web/src/event-lanes.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { collapseEvents } from '../../web/src/event-lanes.js';

describe('collapseEvents', () => {
  it('collapses placements into one count marker per bucket, and keeps lanes apart', () => {
    const items = [
      ...Array.from({ length: 500 }, (_, k) => ({ t: 0, type: 'vm.placed' as const, vm: `v${k}`, host: 'h' })),
      { t: 5, type: 'vm.unplaceable' as const, vm: 'big', reason: 'no host fits' },
      { t: 1000, type: 'host.memory-state' as const, host: 'h1', from: 'high' as const, to: 'clear' as const },
      { t: 1001, type: 'host.memory-state' as const, host: 'h2', from: 'soft' as const, to: 'hard' as const },
    ];
    const m = collapseEvents(items, 100, 3);
    expect(m.map((x) => [x.lane, x.count])).toEqual([
      ['placed', 500],
      ['unplaceable', 1],
      ['memory', 2],
    ]);
    expect(m[0]!.items).toHaveLength(3);
    expect(m[2]!.worst).toBe('hard');
    expect(m[2]!.t0).toBe(1000);
  });
});
