/**
 * In-process CLI harness: main(argv, io) with captured stdout/stderr, a fake wall clock and a
 * temporary working folder holding a copy of a scenario.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/io.js';
import { fakeClock } from './default-run.js';
import { SCENARIOS_DIR, tempDir } from './sim.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function cliIo(cwd: string, out: { stdout: string; stderr: string }): CliIo {
  return {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    wallClock: fakeClock(1_000_000, 7),
    cwd,
    isTTY: false,
    columns: 80,
    tag: 'cli-test',
  };
}

export async function runCli(argv: string[], cwd: string, overrides: Partial<CliIo> = {}): Promise<CliRun> {
  const out = { stdout: '', stderr: '' };
  const code = await main(argv, { ...cliIo(cwd, out), ...overrides });
  return { code, ...out };
}

/** A temp working folder with scenarios/default.yaml copied in as default.yaml. */
export function workdirWithDefault(): string {
  const dir = tempDir('cli');
  copyFileSync(join(SCENARIOS_DIR, 'default.yaml'), join(dir, 'default.yaml'));
  return dir;
}

/** Leftover temp folders (".<name>.tmp-<tag>") in a folder. */
export function tempLeftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => /^\..*\.tmp-/.test(n));
}
