/** The findings above the report (web/src/findings.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { Report } from '../../src/report/schema.js';
import { findings } from '../../web/src/findings.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

describe('findings', () => {
  it('states the CPU ready verdict with its band, and the placement outcome', () => {
    const f = findings(report);
    expect(f[0]!.text).toContain('CPU ready is watch');
    expect(f[0]!.tone).toBe('warn');
    expect(f.some((x) => x.text.startsWith('Placement: all'))).toBe(true);
    const unplaced = findings({ ...report, headline: { ...report.headline, vmsUnplaceable: 2 } });
    expect(unplaced.find((x) => x.text.startsWith('Placement'))!.tone).toBe('bad');
  });
});
