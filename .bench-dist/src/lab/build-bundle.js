/**
 * Build step (`npm run build`): bundles the lab's two scripts for lab.html, from the compiled
 * JavaScript in dist/:
 *   dist/lab/lab-worker.js  the simulator (dist/src/lab/worker-main.js and everything it imports,
 *                           seedrandom included): the same modules `dcsim run` uses
 *   dist/lab/lab-page.js    the page (dist/web/web/lab/main.js, from `tsc -p web/lab/tsconfig.json`)
 * Both are classic scripts (IIFE): a page opened from the file system cannot load modules.
 * A Node built-in anywhere in the worker's import graph fails the build, naming the importer.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { packageRoot } from '../report/viewer-assets.js';
const noNodeBuiltins = {
    name: 'no-node-builtins',
    resolveId(source, importer) {
        // Packages declare their own browser replacements (seedrandom's "browser": {"crypto": false}).
        if (importer?.includes(`${path.sep}node_modules${path.sep}`))
            return null;
        if (source.startsWith('node:') || ['fs', 'path', 'url', 'crypto', 'worker_threads', 'events', 'os'].includes(source))
            throw new Error(`${importer ?? '?'} imports ${source}: the lab's worker runs in a browser, where Node modules do not exist`);
        return null;
    },
};
async function bundle(input, file, plugins, name) {
    const build = await rolldown({ input, platform: 'browser', plugins, logLevel: 'warn' });
    await build.write({ file, format: 'iife', minify: true, sourcemap: false, ...(name ? { name } : {}) });
    await build.close();
}
export async function buildLabBundles(root = packageRoot()) {
    const out = path.join(root, 'dist', 'lab');
    fs.mkdirSync(out, { recursive: true });
    await bundle(path.join(root, 'dist', 'src', 'lab', 'worker-main.js'), path.join(out, 'lab-worker.js'), [noNodeBuiltins], 'dcsimLabWorker');
    await bundle(path.join(root, 'dist', 'web', 'web', 'lab', 'main.js'), path.join(out, 'lab-page.js'), [noNodeBuiltins]);
}
await buildLabBundles();
//# sourceMappingURL=build-bundle.js.map