/**
 * The Energy and money panel of report.html (report v5) in a real headless Chromium: power by
 * host state with the hosts in standby and the power changes, energy and cost since the start with
 * each hour's price and PUE, the finance table and its summary sentence, the finance card, the
 * power management finding and the comparison rows. The data is the synthetic DPM night
 * (synthetic-power.ts: half of 8 hosts in standby every night, a time-of-use price), the same run
 * without prices, and a small DPM scenario simulated in-process (test/web/fixtures/dpm-small.yaml).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { loadScenario } from '../../src/scenario/index.js';
import { fsum } from 'd3';
import './d3-global.js';
import { energyHours, hourPrice, hourPue } from '../../web/src/energy-hours.js';
import { financeRows, financeSaving, financeSummary, financeValue } from '../../web/src/finance-rows.js';
import { powerManagementFinding, powerManagementText } from '../../web/src/findings.js';
import { co2Mass, count, kw, kwh, money, moneyRound, num, pct, pricePerKWh } from '../../web/src/format.js';
import { powerChanges, powerView } from '../../web/src/power-series.js';
import { ALL_CLUSTERS } from '../../web/src/cluster-view.js';
import { reportPages } from './browser.js';
import { ensureViewerBuilt, ROOT } from './build.js';
import { syntheticReport } from './synthetic.js';

const ARTIFACTS = join(tmpdir(), 'dcsim-web-artifacts');
const HOUR = 3_600_000;

let work: string;
let dpmFile: string;
let unpricedFile: string;
let twoFile: string;
let compareFile: string;
let simDir: string;
let sim: Report;
/** Two days of 10-minute intervals: 8 hosts, 4 of them in standby every night; peak and off-peak prices. */
const dpm: Report = syntheticReport({ hosts: 8, intervals: 288, intervalMs: 600_000, dpm: true });
const unpriced: Report = syntheticReport({ hosts: 4, intervals: 48, unpriced: true });
const two: Report = syntheticReport({ hosts: 8, intervals: 288, intervalMs: 600_000, dpm: true, clusters: 2 });

beforeAll(() => {
  ensureViewerBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'dcsim-web-energy-'));
  dpmFile = join(work, 'dpm.html');
  unpricedFile = join(work, 'unpriced.html');
  twoFile = join(work, 'two.html');
  compareFile = join(work, 'compare.html');
  writeFileSync(dpmFile, renderReportHtml([dpm]));
  writeFileSync(unpricedFile, renderReportHtml([unpriced]));
  writeFileSync(twoFile, renderReportHtml([two]));
  writeFileSync(compareFile, renderReportHtml([unpriced, dpm]));
  simDir = join(work, 'dpm-small');
  const scenario = loadScenario('test/web/fixtures/dpm-small.yaml', join(ROOT, 'test/web/fixtures/dpm-small.yaml'));
  runToFolder(scenario, { outDir: simDir, force: true, wallClock: () => 0, tag: 'web-test' });
  sim = JSON.parse(readFileSync(join(simDir, 'report.json'), 'utf8')) as Report;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = reportPages();

