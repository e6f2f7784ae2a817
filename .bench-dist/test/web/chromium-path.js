/**
 * Where the viewer tests find a real Chromium: `DCSIM_CHROMIUM`, else Debian's or another
 * system build, else the Chromium that the `@sparticuz/chromium` package (a dev dependency)
 * carries and unpacks into the temp folder, so that `npm test` passes on a machine with only
 * Node.js and npm. Never a mock.
 */
import { existsSync } from 'node:fs';
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export async function findChromium(systemPaths = SYSTEM_PATHS, env = process.env) {
    const fromEnv = env.DCSIM_CHROMIUM;
    if (fromEnv !== undefined && fromEnv !== '') {
        if (!existsSync(fromEnv))
            throw new Error(`DCSIM_CHROMIUM names ${fromEnv}, which does not exist`);
        return { path: fromEnv, source: 'DCSIM_CHROMIUM' };
    }
    for (const p of systemPaths)
        if (existsSync(p))
            return { path: p, source: 'system' };
    let sparticuz;
    try {
        sparticuz = (await import('@sparticuz/chromium')).default;
    }
    catch (err) {
        throw new Error(`no Chromium found (${SYSTEM_PATHS.join(', ')}) and @sparticuz/chromium cannot be loaded (${err.message}); run npm install, or apt-get install -y chromium`);
    }
    return { path: await sparticuz.executablePath(), source: '@sparticuz/chromium' };
}
//# sourceMappingURL=chromium-path.js.map