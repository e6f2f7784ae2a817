/**
 * The "Metric vs parameter" panel of a sweep's comparison page in a real headless Chromium: a
 * synthetic sweep of 2 parameters × 3 values with 5 replications per point (statistics from
 * src/sweep/stats.ts), one CI band and one mean line per value of the other parameter, the
 * tooltip of a hovered point, the objective threshold, and a redraw when the metric or the x
 * parameter changes.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import { type Report } from '../../src/report/schema.js';
import { SweepSummarySchema, type SweepSummary } from '../../src/report/sweep-schema.js';
import { round6 } from '../../src/sweep/outputs.js';
import { summarize } from '../../src/sweep/stats.js';
import { num } from '../../web/src/format.js';
import { reportPages } from './browser.js';
import { ensureViewerBuilt } from './build.js';
import { syntheticReport } from './synthetic.js';

const ARTIFACTS = join(tmpdir(), 'dcsim-web-artifacts');
const CPU = [1, 2, 4];
const MEM = [1, 1.25, 1.5];
const REPS = 5;

/** Replication r at (cpu, mem): ready grows with the CPU ratio, utilisation with both; a fixed spread per replication. */
function syntheticSweep(): SweepSummary {
  const points: SweepSummary['points'] = [];
  let k = 0;
  for (const cpu of CPU) {
    for (const mem of MEM) {
      const ready = Array.from({ length: REPS }, (_, r) => cpu * 1.5 * mem + (r - 2) * 0.3 * cpu);
      const util = Array.from({ length: REPS }, (_, r) => 20 * cpu + 5 * mem + (r - 2) * 1.5);
      const stat = (xs: number[]) => {
        const s = summarize(xs);
        return { mean: round6(s.mean), sd: round6(s.sd), ciLow: round6(s.ciLow), ciHigh: round6(s.ciHigh) };
      };
      // 48 VMs × 2 vCPUs on 16-core hosts: hosts in use = ceil(96 / (16 × cpu)); memory 1.5 changes nothing at cpu 1.
      const hosts = Math.ceil(96 / (16 * cpu));
      const readyMean = stat(ready).mean as number;
      const notBinding = cpu === 1 && mem > 1 ? ['memory.overcommit'] : [];
      points.push({
        id: `p${String(k).padStart(3, '0')}`,
        values: { 'cpu.overcommit': cpu, 'memory.overcommit': mem },
        replications: REPS,
        stats: {
          'cpuReady.p95OfVmP95Pct': stat(ready),
          'cpu.meanUtilPct': stat(util),
          'energy.cost': { mean: null, sd: null, ciLow: null, ciHigh: null },
          'density.hostsInUse': { mean: hosts, sd: 0, ciLow: hosts, ciHigh: hosts },
          'density.vcpuPerCore': { mean: round6(96 / (16 * hosts)), sd: 0, ciLow: round6(96 / (16 * hosts)), ciHigh: round6(96 / (16 * hosts)) },
        },
        meets: readyMean < 5,
        failing: readyMean < 5 ? [] : ['cpuReady.p95OfVmP95Pct<5'],
        boundBy: 'cpuCap',
        notBinding,
      });
      k += 1;
    }
  }
  return SweepSummarySchema.parse({
    schema: 'dcsim-sweep-summary',
    version: 2,
    title: 'dcsim sweep synthetic: cpu.overcommit × memory.overcommit',
    answer: 'The densest setting that met every objective ran the 48 VMs on 3 hosts at 2 vCPU per core.',
    basis: 'mean',
    parameters: [
      { path: 'cpu.overcommit', values: CPU },
      { path: 'memory.overcommit', values: MEM },
    ],
    metrics: [
      { name: 'cpuReady.p95OfVmP95Pct', label: 'p95 CPU ready (p95 of VMs)', unit: '%' },
      { name: 'cpu.meanUtilPct', label: 'Mean CPU utilisation', unit: '%' },
      { name: 'energy.cost', label: 'Energy cost', unit: 'EUR' },
      { name: 'density.hostsInUse', label: 'Hosts in use (at placement)', unit: 'hosts' },
      { name: 'density.vcpuPerCore', label: 'Achieved vCPU per core (hosts in use)', unit: 'ratio' },
    ],
    points,
    objectives: [{ metric: 'cpuReady.p95OfVmP95Pct', op: '<', threshold: 5, text: 'cpuReady.p95OfVmP95Pct<5' }],
  });
}

