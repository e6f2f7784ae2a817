/**
 * Makes sure the compiled viewer (dist/web/…) is there and not older than web/src and the
 * shared tables it links from src/catalogue, building it with `tsc -p web/tsconfig.json` when
 * needed, so `npx vitest run test/web` works on its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function newest(dir: string, ext: string): number {
  let m = 0;
  for (const f of readdirSync(dir)) if (f.endsWith(ext)) m = Math.max(m, statSync(join(dir, f)).mtimeMs);
  return m;
}

const OUT = join(ROOT, 'dist', 'web', 'web', 'src');

/** The shared tables the viewer links (src/report/viewer-assets.ts), and where the viewer's build puts them. */
const SHARED = join(ROOT, 'src', 'catalogue');
const SHARED_OUT = join(ROOT, 'dist', 'web', 'src', 'catalogue');

/** A shared table the viewer compiles is newer than its compiled copy (the others are not the viewer's). */
function sharedStale(): boolean {
  if (!existsSync(SHARED_OUT)) return false;
  return readdirSync(SHARED_OUT)
    .filter((f) => f.endsWith('.js'))
    .some((f) => {
      const ts = join(SHARED, f.replace(/\.js$/, '.ts'));
      return existsSync(ts) && statSync(ts).mtimeMs > statSync(join(SHARED_OUT, f)).mtimeMs;
    });
}

function stale(): boolean {
  return !existsSync(join(OUT, 'main.js')) || newest(join(ROOT, 'web', 'src'), '.ts') > newest(OUT, '.js') || sharedStale();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds the viewer when it is missing or stale; test files running in parallel build it once. */
export function ensureViewerBuilt(): void {
  if (!stale()) return;
  const lock = join(ROOT, 'dist', '.web-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`viewer build lock ${lock} held for 2 minutes; remove it if no build is running`);
      sleep(100);
    }
  }
  try {
    if (stale()) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'web', 'tsconfig.json')], { stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
