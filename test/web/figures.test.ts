/** The comparison figures and run labels (web/src/figures.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import type { Report } from '../../src/report/schema.js';
import { HEADLINE_FIGURES, runLabels } from '../../web/src/figures.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });

describe('figures', () => {
  it('makes repeated run labels unique', () => {
    expect(runLabels(['a', 'b', 'a'])).toEqual(['a #1', 'b', 'a #2']);
  });

  it('every comparison figure reads a number from the headline', () => {
    for (const f of HEADLINE_FIGURES) expect(Number.isFinite(f.get(report.headline))).toBe(true);
  });
});
