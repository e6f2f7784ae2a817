/**
 * lab.html in a real headless Chromium (Debian's /usr/bin/chromium): the simulator runs in the
 * page's worker; a host failed with a click has its VMs restarted by HA (and the scrubber shows
 * them back on it before the failure); a capped overcommit
 * slider leaves VMs down after the next failure; a fork runs beside the main run with a
 * difference table; the exported scenario, run by the CLI, gives the figures the page shows.
 * No console error and no request leaves the page. Needs `npm run build` (dist/lab/…).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { roundHeadline } from '../../src/report/report-part.js';
import type { Report } from '../../src/report/schema.js';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
import { reportPages } from './browser.js';
import { ROOT } from './build.js';

const pages = reportPages();

/** lab.html for `scenario` (text) written by `dcsim lab`, in a fresh folder. */
async function writeLab(scenario: string): Promise<{ dir: string; file: string }> {
  if (!existsSync(join(ROOT, 'dist', 'lab', 'lab-worker.js'))) throw new Error('dist/lab is missing: run `npm run build` before the lab tests');
  const dir = tempDir('lab-web');
  writeFileSync(join(dir, 'lab.yaml'), scenario);
  const run = await runCli(['lab', 'lab.yaml', '--out', 'out', '--quiet'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return { dir, file: join(dir, 'out', 'lab.html') };
}

const LAB = readFileSync(join(SCENARIOS_DIR, 'lab.yaml'), 'utf8').replace(/^\$schema: .*$/m, '');

async function openLab(file: string) {
  const p = await pages.blank();
  await p.page.goto(pathToFileURL(file).href);
  await p.page.locator('html[data-ready="true"], html[data-error]').waitFor({ state: 'attached', timeout: 60_000 });
  expect(await p.page.locator('html').getAttribute('data-error')).toBeNull();
  return p;
}

/** Press Step n times (one output interval each), waiting for the clock to move each time. */
async function step(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const before = await page.locator('.pane[data-pane="0"]').getAttribute('data-t');
    await page.click('#step');
    for (let k = 0; k < 200; k++) {
      if ((await page.locator('.pane[data-pane="0"]').getAttribute('data-t')) !== before) break;
      await page.waitForTimeout(20);
    }
  }
}

async function logText(page: Page, pane = 0): Promise<string> {
  return (await page.locator(`.pane[data-pane="${pane}"] .log li`).allTextContents()).join('\n');
}

/** Paths where two JSON values differ, numbers compared to a relative tolerance. */
function differences(a: unknown, b: unknown, rel: number, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) ? [] : [`${path}: ${a} vs ${b}`];
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b ? [] : [`${path}: ${String(a)} vs ${String(b)}`];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], rel, `${path}.${k}`));
}

function noOutsideRequests(requests: readonly string[]): string[] {
  return requests.filter((u) => !/^(file|blob|data):/.test(u));
}

