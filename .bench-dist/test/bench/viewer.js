/**
 * Viewer benchmark (not part of `npm run bench`): a synthetic report of 1,000 hosts (5,000 VMs,
 * 4 clusters) × one week at 5-minute intervals (2,016), rendered to report.html and opened in
 * headless Chromium. Prints, with and without host series (`.nohosts`):
 *   viewer.html.1000x2016: <MB> MB      size of report.html
 *   viewer.render.1000x2016: <ms> ms    first render, from the viewer's performance marks
 *                                       (script start, JSON parse included, to all panels drawn)
 *   viewer.load.1000x2016: <ms> ms      navigation until the first render is done
 *   viewer.write.1000x2016: <ms> ms     renderReportHtml + writing the file
 * Run: npm run build && node dist/test/bench/viewer.js
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportHtml } from '../../src/report/html.js';
import { launchChromium, newLoggedPage, openReport } from '../web/browser.js';
import { syntheticReport } from '../web/synthetic.js';
async function measure(report) {
    const dir = mkdtempSync(join(tmpdir(), 'dcsim-viewer-bench-'));
    const file = join(dir, 'report.html');
    const browser = await launchChromium();
    try {
        const t0 = performance.now();
        writeFileSync(file, renderReportHtml([report]));
        const writeMs = performance.now() - t0;
        const { page, log } = await newLoggedPage(browser);
        const started = performance.now();
        await openReport(page, file, 300_000);
        const loadMs = performance.now() - started;
        const renderMs = Number(await page.locator('html').getAttribute('data-render-ms'));
        if (log.errors.length > 0)
            console.error(`console errors: ${log.errors.join(' | ')}`);
        return { mb: statSync(file).size / 1e6, writeMs, renderMs, loadMs };
    }
    finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
    }
}
function print(name, f) {
    console.log(`viewer.html.${name}: ${f.mb.toFixed(1)} MB`);
    console.log(`viewer.render.${name}: ${Math.round(f.renderMs)} ms`);
    console.log(`viewer.load.${name}: ${Math.round(f.loadMs)} ms`);
    console.log(`viewer.write.${name}: ${Math.round(f.writeMs)} ms`);
}
async function main() {
    const hosts = 1000;
    const intervals = 2016;
    const shape = { hosts, intervals, vmsPerHost: 5, clusters: 4 };
    // With host series (4× over the simulator's own cap for host series: the worst case).
    print(`${hosts}x${intervals}`, await measure(syntheticReport(shape)));
    // As a run of this size writes it: no host series (series.hostsOmitted).
    print(`${hosts}x${intervals}.nohosts`, await measure(syntheticReport({ ...shape, hostSeries: false })));
}
await main();
//# sourceMappingURL=viewer.js.map