/**
 * On a machine with only Node.js and npm (no system Chromium), the viewer tests use the Chromium
 * that @sparticuz/chromium unpacks: found, started by playwright-core, and rendering a page.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path.js';
describe('findChromium', () => {
    it('without a system Chromium or DCSIM_CHROMIUM, takes the one @sparticuz/chromium unpacks, and it renders a page', async () => {
        const found = await findChromium([], {});
        expect(found.source).toBe('@sparticuz/chromium');
        expect(existsSync(found.path)).toBe(true);
        const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox', '--disable-gpu'] });
        try {
            const page = await browser.newPage();
            await page.setContent('<p id="x">dcsim</p>');
            await expect(page.locator('#x').textContent()).resolves.toBe('dcsim');
        }
        finally {
            await browser.close();
        }
    });
    it('prefers DCSIM_CHROMIUM, and names it when it does not exist', async () => {
        await expect(findChromium([], { DCSIM_CHROMIUM: '/nonexistent/chromium' })).rejects.toThrow('DCSIM_CHROMIUM names /nonexistent/chromium, which does not exist');
        const found = await findChromium(['/nonexistent/a', process.execPath], {});
        expect(found).toEqual({ path: process.execPath, source: 'system' });
    });
});
//# sourceMappingURL=chromium-path.test.js.map