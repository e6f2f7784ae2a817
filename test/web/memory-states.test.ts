/** Hosts per memory state (web/src/memory-states.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { Report } from '../../src/report/schema.js';
import { stateCounts } from '../../web/src/memory-states.js';
import type { MemoryState } from '../../web/src/types.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

describe('stateCounts', () => {
  it('counts hosts per state so that the counts sum to the number of hosts', () => {
    const series = Object.values(report.series.hosts!).map((h) => h.memState as MemoryState[]);
    const counts = stateCounts(series, report.series.t.length);
    for (let i = 0; i < report.series.t.length; i++) {
      const total = counts.high[i]! + counts.clear[i]! + counts.soft[i]! + counts.hard[i]! + counts.low[i]!;
      expect(total).toBe(series.length);
    }
  });
});
