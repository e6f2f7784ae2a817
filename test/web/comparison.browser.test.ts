/**
 * Clusters as answers in report.html (report v6), in a real headless Chromium: the clusters
 * compared table with the difference to the first cluster and the annualised sentences; the
 * Energy and money totals and the energy-and-cost chart following the cluster selector; and the
 * savings card of a run whose energy is priced but whose servers are not.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/schema.js';
import { fsum } from 'd3';
import { kwh, money, moneyRound } from '../../web/src/format.js';
import { reportPages } from './browser.js';
import { ensureViewerBuilt } from './build.js';
import { syntheticReport } from './synthetic.js';

let work: string;
let twoFile: string;
let energyOnlyFile: string;
let monthFile: string;
/** Thirty days of hourly intervals: long date axes. */
const month: Report = syntheticReport({ hosts: 4, intervals: 30 * 24, intervalMs: 3_600_000, dpm: true, clusters: 2 });
/** Two days of 10-minute intervals, two clusters of 4 hosts, half of them in standby at night, priced. */
const two: Report = syntheticReport({ hosts: 8, intervals: 288, intervalMs: 600_000, dpm: true, clusters: 2 });
/** The same with no server price: energy cost known, hardware and total not (as scenarios/dpm.yaml). */
const energyOnly: Report = (() => {
  const r = syntheticReport({ hosts: 8, intervals: 288, intervalMs: 600_000, dpm: true });
  const f = { ...r.headline.finance, hardwareCost: null, baselineHardwareCost: null, totalCost: null, baselineTotalCost: null, saving: null, savingPct: null };
  return { ...r, headline: { ...r.headline, finance: f } };
})();

beforeAll(() => {
  ensureViewerBuilt();
  work = mkdtempSync(join(tmpdir(), 'dcsim-web-comparison-'));
  twoFile = join(work, 'two.html');
  energyOnlyFile = join(work, 'energy-only.html');
  writeFileSync(twoFile, renderReportHtml([two]));
  writeFileSync(energyOnlyFile, renderReportHtml([energyOnly]));
  monthFile = join(work, 'month.html');
  writeFileSync(monthFile, renderReportHtml([month]));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = reportPages();

describe('the clusters compared table', () => {
  it('shows each cluster, its difference to the first and the annualised sentences', async () => {
    const { page, log } = await open(twoFile);
    const table = page.locator('table[data-table=comparison]');
    const [a, b] = two.comparison.rows;
    await expect(table.locator(`tr[data-row="${a!.id}"] td[data-col=itKWh]`).textContent()).resolves.toBe(kwh(a!.figures.itKWh));
    await expect(table.locator(`tr[data-row="${b!.id}"] td[data-col=facilityKWh]`).textContent()).resolves.toBe(kwh(b!.figures.facilityKWh));
    await expect(table.locator(`tr[data-row="${b!.id}"] td[data-col=cost]`).textContent()).resolves.toBe(money(b!.figures.cost, 'EUR'));
    const d = b!.difference!.itKWh;
    await expect(table.locator(`tr[data-row="${b!.id}-vs-first"] td[data-col=itKWh]`).textContent()).resolves.toBe(Math.abs(d) < 1e-9 ? '±0' : `${d > 0 ? '+' : '−'}${kwh(Math.abs(d))}`);
    expect(await table.locator('tr.difference').count()).toBe(1);
    const sentences = await page.locator('[data-field=comparison-sentences] li').allTextContents();
    expect(sentences).toEqual(two.comparison.rows.map((r) => r.sentence));
    expect(sentences[1]).toMatch(/^Over a year at this load, cluster-02 uses [\d,]+ kWh (less|more) at the facility than cluster-01/);
    await expect(page.locator('[data-field=comparison-assumptions]').textContent()).resolves.toContain('Annualised: the run');
    expect(log.errors).toEqual([]);
  });
});

describe('the Energy and money panel follows the cluster selector', () => {
  it('gives the selected cluster its own totals and running energy and cost', async () => {
    const { page, log } = await open(twoFile);
    const totals = page.locator('[data-field=energy-totals]');
    const e = two.headline.energy;
    await expect(totals.textContent()).resolves.toMatch(new RegExp(`^Over the run: ${kwh(e.itKWh)} IT`));
    const c2 = two.clusters[1]!;
    await page.locator('[data-control=cluster]').selectOption(c2.id);
    await expect(totals.textContent()).resolves.toMatch(new RegExp(`^Over the run, ${c2.id}: ${kwh(c2.headline.energy.itKWh)} IT, ${kwh(c2.headline.energy.facilityKWh)} at the facility`));
    const chart = page.locator('[data-chart=energy-cumulative]');
    await expect(chart.locator('h3').textContent()).resolves.toBe(`Energy and cost since the start — ${c2.id}`);
    await page.mouse.move(0, 0);
    await chart.locator('svg').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await expect(page.locator('#tooltip').getAttribute('data-owner')).resolves.toBe('energy-cumulative');
    const rows = await page.locator('#tooltip .tip-row').evaluateAll((els) => els.map((el) => [el.querySelector('.tip-label')?.textContent ?? '', el.querySelector('.tip-value')?.textContent ?? '']));
    const tip = Object.fromEntries(rows.map(([l, v]) => [(l as string).replace(/: $/, ''), v]));
    expect(tip['cost (right axis, EUR)']).toBe(money(fsum(two.energy.clusters[c2.id]!.cost as number[]), 'EUR'));
    expect(fsum(two.energy.clusters[c2.id]!.cost as number[])).not.toBeCloseTo(fsum(two.energy.hours.cost as number[]), 2);
    expect(log.errors).toEqual([]);
  });
});

describe('the savings card when energy is priced but servers are not', () => {
  it('gives the energy cost saved and names the missing price instead of "no price given"', async () => {
    const { page, log } = await open(energyOnlyFile);
    const card = page.locator('[data-card=finance]');
    const f = energyOnly.headline.finance;
    await expect(card.locator('[data-field=no-price]').textContent()).resolves.toBe('energy cost only: no server price given (finance.serverPrice), so hardware and the total are unknown');
    await expect(card.textContent()).resolves.toContain(moneyRound(f.baselineEnergyCost! - f.energyCost!, 'EUR'));
    await expect(card.textContent()).resolves.toContain('Energy cost saved vs physical servers');
    expect(log.errors).toEqual([]);
  });
});

describe('date axes', () => {
  it('never draw two tick labels over each other, on any chart of a month-long report', async () => {
    const { page, log } = await open(monthFile);
    interface Box {
      readonly left: number;
      readonly right: number;
      readonly width: number;
    }
    interface Label {
      readonly textContent: string | null;
      getAttribute(name: string): string | null;
      getBoundingClientRect(): Box;
    }
    interface Axis {
      querySelectorAll(selector: string): ArrayLike<Label>;
    }
    const overlaps = await page.locator('.axis-x').evaluateAll((axes) =>
      (axes as unknown as Axis[]).flatMap((axis) => {
        const boxes = Array.from(axis.querySelectorAll('.tick text'))
          .filter((t) => t.getAttribute('display') !== 'none' && (t.textContent ?? '') !== '')
          .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
          .filter((b) => b.r.width > 0)
          .sort((a, b) => a.r.left - b.r.left);
        const out: string[] = [];
        for (let i = 1; i < boxes.length; i++) if (boxes[i]!.r.left < boxes[i - 1]!.r.right) out.push(`${boxes[i - 1]!.text} | ${boxes[i]!.text}`);
        return out;
      }),
    );
    expect(await page.locator('.axis-x').count()).toBeGreaterThan(3);
    expect(overlaps).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
