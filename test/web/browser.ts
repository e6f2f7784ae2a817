/**
 * Headless Chromium for the viewer tests and benchmark, driven by playwright-core: a system
 * Chromium, or the one @sparticuz/chromium unpacks (see `chromium-path.ts`). There is no
 * fallback to a mock: when Chromium cannot start, the caller fails.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { findChromium } from './chromium-path.js';

export async function launchChromium(): Promise<Browser> {
  const found = await findChromium();
  return chromium.launch({
    executablePath: found.path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface PageLog {
  readonly errors: string[];
  readonly requests: string[];
  readonly dialogs: string[];
}

/** A page at 1280×800 that records console errors, page errors, requests and dialogs. */
export async function newLoggedPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const log: PageLog = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
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
export async function openReport(page: Page, file: string, timeout = 60_000): Promise<void> {
  await page.goto(pathToFileURL(file).href);
  // A locator wait, not waitForFunction: the page's CSP forbids the eval that polling needs.
  await page.locator('html[data-ready="true"], html[data-error]').waitFor({ state: 'attached', timeout });
  const error = await page.locator('html').getAttribute('data-error');
  if (error) throw new Error(`the viewer failed: ${error}`);
}

/** Opens a report in a new page; `blank()` gives a page with nothing loaded yet. */
export interface ReportPages {
  (file: string): Promise<{ page: Page; log: PageLog }>;
  blank(): Promise<{ page: Page; log: PageLog }>;
}

/**
 * Report pages for the calling test file: Chromium starts with the first page, each test's
 * pages close after it, and the browser after the file.
 */
export function reportPages(): ReportPages {
  let launched: Promise<Browser> | null = null;
  const pages: Page[] = [];
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.context().close();
  });
  afterAll(async () => {
    await (await launched?.catch(() => null))?.close();
  });
  const blank = async (): Promise<{ page: Page; log: PageLog }> => {
    launched ??= launchChromium();
    const p = await newLoggedPage(await launched);
    pages.push(p.page);
    return p;
  };
  const open = async (file: string): Promise<{ page: Page; log: PageLog }> => {
    const p = await blank();
    await openReport(p.page, file);
    return p;
  };
  return Object.assign(open, { blank });
}
