/**
 * The machine's floor: the minimal programs in `../shared/bench-floor/` (relative to the repo
 * root, as in CI and a fresh clone), run as child processes in the same `npm run bench`
 * invocation as the cases they bound, so a dcsim figure can be read as a ratio to what this
 * machine does at best right now rather than as an absolute time on a shared machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The repo root: this file is test/bench/floor.ts, compiled to dist/test/bench/floor.js. */
function repoRoot() {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) {
        const up = dirname(dir);
        if (up === dir)
            throw new Error('bench: no package.json above ' + fileURLToPath(import.meta.url));
        dir = up;
    }
    return dir;
}
/** Folder of the floor scripts, or null (with the path looked at) when it is absent. */
export function floorDir() {
    const looked = resolve(repoRoot(), '..', 'shared', 'bench-floor');
    return { dir: existsSync(join(looked, 'heap-floor.mjs')) && existsSync(join(looked, 'cpu-floor.mjs')) ? looked : null, looked };
}
/** Parses one `name: value unit` line (any trailing text after the unit is ignored). */
export function parseFigure(line) {
    const m = /^(\S+): (\d+(?:\.\d+)?(?:e[+-]?\d+)?) (\S+)/.exec(line.trim());
    if (m === null)
        throw new Error(`bench: cannot read a "name: value unit" figure from ${JSON.stringify(line)}`);
    return { name: m[1], value: Number(m[2]), unit: m[3] };
}
/** Runs `script` from the floor folder with numeric arguments and returns its figure. */
export function runFloor(dir, script, args) {
    const out = execFileSync(process.execPath, [join(dir, script), ...args.map(String)], { encoding: 'utf8', maxBuffer: 1 << 16 });
    return parseFigure(out.split('\n')[0]);
}
//# sourceMappingURL=floor.js.map