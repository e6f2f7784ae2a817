/**
 * Sweep test helpers: a tiny scenario (runs of tens of milliseconds), the built CLI as a child
 * process with its output lines, a real redis-server on a free loopback port, and a sweep
 * folder read as {file → text} with summary.json's `run` section (wall time, workers) left out.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join, relative } from 'node:path';
import { ROOT, tempDir } from '../helpers/sim.js';
export const BIN = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
export const REDIS_SERVER = '/usr/bin/redis-server';
/** One cluster (or `clusters` alike), 4 hosts, `vms` VMs of a noisy diurnal load; a 3 × 2 sweep section when asked. */
export function tinyScenario(o = {}) {
    const lines = [
        'name: tiny',
        'seed: 7',
        'start: 2026-03-02T00:00:00Z',
        `duration: ${o.duration ?? '3h'}`,
        'step: 5m',
        'templates:',
        '  app: { vcpus: 2, memoryGiB: 4 }',
        'clusters:',
    ];
    for (let c = 1; c <= (o.clusters ?? 1); c++)
        lines.push(`  - name: c${c}`, '    placement: { algorithm: first-fit, maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 }', '    hosts:', '      - { name: h, count: 4, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 32, power: { idleW: 100, maxW: 300 } }', '    vms:', `      - { name: app, count: ${o.vms ?? 24}, template: app, workload: { type: diurnal, low: 0.2, high: 0.7, peakHour: 2, noise: 0.2, memory: 0.5, memoryHigh: 0.9 } }`);
    if (o.sweep !== false)
        lines.push('sweep:', '  set:', '    cpu.overcommit: [1, 2, 4]', '    memory.overcommit: [1.0, 1.5]', `  replications: ${o.replications ?? 2}`);
    return `${lines.join('\n')}\n`;
}
/** A temp folder holding tiny.yaml. */
export function workdir(o = {}) {
    const dir = tempDir('sweep');
    writeFileSync(join(dir, 'tiny.yaml'), tinyScenario(o));
    return dir;
}
/** Every file under `dir` (relative path → text), summary.json without its `run` section. */
export function folderContents(dir) {
    const out = {};
    const walk = (d) => {
        for (const name of readdirSync(d).sort()) {
            const p = join(d, name);
            if (statSync(p).isDirectory())
                walk(p);
            else
                out[relative(dir, p)] = readFileSync(p, 'utf8');
        }
    };
    walk(dir);
    if (out['summary.json'] !== undefined) {
        const { run: _run, ...rest } = JSON.parse(out['summary.json']);
        out['summary.json'] = JSON.stringify(rest);
    }
    return out;
}
/** A child process of the built CLI with its output collected line by line. */
export class CliProcess {
    child;
    out = '';
    err = '';
    exited;
    constructor(args, cwd) {
        if (!existsSync(BIN))
            throw new Error(`${BIN} is missing: run npm run build first`);
        this.child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
        this.child.stdout?.on('data', (b) => {
            this.out += b.toString('utf8');
        });
        this.child.stderr?.on('data', (b) => {
            this.err += b.toString('utf8');
        });
        this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    }
    /** Resolves with the first stdout line matching `re` (polling), or rejects after `ms`. */
    async waitFor(re, ms = 90_000) {
        const until = Date.now() + ms;
        for (;;) {
            const m = re.exec(this.out);
            if (m)
                return m;
            if (this.child.exitCode !== null)
                throw new Error(`process exited (${this.child.exitCode}) before printing ${re}:\n${this.out}\n${this.err}`);
            if (Date.now() > until)
                throw new Error(`timed out waiting for ${re}:\n${this.out}\n${this.err}`);
            await sleep(10);
        }
    }
    /** Resolves once `n` stdout lines match `re`. */
    async waitForLines(re, n, ms = 90_000) {
        const until = Date.now() + ms;
        while (this.lines(re).length < n) {
            if (this.child.exitCode !== null)
                throw new Error(`process exited (${this.child.exitCode}) before printing ${n} lines like ${re}:\n${this.out}\n${this.err}`);
            if (Date.now() > until)
                throw new Error(`timed out waiting for ${n} lines like ${re}:\n${this.out}\n${this.err}`);
            await sleep(10);
        }
    }
    lines(re) {
        return this.out.split('\n').filter((l) => re.test(l));
    }
    kill(signal) {
        if (this.child.exitCode === null)
            this.child.kill(signal);
    }
}
export function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export function freePort() {
    return new Promise((resolve, reject) => {
        const s = net.createServer();
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => {
            const port = s.address().port;
            s.close(() => resolve(port));
        });
    });
}
/** Starts redis-server on a free loopback port, without persistence; resolves once it accepts connections. */
export async function startRedis() {
    if (!existsSync(REDIS_SERVER))
        throw new Error(`${REDIS_SERVER} is missing (apt-get install redis-server; .ci/run installs it)`);
    const port = await freePort();
    const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout?.on('data', (b) => (log += b.toString('utf8')));
    const until = Date.now() + 10_000;
    while (!/Ready to accept connections/.test(log)) {
        if (child.exitCode !== null)
            throw new Error(`redis-server exited: ${log}`);
        if (Date.now() > until)
            throw new Error(`redis-server did not start: ${log}`);
        await sleep(20);
    }
    return {
        port,
        url: `redis://127.0.0.1:${port}/0`,
        stop: () => new Promise((resolve) => {
            if (child.exitCode !== null)
                return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
        }),
    };
}
//# sourceMappingURL=helpers.js.map