/**
 * Once per `npm test`: find the real components the suite drives and say in one line each
 * what is used and what is missing. Chromium is unpacked from @sparticuz/chromium here, before
 * the test files start in parallel, when no system Chromium exists. A missing redis-server
 * skips the distributed-sweep tests off CI (npm cannot provide it); in CI it is installed.
 */
import { existsSync } from 'node:fs';
import { findChromium } from '../web/chromium-path.js';
export default async function setup() {
    try {
        const found = await findChromium();
        process.env.DCSIM_CHROMIUM = found.path;
        console.log(`prerequisites: Chromium for the viewer tests: ${found.path} (${found.source})`);
    }
    catch (err) {
        console.log(`prerequisites: NO CHROMIUM: the viewer tests will fail: ${err.message}`);
    }
    if (existsSync('/usr/bin/redis-server'))
        console.log('prerequisites: redis-server for the distributed sweep tests: /usr/bin/redis-server');
    else if (process.env.CI)
        console.log('prerequisites: NO redis-server in CI: the distributed sweep tests will fail (.ci/run installs it)');
    else
        console.log('prerequisites: redis-server not installed: the distributed sweep tests (test/sweep/queue.test.ts) are SKIPPED; install it with `apt-get install redis-server` to run them');
}
//# sourceMappingURL=prerequisites.js.map