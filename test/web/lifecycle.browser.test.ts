/**
 * report.html of runs with a lifecycle (report v5) in a real headless Chromium: the overview
 * cards, the Availability and HA panel, the Migrations panel, host states in the heatmap, the
 * playback moving VMs off a failed host and onto the hosts HA restarted them on, the lifecycle
 * lanes of the event timeline and the new VM table columns. The data is the synthetic lifecycle
 * story (synthetic-lifecycle.ts: one host fails and is repaired two hours later; HA restarts
 * its VMs by priority; DRS migrates; a host is evacuated for maintenance) and the ha-lab
 * scenario simulated in-process. A v4 report is refused with a clear message.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import { REPORT_VERSION, ReportSchema, type Report } from '../../src/report/schema.js';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { loadScenario } from '../../src/scenario/index.js';
import { count, duration, num, pct, when } from '../../web/src/format.js';
import { lifecycleLane } from '../../web/src/lifecycle.js';
import { sortMigrations } from '../../web/src/migration-rows.js';
import { startMs } from '../../web/src/cluster-view.js';
import { reportPages } from './browser.js';
import { ensureViewerBuilt, ROOT } from './build.js';
import { syntheticReport } from './synthetic.js';

const ARTIFACTS = join(tmpdir(), 'dcsim-web-artifacts');
/** Lane colours (web/src/palette.ts, which needs the browser's d3): failures red, restarts green, migrations blue, maintenance amber. */
const LANE_COLOURS = { failure: '#D55E00', restart: '#009E73', migration: '#56B4E9', maintenance: '#E69F00' } as const;

let work: string;
let lifeFile: string;
let quietFile: string;
let haLabDir: string;
let haLab: Report;
const life: Report = syntheticReport({ hosts: 6, intervals: 96, lifecycle: true });
const quiet: Report = syntheticReport({ hosts: 3, intervals: 12 });

beforeAll(() => {
  ensureViewerBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'dcsim-web-life-'));
  lifeFile = join(work, 'life.html');
  quietFile = join(work, 'quiet.html');
  writeFileSync(lifeFile, renderReportHtml([life]));
  writeFileSync(quietFile, renderReportHtml([quiet]));
  haLabDir = join(work, 'ha-lab');
  const scenario = loadScenario('scenarios/ha-lab.yaml', join(ROOT, 'scenarios/ha-lab.yaml'));
  runToFolder(scenario, { outDir: haLabDir, force: true, wallClock: () => 0, tag: 'web-test' });
  haLab = JSON.parse(readFileSync(join(haLabDir, 'report.json'), 'utf8')) as Report;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = reportPages();

async function attr(page: Page, selector: string, name: string): Promise<number> {
  return Number(await page.locator(selector).first().getAttribute(name));
}

/** The story's cast, read from the report: the failed host, its incident and its VMs' restarts. */
const incident = life.availability.incidents[0]!;
const failed = incident.hosts[0]!;
const step = life.run.intervalMs;
const frameOf = (t: number) => Math.floor(t / step);
const restarts = life.events.items.filter((e) => e.type === 'vm.restarting') as Array<{ t: number; vm: string; host: string }>;
const downs = life.events.items.filter((e) => e.type === 'vm.down') as Array<{ t: number; vm: string; host: string }>;

/** Moves the playback slider to interval i. */
async function playbackFrame(page: Page, i: number): Promise<void> {
  await page.locator('#playback-slider').evaluate((el, v) => {
    (el as unknown as { value: string }).value = String(v);
    el.dispatchEvent(new Event('input'));
  }, i);
  expect(await attr(page, '[data-chart=playback] svg', 'data-frame')).toBe(i);
}

const vmIn = (page: Page, host: string, vm: string) => page.locator(`[data-chart=playback] g.host[data-host="${host}"] rect.vm[data-vm="${vm}"]`);
const vmDown = (page: Page, vm: string) => page.locator(`[data-chart=playback] g.down-box rect.vm[data-vm="${vm}"]`);

describe('the synthetic lifecycle report', () => {
  it('matches the report contract and tells the story the tests expect', () => {
    expect(ReportSchema.safeParse(life).success).toBe(true);
    expect(ReportSchema.safeParse(quiet).success).toBe(true);
    expect(life.availability.incidents).toHaveLength(1);
    expect(downs).toHaveLength(4);
    expect(restarts.map((r) => r.host)).toContain(failed);
    expect(life.events.items.some((e) => e.type === 'ha.restart-failed')).toBe(true);
    expect(life.migrations.items.filter((m) => m.converged)).toHaveLength(5);
    expect(Object.values(life.series.clusters)[0]!.vmsDown.some((v) => v > 0)).toBe(true);
  });
});

