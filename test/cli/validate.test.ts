/**
 * `dcsim validate`: a valid scenario prints a one-line summary (exit 0); a bad one lists every
 * problem with file, line, column and path on stderr (exit 3).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { runCli, workdirWithDefault } from '../helpers/cli.js';

const BAD = [
  'name: bad',
  'duration: 1x',
  'templates: {}',
  'clusters:',
  '  - name: c1',
  '    hosts:',
  '      - { count: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: -5 }',
  '',
].join('\n');

describe('dcsim validate', () => {
  it('prints "default.yaml: valid (1 cluster(s), 6 hosts, 150 VMs)" and returns 0 for the default scenario', async () => {
    const cwd = workdirWithDefault();
    const r = await runCli(['validate', 'default.yaml'], cwd);
    expect(r).toEqual({
      code: 0,
      stdout: 'default.yaml: valid (1 cluster(s), 6 hosts, 150 VMs)\nwork: 150 VMs on 6 hosts, 288 steps (43,200 VM-steps), about 2.5 MB of outputs\n',
      stderr: '',
    });
  });

  it('returns 3 for a bad scenario and names file, line:column and path of every problem on stderr', async () => {
    const cwd = workdirWithDefault();
    writeFileSync(join(cwd, 'bad.yaml'), BAD);
    const r = await runCli(['validate', 'bad.yaml'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(EXIT.invalidScenario).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'bad.yaml: 2 problems',
        '  bad.yaml:2:11: duration: expected a duration such as "300s", "5m", "1h", "7d" or "1w", received "1x"',
        '  bad.yaml:7:62: clusters[0].hosts[0].memoryGiB: expected a number greater than 0, received -5',
        '',
      ].join('\n'),
    );
  });

  it('returns 3 and says "no such file" for a missing scenario file', async () => {
    const cwd = workdirWithDefault();
    const r = await runCli(['validate', 'nothere.yaml'], cwd);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("nothere.yaml: 1 problem\n  nothere.yaml: cannot read scenario file 'nothere.yaml': no such file\n");
  });

  it('names a scenario in a subfolder relative to the working folder', async () => {
    const cwd = workdirWithDefault();
    const sub = join(cwd, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'bad.yaml'), BAD);
    const r = await runCli(['validate', 'sub/bad.yaml'], cwd);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n')[1]).toBe('  sub/bad.yaml:2:11: duration: expected a duration such as "300s", "5m", "1h", "7d" or "1w", received "1x"');
  });
});