/** Focuses a time chart and steps its tooltip to interval i with the keyboard. */
async function stepTo(page: Page, chart: string, i: number): Promise<void> {
  await page.locator(`[data-chart=${chart}] svg`).focus();
  await page.keyboard.press('Home');
  for (let k = 0; k < Math.floor(i / 10); k++) await page.keyboard.press('PageDown');
  for (let k = 0; k < i % 10; k++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#tooltip').getAttribute('data-owner')).resolves.toBe(chart);
  await expect(page.locator('#tooltip').getAttribute('data-index')).resolves.toBe(String(i));
}

/** The tooltip's rows as label → value. */
async function tipRows(page: Page): Promise<Record<string, string>> {
  const rows = await page.locator('#tooltip .tip-row').evaluateAll((els) =>
    els.map((e) => [e.querySelector('.tip-label')?.textContent ?? '', e.querySelector('.tip-value')?.textContent ?? e.textContent ?? '']),
  );
  return Object.fromEntries(rows.map(([l, v]) => [(l as string).replace(/: $/, ''), v as string]));
}

/** The finance table as row key → [virtualized, baseline, saving] cell texts. */
async function financeCells(page: Page): Promise<Record<string, string[]>> {
  const rows = await page.locator('table.finance-table tbody tr').evaluateAll((els) => els.map((e) => [e.getAttribute('data-row') ?? '', ...Array.from(e.querySelectorAll('td'), (td) => (td as { textContent: string | null }).textContent ?? '')]));
  return Object.fromEntries(rows.map(([k, ...cells]) => [k as string, cells as string[]]));
}

describe('the Energy and money panel of a run with power management', () => {
  it('stacks power by host state, with the standby band and hosts in standby at night only', async () => {
    const { page, log } = await open(dpmFile);
    await expect(page.locator('.page-nav a[href="#energy"]').textContent()).resolves.toBe('Energy');
    const chart = page.locator('[data-chart=power-states]');
    await expect(chart.locator('h3').textContent()).resolves.toBe(`Power by host state — ${dpm.clusters[0]!.id}`);
    expect(await chart.locator('path.series-stack').evaluateAll((els) => els.map((e) => e.getAttribute('data-series')))).toEqual(['serving', 'transition', 'standby']);
    for (const key of ['serving', 'transition', 'standby']) expect((await chart.locator(`path.series-stack[data-series=${key}]`).getAttribute('d'))?.length ?? 0, key).toBeGreaterThan(20);
    await expect(chart.locator('path.series-line[data-series=hosts-standby]').getAttribute('data-axis')).resolves.toBe('right');
    await expect(chart.locator('.axis-label-y2').textContent()).resolves.toBe('hosts in standby (count)');
    const legend = await chart.locator('.legend-item text').allTextContents();
    expect(legend).toEqual(['serving VMs', 'booting or shutting down', 'standby', 'hosts in standby (right axis)', 'powering down', 'powering up']);
    // The standby band is as tall as its watts: at 03:00 half of the 8 hosts sleep at 12 W each.
    const v = powerView(dpm, ALL_CLUSTERS);
    const night = (3 * HOUR) / dpm.run.intervalMs;
    const standby = await chart.locator('path.series-stack[data-series=standby]').boundingBox();
    expect(standby!.height).toBeGreaterThan(0);
    await stepTo(page, 'power-states', night);
    let tip = await tipRows(page);
    expect(tip['standby']).toBe('48 W');
    expect(tip['standby']).toBe(kw(v.standbyKW[night]!));
    expect(tip['hosts in standby (right axis)']).toBe('4');
    expect(tip['serving VMs']).toBe(kw(v.servingKW[night]!));
    expect(tip['total IT power']).toBe(kw(v.servingKW[night]! + v.transitionKW[night]! + v.standbyKW[night]!));
    // 14:00: every host serves; no standby.
    const day = (14 * HOUR) / dpm.run.intervalMs;
    await stepTo(page, 'power-states', day);
    tip = await tipRows(page);
    expect(tip['standby']).toBe('0 W');
    expect(tip['hosts in standby (right axis)']).toBe('0');
    // One tick per power-down and power-up; the tooltip of the interval names the host.
    const changes = powerChanges(dpm, ALL_CLUSTERS);
    expect(await chart.locator('[data-ticks=down] line.event-tick').count()).toBe(changes.filter((c) => c.direction === 'down').length);
    expect(await chart.locator('[data-ticks=up] line.event-tick').count()).toBe(changes.filter((c) => c.direction === 'up').length);
    const first = changes[0]!;
    await stepTo(page, 'power-states', Math.floor(first.t / dpm.run.intervalMs));
    expect(await page.locator('#tooltip').textContent()).toContain(first.text);
    // The power management line, as the findings say it.
    const finding = powerManagementFinding(dpm)!.text;
    await expect(page.locator('[data-field=power-summary]').textContent()).resolves.toBe(powerManagementText(dpm));
    expect(finding).toBe(`${powerManagementText(dpm)} See the Energy and money panel.`);
    expect(await page.locator('.findings li').allTextContents()).toContain(finding);
    await page.locator('#energy').screenshot({ path: join(ARTIFACTS, 'energy-dpm.png') });
    expect(log.errors).toEqual([]);
  });

  it('runs energy and cost up to the end of the run, with each hour’s price and PUE', async () => {
    const { page, log } = await open(dpmFile);
    const e = dpm.headline.energy;
    const chart = page.locator('[data-chart=energy-cumulative]');
    expect(await chart.locator('path.series-line').evaluateAll((els) => els.map((x) => [x.getAttribute('data-series'), x.getAttribute('data-axis')]))).toEqual([
      ['facility', null],
      ['it', null],
      ['cost', 'right'],
    ]);
    await expect(chart.locator('.axis-label-y2').textContent()).resolves.toBe('cost since the start (EUR)');
    await expect(page.locator('[data-field=energy-totals]').textContent()).resolves.toBe(
      `Over the run: ${kwh(e.itKWh)} IT, ${kwh(e.facilityKWh)} at the facility (PUE 1.45), ${money(e.cost, 'EUR')}, ${num(e.operationalKgCo2!)} kgCO2 operational.`,
    );
    // The last hour: the running totals are the sums of the hourly meter.
    const hours = dpm.energy.hours;
    const last = hours.t.length - 1;
    await page.locator('[data-chart=energy-cumulative] svg').focus();
    await page.keyboard.press('End');
    await expect(page.locator('#tooltip').getAttribute('data-index')).resolves.toBe(String(last));
    let tip = await tipRows(page);
    expect(tip['cost (right axis, EUR)']).toBe(money(fsum(hours.cost as number[]), 'EUR'));
    expect(tip['cost (right axis, EUR)']).toBe(money(e.cost, 'EUR'));
    expect(tip['facility energy']).toBe(kwh(fsum(hours.facilityKWh)));
    expect(tip['IT energy']).toBe(kwh(fsum(hours.itKWh)));
    const h = energyHours(dpm);
    expect(tip['price']).toBe('0.14 EUR/kWh');
    expect(tip['PUE']).toBe(num(hourPue(h, last)));
    expect(tip["this hour's cost"]).toBe(money(hours.cost[last]!, 'EUR'));
    // Monday 10:00–11:00 is peak time, and the afternoon PUE is higher than the night's.
    await stepTo(page, 'energy-cumulative', 10);
    tip = await tipRows(page);
    expect(tip['price']).toBe(pricePerKWh(hourPrice(h, 10)!, 'EUR'));
    expect(tip['price']).toBe('0.26 EUR/kWh');
    expect(tip['PUE']).toBe('1.5');
    expect(tip['cost (right axis, EUR)']).toBe(money(fsum(hours.cost.slice(0, 11) as number[]), 'EUR'));
    expect(await page.locator('#tooltip .tip-title').textContent()).toBe('Mon 2 Mar 10:00–11:00 UTC');
    expect(log.errors).toEqual([]);
  });

  it('compares the run with physical servers line by line, in one sentence, on a card and in the findings', async () => {
    const { page, log } = await open(dpmFile);
    const f = dpm.headline.finance;
    await expect(page.locator('[data-field=finance-summary]').textContent()).resolves.toBe('8 servers instead of 32: 83.64 EUR (28.9 %) and 68.1 kg CO2 saved over the run.');
    const cells = await financeCells(page);
    expect(Object.keys(cells)).toEqual(['servers', 'it-energy', 'facility-energy', 'energy-cost', 'hardware', 'licences', 'admin', 'total', 'co2']);
    expect(cells['servers']).toEqual(['8', '32', '24']);
    expect(cells['energy-cost']).toEqual([money(f.energyCost, 'EUR'), money(f.baselineEnergyCost, 'EUR'), money(f.baselineEnergyCost! - f.energyCost!, 'EUR')]);
    expect(cells['hardware']).toEqual(['78.85 EUR', '122.66 EUR', '43.81 EUR']);
    expect(cells['licences']).toEqual(['65.71 EUR', '0.00 EUR', '-65.71 EUR']);
    expect(cells['admin']).toEqual(['26.28 EUR', '105.13 EUR', '78.85 EUR']);
    expect(cells['total']).toEqual(['206.27 EUR', '289.91 EUR', '83.64 EUR (28.9 %)']);
    expect(cells['co2']).toEqual(['56.4 kgCO2', '125 kgCO2', '68.1 kgCO2']);
    for (const r of financeRows(f)) expect(cells[r.key], r.key).toEqual([financeValue(r.virtualized, r.unit, 'EUR'), financeValue(r.baseline, r.unit, 'EUR'), financeSaving(r, 'EUR')]);
    await expect(page.locator('table.finance-table tr[data-row=licences] td[data-col=saving]').getAttribute('class')).resolves.toBe('num saving worse');
    await expect(page.locator('table.finance-table tr[data-row=total] td[data-col=saving]').getAttribute('class')).resolves.toBe('num saving better');
    expect(await page.locator('[data-field=finance-note]').count()).toBe(0);
    // The card.
    const card = page.locator('[data-card=finance]');
    await expect(card.locator('.card-value').textContent()).resolves.toBe(moneyRound(f.saving, 'EUR'));
    await expect(card.locator('.card-sub').textContent()).resolves.toBe('8 servers instead of 32');
    await expect(card.locator('[data-field=saving-pct]').textContent()).resolves.toBe(`${pct(f.savingPct!)} of the physical cost`);
    await expect(card.locator('[data-field=servers-saved]').textContent()).resolves.toBe(`${count(f.serversSaved)} servers saved`);
    await expect(card.locator('[data-field=co2-saved]').textContent()).resolves.toBe(`${co2Mass(f.kgCo2Saved)} saved`);
    expect(await page.locator('.card').count()).toBe(15);
    await expect(page.locator('[data-card=energy] [data-field=power-states]').textContent()).resolves.toBe(
      `standby ${kwh(dpm.headline.energy.standbyKWh)} · boot/shutdown ${kwh(dpm.headline.energy.transitionKWh)}`,
    );
    expect(await page.locator('.findings li').allTextContents()).toContain(`Against physical servers: ${financeSummary(f)} See the Energy and money panel.`);
    // The table exports as CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.finance [data-export=csv]').click()]);
    const file = join(work, 'finance.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('line,unit,virtualized,physical_baseline,saving,saving_pct');
    expect(lines[8]).toBe(`Total cost,EUR,${f.totalCost},${f.baselineTotalCost},${f.saving},${f.savingPct}`);
    expect(log.errors).toEqual([]);
  });

  it('exports both charts as CSV, SVG and PNG, and zooms them with the timeline brush', async () => {
    const { page, log } = await open(dpmFile);
    for (const [chart, header, rows] of [
      ['power-states', 't_ms,interval_ms,serving_kw,transition_kw,standby_kw,hosts_standby', dpm.series.t.length],
      ['energy-cumulative', 'hour_start_ms,hour_ms,it_kwh,facility_kwh,cost,kgco2,pue,price_per_kwh,cum_it_kwh,cum_facility_kwh,cum_cost', dpm.energy.hours.t.length],
    ] as const) {
      const fig = page.locator(`[data-chart=${chart}]`);
      const grab = async (kind: string) => {
        const [download] = await Promise.all([page.waitForEvent('download'), fig.locator(`[data-export=${kind}]`).click()]);
        const file = join(work, `${chart}.${kind}`);
        await download.saveAs(file);
        return readFileSync(file);
      };
      const csv = (await grab('csv')).toString('utf8').trim().split('\n');
      expect(csv[0], chart).toBe(header);
      expect(csv, chart).toHaveLength(rows + 1);
      expect((await grab('svg')).toString('utf8'), chart).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*series-line/);
      expect((await grab('png')).subarray(0, 8).toString('hex'), chart).toBe('89504e470d0a1a0a');
    }
    const brush = page.locator('[data-chart=timeline] .brush .overlay');
    await brush.scrollIntoViewIfNeeded();
    const bb = (await brush.boundingBox())!;
    await page.mouse.move(bb.x + bb.width * 0.25, bb.y + 10);
    await page.mouse.down();
    await page.mouse.move(bb.x + bb.width * 0.5, bb.y + 10, { steps: 6 });
    await page.mouse.up();
    const dur = dpm.run.durationMs;
    for (const c of ['power-states', 'energy-cumulative']) {
      const svg = page.locator(`[data-chart=${c}] svg`);
      expect(Math.abs(Number(await svg.getAttribute('data-x0')) - dur * 0.25), c).toBeLessThan(dur * 0.01);
      expect(Math.abs(Number(await svg.getAttribute('data-x1')) - dur * 0.5), c).toBeLessThan(dur * 0.01);
    }
    expect(log.errors).toEqual([]);
  });

  it('follows the cluster selector in the power chart', async () => {
    const { page, log } = await open(twoFile);
    const c2 = two.clusters[1]!.id;
    const chart = page.locator('[data-chart=power-states]');
    await expect(chart.locator('h3').textContent()).resolves.toBe('Power by host state — all clusters');
    const night = (3 * HOUR) / two.run.intervalMs;
    await stepTo(page, 'power-states', night);
    expect((await tipRows(page))['hosts in standby (right axis)']).toBe('4');
    await page.mouse.move(0, 0);
    await page.locator('[data-control=cluster]').selectOption(c2);
    await expect(chart.locator('h3').textContent()).resolves.toBe(`Power by host state — ${c2}`);
    await stepTo(page, 'power-states', night);
    const tip = await tipRows(page);
    expect(tip['hosts in standby (right axis)']).toBe('2');
    expect(tip['standby']).toBe(kw(two.series.clusters[c2]!.powerStandbyW[night]! / 1000));
    expect(log.errors).toEqual([]);
  });
});

describe('the Energy and money panel of a run without prices', () => {
  it('writes "—" for every figure without a price, says so, and draws no cost', async () => {
    const { page, log } = await open(unpricedFile);
    const cells = await financeCells(page);
    for (const k of ['energy-cost', 'hardware', 'total', 'co2']) expect(cells[k], k).toEqual(['—', '—', '—']);
    expect(cells['servers']).toEqual(['4', '16', '12']);
    expect(cells['admin']![0]).toBe(money(unpriced.headline.finance.adminCost, 'EUR'));
    await expect(page.locator('[data-field=finance-note]').textContent()).resolves.toMatch(/^—: no price given .*; no grid intensity given for the operational CO2\.$/);
    await expect(page.locator('[data-field=finance-summary]').textContent()).resolves.toBe('4 servers instead of 16 (no price given, no grid intensity given).');
    await expect(page.locator('[data-field=energy-totals]').textContent()).resolves.toBe(`Over the run: ${kwh(unpriced.headline.energy.itKWh)} IT, ${kwh(unpriced.headline.energy.facilityKWh)} at the facility (PUE 1), no electricity price given.`);
    // No cost line and no right axis; no power management either.
    expect(await page.locator('[data-chart=energy-cumulative] path.series-line').count()).toBe(2);
    expect(await page.locator('[data-chart=energy-cumulative] .axis-y2').count()).toBe(0);
    await expect(page.locator('[data-chart=energy-cumulative] .explain').textContent()).resolves.toContain('No price given: the cost is not shown.');
    await page.locator('[data-chart=energy-cumulative] svg').focus();
    await page.keyboard.press('End');
    expect((await tipRows(page))['price']).toBe('— (no price given)');
    expect(await page.locator('[data-chart=power-states] path.series-stack').count()).toBe(1);
    expect(await page.locator('[data-chart=power-states] line.event-tick').count()).toBe(0);
    await expect(page.locator('[data-field=power-summary]').textContent()).resolves.toBe('Power management: every host served VMs the whole run; none was put in standby.');
    const card = page.locator('[data-card=finance]');
    await expect(card.locator('.card-value').textContent()).resolves.toBe('—');
    await expect(card.locator('[data-field=no-price]').textContent()).resolves.toBe('no electricity or server price given');
    expect(await card.locator('[data-field=co2-saved]').count()).toBe(0);
    expect(await page.locator('[data-card=energy] [data-field=power-states]').count()).toBe(0);
    expect((await page.locator('.findings li').allTextContents()).some((t) => t.startsWith('Power management') || t.startsWith('Against physical'))).toBe(false);
    await page.locator('#energy').screenshot({ path: join(ARTIFACTS, 'energy-unpriced.png') });
    expect(log.errors).toEqual([]);
  });
});

describe('energy and money in the comparison of two runs', () => {
  it('adds facility energy, cost, saving and servers against the baseline, "—" where there is no price', async () => {
    const { page, log } = await open(compareFile);
    const row = (key: string) => page.locator(`table.compare-table tr[data-figure=${key}] td .value`).allTextContents();
    const [u, d] = [unpriced.headline, dpm.headline];
    expect(await row('facilityKWh')).toEqual([num(u.energy.facilityKWh), num(d.energy.facilityKWh)]);
    expect(await row('energyCost')).toEqual(['—', money(d.energy.cost, 'EUR')]);
    expect(await row('totalCost')).toEqual(['—', money(d.finance.totalCost, 'EUR')]);
    expect(await row('saving')).toEqual(['—', money(d.finance.saving, 'EUR')]);
    expect(await row('baselineServers')).toEqual(['16', '32']);
    expect(await row('serversSaved')).toEqual(['12', '24']);
    expect(await row('standbyKWh')).toEqual(['0 kWh', kwh(d.energy.standbyKWh)]);
    await expect(page.locator('table.compare-table tr[data-figure=serversSaved] .delta').textContent()).resolves.toBe(' +12 (+100 %)');
    await expect(page.locator('table.compare-table tr[data-figure=serversSaved] .delta').getAttribute('class')).resolves.toBe('delta better');
    expect(await page.locator('table.compare-table tr[data-figure=saving] .delta').count()).toBe(0);
    expect(log.errors).toEqual([]);
  });
});

describe('the Energy and money panel of a simulated DPM run', () => {
  it('shows the standby power, the meter and the finance figures the simulator reported', async () => {
    expect(ReportSchema.safeParse(sim).success).toBe(true);
    const e = sim.headline.energy;
    expect(e.standbyKWh).toBeGreaterThan(0);
    const { page, log } = await open(join(simDir, 'report.html'));
    // An interval with hosts in standby: the tooltip gives their power, as the report does.
    const v = powerView(sim, ALL_CLUSTERS);
    const i = v.hostsStandby.findIndex((k, j) => k >= 2 && v.standbyKW[j]! > 0 && v.transitionKW[j] === 0);
    expect(i).toBeGreaterThan(0);
    await stepTo(page, 'power-states', i);
    const tip = await tipRows(page);
    expect(tip['standby']).toBe(kw(v.standbyKW[i]!));
    expect(tip['standby']).not.toBe('0 W');
    expect(tip['hosts in standby (right axis)']).toBe(count(v.hostsStandby[i]!));
    // One tick per pixel column: DPM may power several empty hosts down at the same instant.
    const downs = sim.events.items.filter((x) => x.type === 'host.power' && (x as unknown as { to: string }).to === 'shutting-down').map((x) => x.t);
    const ticks = (await page.locator('[data-chart=power-states] [data-ticks=down] line.event-tick').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-t')))));
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) expect(downs).toContain(t);
    for (const t of downs) expect(ticks.some((k) => Math.abs(k - t) <= 120_000)).toBe(true);
    await expect(page.locator('[data-field=power-summary]').textContent()).resolves.toContain(`standby drew ${kwh(e.standbyKWh)} and booting and shutting down ${kwh(e.transitionKWh)}`);
    // The running cost ends at the meter's sum, and the finance sentence is the report's.
    await page.locator('[data-chart=energy-cumulative] svg').focus();
    await page.keyboard.press('End');
    expect((await tipRows(page))['cost (right axis, EUR)']).toBe(money(fsum(sim.energy.hours.cost as number[]), 'EUR'));
    await expect(page.locator('[data-field=finance-summary]').textContent()).resolves.toBe(financeSummary(sim.headline.finance));
    const cells = await financeCells(page);
    for (const r of financeRows(sim.headline.finance)) expect(cells[r.key], r.key).toEqual([financeValue(r.virtualized, r.unit, 'EUR'), financeValue(r.baseline, r.unit, 'EUR'), financeSaving(r, 'EUR')]);
    await page.locator('#energy').screenshot({ path: join(ARTIFACTS, 'energy-dpm-small.png') });
    expect(log.errors).toEqual([]);
  });
});
