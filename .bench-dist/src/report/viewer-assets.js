/**
 * Finds what report.html inlines: d3's UMD build, the compiled viewer (dist/web/…, from
 * `tsc -p web/tsconfig.json`) linked into one script, and the viewer's CSS. Paths are found
 * from this module's own location, so they work from dist/ and from the sources alike.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkModules } from './bundle.js';
/** The package root: the nearest folder above this module whose package.json is dcsim's. */
export function packageRoot(from = path.dirname(fileURLToPath(import.meta.url))) {
    let dir = from;
    for (;;) {
        const pkg = path.join(dir, 'package.json');
        if (fs.existsSync(pkg)) {
            try {
                if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'dcsim')
                    return dir;
            }
            catch {
                // Not ours; keep looking.
            }
        }
        const up = path.dirname(dir);
        if (up === dir)
            throw new Error(`cannot find the dcsim package folder above ${from}`);
        dir = up;
    }
}
/** Where `tsc -p web/tsconfig.json` puts the viewer's modules. */
export function viewerBuildDir(root = packageRoot()) {
    return path.join(root, 'dist', 'web', 'web', 'src');
}
/** The viewer's compiled files or d3 are missing: the package was not built (or installed). */
export class ViewerNotBuiltError extends Error {
}
function readAsset(file, hint) {
    try {
        return fs.readFileSync(file, 'utf8');
    }
    catch {
        throw new ViewerNotBuiltError(`report viewer asset missing: ${file} (${hint})`);
    }
}
/** d3's minified UMD build, beside the module file the `d3` package resolves to. */
function d3File(root) {
    try {
        return path.join(path.dirname(createRequire(import.meta.url).resolve('d3')), 'd3.min.js');
    }
    catch {
        return path.join(root, 'node_modules', 'd3', 'dist', 'd3.min.js');
    }
}
let cached = null;
/** The assets, read once per process (re-read when the viewer build changes). */
export function viewerAssets() {
    const root = packageRoot();
    const dir = viewerBuildDir(root);
    const build = 'run `npm run build` to compile the viewer';
    let names;
    try {
        names = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
    }
    catch {
        throw new ViewerNotBuiltError(`report viewer not built: ${dir} is missing (${build})`);
    }
    const key = names.map((n) => `${n}:${fs.statSync(path.join(dir, n)).mtimeMs}`).join('|');
    if (cached && cached.key === key)
        return cached.assets;
    if (!names.includes('main.js'))
        throw new ViewerNotBuiltError(`report viewer not built: ${path.join(dir, 'main.js')} is missing (${build})`);
    const files = new Map(names.map((n) => [n.slice(0, -3), readAsset(path.join(dir, n), build)]));
    const assets = {
        d3: readAsset(d3File(root), 'run `npm install`'),
        viewer: linkModules(files, 'main'),
        css: readAsset(path.join(root, 'web', 'src', 'viewer.css'), 'the viewer stylesheet'),
    };
    cached = { key, assets };
    return assets;
}
//# sourceMappingURL=viewer-assets.js.map