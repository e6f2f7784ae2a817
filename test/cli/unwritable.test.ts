/**
 * An output folder that cannot be created is a clear error naming it (exit 4), not a stack
 * trace or a hang, and nothing is left behind.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { runCli, workdirWithDefault } from '../helpers/cli.js';

describe('dcsim run --out <unwritable>', () => {
  it('returns 4 and names the folder when a file stands where a parent folder should be', async () => {
    const cwd = workdirWithDefault();
    writeFileSync(join(cwd, 'blocker'), 'not a folder');
    const r = await runCli(['run', 'default.yaml', '--out', 'blocker/sub/report', '--quiet'], cwd);
    expect(r.code).toBe(EXIT.outputExists);
    expect(r.stderr).toBe(`error: cannot write ${join(cwd, 'blocker', 'sub', 'report')}: ENOTDIR\n`);
  });
});
