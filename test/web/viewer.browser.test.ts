/**
 * report.html in a real headless Chromium (Debian's /usr/bin/chromium via playwright-core):
 * the default scenario, the memory overcommit scenario (which raises alarms) and a two-cluster
 * fixture are simulated in-process, their pages opened from file:// URLs, and every panel,
 * interaction and safety property checked. When Chromium cannot start, every test here fails.
 *
 * Screenshots go to <os tmpdir>/dcsim-web-artifacts/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import type { Report } from '../../src/report/schema.js';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { loadScenario } from '../../src/scenario/index.js';
import { count, duration, kgCo2, kwh, money, num, ratio, when } from '../../web/src/format.js';
import { alarmRulesText, alarmThreshold, alarmValue, sortAlarms } from '../../web/src/alarm-rules.js';
import { startMs } from '../../web/src/cluster-view.js';
import { stateRuns } from '../../web/src/state-runs.js';
import type { MemoryState } from '../../web/src/types.js';
import { reportPages, type PageLog } from './browser.js';
import { ensureViewerBuilt, ROOT } from './build.js';
import { syntheticReport } from './synthetic.js';

const ARTIFACTS = join(tmpdir(), 'dcsim-web-artifacts');
const XSS = '<img src=x onerror=alert(1)>';

let work: string;
let defaultDir: string;
let twoDir: string;
let ocDir: string;
let defaultReport: Report;
let twoReport: Report;
let ocReport: Report;

function simulate(scenarioFile: string, outDir: string): Report {
  const scenario = loadScenario(scenarioFile, join(ROOT, scenarioFile));
  runToFolder(scenario, { outDir, force: true, wallClock: () => 0, tag: 'web-test' });
  return JSON.parse(readFileSync(join(outDir, 'report.json'), 'utf8')) as Report;
}

beforeAll(async () => {
  ensureViewerBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'dcsim-web-'));
  defaultDir = join(work, 'default');
  twoDir = join(work, 'two-clusters');
  ocDir = join(work, 'memory-overcommit');
  defaultReport = simulate('scenarios/default.yaml', defaultDir);
  twoReport = simulate('test/web/fixtures/two-clusters.yaml', twoDir);
  ocReport = simulate('scenarios/memory-overcommit.yaml', ocDir);
}, 120_000);

/**
 * The browser, started by the first test that needs it. Each test awaits it, so when Chromium
 * cannot start every test fails with the reason (a failing beforeAll would only skip them).
 */
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every request the page made was for a file: or data: URL (nothing left the machine). */
function expectOffline(log: PageLog): void {
  const remote = log.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
  expect(remote).toEqual([]);
}

const open = reportPages();

async function attr(page: Page, selector: string, name: string): Promise<number> {
  return Number(await page.locator(selector).first().getAttribute(name));
}