const sweep = syntheticSweep();

/** 2 CPU caps × 12 VM sizes = 24 points, 12 lines along the CPU cap: more than a legend holds. */
function wideSweep(): SweepSummary {
  const sizes = Array.from({ length: 12 }, (_, k) => k + 1);
  const points: SweepSummary['points'] = [];
  for (const cpu of [1, 2])
    for (const size of sizes) {
      const v = cpu * size;
      points.push({
        id: `p${String(points.length).padStart(3, '0')}`,
        values: { 'cpu.overcommit': cpu, 'templates.web.vcpus': size },
        replications: 1,
        stats: { 'cpuReady.p95OfVmP95Pct': { mean: v, sd: null, ciLow: null, ciHigh: null } },
        meets: v < 5,
        failing: v < 5 ? [] : ['cpuReady.p95OfVmP95Pct<5'],
        boundBy: 'none',
        notBinding: [],
      });
    }
  return SweepSummarySchema.parse({
    ...sweep,
    title: 'dcsim sweep wide: cpu.overcommit × templates.web.vcpus',
    parameters: [
      { path: 'cpu.overcommit', values: [1, 2] },
      { path: 'templates.web.vcpus', values: sizes },
    ],
    metrics: [{ name: 'cpuReady.p95OfVmP95Pct', label: 'p95 CPU ready (p95 of VMs)', unit: '%' }],
    points,
  });
}

let work: string;
let file: string;
let plainFile: string;
let wideFile: string;

beforeAll(() => {
  ensureViewerBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'dcsim-web-sweep-'));
  const a: Report = syntheticReport({ hosts: 4, intervals: 48 });
  const b: Report = syntheticReport({ hosts: 4, intervals: 48, unpriced: true });
  file = join(work, 'sweep.html');
  plainFile = join(work, 'plain.html');
  writeFileSync(file, renderReportHtml([a, b], { labels: ['p000', 'p001'], sweep }));
  writeFileSync(plainFile, renderReportHtml([a, b]));
  wideFile = join(work, 'wide.html');
  writeFileSync(wideFile, renderReportHtml([a, b], { labels: ['p000', 'p001'], sweep: wideSweep() }));
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = reportPages();

async function tipRows(page: Page): Promise<Record<string, string>> {
  const rows = await page.locator('#tooltip .tip-row').evaluateAll((els) =>
    els.map((e) => [e.querySelector('.tip-label')?.textContent ?? '', e.querySelector('.tip-value')?.textContent ?? e.textContent ?? '']),
  );
  return Object.fromEntries(rows.map(([l, v]) => [(l as string).replace(/: $/, ''), v as string]));
}

