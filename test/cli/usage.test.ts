/**
 * Command-line usage errors (exit 2), help and version (exit 0), per the documented EXIT codes.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { parseSeed } from '../../src/cli/commands/support.js';
import { VERSION } from '../../src/version.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';

describe('dcsim usage', () => {
  it('returns 2 for an unknown command and says which', async () => {
    const r = await runCli(['frob'], tempDir('cli'));
    expect(r.code).toBe(EXIT.usage);
    expect(EXIT.usage).toBe(2);
    expect(r.stderr).toBe("error: unknown command 'frob'\n(run dcsim --help for usage)\n");
  });

  it('returns 2 when `run` has no scenario argument', async () => {
    const r = await runCli(['run'], tempDir('cli'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: missing required argument 'scenario'");
  });

  it('returns 2 for an unknown option', async () => {
    const r = await runCli(['run', 'x.yaml', '--frobnicate'], tempDir('cli'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--frobnicate'");
  });

  it('prints the version with --version and returns 0', async () => {
    const r = await runCli(['--version'], tempDir('cli'));
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('prints help listing run, validate and schema with --help and returns 0', async () => {
    const r = await runCli(['--help'], tempDir('cli'));
    expect(r.code).toBe(0);
    for (const cmd of ['run', 'validate', 'schema']) expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
  });
});

describe('parseSeed', () => {
  it('reads integers as numbers and everything else as strings', () => {
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed('-7')).toBe(-7);
    expect(parseSeed('4.2')).toBe('4.2');
    expect(parseSeed('abc')).toBe('abc');
    expect(parseSeed('99999999999999999999')).toBe('99999999999999999999'); // beyond 2^53: kept exact as text
  });
});
