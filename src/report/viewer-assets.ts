/**
 * Finds what report.html inlines: d3's UMD build, the compiled viewer (dist/web/…, from
 * `tsc -p web/tsconfig.json`) linked into one script, and the viewer's CSS. Paths are found
 * from this module's own location, so they work from dist/ and from the sources alike.
 *
 * The viewer links its own folder (web/src) and one shared folder of the simulator,
 * src/catalogue: the tables both sides read (ready bands, memory states), so the page and the
 * simulator cannot disagree on a threshold. Catalogue files import nothing, which keeps them
 * safe to inline.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkModules } from './bundle.js';

export interface ViewerAssets {
  readonly d3: string;
  readonly viewer: string;
  readonly css: string;
}

/** The package root: the nearest folder above this module whose package.json is dcsim's. */
export function packageRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'dcsim') return dir;
      } catch {
        // Not ours; keep looking.
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the dcsim package folder above ${from}`);
    dir = up;
  }
}

/** Where `tsc -p web/tsconfig.json` puts what it compiles: web/src/… and the src/… files the viewer imports. */
export function viewerBuildRoot(root: string = packageRoot()): string {
  return path.join(root, 'dist', 'web');
}

/** The folders (under the build root) whose modules the viewer may import: its own, then the shared one. */
export const VIEWER_FOLDERS = ['web/src', 'src/catalogue'] as const;

/** Where `tsc -p web/tsconfig.json` puts the viewer's own modules. */
export function viewerBuildDir(root: string = packageRoot()): string {
  return path.join(viewerBuildRoot(root), VIEWER_FOLDERS[0]);
}

/** The compiled modules of a folder under the build root, as module name (`web/src/main`) → file; none when it is absent. */
function modulesIn(buildRoot: string, folder: string): Array<[string, string]> {
  let names: string[];
  try {
    names = fs.readdirSync(path.join(buildRoot, folder)).filter((f) => f.endsWith('.js'));
  } catch {
    return [];
  }
  return names.sort().map((n) => [`${folder}/${n.slice(0, -3)}`, path.join(buildRoot, folder, n)]);
}

/** The viewer's compiled files or d3 are missing: the package was not built (or installed). */
export class ViewerNotBuiltError extends Error {}

function readAsset(file: string, hint: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new ViewerNotBuiltError(`report viewer asset missing: ${file} (${hint})`);
  }
}

/** d3's minified UMD build, beside the module file the `d3` package resolves to. */
function d3File(root: string): string {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve('d3')), 'd3.min.js');
  } catch {
    return path.join(root, 'node_modules', 'd3', 'dist', 'd3.min.js');
  }
}

let cached: { key: string; assets: ViewerAssets } | null = null;

/** The assets, read once per process (re-read when the viewer build changes). */
export function viewerAssets(): ViewerAssets {
  const root = packageRoot();
  const buildRoot = viewerBuildRoot(root);
  const dir = viewerBuildDir(root);
  const build = 'run `npm run build` to compile the viewer';
  if (!fs.existsSync(dir)) throw new ViewerNotBuiltError(`report viewer not built: ${dir} is missing (${build})`);
  const modules = VIEWER_FOLDERS.flatMap((folder) => modulesIn(buildRoot, folder));
  const key = modules.map(([name, file]) => `${name}:${fs.statSync(file).mtimeMs}`).join('|');
  if (cached && cached.key === key) return cached.assets;
  const entry = `${VIEWER_FOLDERS[0]}/main`;
  if (!modules.some(([name]) => name === entry)) throw new ViewerNotBuiltError(`report viewer not built: ${path.join(dir, 'main.js')} is missing (${build})`);
  const files = new Map(modules.map(([name, file]) => [name, readAsset(file, build)]));
  const assets: ViewerAssets = {
    d3: readAsset(d3File(root), 'run `npm install`'),
    viewer: linkModules(files, entry),
    css: readAsset(path.join(root, 'web', 'src', 'viewer.css'), 'the viewer stylesheet'),
  };
  cached = { key, assets };
  return assets;
}
