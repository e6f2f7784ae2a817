import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { renderReportHtml } from '../../src/report/html.js';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { loadScenario } from '../../src/scenario/index.js';
import { launchChromium, newLoggedPage, openReport } from './browser.js';
import { ensureViewerBuilt, ROOT } from './build.js';
import { syntheticReport } from './synthetic.js';
it('shots', async () => {
  ensureViewerBuilt();
  const b = await launchChromium();
  const w = mkdtempSync(join(tmpdir(), 'shot-'));
  for (const f of ['scenarios/default.yaml', 'test/web/fixtures/two-clusters.yaml']) {
    const out = join(w, f.replace(/\W/g, '_'));
    runToFolder(loadScenario(f, join(ROOT, f)), { outDir: out, force: true, wallClock: () => 0, tag: 'x' });
    const { page, log } = await newLoggedPage(b);
    await openReport(page, join(out, 'report.html'));
    const name = f.split('/').pop()!.replace('.yaml', '');
    await page.locator('#alarms').screenshot({ path: `/tmp/shot-${name}-alarms.png` });
    await page.locator('[data-chart=timeline]').screenshot({ path: `/tmp/shot-${name}-timeline.png` });
    console.log(name, log.errors);
  }
  const r = syntheticReport({ hosts: 150, intervals: 1000, clusters: 2, vmsPerHost: 4 });
  writeFileSync(join(w, 'large.html'), renderReportHtml([r]));
  const { page, log } = await newLoggedPage(b);
  await openReport(page, join(w, 'large.html'));
  await page.locator('[data-chart=timeline]').screenshot({ path: `/tmp/shot-large-timeline.png` });
  await page.locator('#alarms').screenshot({ path: `/tmp/shot-large-alarms.png` });
  console.log('large', log.errors, await page.locator('html').getAttribute('data-render-ms'));
  await b.close();
}, 120000);
