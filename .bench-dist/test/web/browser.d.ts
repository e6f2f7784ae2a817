import { type Browser, type Page } from 'playwright-core';
export declare function launchChromium(): Promise<Browser>;
export interface PageLog {
    readonly errors: string[];
    readonly requests: string[];
    readonly dialogs: string[];
}
/** A page at 1280×800 that records console errors, page errors, requests and dialogs. */
export declare function newLoggedPage(browser: Browser, viewport?: {
    width: number;
    height: number;
}): Promise<{
    page: Page;
    log: PageLog;
}>;
/** Opens report.html from the file system and waits for the first render. */
export declare function openReport(page: Page, file: string, timeout?: number): Promise<void>;
/** Opens a report in a new page; `blank()` gives a page with nothing loaded yet. */
export interface ReportPages {
    (file: string): Promise<{
        page: Page;
        log: PageLog;
    }>;
    blank(): Promise<{
        page: Page;
        log: PageLog;
    }>;
}
/**
 * Report pages for the calling test file: Chromium starts with the first page, each test's
 * pages close after it, and the browser after the file.
 */
export declare function reportPages(): ReportPages;