describe('lab.html in Chromium', () => {
  it('fail a host with a click: HA declares it failed and restarts its VMs on the other hosts', async () => {
    const { file } = await writeLab(LAB);
    const { page, log } = await openLab(file);
    await step(page, 6);
    const box = page.locator('.pane[data-pane="0"] .host[data-host="dc1/lab/esx-002"]');
    const onHost = await box.locator('.vm').count();
    const placed = await page.locator('.pane[data-pane="0"] .host .vm').count();
    expect(onHost).toBeGreaterThan(0);
    await box.locator('.host-title').click();
    await page.click('[data-action="fail-host"]');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Recorded: fail dc1/lab/esx-002');
    await step(page, 2);
    await expect.poll(() => box.getAttribute('class')).toContain('failed');
    const text = await logText(page);
    expect(text).toContain(`dc1/lab/esx-002 failed (scripted) with ${onHost} VMs on it`);
    expect(text).toContain('HA declares dc1/lab/esx-002 failed');
    expect(text.match(/runs again on dc1\/lab\/esx-00[13456]/g)?.length).toBe(onHost);
    // Every VM that ran before runs again, none on the failed host.
    expect(await box.locator('.vm').count()).toBe(0);
    expect(await page.locator('.pane[data-pane="0"] .host .vm').count()).toBe(placed);
    // The scrubber looks back to before the failure (30 min in): esx-002 on, with its VMs.
    await page.locator('#scrub').fill('1800000');
    await expect.poll(() => page.locator('.pane[data-pane="0"]').getAttribute('data-view-t')).toBe('1800000');
    expect(await box.getAttribute('class')).toContain('on');
    expect(await box.locator('.vm').count()).toBe(onHost);
    await page.locator('#scrub').fill(await page.locator('#scrub').getAttribute('max') ?? '');
    await expect.poll(() => box.getAttribute('class')).toContain('failed');
    expect(log.errors).toEqual([]);
    expect(noOutsideRequests(log.requests)).toEqual([]);
  }, 120_000);

  it('power a VM off with a click: its host frees it, the VM is down as powered off, and power on places it again', async () => {
    const { file } = await writeLab(LAB);
    const { page, log } = await openLab(file);
    await step(page, 2);
    const vm = page.locator('.pane[data-pane="0"] .host .vm').first();
    const id = (await vm.getAttribute('data-vm')) as string;
    const hostId = (await page.locator('.pane[data-pane="0"] .host').filter({ has: page.locator(`.vm[data-vm="${id}"]`) }).getAttribute('data-host')) as string;
    const host = page.locator(`.pane[data-pane="0"] .host[data-host="${hostId}"]`);
    const onHost = await host.locator('.vm').count();
    await vm.click();
    await page.click('[data-action="vm-power-off"]');
    await expect.poll(() => page.locator('#status').textContent()).toContain(`Recorded: power off ${id}`);
    await step(page, 1);
    await expect.poll(() => page.locator(`.pane[data-pane="0"] .host .vm[data-vm="${id}"]`).count()).toBe(0);
    expect(await host.locator('.vm').count()).toBe(onHost - 1);
    expect(await logText(page)).toContain(`${id} is powered off`);
    expect(await logText(page)).toContain('not an outage');
    await page.click('[data-action="vm-power-on"]');
    await expect.poll(() => page.locator('#status').textContent()).toContain(`Recorded: power on ${id}`);
    await step(page, 1);
    await expect.poll(() => page.locator(`.pane[data-pane="0"] .host .vm[data-vm="${id}"]`).count()).toBe(1);
    expect(await logText(page)).toContain(`${id} is powered on`);
    expect(log.errors).toEqual([]);
    expect(noOutsideRequests(log.requests)).toEqual([]);
  }, 120_000);

  it('a CPU overcommit cap moved to 1 vCPU per core leaves the next failure\'s VMs down; the export reproduces the page\'s figures under dcsim run', async () => {
    const { dir, file } = await writeLab(LAB);
    const { page, log } = await openLab(file);
    await step(page, 3);
    const slider = page.locator('[data-setting="maxVcpuPerCore"]');
    await slider.fill('1');
    await page.click('[data-action="apply-settings"]');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Recorded: set maxVcpuPerCore 1 on dc1/lab');
    await page.locator('.pane[data-pane="0"] .host[data-host="dc1/lab/esx-003"] .host-title').click();
    await page.click('[data-action="fail-host"]');
    await step(page, 3);
    const text = await logText(page);
    expect(text).toContain('settings changed: {"maxVcpuPerCore":1}');
    expect(text).toMatch(/cannot restart yet \(attempt 1\): no host fits: .*vCPU/);
    expect(await page.locator('.pane[data-pane="0"] .words').nth(2).textContent()).toMatch(/^\d+ VM\(s\) are down/);

    await page.click('#finish');
    const finalJson = page.locator('#final-json');
    await finalJson.waitFor({ state: 'attached', timeout: 60_000 });
    const finals = JSON.parse((await finalJson.textContent()) ?? '[]') as { headline: Report['headline']; clusterHeadlines: Report['headline'][] }[];
    const download = page.waitForEvent('download');
    await page.click('[data-action="export-0"]');
    const saved = join(dir, 'exported.yaml');
    await (await download).saveAs(saved);
    const run = await runCli(['run', 'exported.yaml', '--out', 'cli', '--quiet'], dir);
    expect(run.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'cli', 'report.json'), 'utf8')) as Report;
    expect(roundHeadline(finals[0]!.headline)).toEqual(report.headline);
    expect(finals[0]!.clusterHeadlines.map(roundHeadline)).toEqual(report.clusters.map((c) => c.headline));
    expect(report.headline.vmsPlaced).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
    expect(noOutsideRequests(log.requests)).toEqual([]);
  }, 180_000);

  it('dedicated failover hosts, DPM and demand scale set from the panel: the restarts go to the failover host first; the exported report.html is dcsim report\'s page of the exported report.json, which is dcsim run\'s', async () => {
    const { dir, file } = await writeLab(LAB.replace(/^duration: .*$/m, 'duration: 6h'));
    const { page, log } = await openLab(file);
    await step(page, 3);
    await page.selectOption('[data-setting="dpmEnabled"]', 'true');
    await page.selectOption('[data-setting="haAdmission"]', 'failover-hosts');
    await page.selectOption('[data-setting="failoverHosts"]', ['dc1/lab/esx-006']);
    await page.locator('[data-setting="demandScale"]').fill('1.5');
    expect(await page.locator('[data-setting="demandScale"] + output').textContent()).toBe('1.5× demand');
    await page.click('[data-action="apply-settings"]');
    await expect.poll(() => page.locator('#status').textContent()).toContain('Recorded: set dpmEnabled true, haAdmission failover-hosts, failoverHosts dc1/lab/esx-006, demandScale 1.5 on dc1/lab');
    await page.locator('.pane[data-pane="0"] .host[data-host="dc1/lab/esx-002"] .host-title').click();
    await page.click('[data-action="fail-host"]');
    await step(page, 3);
    const restarts = (await logText(page)).match(/runs again on dc1\/lab\/esx-00\d/g) ?? [];
    expect(restarts.length).toBeGreaterThan(0);
    expect(restarts[0]).toBe('runs again on dc1/lab/esx-006');

    const downloads: Promise<import('playwright-core').Download>[] = [];
    page.on('download', (d) => void downloads.push(Promise.resolve(d)));
    await page.click('[data-action="report-0"]');
    await expect.poll(() => downloads.length, { timeout: 120_000 }).toBe(2);
    const files = await Promise.all(downloads);
    expect(files.map((f) => f.suggestedFilename())).toEqual(['report.html', 'report.json']);
    mkdirSync(join(dir, 'lab-report'));
    await files[0]!.saveAs(join(dir, 'lab-report.html'));
    await files[1]!.saveAs(join(dir, 'lab-report', 'report.json'));
    const rep = await runCli(['report', 'lab-report', '--out', 'cli-report.html'], dir);
    expect(rep.stderr).toBe('');
    const [labHtml, cliHtml] = [readFileSync(join(dir, 'lab-report.html'), 'utf8'), readFileSync(join(dir, 'cli-report.html'), 'utf8')];
    expect(labHtml.length).toBe(cliHtml.length);
    expect(labHtml === cliHtml).toBe(true);

    const download = page.waitForEvent('download');
    await page.click('[data-action="export-0"]');
    await (await download).saveAs(join(dir, 'exported.yaml'));
    const run = await runCli(['run', 'exported.yaml', '--out', 'cli', '--quiet'], dir);
    expect(run.stderr).toBe('');
    const labJson = readFileSync(join(dir, 'lab-report', 'report.json'), 'utf8');
    const lab = JSON.parse(labJson) as Report;
    const cliJson = readFileSync(join(dir, 'cli', 'report.json'), 'utf8');
    const cli = JSON.parse(cliJson.replace('"file": "exported.yaml"', `"file": ${JSON.stringify(lab.run.file)}`).replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${lab.run.sha256}"`)) as Report;
    // The figures a user reads are identical; everything else in report.json agrees to 1e-12
    // (Chromium's V8 and Node's may round a diagnostic such as a DRS imbalance in the last bit).
    expect(lab.headline).toEqual(cli.headline);
    expect(lab.clusters.map((c) => c.headline)).toEqual(cli.clusters.map((c) => c.headline));
    expect(lab.vms).toEqual(cli.vms);
    expect(differences(lab, cli, 1e-12)).toEqual([]);
    expect(log.errors).toEqual([]);
    expect(noOutsideRequests(log.requests)).toEqual([]);
  }, 240_000);

  it('fork "what if this host fails" runs beside the main run, with a difference table', async () => {
    const { file } = await writeLab(LAB);
    const { page, log } = await openLab(file);
    await step(page, 3);
    await page.locator('.pane[data-pane="0"] .host[data-host="dc1/lab/esx-001"] .host-title').click();
    await page.click('[data-action="fork-fail"]');
    await page.locator('.pane[data-pane="1"]').waitFor();
    await step(page, 1);
    // Both panes at the same simulated time; only the what-if lost esx-001.
    await expect.poll(() => page.locator('.pane[data-pane="1"]').getAttribute('data-t')).toBe(await page.locator('.pane[data-pane="0"]').getAttribute('data-t'));
    expect(await page.locator('.pane[data-pane="1"] .host[data-host="dc1/lab/esx-001"]').getAttribute('class')).toContain('failed');
    expect(await page.locator('.pane[data-pane="0"] .host[data-host="dc1/lab/esx-001"]').getAttribute('class')).toContain('on');
    const row = page.locator('#diff-table tr[data-metric="VM-minutes of outage so far"] td');
    await expect.poll(async () => Number((await row.nth(2).textContent()) ?? 'NaN')).toBeGreaterThan(0);
    expect(Number(await row.nth(0).textContent())).toBe(0);
    expect(log.errors).toEqual([]);
  }, 120_000);

  it('the built-in labs: an exercise opens its scenario, and play runs at the chosen speed', async () => {
    const dir = tempDir('lab-web');
    expect((await runCli(['lab', '--out', 'out', '--quiet'], dir)).code).toBe(0);
    const { page, log } = await openLab(join(dir, 'out', 'lab.html'));
    expect(await page.locator('.intro').textContent()).toMatch(/^lab: /);
    await page.locator('#exercises summary').first().click();
    await page.click('[data-exercise="ha-admission"]');
    await expect.poll(() => page.locator('.intro').textContent()).toMatch(/^ha-lab: .* 24 hosts, 392 VMs, 8 h simulated in 1 min steps\.$/);
    expect(await page.locator('.pane[data-pane="0"] .cluster').count()).toBe(4);
    // 1 simulated minute per wall second: after about two seconds, a couple of minutes at most.
    await page.selectOption('#speed', '60');
    const t0 = Date.now();
    await page.click('#play');
    await page.waitForTimeout(2000);
    await page.click('#play');
    const wallS = (Date.now() - t0) / 1000;
    await page.waitForTimeout(300);
    const simS = Number(await page.locator('.pane[data-pane="0"]').getAttribute('data-t')) / 1000;
    expect(simS).toBeGreaterThan(15); // at least a quarter of the minute-per-second pace (the worker idles most of it)
    expect(simS).toBeLessThanOrEqual(60 * wallS * 1.1);
    expect(log.errors).toEqual([]);
  }, 120_000);

  it('shows what a scenario says as text, never as markup', async () => {
    const { file } = await writeLab(LAB.replace(/^description: .*$/m, 'description: "<img src=x id=injected> & <b>bold</b>"'));
    const { page, log } = await openLab(file);
    expect(await page.locator('.intro').textContent()).toContain('<img src=x id=injected> & <b>bold</b>');
    expect(await page.locator('#injected').count()).toBe(0);
    expect(log.errors).toEqual([]);
  }, 60_000);
});