describe('the Metric vs parameter panel of a sweep', () => {
  it('draws one CI band and one mean line per value of the other parameter, with axis labels, the objective and a tooltip', async () => {
    const { page, log } = await open(file);
    const chart = page.locator('[data-panel=sweep] [data-chart=sweep-metric]');
    await expect(page.locator('[data-panel=sweep] h2').textContent()).resolves.toBe('Metric vs parameter');
    await expect(page.locator('[data-panel=sweep] .panel-head .explain').textContent()).resolves.toContain('Where the band crosses the objective, the ratio stops being safe');
    // The objective's metric first, CPU overcommit along x: one line per memory overcommit.
    await expect(chart.locator('svg').getAttribute('data-metric')).resolves.toBe('cpuReady.p95OfVmP95Pct');
    await expect(chart.locator('svg').getAttribute('data-x')).resolves.toBe('cpu.overcommit');
    expect(await chart.locator('path.ci-band').count()).toBe(MEM.length);
    expect(await chart.locator('path.mean-line').count()).toBe(MEM.length);
    expect(await chart.locator('circle.point').count()).toBe(CPU.length * MEM.length);
    expect(await chart.locator('path.ci-band').evaluateAll((els) => els.map((e) => e.getAttribute('data-series')))).toEqual(MEM.map((m) => `memory.overcommit=${m}`));
    for (const d of await chart.locator('path.ci-band').evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''))) expect(d).toMatch(/^M.*Z$/);
    const labels = await chart.locator('.axis-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['cpu.overcommit', 'p95 CPU ready (p95 of VMs) (%)']));
    expect(await chart.locator('line.objective[data-objective="cpuReady.p95OfVmP95Pct<5"]').count()).toBe(1);
    // The metric without any figure is not offered.
    const options = await page.locator('[data-control=sweep-metric] option').evaluateAll((els) => els.map((e) => e.getAttribute('value')));
    expect(options).toEqual(['cpuReady.p95OfVmP95Pct', 'cpu.meanUtilPct', 'density.hostsInUse', 'density.vcpuPerCore']);

    // Hover the point at cpu 4, memory 1.25 (p007).
    const pt = sweep.points.find((p) => p.id === 'p007');
    const s = pt?.stats['cpuReady.p95OfVmP95Pct'];
    if (!s || s.mean === null || s.ciLow === null || s.ciHigh === null) throw new Error('synthetic point p007 has no CI');
    expect(s.ciLow).toBeLessThan(s.mean);
    await chart.locator('circle.point[data-point=p007]').hover();
    await expect(page.locator('#tooltip').getAttribute('data-owner')).resolves.toBe('sweep');
    await expect(page.locator('#tooltip .tip-title').textContent()).resolves.toBe('p007');
    const rows = await tipRows(page);
    expect(rows['p95 CPU ready (p95 of VMs)']).toBe(`${num(s.mean)} %`);
    expect(rows['95 % CI']).toBe(`${num(s.ciLow)} % – ${num(s.ciHigh)} %`);
    expect(rows.replications).toBe('5');
    expect(rows['memory.overcommit']).toBe('1.25');
    await page.locator('[data-panel=sweep]').screenshot({ path: join(ARTIFACTS, 'sweep-metric.png') });
    expect(log.errors).toEqual([]);
  });

  it('redraws when the metric or the x parameter changes', async () => {
    const { page, log } = await open(file);
    const chart = page.locator('[data-panel=sweep] [data-chart=sweep-metric]');
    const bandsBefore = await chart.locator('path.ci-band').evaluateAll((els) => els.map((e) => e.getAttribute('d')));
    await page.locator('[data-control=sweep-metric]').selectOption('cpu.meanUtilPct');
    await expect(chart.locator('svg').getAttribute('data-metric')).resolves.toBe('cpu.meanUtilPct');
    expect(await chart.locator('path.ci-band').count()).toBe(MEM.length);
    const bandsAfter = await chart.locator('path.ci-band').evaluateAll((els) => els.map((e) => e.getAttribute('d')));
    expect(bandsAfter).not.toEqual(bandsBefore);
    expect(await chart.locator('.axis-label').allTextContents()).toContain('Mean CPU utilisation (%)');
    // No objective on this metric.
    expect(await chart.locator('line.objective').count()).toBe(0);
    await page.locator('[data-control=sweep-x]').selectOption('memory.overcommit');
    await expect(chart.locator('svg').getAttribute('data-x')).resolves.toBe('memory.overcommit');
    expect(await chart.locator('path.ci-band').evaluateAll((els) => els.map((e) => e.getAttribute('data-series')))).toEqual(CPU.map((c) => `cpu.overcommit=${c}`));
    expect(await page.locator('[data-chart=sweep-metric]').count()).toBe(1);
    expect(log.errors).toEqual([]);
  });

  it('opens with the short title, the answer and the frontier grid: met, failed by which objective, not binding, with hosts in use', async () => {
    const { page, log } = await open(file);
    const panels = await page.locator('[data-panel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')));
    expect(panels.slice(0, 4)).toEqual(['sweep-header', 'frontier', 'sweep-points', 'sweep']);
    await expect(page.locator('[data-panel=sweep-header] h1').textContent()).resolves.toBe('dcsim sweep synthetic: cpu.overcommit × memory.overcommit');
    await expect(page.locator('[data-answer]').textContent()).resolves.toBe(sweep.answer);
    // No comparison table of one column per point on a sweep page.
    expect(await page.locator('[data-panel=compare]').count()).toBe(0);
    const grid = page.locator('[data-panel=frontier] table.frontier-grid');
    expect(await grid.locator('thead th').allTextContents()).toEqual(['memory.overcommit \\ cpu.overcommit', '1', '2', '4']);
    expect(await grid.locator('tbody th').allTextContents()).toEqual(['1', '1.25', '1.5']);
    // Mean ready = 1.5 × cpu × mem: cpu 1 meets everywhere (memory 1.25 and 1.5 not binding there), cpu 2 meets at every
    // memory (3, 3.75, 4.5 < 5), cpu 4 fails everywhere (6, 7.5, 9).
    const state = (id: string) => grid.locator(`td[data-point=${id}]`).getAttribute('data-state');
    await expect(state('p000')).resolves.toBe('met');
    // Memory 1.25 and 1.5 at cpu 1 changed nothing: the cells say met, noting the memory setting did not bind.
    await expect(state('p001')).resolves.toBe('met');
    await expect(grid.locator('td[data-point=p001]').getAttribute('class')).resolves.toContain('partly-binding');
    await expect(grid.locator('td[data-point=p001] .note').textContent()).resolves.toBe('not binding: memory.overcommit');
    await expect(state('p002')).resolves.toBe('met');
    await expect(state('p005')).resolves.toBe('met');
    await expect(state('p006')).resolves.toBe('failed');
    await expect(grid.locator('td[data-point=p006] .verdict').textContent()).resolves.toBe('fails CPU ready');
    // 96 vCPUs at cap 2: 3 hosts at 2 vCPU/core.
    await expect(grid.locator('td[data-point=p003] .achieved').first().textContent()).resolves.toBe('3 hosts · 2 vCPU/core');
    await expect(grid.locator('td[data-point=p001] .verdict').textContent()).resolves.toBe('met');
    // The frontier of each row: its densest met cell (cpu 2 where it meets, else cpu 1).
    expect(await grid.locator('td.frontier').evaluateAll((els) => els.map((e) => e.getAttribute('data-point')))).toEqual(['p003', 'p004', 'p005']);
    await page.locator('[data-panel=frontier]').screenshot({ path: join(ARTIFACTS, 'sweep-frontier.png') });
    expect(log.errors).toEqual([]);
  });

  it('lists the points as rows sortable by any column', async () => {
    const { page, log } = await open(file);
    const table = page.locator('[data-panel=sweep-points] table');
    expect(await table.locator('tbody tr').count()).toBe(CPU.length * MEM.length);
    const ids = () => table.locator('tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-point')));
    await expect(ids()).resolves.toEqual(sweep.points.map((p) => p.id));
    await table.locator('th[data-key="metric:cpuReady.p95OfVmP95Pct"] button').click();
    const byReady = [...sweep.points].sort((a, b) => (a.stats['cpuReady.p95OfVmP95Pct']?.mean as number) - (b.stats['cpuReady.p95OfVmP95Pct']?.mean as number) || a.id.localeCompare(b.id)).map((p) => p.id);
    await expect(ids()).resolves.toEqual(byReady);
    await expect(table.locator('th[data-key="metric:cpuReady.p95OfVmP95Pct"]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await table.locator('th[data-key="metric:cpuReady.p95OfVmP95Pct"] button').click();
    await expect(table.locator('th[data-key="metric:cpuReady.p95OfVmP95Pct"]').getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await ids())[0]).toBe(byReady[byReady.length - 1]);
    expect(log.errors).toEqual([]);
  });

  it('at 12 lines draws one at a time, picked by name, so the legend stays readable; tick labels differ', async () => {
    const { page, log } = await open(wideFile);
    const chart = page.locator('[data-panel=sweep] [data-chart=sweep-metric]');
    const options = await page.locator('[data-control=sweep-line] option').allTextContents();
    expect(options).toHaveLength(12);
    expect(options[0]).toBe('templates.web.vcpus=1');
    expect(await chart.locator('path.mean-line').count()).toBe(1);
    await page.locator('[data-control=sweep-line]').selectOption('templates.web.vcpus=7');
    expect(await chart.locator('path.mean-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-series')))).toEqual(['templates.web.vcpus=7']);
    // Legend: the one line, the CI and the objective.
    expect(await chart.locator('.legend-item').count()).toBe(3);
    for (const axis of ['.axis-x', '.axis-y']) {
      const ticks = await chart.locator(`${axis} .tick text`).allTextContents();
      expect(new Set(ticks).size).toBe(ticks.length);
    }
    // Along the VM size the 2 CPU caps are 2 lines: all drawn, no picker.
    await page.locator('[data-control=sweep-x]').selectOption('templates.web.vcpus');
    expect(await page.locator('[data-control=sweep-line]').count()).toBe(0);
    expect(await chart.locator('path.mean-line').count()).toBe(2);
    expect(log.errors).toEqual([]);
  });

  it('is absent from a comparison page without a sweep summary', async () => {
    const { page, log } = await open(plainFile);
    expect(await page.locator('[data-panel=compare]').count()).toBe(1);
    expect(await page.locator('[data-panel=sweep]').count()).toBe(0);
    expect(log.errors).toEqual([]);
  });
});
