/**
 * Where a worker-thread entry module is: beside the caller when running from dist/, else (the
 * sources run through a TypeScript loader, as in tests) the built copy in dist/.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `file` (e.g. "thread.js") in the folder of the module at `callerUrl` (its import.meta.url). */
export function threadEntry(callerUrl: string, file: string): string {
  const here = fileURLToPath(callerUrl);
  const beside = join(dirname(here), file);
  if (!here.endsWith('.ts') && existsSync(beside)) return beside;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const built = join(root, 'dist', relative(root, dirname(here)), file);
  if (!existsSync(built)) throw new Error(`worker threads need the built sources (${built} is missing): run npm run build`);
  return built;
}