describe('report.html of the default run', () => {
  it('shows every column of the VM table at 1280 px, and on a narrower window scrolls it in a box whose scroll bar is in view', async () => {
    const { page, log } = await open(join(defaultDir, 'report.html'));
    const measure = () =>
      page.locator('.vm-table-wrap').evaluate((w) => {
        const box = w.getBoundingClientRect();
        return { scrollWidth: w.scrollWidth, clientWidth: w.clientWidth, right: box.right, height: box.height, viewport: w.ownerDocument.documentElement.clientWidth, innerHeight: (w.ownerDocument.defaultView as unknown as { innerHeight: number }).innerHeight };
      });
    const wide = await measure();
    expect(wide.scrollWidth).toBeLessThanOrEqual(wide.clientWidth);
    expect(wide.right).toBeLessThanOrEqual(wide.viewport);
    await page.setViewportSize({ width: 1024, height: 800 });
    const narrow = await measure();
    expect(narrow.right).toBeLessThanOrEqual(narrow.viewport);
    // The box is at most 80 % of the window high, so its horizontal scroll bar shows with it.
    expect(narrow.height).toBeLessThanOrEqual(0.8 * narrow.innerHeight + 1);
    expect(log.errors).toEqual([]);
  });

  it('draws every panel with the expected marks, with no console error and no network request', async () => {
    const { page, log } = await open(join(defaultDir, 'report.html'));
    const r = defaultReport;
    const n = r.series.t.length;
    const hosts = r.hosts.length;
    await expect(page.locator('[data-field=scenario]').textContent()).resolves.toBe('default');
    await expect(page.locator('[data-field=description]').textContent()).resolves.toBe(r.run.description);
    await expect(page.locator('[data-field=seed]').textContent()).resolves.toBe(String(r.run.seed));
    expect(await page.locator('.card').count()).toBe(15);
    // Energy (scenarios/default.yaml: PUE 1.5, 0.18 EUR/kWh, 250 gCO2/kWh): IT energy and power,
    // facility energy with the PUE, cost in euros, operational and embodied CO2, as rounded on the page.
    const e = r.headline.energy;
    expect([e.pue, e.currency]).toEqual([1.5, 'EUR']);
    expect(e.cost).not.toBeNull();
    expect(e.operationalKgCo2).not.toBeNull();
    const energy = page.locator('[data-card=energy]');
    await expect(energy.locator('.card-value').textContent()).resolves.toBe(kwh(e.itKWh));
    await expect(energy.locator('.card-sub').textContent()).resolves.toBe(`IT · mean ${num(e.meanPowerKW)} kW`);
    await expect(energy.locator('[data-field=facility]').textContent()).resolves.toBe(`facility ${kwh(e.facilityKWh)} (PUE 1.5)`);
    await expect(energy.locator('[data-field=cost]').textContent()).resolves.toBe(`cost ${money(e.cost, 'EUR')}`);
    expect(money(e.cost, 'EUR')).toMatch(/^[\d,]+\.\d\d EUR$/);
    await expect(energy.locator('[data-field=operational-co2]').textContent()).resolves.toBe(`operational ${kgCo2(e.operationalKgCo2)}`);
    await expect(energy.locator('[data-field=embodied-co2]').textContent()).resolves.toBe(`embodied ${kgCo2(e.embodiedKgCo2)}`);
    const energyFinding = (await page.locator('.findings li').allTextContents()).find((t) => t.startsWith('Energy:'))!;
    expect(energyFinding).toContain(`${kwh(e.facilityKWh)} at the facility (PUE 1.5)`);
    expect(energyFinding).toContain(`costing ${money(e.cost, 'EUR')}`);
    expect(energyFinding).toContain(`${kgCo2(e.operationalKgCo2)} operational`);
    expect(energyFinding).toContain(`${kgCo2(e.embodiedKgCo2)} embodied`);
    const band = r.headline.cpuReady.band;
    await expect(page.locator('[data-card=ready] .badge').getAttribute('data-band')).resolves.toBe(band);
    // vCPU:pCPU over the hosts in use, beside the busiest host and the cap (scenarios/default.yaml: cap 4).
    const d = r.headline.density;
    expect(d.maxVcpuPerCore).toBe(4);
    await expect(page.locator('[data-card=vcpu] .card-sub').textContent()).resolves.toBe(
      `${count(r.headline.vcpus)} vCPUs on the ${count(r.headline.hostsInUse)} hosts in use · busiest ${ratio(d.busiestVcpuPerCore)} · cap ${ratio(4)}`,
    );
    // One path per series.
    expect(await page.locator('[data-chart=cpu-capacity] path.series-line').count()).toBe(3);
    expect(await page.locator('[data-chart=cpu-ready] path.series-line').count()).toBe(2);
    expect(await page.locator('[data-chart=cpu-ready] path.series-band').count()).toBe(2);
    expect(await page.locator('[data-chart=cpu-ready] line.ref-line').count()).toBe(1);
    expect(await page.locator('[data-chart=memory] path.series-line').count()).toBe(3);
    // Memory state bands: one rect per run of equal state per host.
    const runs = Object.values(r.series.hosts!).reduce((a, h) => a + stateRuns(h.memState as MemoryState[], r.series.t, r.series.intervalMs).length, 0);
    expect(await page.locator('[data-chart=memory-states] rect.state-run').count()).toBe(runs);
    // Heatmap: one cell per host and interval.
    await expect(page.locator('[data-chart=heatmap] svg').getAttribute('data-mode')).resolves.toBe('svg');
    expect(await page.locator('[data-chart=heatmap] rect.cell').count()).toBe(hosts * n);
    // Event timeline: all placements at t = 0 collapse into one marker with their count.
    expect(await page.locator('[data-chart=timeline] .marker-placed').count()).toBe(1);
    await expect(page.locator('[data-chart=timeline] .marker-placed').getAttribute('data-count')).resolves.toBe(String(r.events.counts['vm.placed']));
    // Playback: a box per host, a square per placed VM.
    expect(await page.locator('[data-chart=playback] g.host').count()).toBe(hosts);
    expect(await page.locator('[data-chart=playback] rect.vm').count()).toBe(r.headline.vmsPlaced);
    // VM table: top 25 by p95 ready.
    expect(await page.locator('table.vm-table tbody tr').count()).toBe(Math.min(25, r.headline.vmsPlaced));
    const firstReady = Math.max(...r.vms.map((v) => v.readyP95Pct));
    expect(await page.locator('table.vm-table tbody tr').first().textContent()).toContain(`${num(firstReady)} %`);
    // Alarms: a row and a timeline bar per alarm.
    expect(await page.locator('table.alarm-table tbody tr[data-alarm]').count()).toBe(r.alarms.items.length);
    expect(await page.locator('[data-chart=timeline] rect.alarm-bar').count()).toBe(r.alarms.items.length);
    expect(await page.locator('[data-export]').count()).toBeGreaterThanOrEqual(3 * 7);
    const renderMs = await attr(page, 'html', 'data-render-ms');
    expect(renderMs).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'default-full.png'), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, 'default-1280x800.png') });
    expect(log.errors).toEqual([]);
    expectOffline(log);
    expect(log.requests.length).toBeGreaterThan(0);
  });

  it('shows the hovered interval and its demand in the CPU chart tooltip', async () => {
    const { page, log } = await open(join(defaultDir, 'report.html'));
    const overlay = page.locator('[data-chart=cpu-capacity] rect.overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = (await overlay.boundingBox())!;
    const frac = 0.6;
    await page.mouse.move(box.x + box.width * frac, box.y + box.height / 2);
    const tip = page.locator('#tooltip');
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.getAttribute('data-owner')).resolves.toBe('cpu-capacity');
    const i = Number(await tip.getAttribute('data-index'));
    const n = defaultReport.series.t.length;
    expect(Math.abs(i - Math.floor(frac * n))).toBeLessThanOrEqual(1);
    const c = Object.values(defaultReport.series.clusters)[0]!;
    const text = (await tip.textContent())!;
    expect(text).toContain(`demand: ${num(c.demandMhz[i]! / 1000)} GHz`);
    expect(text).toContain(`granted: ${num(c.grantedMhz[i]! / 1000)} GHz`);
    expect(text).toContain('UTC');
    // A heatmap cell tooltip names its host.
    const hm = page.locator('[data-chart=heatmap] rect.overlay');
    await hm.scrollIntoViewIfNeeded();
    const hb = (await hm.boundingBox())!;
    await page.mouse.move(hb.x + hb.width * 0.3, hb.y + 2);
    await expect(tip.getAttribute('data-owner')).resolves.toBe('heatmap');
    expect(await tip.textContent()).toContain(defaultReport.hosts[0]!.id);
    await page.screenshot({ path: join(ARTIFACTS, 'default-tooltip.png') });
    expect(log.errors).toEqual([]);
  });

  it('zooms every time-series panel to the stretch brushed on the event timeline, and resets', async () => {
    const { page, log } = await open(join(defaultDir, 'report.html'));
    const dur = defaultReport.run.durationMs;
    const charts = ['cpu-capacity', 'cpu-ready', 'memory', 'memory-states', 'heatmap'];
    for (const c of charts) {
      expect(await attr(page, `[data-chart=${c}] svg`, 'data-x0')).toBe(0);
      expect(await attr(page, `[data-chart=${c}] svg`, 'data-x1')).toBe(dur);
    }
    const brush = page.locator('[data-chart=timeline] .brush .overlay');
    await brush.scrollIntoViewIfNeeded();
    const b = (await brush.boundingBox())!;
    await page.mouse.move(b.x + b.width * 0.25, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width * 0.4, b.y + b.height / 2, { steps: 4 });
    await page.mouse.move(b.x + b.width * 0.5, b.y + b.height / 2, { steps: 4 });
    await page.mouse.up();
    const tolerance = (dur / b.width) * 2;
    for (const c of charts) {
      const x0 = await attr(page, `[data-chart=${c}] svg`, 'data-x0');
      const x1 = await attr(page, `[data-chart=${c}] svg`, 'data-x1');
      expect(Math.abs(x0 - dur * 0.25), c).toBeLessThan(tolerance);
      expect(Math.abs(x1 - dur * 0.5), c).toBeLessThan(tolerance);
    }
    // The zoomed heatmap draws only the intervals in view.
    const visible = defaultReport.series.t.filter((t, i) => t + defaultReport.series.intervalMs[i]! > dur * 0.25 && t < dur * 0.5).length;
    const cells = await page.locator('[data-chart=heatmap] rect.cell').count();
    expect(Math.abs(cells - visible * defaultReport.hosts.length)).toBeLessThanOrEqual(2 * defaultReport.hosts.length);
    await expect(page.locator('.window-status').textContent()).resolves.toMatch(/^Showing Mon 2 Mar 0[56]:\d\d UTC/);
    await page.screenshot({ path: join(ARTIFACTS, 'default-zoomed.png') });
    await page.locator('[data-zoom=reset]').click();
    expect(await attr(page, '[data-chart=cpu-capacity] svg', 'data-x0')).toBe(0);
    expect(await attr(page, '[data-chart=cpu-capacity] svg', 'data-x1')).toBe(dur);
    // The zoom buttons do the same from the keyboard.
    await page.locator('[data-zoom=in]').focus();
    await page.keyboard.press('Enter');
    expect(await attr(page, '[data-chart=memory] svg', 'data-x1')).toBeCloseTo(dur * 0.75, -3);
    expect(log.errors).toEqual([]);
  });

  it('moves host colours through time with the playback slider (from the keyboard too)', async () => {
    const { page, log } = await open(join(defaultDir, 'report.html'));
    const fills = () => page.locator('[data-chart=playback] rect.host-util').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    const slider = page.locator('#playback-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await attr(page, '[data-chart=playback] svg', 'data-frame')).toBe(0);
    const first = await fills();
    await page.keyboard.press('End');
    const n = defaultReport.series.t.length;
    expect(await attr(page, '[data-chart=playback] svg', 'data-frame')).toBe(n - 1);
    const last = await fills();
    expect(first).toHaveLength(defaultReport.hosts.length);
    expect(last).not.toEqual(first);
    // The utilisation shown is the host's value at that interval.
    const h0 = defaultReport.hosts[0]!.id;
    const util = Number(await page.locator(`[data-chart=playback] g.host[data-host="${h0}"] rect.host-util`).getAttribute('data-util'));
    expect(util).toBe(defaultReport.series.hosts![h0]!.utilPct[n - 1]);
    // Play advances frames.
    await page.keyboard.press('Home');
    await page.locator('[data-control=play]').click();
    await expect.poll(() => attr(page, '[data-chart=playback] svg', 'data-frame'), { timeout: 5000 }).toBeGreaterThanOrEqual(3);
    await page.locator('[data-control=play]').click();
    await expect(page.locator('[data-control=play]').getAttribute('aria-pressed')).resolves.toBe('false');
    expect(log.errors).toEqual([]);
  });

  it('reads chart values from the keyboard: focus a chart, then the arrow keys', async () => {
    const { page, log } = await open(join(defaultDir, 'report.html'));
    await page.locator('[data-chart=memory] svg').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const tip = page.locator('#tooltip');
    await expect(tip.getAttribute('data-owner')).resolves.toBe('memory');
    await expect(tip.getAttribute('data-index')).resolves.toBe('1');
    await page.keyboard.press('Escape');
    await expect(tip.isHidden()).resolves.toBe(true);
    // Heatmap rows are buttons: Enter lists the host's VMs.
    const label = page.locator('[data-chart=heatmap] .row-label').first();
    await label.focus();
    await page.keyboard.press('Enter');
    const host = defaultReport.hosts[0]!;
    expect(await page.locator('.host-vm-table tbody tr').count()).toBe(defaultReport.vms.filter((v) => v.host === host.id).length);
    expect(log.errors).toEqual([]);
  });

  it('exports a chart as CSV, SVG and PNG', async () => {
    const { page, log } = await open(join(defaultDir, 'report.html'));
    const fig = page.locator('[data-chart=cpu-capacity]');
    const grab = async (kind: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), fig.locator(`[data-export=${kind}]`).click()]);
      const file = join(work, `export.${kind}`);
      await download.saveAs(file);
      return { name: download.suggestedFilename(), bytes: readFileSync(file) };
    };
    const csv = await grab('csv');
    expect(csv.name).toMatch(/^cpu-demand-granted-and-capacity.*\.csv$/);
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('t_ms,interval_ms,capacity_ghz,demand_ghz,granted_ghz,util_pct');
    expect(lines).toHaveLength(defaultReport.series.t.length + 1);
    const svg = await grab('svg');
    expect(svg.bytes.toString('utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*series-line/);
    const png = await grab('png');
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(log.errors).toEqual([]);
    // Downloads are local object URLs; nothing went to the network.
    expect(log.requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  });

  it('runs no script that is not its own (Content-Security-Policy)', async () => {
    const { page } = await open(join(defaultDir, 'report.html'));
    await page.evaluate("{ const s = document.createElement('script'); s.textContent = 'window.__injected = 1'; document.body.appendChild(s); }");
    expect(await page.evaluate('window.__injected === undefined')).toBe(true);
  });
});

