/**
 * The lab's speed in Chromium: 100 hosts and 2,000 VMs at 5-minute steps (HA and DRS on, a
 * diurnal workload), played "as fast as it goes" with the page drawing every frame. Prints
 * simulated time per wall second, measured over the wall seconds given (default 15), and the
 * same scenario straight through in Node and through the lab's session in Node for comparison.
 * A benchmark, not a test:
 *   node dist/test/bench/lab-speed.js [seconds]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { simulate } from '../../src/run/simulate.js';
import { LabSession } from '../../src/lab/session.js';
import { loadScenario } from '../../src/scenario/index.js';
import { packageRoot } from '../../src/report/viewer-assets.js';
import { launchChromium } from '../web/browser.js';

const SCENARIO = `name: lab-speed
description: 100 hosts, 2,000 VMs, 5-minute steps, HA and DRS on.
seed: 5
start: 2026-03-02T00:00:00Z
duration: 7d
step: 5m
templates:
  vm: { vcpus: 2, memoryGiB: 8, memory: { reservationGiB: 2 } }
clusters:
${[1, 2, 3, 4]
  .map(
    (k) => `  - name: c${k}
    site: dc1
    placement: { algorithm: balanced, maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 }
    drs: { enabled: true }
    ha: { enabled: true, admissionControl: { policy: percentage, cpuPct: 10, memoryPct: 10 } }
    hosts:
      - { name: esx, count: 25, sockets: 2, coresPerSocket: 16, mhz: 2400, memoryGiB: 512, power: { idleW: 150, maxW: 420 } }
    vms:
      - { name: vm, count: 500, template: vm, workload: { type: diurnal, low: 0.1, high: 0.5, noise: 0.1, memory: 0.4, phase: random } }`,
  )
  .join('\n')}
`;

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 15);
  const dir = mkdtempSync(join(tmpdir(), 'dcsim-lab-speed-'));
  writeFileSync(join(dir, 'speed.yaml'), SCENARIO);
  execFileSync(process.execPath, [join(packageRoot(), 'dist', 'src', 'cli', 'bin.js'), 'lab', 'speed.yaml', '--out', 'out', '--quiet'], { cwd: dir });

  const scenario = loadScenario(join(dir, 'speed.yaml'));
  const t0 = performance.now();
  simulate(scenario);
  const nodeMs = performance.now() - t0;
  console.log(`node, straight through: ${((7 * 86_400_000) / nodeMs / 86_400).toFixed(2)} simulated days per wall second (7 days in ${(nodeMs / 1000).toFixed(1)} s)`);
  // The worker's own session (report collectors, event log in words, per-step slices) in Node: what the page adds on top is drawing and messages.
  const t1 = performance.now();
  const session = new LabSession(scenario);
  const step = session.sim.world.stepMs;
  while (!session.done) session.advance(session.now + step);
  session.finish();
  const labMs = performance.now() - t1;
  console.log(`node, the lab's session step by step: ${((7 * 86_400_000) / labMs / 86_400).toFixed(2)} simulated days per wall second (7 days in ${(labMs / 1000).toFixed(1)} s)`);

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(join(dir, 'out', 'lab.html')).href);
    await page.locator('html[data-ready="true"], html[data-error]').waitFor({ state: 'attached', timeout: 120_000 });
    await page.selectOption('#speed', 'max');
    const simT = async (): Promise<number> => Number(await page.locator('.pane[data-pane="0"]').getAttribute('data-t'));
    await page.click('#play');
    await page.waitForTimeout(2000); // past the first frames
    const a = await simT();
    const w0 = performance.now();
    let frames = 0;
    page.on('console', () => undefined);
    const end = w0 + seconds * 1000;
    while (performance.now() < end) {
      await page.waitForTimeout(250);
      frames++;
      if ((await simT()) >= 7 * 86_400_000) break;
    }
    const b = await simT();
    const drawMs = await page.locator('html').getAttribute('data-draw-ms');
    const wall = (performance.now() - w0) / 1000;
    await page.click('#play');
    console.log(`chromium lab, max speed with live views: ${((b - a) / 86_400_000 / wall).toFixed(2)} simulated days per wall second (${((b - a) / 3_600_000).toFixed(1)} h in ${wall.toFixed(1)} s; 100 hosts, 2,000 VMs, 5-min steps; last redraw took ${drawMs} ms)`);
    if (errors.length > 0) console.log(`page errors: ${errors.join(' | ')}`);
  } finally {
    await browser.close();
  }
}

await main();
