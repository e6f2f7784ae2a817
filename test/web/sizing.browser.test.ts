/**
 * `dcsim size`'s report.html in a real headless Chromium, from a real sizing: 12 VMs of 2 vCPUs
 * on 4-core hosts under a 2 vCPU per core cap (4 VMs a host), the busiest host failed at 13h of a
 * two-day run (test/sweep/host-failures.test.ts computes the same case). 4 hosts meet; at 3 the
 * failed host's 4 VMs find no room and stay down for 35 of 48 hours: availability
 * 100 × (1 − 4/12 × 35/48) = 75.69 %. The page shows that answer, the search path with these
 * figures and the two runs side by side, with no request and no error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { reportPages } from './browser.js';
import { ensureViewerBuilt } from './build.js';

const open = reportPages();
let file: string;

beforeAll(async () => {
  ensureViewerBuilt();
  const cwd = mkdtempSync(join(tmpdir(), 'dcsim-web-size-'));
  writeFileSync(
    join(cwd, 's.json'),
    JSON.stringify({
      name: 'nk',
      seed: 3,
      start: '2026-03-02T00:00:00Z',
      duration: '2d',
      step: '1h',
      templates: { t: { vcpus: 2, memoryGiB: 4 } },
      clusters: [
        {
          name: 'c',
          placement: { algorithm: 'spread', maxVcpuPerCore: 2, maxMemoryOvercommit: 1 },
          ha: { enabled: true, admissionControl: { policy: 'disabled' } },
          hosts: [{ name: 'h', count: 6, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, power: { idleW: 100, maxW: 200 } }],
          vms: [{ name: 'g', count: 12, template: 't', workload: { type: 'constant', cpu: 0.3 } }],
        },
      ],
    }),
  );
  const r = await runCli(['size', 's.json', '--replications', '2', '--workers', '1', '--objective', 'availability.meanVmAvailabilityPct>=99.95', '--spare', '1', '--fail-at', '13h', '--out', 'o', '--quiet'], cwd);
  if (r.code !== 0) throw new Error(r.stderr);
  file = join(cwd, 'o', 'report.html');
}, 120_000);

describe('size report page', () => {
  it('opens with the answer, then the search path with each count, its figures and verdict', async () => {
    const { page, log } = await open(file);
    expect(await page.locator('h1').first().textContent()).toBe('dcsim size nk: hosts of h: 1 × 4 cores at 2000 MHz, 16 GiB');
    const answer = (await page.locator('[data-panel="sizing-header"] [data-answer]').textContent()) ?? '';
    expect(answer).toMatch(/^You need 4 hosts of this spec \(h: 1 × 4 cores at 2000 MHz, 16 GiB\) to run these VMs even with 1 of them failed/);
    expect(answer).toContain('With 3 (1 failed) it fails VM availability at least 99.95 %: measured 75.69 %');
    // The search: 6 (the scenario's) meets, 3 fails, 4 meets; rows in order of the count.
    const rows = page.locator('table.sizing-search tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-value')))).toEqual(['3', '4', '6']);
    const three = page.locator('table.sizing-search tr[data-value="3"]');
    expect(await three.getAttribute('data-role')).toBe('proof');
    expect(await three.getAttribute('data-state')).toBe('failed');
    expect(await three.locator('td').nth(0).textContent()).toBe('2');
    expect(await three.locator('td.verdict').textContent()).toBe('fails availability.meanVmAvailabilityPct>=99.95');
    expect(await three.locator('td.failed').first().textContent()).toBe('75.7 %');
    const four = page.locator('table.sizing-search tr[data-value="4"]');
    expect(await four.getAttribute('data-role')).toBe('answer');
    expect(await four.locator('td.verdict').textContent()).toBe('meets');
    // Density at placement over the hosts in use: 12 VMs × 2 vCPUs on 4 hosts of 4 cores = 1.5 per core.
    expect(await four.locator('td').nth(4).textContent()).toBe('4');
    expect(await four.locator('td').nth(5).textContent()).toBe('1.5 (1.5)');
    expect(await page.locator('#sizing-search .explain').textContent()).toContain('Every run: the host carrying the most VMs fails 13h from the start (2026-03-02 13:00 UTC) and stays down; HA restarts their VMs.');
    expect(log.errors).toEqual([]);
    expect(log.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });

  it('shows the runs at the answer and answer − 1 side by side', async () => {
    const { page, log } = await open(file);
    expect(await page.locator('[data-panel="compare-header"] h2').textContent()).toBe('The runs that prove it: 4 hosts (answer) vs 3 hosts (answer − 1)');
    const heads = await page.locator('table[data-table="compare"] thead th.run-col').allTextContents();
    expect(heads.map((h) => h.trim())).toEqual(['4 hosts (answer)', '3 hosts (answer − 1)']);
    expect(log.errors).toEqual([]);
  });
});