describe('names are text, never markup', () => {
  it('shows an XSS string in the description and a VM id verbatim and runs nothing', async () => {
    const r = structuredClone(defaultReport);
    r.run.description = XSS;
    r.run.warnings = [XSS];
    const vm = r.vms[0]!;
    const oldId = vm.id;
    vm.id = `${r.clusters[0]!.id}/${XSS}`;
    vm.readyP95Pct = 99;
    r.events.items = r.events.items.map((e) => (e.type === 'vm.placed' && e.vm === oldId ? { ...e, vm: vm.id } : e));
    const file = join(work, 'xss.html');
    writeFileSync(file, renderReportHtml([r]));
    const { page, log } = await open(file);
    await expect(page.locator('[data-field=description]').textContent()).resolves.toBe(XSS);
    await expect(page.locator('[data-field=warnings] li').first().textContent()).resolves.toBe(`warning: ${XSS}`);
    await expect(page.locator('table.vm-table tbody tr').first().locator('td').first().textContent()).resolves.toBe(vm.id);
    expect(await page.locator('img').count()).toBe(0);
    // The VM list of its host shows it as text too.
    await page.locator('[data-control=heatmap-host]').selectOption(vm.host!);
    await expect(page.locator(`.host-vm-table tr[data-vm="${vm.id.replace(/"/g, '\\"')}"] td`).first().textContent()).resolves.toBe(vm.id);
    await page.waitForTimeout(300);
    expect(log.dialogs).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'xss.png') });
  });
});

