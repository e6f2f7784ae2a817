/**
 * The planning panels of `dcsim runway --report` in a real headless Chromium, on a planning
 * summary written by hand: the linear case of test/runway/runway.test.ts (40 % growing 10 %/month
 * linearly against 70 %, so months 0–9 are 40, 44, …, 76 and month 8 is the first to fail),
 * a run-out date of 15 Sep 2026 with a hand-set ± 10 days band, a capacity card, three VMs to
 * right-size and the what-if rows. Checked: the sentence, one point per month with its value,
 * the limit, the run-out line and its band, the card, sorting and the CSV export.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import { PlanningSummarySchema, type PlanningSummary } from '../../src/report/planning-schema.js';
import { reportPages } from './browser.js';
import { ensureViewerBuilt } from './build.js';
import { syntheticReport } from './synthetic.js';

const dates = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31'];
const util = dates.map((_, m) => 40 * (1 + 0.1 * m));

const planning: PlanningSummary = PlanningSummarySchema.parse({
  schema: 'dcsim-planning-summary',
  version: 1,
  scenario: 'runway-linear',
  start: '2026-01-31T00:00:00Z',
  horizon: 9,
  replications: 4,
  dates,
  method: 'Each month 0–9 simulated.',
  clusters: [
    {
      cluster: 'c1',
      sentence: 'c1 runs out of room under cpu.peakUtilPct<70 around 15 Sep 2026 (± 10 days); CPU binds first',
      detail: '95 % t-interval over 4 seeds\nfirst failing month of each check: cpu.peakUtilPct<70 month 8 (2026-09-30)',
      checks: [
        { name: 'cpu.peakUtilPct<70', resource: 'CPU', threshold: 70, values: util, holds: util.map((u) => u < 70), firstFailMonth: 8 },
        { name: 'every VM placed', resource: 'placement', threshold: null, values: dates.map(() => 0), holds: dates.map(() => true), firstFailMonth: null },
      ],
      runOut: { date: '2026-09-15', lowDate: '2026-09-05', highDate: '2026-09-25', earliestDate: '2026-09-01', latestDate: '2026-09-29', crossed: 4, binding: ['cpu.peakUtilPct<70'], resources: ['CPU'] },
    },
  ],
  headroom: [{ cluster: 'c1', group: 'g', profile: 'g: 2 vCPUs, 4 GiB, its constant workload', fits: 2, atMax: false, binding: ['cpu.peakUtilPct<70'], runs: 5 }],
  rightsizing: {
    rule: 'recommended = p95 CPU demand and touched memory + 25 % buffer',
    columns: ['VM', 'group', 'vCPUs', 'vCPUs back'],
    rows: [
      ['dc1/c1/g-001', 'g', 8, 5],
      ['dc1/c1/g-002', 'g', 2, -1],
      ['dc1/c1/g-003', 'g', 4, 2],
    ],
  },
  whatIf: { note: 'every group resized', rows: [{ cluster: 'c1', figure: 'vCPUs today', today: 14, whatIf: 8 }] },
});

let work: string;
let file: string;

beforeAll(() => {
  ensureViewerBuilt();
  work = mkdtempSync(join(tmpdir(), 'dcsim-web-runway-'));
  file = join(work, 'report.html');
  writeFileSync(file, renderReportHtml([syntheticReport({ hosts: 2, intervals: 12 })], { planning, title: 'runway-linear — dcsim runway' }));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = reportPages();

describe('runway panels', () => {
  it('draws one point per month with its value, the 70 % limit, the run-out line and its interval band', async () => {
    const { page, log } = await open(file);
    const block = page.locator('[data-panel=runway] [data-cluster=c1]');
    await expect(block.locator('.runway-sentence').textContent()).resolves.toBe('c1 runs out of room under cpu.peakUtilPct<70 around 15 Sep 2026 (± 10 days); CPU binds first');
    const points = block.locator('circle.month');
    await expect(points.count()).resolves.toBe(10);
    await expect(points.nth(8).getAttribute('data-value')).resolves.toBe('72');
    await expect(points.nth(8).getAttribute('data-holds')).resolves.toBe('false');
    await expect(points.nth(7).getAttribute('data-holds')).resolves.toBe('true');
    await expect(block.locator('line.limit').getAttribute('data-value')).resolves.toBe('70');
    await expect(block.locator('line.runout').getAttribute('data-date')).resolves.toBe('2026-09-15');
    const band = block.locator('rect.runout-band');
    await expect(band.getAttribute('data-from')).resolves.toBe('2026-09-05');
    await expect(band.getAttribute('data-to')).resolves.toBe('2026-09-25');
    // The run-out line lies inside its band, and after the month-7 point (31 Aug) and before month 8's (30 Sep).
    const lineX = Number(await block.locator('line.runout').getAttribute('x1'));
    const bandX = Number(await band.getAttribute('x'));
    const bandW = Number(await band.getAttribute('width'));
    expect(lineX).toBeGreaterThan(bandX);
    expect(lineX).toBeLessThan(bandX + bandW);
    expect(lineX).toBeGreaterThan(Number(await points.nth(7).getAttribute('cx')));
    expect(lineX).toBeLessThan(Number(await points.nth(8).getAttribute('cx')));
    const card = block.locator('[data-card=capacity-g]');
    await expect(card.locator('.card-value').textContent()).resolves.toBe('2 VMs');
    await expect(card.locator('.card-hint').textContent()).resolves.toBe('one more fails cpu.peakUtilPct<70 (5 runs, by search)');
    // Another check redraws the chart: placement has no limit line and every month holds.
    await block.locator('select[data-control="runway-check-c1"]').selectOption('every VM placed');
    await expect(block.locator('line.limit').count()).resolves.toBe(0);
    await expect(block.locator('circle.month[data-holds=false]').count()).resolves.toBe(0);
    expect(log.errors).toEqual([]);
  });

  it('the right-sizing table sorts by a column and exports its rows as sorted; the what-if sits beside today', async () => {
    const { page } = await open(file);
    const rows = page.locator('table.rightsizing tbody tr');
    await expect(rows.evaluateAll((trs) => trs.map((t) => t.getAttribute('data-vm')))).resolves.toEqual(['dc1/c1/g-001', 'dc1/c1/g-002', 'dc1/c1/g-003']);
    await page.locator('table.rightsizing th[data-key="3"] button').click();
    await expect(rows.evaluateAll((trs) => trs.map((t) => t.getAttribute('data-vm')))).resolves.toEqual(['dc1/c1/g-002', 'dc1/c1/g-003', 'dc1/c1/g-001']);
    await page.locator('table.rightsizing th[data-key="3"] button').click();
    await expect(page.locator('table.rightsizing th[data-key="3"]').getAttribute('aria-sort')).resolves.toBe('descending');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=rightsizing-csv]').click()]);
    const out = join(work, 'rs.csv');
    await download.saveAs(out);
    expect(download.suggestedFilename()).toBe('runway-linear-rightsizing.csv');
    expect(readFileSync(out, 'utf8')).toBe('VM,group,vCPUs,vCPUs back\ndc1/c1/g-001,g,8,5\ndc1/c1/g-003,g,4,2\ndc1/c1/g-002,g,2,-1');
    const w = page.locator('table.what-if tbody tr[data-figure="vCPUs today"] td');
    await expect(w.allTextContents()).resolves.toEqual(['c1', 'vCPUs today', '14', '8']);
  });
});
