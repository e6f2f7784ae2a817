/** The synthetic report the viewer tests read (test/web/synthetic.ts) holds to the report contract. */
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

describe('the synthetic report used by these tests', () => {
  it('matches the report contract', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });
});