describe('alarms', () => {
  const rows = (page: Page) => page.locator('table.alarm-table tbody tr[data-alarm]');
  const bars = (page: Page) => page.locator('[data-chart=timeline] rect.alarm-bar');

  /** Moves the pointer onto the bar of alarm `i` and returns the tooltip. */
  async function hoverBar(page: Page, i: number) {
    const bar = page.locator(`[data-chart=timeline] rect.alarm-bar[data-i="${i}"]`);
    await bar.scrollIntoViewIfNeeded();
    const b = (await bar.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    return page.locator('#tooltip');
  }

  it('lists every alarm of a run that raises them, with one timeline bar each, filterable and sortable', async () => {
    const { page, log } = await open(join(ocDir, 'report.html'));
    const r = ocReport;
    const al = r.alarms;
    const items = al.items;
    const start = startMs(r);
    expect(items.length).toBeGreaterThan(0);
    const rules = [...new Set(items.map((a) => a.rule))];
    expect(rules.length).toBeGreaterThan(1);

    // The card: total, and how many were still raised at the end.
    await expect(page.locator('[data-card=alarms] .card-label').textContent()).resolves.toBe('Alarms raised');
    await expect(page.locator('[data-card=alarms] .card-value').textContent()).resolves.toBe(count(al.total));
    await expect(page.locator('[data-card=alarms] .card-sub').textContent()).resolves.toBe(
      al.activeAtEnd > 0 ? `${count(al.activeAtEnd)} still raised at the end` : 'all cleared by the end',
    );
    // The panel comes right after the overview cards, and says which rules were in force.
    expect(await page.locator('#overview + #alarms').count()).toBe(1);
    const explain = (await page.locator('#alarms .explain').textContent())!;
    expect(explain).toBe(`Overcommit is safe as long as you monitor performance: these fired during the run. ${alarmRulesText(al.rules)}`);
    expect(explain).toContain('above 90 % for 15 min');

    // One row per alarm, earliest first, each cell as the report says.
    expect(await rows(page).count()).toBe(items.length);
    const first = sortAlarms(items, 'raisedAt', false)[0]!;
    const cells = await rows(page).first().locator('td').allTextContents();
    expect(cells.slice(0, 7).map((c) => c.trim())).toEqual([
      first.rule,
      first.target,
      when(start, first.raisedAt),
      first.clearedAt === null ? 'still raised' : when(start, first.clearedAt),
      duration(first.durationMs),
      alarmValue(first, first.peak),
      alarmThreshold(first),
    ]);
    expect(await page.locator('table.alarm-table td.open').count()).toBe(items.filter((a) => a.clearedAt === null).length);

    // The timeline: one bar per alarm over the whole run, inside the plot, coloured by rule.
    const dur = r.run.durationMs;
    expect(await bars(page).count()).toBe(items.filter((a) => a.raisedAt <= dur).length);
    const drawn = await bars(page).evaluateAll((els) =>
      els.map((e) => ({ i: Number(e.getAttribute('data-i')), rule: e.getAttribute('data-rule'), fill: e.getAttribute('fill'), x: Number(e.getAttribute('x')), w: Number(e.getAttribute('width')) })),
    );
    expect(drawn.map((d) => d.i).sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
    const plotW = (await attr(page, '[data-chart=timeline] svg', 'width')) - 110 - 16;
    // Colours: the legend's, one per rule.
    const key = Object.fromEntries(
      await page
        .locator('[data-chart=timeline] .alarm-legend .legend-item')
        .evaluateAll((els) => els.map((e) => [e.querySelector('text')?.textContent ?? '', e.querySelector('rect')?.getAttribute('fill') ?? ''])),
    ) as Record<string, string>;
    expect(new Set(rules.map((x) => key[`${x} alarm`])).size).toBe(rules.length);
    for (const d of drawn) {
      expect(d.rule).toBe(items[d.i]!.rule);
      expect(d.fill).toBe(key[`${d.rule} alarm`]);
      expect(d.x).toBeGreaterThanOrEqual(0);
      expect(d.x + d.w).toBeLessThanOrEqual(plotW + 0.01);
    }
    // The tooltip of a bar names its target, rule, peak and threshold.
    const longest = items.indexOf(sortAlarms(items, 'durationMs', true)[0]!);
    const tip = await hoverBar(page, longest);
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.getAttribute('data-owner')).resolves.toBe('timeline-alarms');
    await expect(tip.getAttribute('data-index')).resolves.toBe(String(longest));
    const a = items[longest]!;
    const text = (await tip.textContent())!;
    expect(text).toContain(`target: ${a.target}`);
    expect(text).toContain(`rule: ${a.rule}`);
    expect(text).toContain(`peak / threshold: ${alarmValue(a, a.peak)} / ${alarmThreshold(a)}`);
    await page.locator('[data-chart=timeline]').screenshot({ path: join(ARTIFACTS, 'alarms-timeline.png') });
    await page.mouse.move(0, 0);

    // Filtering by rule keeps that rule's alarms only.
    const rule = rules.reduce((m, x) => (items.filter((i) => i.rule === x).length < items.filter((i) => i.rule === m).length ? x : m));
    const n = items.filter((i) => i.rule === rule).length;
    await page.locator('[data-control=alarm-rule]').selectOption(rule);
    expect(await rows(page).count()).toBe(n);
    expect(n).toBeLessThan(items.length);
    expect(new Set(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule'))))).toEqual(new Set([rule]));
    await page.locator('[data-control=alarm-rule]').selectOption('all');
    expect(await rows(page).count()).toBe(items.length);

    // Sorting by duration (longest first), then by peak.
    await page.locator('#alarms [data-sort=durationMs]').click();
    await expect(rows(page).first().getAttribute('data-alarm')).resolves.toBe(String(longest));
    await expect(page.locator('#alarms th[aria-sort=descending] [data-sort=durationMs]').count()).resolves.toBe(1);
    await page.locator('#alarms [data-sort=peak]').click();
    const byPeak = sortAlarms(items, 'peak', true).map((x) => String(items.indexOf(x)));
    expect(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-alarm')))).toEqual(byPeak);

    // The target filter.
    await page.locator('[data-control=alarm-filter]').fill(a.target);
    expect(await rows(page).count()).toBe(items.filter((x) => x.target.includes(a.target)).length);
    await page.locator('[data-control=alarm-filter]').fill('');

    await page.locator('#alarms').screenshot({ path: join(ARTIFACTS, 'alarms-panel.png') });

    // A row's Zoom button zooms the time charts around its alarm.
    await rows(page).first().locator('[data-zoom=alarm]').click();
    const x0 = await attr(page, '[data-chart=cpu-capacity] svg', 'data-x0');
    const x1 = await attr(page, '[data-chart=cpu-capacity] svg', 'data-x1');
    const z = items[Number(await rows(page).first().getAttribute('data-alarm'))]!;
    expect(x0).toBeLessThanOrEqual(z.since);
    expect(x1).toBeGreaterThanOrEqual(Math.min(dur, z.clearedAt ?? dur));
    expect(x1 - x0).toBeLessThan(dur);
    // The timeline keeps every bar while zoomed: the brush marks the window.
    expect(await bars(page).count()).toBe(items.length);
    expect(log.errors).toEqual([]);
    expectOffline(log);
  });

  it('steps through the alarm bars from the keyboard', async () => {
    const { page, log } = await open(join(ocDir, 'report.html'));
    const items = ocReport.alarms.items;
    await page.locator('[data-chart=timeline] g.alarm-lane').focus();
    await page.keyboard.press('Home');
    const tip = page.locator('#tooltip');
    await expect(tip.getAttribute('data-owner')).resolves.toBe('timeline-alarms');
    const earliest = Math.min(...items.map((a) => a.raisedAt));
    const i = Number(await tip.getAttribute('data-index'));
    expect(items[i]!.raisedAt).toBe(earliest);
    await page.keyboard.press('End');
    const j = Number(await tip.getAttribute('data-index'));
    expect(items[j]!.raisedAt).toBe(Math.max(...items.map((a) => a.raisedAt)));
    await page.keyboard.press('Escape');
    await expect(tip.isHidden()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
  });

  it('shows a markup-like target as text in the table and the tooltip, and runs nothing', async () => {
    const r = structuredClone(ocReport);
    const a = r.alarms.items[0]!;
    const old = a.target;
    a.target = `${r.clusters[0]!.id}/${XSS}`;
    r.events.items = r.events.items.map((e) => ('target' in e && e.target === old && e.rule === a.rule ? { ...e, target: a.target } : e));
    const file = join(work, 'alarms-xss.html');
    writeFileSync(file, renderReportHtml([r]));
    const { page, log } = await open(file);
    await expect(page.locator('table.alarm-table tr[data-alarm="0"] td.target').textContent()).resolves.toBe(a.target);
    const tip = await hoverBar(page, 0);
    expect(await tip.textContent()).toContain(`target: ${a.target}`);
    await page.locator('[data-control=alarm-filter]').fill('<img');
    expect(await rows(page).count()).toBe(1);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(log.dialogs).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('says how many alarms are listed when the report keeps only the first ones, and when none fired', async () => {
    const r = structuredClone(ocReport);
    r.alarms.truncated = true;
    r.alarms.total = r.alarms.items.length + 1234;
    const file = join(work, 'alarms-truncated.html');
    writeFileSync(file, renderReportHtml([r]));
    const { page, log } = await open(file);
    await expect(page.locator('[data-field=alarms-truncated]').textContent()).resolves.toContain(`the first ${count(r.alarms.items.length)} of ${count(r.alarms.total)} alarms`);
    await expect(page.locator('[data-field=warnings]').textContent()).resolves.toContain(`first ${count(r.alarms.items.length)} of ${count(r.alarms.total)} alarms`);
    expect(await rows(page).count()).toBe(r.alarms.items.length);
    expect(log.errors).toEqual([]);

    const quiet = syntheticReport({ hosts: 3, intervals: 12 });
    expect(quiet.alarms.total).toBe(0);
    const qfile = join(work, 'alarms-none.html');
    writeFileSync(qfile, renderReportHtml([quiet]));
    const q = await open(qfile);
    await expect(q.page.locator('[data-field=no-alarms]').textContent()).resolves.toBe('No alarm fired during the run.');
    await expect(q.page.locator('[data-card=alarms] .card-value').textContent()).resolves.toBe('0');
    expect(await bars(q.page).count()).toBe(0);
    expect(q.log.errors).toEqual([]);
  });
});

describe('report.html of a two-cluster run', () => {
  it('has a cluster selector, unplaceable VMs with reasons, memory state bands and event lanes', async () => {
    const { page, log } = await open(join(twoDir, 'report.html'));
    const r = twoReport;
    const sel = page.locator('[data-control=cluster]');
    expect(await sel.locator('option').count()).toBe(1 + r.clusters.length);
    // All clusters: granted CPU stacked by cluster.
    expect(await page.locator('[data-chart=cpu-capacity] path.series-stack').count()).toBe(r.clusters.length);
    const unplaced = r.vms.filter((v) => v.unplaceable !== null);
    expect(unplaced.length).toBeGreaterThan(0);
    expect(await page.locator('table.unplaceable-table tbody tr').count()).toBe(unplaced.length);
    expect(await page.locator('table.unplaceable-table tbody tr').first().textContent()).toContain(unplaced[0]!.unplaceable!);
    expect(await page.locator('[data-chart=timeline] .marker-unplaceable').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-chart=timeline] .marker-memory').count()).toBeGreaterThan(0);
    // Some hosts left 'high': their bands use other state colours.
    const colours = await page.locator('[data-chart=memory-states] rect.state-run').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);
    expect(colours.length).toBeGreaterThan(1);
    await page.screenshot({ path: join(ARTIFACTS, 'two-clusters-full.png'), fullPage: true });
    // One cluster.
    const east = r.clusters[0]!.id;
    await sel.selectOption(east);
    await expect(page.locator('[data-chart=cpu-capacity] h3').textContent()).resolves.toContain(east);
    expect(await page.locator('[data-chart=cpu-capacity] path.series-line').count()).toBe(3);
    const eastHosts = r.hosts.filter((h) => h.cluster === east).length;
    expect(await page.locator('[data-chart=heatmap] rect.cell').count()).toBe(eastHosts * r.series.t.length);
    expect(await page.locator('[data-chart=playback] g.host').count()).toBe(eastHosts);
    expect(log.errors).toEqual([]);
    expectOffline(log);
  });
});

describe('comparison report', () => {
  it('shows both runs side by side and on one chart, and the details of either', async () => {
    const file = join(work, 'comparison.html');
    writeFileSync(file, renderReportHtml([defaultReport, twoReport]));
    const { page, log } = await open(file);
    const heads = await page.locator('table.compare-table th.run-col').allTextContents();
    expect(heads.map((h) => h.trim())).toEqual(['default', 'two-clusters']);
    const hosts = page.locator('table.compare-table tr[data-figure=hosts] td .value');
    expect(await hosts.allTextContents()).toEqual([String(defaultReport.headline.hosts), String(twoReport.headline.hosts)]);
    await expect(page.locator('table.compare-table tr[data-figure=alarmsRaised] th').textContent()).resolves.toBe('Alarms raised');
    const alarms = page.locator('table.compare-table tr[data-figure=alarmsRaised] td .value');
    expect(await alarms.allTextContents()).toEqual([count(defaultReport.alarms.total), count(twoReport.alarms.total)]);
    const still = page.locator('table.compare-table tr[data-figure=alarmsActiveAtEnd] td .value');
    expect(await still.allTextContents()).toEqual([count(defaultReport.alarms.activeAtEnd), count(twoReport.alarms.activeAtEnd)]);
    expect(await page.locator('[data-chart=compare-util] path.series-line').count()).toBe(2);
    expect(await page.locator('[data-chart=compare-ready] path.series-line').count()).toBe(2);
    // Energy rows: the default run has a price and a grid intensity, the two-cluster fixture neither.
    const energyRow = (key: string) => page.locator(`table.compare-table tr[data-figure=${key}] td .value`).allTextContents();
    await expect(page.locator('table.compare-table tr[data-figure=facilityKWh] th').textContent()).resolves.toBe('Facility energy (kWh)');
    await expect(page.locator('table.compare-table tr[data-figure=energyCost] th').textContent()).resolves.toBe('Energy cost');
    await expect(page.locator('table.compare-table tr[data-figure=operationalKgCo2] th').textContent()).resolves.toBe('Operational CO2 (kg)');
    await expect(page.locator('table.compare-table tr[data-figure=embodiedKgCo2] th').textContent()).resolves.toBe('Embodied CO2 (kg)');
    const [d, t] = [defaultReport.headline.energy, twoReport.headline.energy];
    expect(await energyRow('facilityKWh')).toEqual([num(d.facilityKWh), num(t.facilityKWh)]);
    expect([t.cost, t.operationalKgCo2]).toEqual([null, null]);
    expect(await energyRow('energyCost')).toEqual([money(d.cost, 'EUR'), '—']);
    expect(await energyRow('operationalKgCo2')).toEqual([num(d.operationalKgCo2!), '—']);
    // No change against a missing figure.
    expect(await page.locator('table.compare-table tr[data-figure=energyCost] .delta').count()).toBe(0);
    expect(await energyRow('embodiedKgCo2')).toEqual([num(d.embodiedKgCo2), num(t.embodiedKgCo2)]);
    await page.screenshot({ path: join(ARTIFACTS, 'comparison-full.png'), fullPage: true });
    await expect(page.locator('#run-details [data-field=scenario]').textContent()).resolves.toBe('default');
    await page.locator('[data-control=run]').selectOption('1');
    await expect(page.locator('#run-details [data-field=scenario]').textContent()).resolves.toBe('two-clusters');
    expect(log.errors).toEqual([]);
    expectOffline(log);
  });
});

describe('a large run', () => {
  it('draws the host heatmap on a canvas, at most one pixel row per host', async () => {
    const r = syntheticReport({ hosts: 150, intervals: 1000, clusters: 2, vmsPerHost: 4 });
    const file = join(work, 'large.html');
    writeFileSync(file, renderReportHtml([r]));
    const { page, log } = await open(file);
    await expect(page.locator('[data-chart=heatmap] svg').getAttribute('data-mode')).resolves.toBe('canvas');
    expect(await page.locator('[data-chart=heatmap] canvas').count()).toBe(1);
    expect(await page.locator('[data-chart=heatmap] rect.cell').count()).toBe(0);
    // Lines are downsampled to about two points per pixel column.
    const points = await attr(page, '[data-chart=cpu-capacity] path.series-line[data-series=demand]', 'data-points');
    const width = await attr(page, '[data-chart=cpu-capacity] svg', 'width');
    expect(points).toBeLessThanOrEqual(Math.min(1000, 2 * width + 4));
    await page.locator('#hosts').screenshot({ path: join(ARTIFACTS, 'large-heatmap.png') });
    expect(log.errors).toEqual([]);
  });
});
