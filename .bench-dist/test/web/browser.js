/**
 * Headless Chromium for the viewer tests and benchmark, driven by playwright-core: a system
 * Chromium, or the one @sparticuz/chromium unpacks (see `chromium-path.ts`). There is no
 * fallback to a mock: when Chromium cannot start, the caller fails.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { findChromium } from './chromium-path.js';
export async function launchChromium() {
    const found = await findChromium();
    return chromium.launch({
        executablePath: found.path,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
}
/** A page at 1280×800 that records console errors, page errors, requests and dialogs. */
export async function newLoggedPage(browser, viewport = { width: 1280, height: 800 }) {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const log = { errors: [], requests: [], dialogs: [] };
    page.on('console', (m) => {
        if (m.type() === 'error')
            log.errors.push(m.text());
    });
    page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => log.requests.push(r.url()));
    page.on('dialog', (d) => {
        log.dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
    });
    return { page, log };
}
/** Opens report.html from the file system and waits for the first render. */
export async function openReport(page, file, timeout = 60_000) {
    await page.goto(pathToFileURL(file).href);
    // A locator wait, not waitForFunction: the page's CSP forbids the eval that polling needs.
    await page.locator('html[data-ready="true"], html[data-error]').waitFor({ state: 'attached', timeout });
    const error = await page.locator('html').getAttribute('data-error');
    if (error)
        throw new Error(`the viewer failed: ${error}`);
}
/**
 * Report pages for the calling test file: Chromium starts with the first page, each test's
 * pages close after it, and the browser after the file.
 */
export function reportPages() {
    let launched = null;
    const pages = [];
    afterEach(async () => {
        for (const p of pages.splice(0))
            await p.context().close();
    });
    afterAll(async () => {
        await (await launched?.catch(() => null))?.close();
    });
    const blank = async () => {
        launched ??= launchChromium();
        const p = await newLoggedPage(await launched);
        pages.push(p.page);
        return p;
    };
    const open = async (file) => {
        const p = await blank();
        await openReport(p.page, file);
        return p;
    };
    return Object.assign(open, { blank });
}
//# sourceMappingURL=browser.js.map