describe('report.html of a run with a host failure, HA restarts and migrations', () => {
  it('shows availability, HA and migration cards, and the lifecycle findings', async () => {
    const { page, log } = await open(lifeFile);
    const a = life.headline.availability;
    const m = life.headline.migrations;
    expect(await page.locator('.card').count()).toBe(15);
    const av = page.locator('[data-card=availability]');
    await expect(av.locator('.card-value').textContent()).resolves.toBe(pct(a.meanVmAvailabilityPct));
    await expect(av.locator('.card-sub').textContent()).resolves.toBe(`${num(a.nines)} nines · ${count(a.outages)} outages`);
    await expect(av.locator('[data-field=downtime]').textContent()).resolves.toBe(`${num(a.downtimeVmHours)} VM-hours down`);
    const ha = page.locator('[data-card=ha]');
    await expect(ha.locator('.card-value').textContent()).resolves.toBe('1');
    await expect(ha.locator('.card-sub').textContent()).resolves.toBe(`${count(a.restarts)} HA restarts · 1 incident`);
    await expect(ha.locator('[data-field=worst-recovery]').textContent()).resolves.toBe(`worst recovery ${duration(incident.recoveryMs!)}`);
    expect(duration(incident.recoveryMs!)).toBe('2 h 1 min');
    const mg = page.locator('[data-card=migrations]');
    await expect(mg.locator('.card-value').textContent()).resolves.toBe(count(m.completed));
    await expect(mg.locator('.card-sub').textContent()).resolves.toBe(`mean ${duration(m.meanDurationS * 1000)} · downtime ${num(m.meanDowntimeMs)} ms`);
    await expect(mg.locator('[data-field=aborted]').textContent()).resolves.toBe('1 aborted');
    const findings = await page.locator('.findings li').allTextContents();
    expect(findings.find((t) => t.startsWith('Availability:'))).toContain(`mean VM availability ${pct(a.meanVmAvailabilityPct)}`);
    expect(findings.find((t) => t.startsWith('Migrations:'))).toContain(`${count(m.completed)} completed, 1 aborted`);
    expect(await page.locator('.page-nav a[href="#availability"]').count()).toBe(1);
    await page.locator('#overview').screenshot({ path: join(ARTIFACTS, 'lifecycle-cards.png') });
    expect(log.errors).toEqual([]);
  });

  it('draws VMs down with the host failure marked, failover capacity, the incident table and downtime bars', async () => {
    const { page, log } = await open(lifeFile);
    const start = startMs(life);
    const cl = Object.values(life.series.clusters)[0]!;
    await expect(page.locator('[data-field=availability-summary]').textContent()).resolves.toContain(`${count(life.headline.availability.outages)} outages`);
    // VMs down: one step line, one mark at the failure.
    expect(await page.locator('[data-chart=vms-down] path.series-line[data-series=vms-down]').count()).toBe(1);
    const marks = page.locator('[data-chart=vms-down] g.event-mark');
    expect(await marks.count()).toBe(1);
    await expect(marks.getAttribute('data-t')).resolves.toBe(String(incident.t));
    await expect(page.locator('[data-chart=vms-down] .legend').textContent()).resolves.toContain('host failure');
    // The tooltip of the interval with the failure names the host and counts the VMs down then.
    await page.locator('[data-chart=vms-down] svg').focus();
    await page.keyboard.press('Home');
    for (let k = 0; k < frameOf(incident.t); k++) await page.keyboard.press('ArrowRight');
    const tip = page.locator('#tooltip');
    await expect(tip.getAttribute('data-index')).resolves.toBe(String(frameOf(incident.t)));
    const text = (await tip.textContent())!;
    expect(text).toContain(`host failure: ${failed} (scripted, 4 VMs)`);
    expect(text).toContain(`VMs down: ${count(cl.vmsDown[frameOf(incident.t)]!)}`);
    await page.keyboard.press('Escape');
    // Failover capacity: a step line that drops to 0 while the host is failed.
    expect(await page.locator('[data-chart=failover] path.series-line[data-series^="failover:"]').count()).toBe(1);
    expect(await page.locator('[data-chart=failover] path.series-line[data-series=hosts-up]').count()).toBe(1);
    expect(cl.failoverHosts[frameOf(incident.t)]).toBe(0);
    // The incident table: one row, its start, cause, hosts, VMs and time to full recovery.
    const rows = page.locator('table.incident-table tbody tr');
    expect(await rows.count()).toBe(1);
    const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 7)).toEqual(['0', when(start, incident.t), 'scripted', failed, '4', '4', '2 h 1 min']);
    // Downtime by reason and by restart priority.
    const reasons = Object.entries(life.headline.availability.downtimeByReasonVmHours);
    expect(await page.locator('[data-chart=downtime-reasons] rect.bar').count()).toBe(reasons.length);
    const worst = reasons.sort((x, y) => y[1] - x[1])[0]!;
    await expect(page.locator('[data-chart=downtime-reasons] rect.bar').first().getAttribute('data-key')).resolves.toBe(worst[0]);
    await expect(page.locator('[data-chart=downtime-reasons] .bar-value').first().textContent()).resolves.toBe(`${num(worst[1])} VM-h`);
    expect(await page.locator('[data-chart=downtime-priority] rect.bar').count()).toBe(4);
    const bar = page.locator('[data-chart=downtime-priority] rect.bar[data-key=disabled]');
    await bar.scrollIntoViewIfNeeded();
    const b = (await bar.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await expect(tip.getAttribute('data-owner')).resolves.toBe('downtime-priority');
    expect(await tip.textContent()).toContain(`mean availability: ${pct(life.headline.availability.byPriority.disabled.meanAvailabilityPct)}`);
    await page.mouse.move(0, 0);
    expect(await page.locator('table.host-group-table tbody tr').count()).toBe(1);
    await page.locator('#availability').screenshot({ path: join(ARTIFACTS, 'lifecycle-availability.png') });
    // The row's Zoom button zooms every time chart around the incident.
    await rows.first().locator('[data-zoom=incident]').click();
    const x0 = await attr(page, '[data-chart=vms-down] svg', 'data-x0');
    const x1 = await attr(page, '[data-chart=vms-down] svg', 'data-x1');
    expect(x0).toBeLessThanOrEqual(incident.t);
    expect(x1).toBeGreaterThanOrEqual(incident.recoveredAt!);
    expect(x1 - x0).toBeLessThan(life.run.durationMs);
    expect(await attr(page, '[data-chart=cpu-capacity] svg', 'data-x0')).toBe(x0);
    expect(log.errors).toEqual([]);
  });

  it('charts migrations in flight and the imbalance, and lists the migrations in a sortable, filterable table', async () => {
    const { page, log } = await open(lifeFile);
    const items = life.migrations.items;
    await expect(page.locator('#migrations-title').textContent()).resolves.toBe(`Migrations (${items.length})`);
    await expect(page.locator('[data-field=migration-summary]').textContent()).resolves.toContain('5 migrations completed, 1 aborted');
    expect(await page.locator('[data-chart=migrations-active] path.series-line[data-series=migrations-active]').count()).toBe(1);
    expect(await page.locator('[data-chart=imbalance] path.series-line').count()).toBe(1);
    const rows = page.locator('table.migration-table tbody tr[data-migration]');
    expect(await rows.count()).toBe(6);
    expect(await page.locator('table.migration-table tr.aborted').count()).toBe(1);
    // Earliest first, then by duration (longest first), then shortest first.
    const vmOrder = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-vm')));
    expect(await vmOrder()).toEqual(sortMigrations(items, 'startedAt', false).map((m) => m.vm));
    await page.locator('#migrations [data-sort=durationMs]').click();
    expect(await vmOrder()).toEqual(sortMigrations(items, 'durationMs', true).map((m) => m.vm));
    const longest = sortMigrations(items, 'durationMs', true)[0]!;
    const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
    expect(cells).toEqual([
      longest.vm,
      `${longest.from.split('/').pop()} → ${longest.to.split('/').pop()}`,
      longest.reason,
      when(startMs(life), longest.startedAt),
      duration(longest.durationMs),
      String(longest.rounds),
      num(longest.transferredMiB),
      num(longest.downtimeMs),
      'completed',
    ]);
    await page.locator('#migrations [data-sort=durationMs]').click();
    expect(await vmOrder()).toEqual(sortMigrations(items, 'durationMs', false).map((m) => m.vm));
    // Filter by host: the maintenance evacuation of the last host.
    const evacuated = items.filter((m) => m.reason === 'maintenance');
    await page.locator('[data-control=migration-filter]').fill(evacuated[0]!.from);
    expect(await rows.count()).toBe(evacuated.length);
    await page.locator('#migrations').screenshot({ path: join(ARTIFACTS, 'lifecycle-migrations.png') });
    expect(log.errors).toEqual([]);
  });

  it('marks the failed host in the heatmap at the failure time, and the host in maintenance', async () => {
    const { page, log } = await open(lifeFile);
    const f = page.locator(`[data-chart=heatmap] rect.host-state[data-state=failed]`);
    expect(await f.count()).toBe(1);
    await expect(f.getAttribute('data-host')).resolves.toBe(failed);
    // From the interval in which it failed to the one in which it was repaired.
    const states = life.series.hosts![failed]!.state;
    const [i0, i1] = [states.indexOf('failed'), states.indexOf('on', states.indexOf('failed'))];
    expect(i0).toBe(frameOf(incident.t));
    expect(await attr(page, '[data-chart=heatmap] rect.host-state[data-state=failed]', 'data-t0')).toBe(life.series.t[i0]);
    expect(await attr(page, '[data-chart=heatmap] rect.host-state[data-state=failed]', 'data-t1')).toBe(life.series.t[i1]);
    // Drawn where that time is on the axis, in the failed host's row, hatched with a red outline.
    await page.locator('[data-chart=heatmap]').scrollIntoViewIfNeeded();
    const cell = page.locator(`[data-chart=heatmap] rect.cell[data-row="0"][data-i="${frameOf(incident.t)}"]`);
    const [fb, cb] = [(await f.boundingBox())!, (await cell.boundingBox())!];
    expect(Math.abs(fb.x - cb.x)).toBeLessThan(1.5);
    expect(Math.abs(fb.y - cb.y)).toBeLessThan(1.5);
    await expect(f.getAttribute('fill')).resolves.toMatch(/^url\(#failed-hatch-\d+\)$/);
    await expect(f.getAttribute('stroke')).resolves.toBe('#D55E00');
    expect(await page.locator('[data-chart=heatmap] rect.host-state[data-state=maintenance]').count()).toBe(1);
    expect(await page.locator('[data-chart=heatmap] .host-state-key').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['maintenance', 'failed']);
    // The tooltip over the failed stretch says so.
    await page.mouse.move(fb.x + fb.width / 2, fb.y + fb.height / 2);
    const tip = page.locator('#tooltip');
    await expect(tip.getAttribute('data-owner')).resolves.toBe('heatmap');
    expect(await tip.textContent()).toContain('host state: failed');
    await page.locator('#hosts').screenshot({ path: join(ARTIFACTS, 'lifecycle-heatmap.png') });
    expect(log.errors).toEqual([]);
  });

  it('plays VMs off the failed host and onto the hosts HA restarted them on', async () => {
    const { page, log } = await open(lifeFile);
    const iF = frameOf(incident.t);
    // Before the failure: all four VMs on their host.
    await playbackFrame(page, iF - 1);
    for (const d of downs) expect(await vmIn(page, failed, d.vm).count(), d.vm).toBe(1);
    await expect(page.locator(`[data-chart=playback] g.host[data-host="${failed}"]`).getAttribute('data-state')).resolves.toBe('on');
    // The interval of the failure: the host is failed and empty; high and medium priority VMs
    // already run where HA restarted them; the others wait in the cluster's 'VMs down' box.
    await playbackFrame(page, iF);
    await expect(page.locator(`[data-chart=playback] g.host[data-host="${failed}"]`).getAttribute('data-state')).resolves.toBe('failed');
    await expect(page.locator(`[data-chart=playback] g.host[data-host="${failed}"] rect.host-box`).getAttribute('stroke')).resolves.toBe('#D55E00');
    expect(await page.locator(`[data-chart=playback] g.host[data-host="${failed}"] rect.vm`).count()).toBe(0);
    const quick = restarts.filter((r) => frameOf(r.t) === iF);
    expect(quick).toHaveLength(2);
    for (const r of quick) expect(await vmIn(page, r.host, r.vm).count(), r.vm).toBe(1);
    const waiting = downs.filter((d) => !quick.some((r) => r.vm === d.vm));
    for (const d of waiting) expect(await vmDown(page, d.vm).count(), d.vm).toBe(1);
    await expect(page.locator('[data-chart=playback] .down-label').textContent()).resolves.toBe(`VMs down: ${waiting.length}`);
    // A down VM's tooltip says why it is down.
    const low = life.vms.find((v) => v.id === waiting[0]!.vm)!;
    const sq = vmDown(page, low.id);
    await sq.scrollIntoViewIfNeeded();
    const b = (await sq.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    const tip = page.locator('#tooltip');
    expect(await tip.textContent()).toContain('why: waiting-for-capacity');
    const unprotected = vmDown(page, waiting[1]!.vm);
    const ub = (await unprotected.boundingBox())!;
    await page.mouse.move(ub.x + ub.width / 2, ub.y + ub.height / 2);
    expect(await tip.textContent()).toContain('why: not-protected');
    await page.locator('#playback').screenshot({ path: join(ARTIFACTS, 'lifecycle-playback-failure.png') });
    await page.mouse.move(0, 0);
    // After each later restart, its VM is in its new host's box and out of the down box.
    for (const r of restarts.filter((x) => frameOf(x.t) > iF)) {
      await playbackFrame(page, frameOf(r.t) + 1);
      expect(await vmIn(page, r.host, r.vm).count(), r.vm).toBe(1);
      expect(await vmDown(page, r.vm).count(), r.vm).toBe(0);
    }
    // The repaired host took its unprotected VM back.
    expect(restarts.some((r) => r.host === failed)).toBe(true);
    await expect(page.locator(`[data-chart=playback] g.host[data-host="${failed}"]`).getAttribute('data-state')).resolves.toBe('on');
    // Maintenance: once evacuated, the host is empty and its VMs run on their destinations.
    const evac = life.migrations.items.filter((m) => m.reason === 'maintenance');
    await playbackFrame(page, frameOf(Math.max(...evac.map((m) => m.startedAt + m.durationMs))) + 1);
    await expect(page.locator(`[data-chart=playback] g.host[data-host="${evac[0]!.from}"]`).getAttribute('data-state')).resolves.toBe('maintenance');
    expect(await page.locator(`[data-chart=playback] g.host[data-host="${evac[0]!.from}"] rect.vm`).count()).toBe(0);
    for (const m of evac) expect(await vmIn(page, m.to, m.vm).count(), m.vm).toBe(1);
    // At the end every VM is where the report says.
    await playbackFrame(page, life.series.t.length - 1);
    for (const v of life.vms) expect(await vmIn(page, v.host!, v.id).count(), v.id).toBe(1);
    expect(log.errors).toEqual([]);
  });

  it('gives lifecycle events their own coloured lanes on the timeline, brushed like the rest', async () => {
    const { page, log } = await open(lifeFile);
    for (const lane of ['failure', 'restart', 'migration', 'maintenance'] as const) {
      const markers = page.locator(`[data-chart=timeline] .marker-${lane}`);
      expect(await markers.count(), lane).toBeGreaterThan(0);
      const total = (await markers.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))).reduce((a, b) => a + b, 0);
      const expected = Object.entries(life.events.counts).reduce((a, [type, n]) => a + (lifecycleLane(type) === lane ? n : 0), 0);
      expect(total, lane).toBe(expected);
      const fills = await markers.evaluateAll((els) => [...new Set(els.map((e) => e.querySelector('circle, rect, path')?.getAttribute('fill')))]);
      expect(fills, lane).toEqual([LANE_COLOURS[lane]]);
      await expect(page.locator(`[data-chart=timeline] .lane-${lane}`).count()).resolves.toBe(1);
    }
    // The failure marker's tooltip describes the failure.
    const m = page.locator('[data-chart=timeline] .marker-failure').first();
    await m.focus();
    const tip = page.locator('#tooltip');
    expect(await tip.textContent()).toContain(`${failed} failed (scripted), 4 VMs down`);
    // Brushing zooms the lifecycle charts with the others.
    const brush = page.locator('[data-chart=timeline] .brush .overlay');
    await brush.scrollIntoViewIfNeeded();
    const bb = (await brush.boundingBox())!;
    await page.mouse.move(bb.x + bb.width * 0.2, bb.y + 10);
    await page.mouse.down();
    await page.mouse.move(bb.x + bb.width * 0.5, bb.y + 10, { steps: 6 });
    await page.mouse.up();
    const dur = life.run.durationMs;
    for (const c of ['vms-down', 'failover', 'migrations-active', 'imbalance', 'heatmap']) {
      expect(Math.abs((await attr(page, `[data-chart=${c}] svg`, 'data-x0')) - dur * 0.2), c).toBeLessThan(dur * 0.01);
      expect(Math.abs((await attr(page, `[data-chart=${c}] svg`, 'data-x1')) - dur * 0.5), c).toBeLessThan(dur * 0.01);
    }
    await page.locator('#events').screenshot({ path: join(ARTIFACTS, 'lifecycle-timeline.png') });
    expect(log.errors).toEqual([]);
  });

  it('lists state, availability, outages, downtime and migrations in the VM table, sortable by availability', async () => {
    const { page, log } = await open(lifeFile);
    const heads = await page.locator('table.vm-table thead th').allTextContents();
    expect(heads.slice(-5).map((h) => h.replace(/[▲▼]/g, '').trim())).toEqual(['state', 'availability', 'outages', 'downtime', 'migrations']);
    await page.locator('#vms [data-sort=availabilityPct]').click();
    await page.locator('#vms [data-sort=availabilityPct]').click();
    await expect(page.locator('#vms th[aria-sort=ascending] [data-sort=availabilityPct]').count()).resolves.toBe(1);
    const worst = life.vms.slice().sort((a, b) => a.availabilityPct! - b.availabilityPct!)[0]!;
    const first = page.locator('table.vm-table tbody tr').first();
    await expect(first.getAttribute('data-vm')).resolves.toBe(worst.id);
    const cells = (await first.locator('td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(-5)).toEqual(['running', pct(worst.availabilityPct!), '1', duration(worst.downtimeS * 1000), '0']);
    await page.locator('#vms [data-sort=migrations]').click();
    const moved = life.vms.filter((v) => v.migrations > 0).length;
    expect(moved).toBe(5);
    const migs = await page.locator('table.vm-table tbody tr').evaluateAll((els) => els.map((e) => e.lastElementChild?.textContent));
    expect(migs.slice(0, moved + 1)).toEqual([...Array(moved).fill('1'), '0']);
    expect(log.errors).toEqual([]);
  });
});

describe('report.html of a lifecycle run with two clusters, and without host series', () => {
  it('follows the cluster selector in the availability and migration panels', async () => {
    const two = syntheticReport({ hosts: 12, intervals: 96, clusters: 2, lifecycle: true });
    const file = join(work, 'two.html');
    writeFileSync(file, renderReportHtml([two]));
    const { page, log } = await open(file);
    const [c1, c2] = two.clusters.map((c) => c.id) as [string, string];
    // All clusters: VMs down stacked by cluster, one incident, every migration.
    expect(await page.locator('[data-chart=vms-down] path.series-stack').count()).toBe(2);
    expect(await page.locator('table.incident-table tbody tr').count()).toBe(1);
    expect(await page.locator('table.migration-table tbody tr[data-migration]').count()).toBe(two.migrations.items.length);
    await page.locator('[data-control=cluster]').selectOption(c2);
    await expect(page.locator('[data-field=no-incidents]').count()).resolves.toBe(1);
    await expect(page.locator('[data-field=no-migrations]').count()).resolves.toBe(1);
    await expect(page.locator('[data-field=availability-summary]').textContent()).resolves.toMatch(/^No VM was ever down and no host failed/);
    await page.locator('[data-control=cluster]').selectOption(c1);
    expect(await page.locator('table.incident-table tbody tr').count()).toBe(1);
    await expect(page.locator('[data-chart=vms-down] h3').textContent()).resolves.toBe(`VMs down — ${c1}`);
    expect(await page.locator('[data-chart=playback] g.down-box').count()).toBe(1);
    expect(log.errors).toEqual([]);
  });

  it('still plays VMs moving without host series, with no host states to draw', async () => {
    const bare = syntheticReport({ hosts: 6, intervals: 96, lifecycle: true, hostSeries: false });
    const file = join(work, 'bare.html');
    writeFileSync(file, renderReportHtml([bare]));
    const { page, log } = await open(file);
    const i = frameOf(incident.t);
    await playbackFrame(page, i);
    for (const r of restarts.filter((x) => frameOf(x.t) === i)) expect(await vmIn(page, r.host, r.vm).count(), r.vm).toBe(1);
    expect(await page.locator(`[data-chart=playback] g.host[data-host="${failed}"] rect.vm`).count()).toBe(0);
    expect(await page.locator('[data-chart=heatmap] rect.host-state').count()).toBe(0);
    expect(log.errors).toEqual([]);
  });
});

describe('report.html of a run without failures or migrations', () => {
  it('says no VM was down and none moved, and adds no lifecycle lanes', async () => {
    const { page, log } = await open(quietFile);
    await expect(page.locator('[data-card=availability] .card-value').textContent()).resolves.toBe('100 %');
    await expect(page.locator('[data-card=availability] .card-sub').textContent()).resolves.toBe('no VM was ever down');
    await expect(page.locator('[data-card=ha] .card-value').textContent()).resolves.toBe('0');
    await expect(page.locator('[data-card=migrations] .card-value').textContent()).resolves.toBe('0');
    await expect(page.locator('[data-card=migrations] .card-sub').textContent()).resolves.toBe('no VM was moved');
    await expect(page.locator('[data-field=no-incidents]').count()).resolves.toBe(1);
    await expect(page.locator('[data-field=no-vms-down]').count()).resolves.toBe(1);
    await expect(page.locator('[data-field=availability-summary]').textContent()).resolves.toBe(`No VM was ever down and no host failed: ${quiet.vms.length} VMs ran the whole time they were powered on.`);
    await expect(page.locator('[data-field=no-migrations]').textContent()).resolves.toBe('No VM was migrated during the run.');
    await expect(page.locator('[data-chart=imbalance] .explain').textContent()).resolves.toContain('No balancer');
    await expect(page.locator('[data-chart=failover] .explain').textContent()).resolves.toContain('No cluster here has HA');
    expect(await page.locator('[data-chart=timeline] .lane-failure').count()).toBe(0);
    expect(await page.locator('[data-chart=heatmap] rect.host-state').count()).toBe(0);
    expect(await page.locator('[data-chart=playback] g.down-box').count()).toBe(0);
    expect(log.errors).toEqual([]);
  });
});

describe('report.html of the ha-lab scenario', () => {
  it('draws every incident, the failed hosts and the restarted VMs of a simulated run', async () => {
    const { page, log } = await open(join(haLabDir, 'report.html'));
    const r = haLab;
    expect(r.availability.incidents.length).toBeGreaterThan(0);
    expect(await page.locator('table.incident-table tbody tr').count()).toBe(r.availability.incidents.length);
    const failures = r.events.items.filter((e) => e.type === 'host.failed').length;
    expect(await page.locator('[data-chart=vms-down] g.event-mark').count()).toBe(failures);
    expect(await page.locator('[data-chart=heatmap] rect.host-state[data-state=failed]').count()).toBe(failures);
    await expect(page.locator('[data-card=ha] .card-value').textContent()).resolves.toBe(count(r.headline.availability.hostFailures));
    // Every VM the run restarted is, at the end, in the box of the host the report names.
    const restarted = new Set(r.events.items.filter((e) => e.type === 'vm.restarted').map((e) => (e as { vm: string }).vm));
    await playbackFrame(page, r.series.t.length - 1);
    for (const v of r.vms.filter((x) => restarted.has(x.id) && x.host !== null).slice(0, 40)) expect(await vmIn(page, v.host!, v.id).count(), v.id).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'ha-lab-full.png'), fullPage: true });
    expect(log.errors).toEqual([]);
  });
});

describe('a report of another version', () => {
  it('is refused with a message that names both versions and what to do', async () => {
    const old = { ...structuredClone(life), version: 4 } as unknown as Report;
    const file = join(work, 'v4.html');
    writeFileSync(file, renderReportHtml([old]));
    const { page, log } = await open.blank();
    await page.goto(pathToFileURL(file).href);
    await page.locator('html[data-error]').waitFor({ state: 'attached', timeout: 30_000 });
    const message = `report version 4 is not supported by this viewer, which reads version ${REPORT_VERSION}; run its scenario again (or open it with the dcsim version that wrote it)`;
    await expect(page.locator('html').getAttribute('data-error')).resolves.toBe(message);
    await expect(page.locator('.fatal').textContent()).resolves.toBe(`This report cannot be shown: ${message}`);
    await expect(page.locator('.fatal').getAttribute('role')).resolves.toBe('alert');
    expect(await page.locator('.panel').count()).toBe(0);
    // The viewer reports the refusal on the console, and nothing else goes wrong.
    expect(log.errors).toHaveLength(1);
    expect(log.errors[0]).toContain('report version 4 is not supported');
  });
});
