/** VM table sorting (web/src/sorting.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { Report } from '../../src/report/schema.js';
import { sortVms } from '../../web/src/sorting.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

describe('VM sorting', () => {
  it('sorts by a numeric key, ties by natural id, and cuts to n', () => {
    const top = sortVms(report.vms, 'readyP95Pct', true, 5);
    expect(top).toHaveLength(5);
    for (let k = 1; k < top.length; k++) expect(top[k - 1]!.readyP95Pct).toBeGreaterThanOrEqual(top[k]!.readyP95Pct);
    const byId = sortVms([{ ...report.vms[0]!, id: 'x-10' }, { ...report.vms[0]!, id: 'x-9' }], 'id', false);
    expect(byId.map((v) => v.id)).toEqual(['x-9', 'x-10']);
  });
});
