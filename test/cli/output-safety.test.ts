/**
 * dcsim never removes or overwrites what it did not write: every command that writes an output
 * (run, run --split-clusters, run --checkpoint-out, whatif, sweep, replay, calibrate, overlay,
 * collect, report --out) is pointed with --force at a folder holding a user's file, at a regular
 * file and at a symbolic link; each is refused with exit 4 and a message saying what is there,
 * and the user's data is byte for byte what it was.
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { runCli, tempLeftovers, workdirWithDefault } from '../helpers/cli.js';
import { SCENARIOS_DIR } from '../helpers/sim.js';
import { tinyScenario } from '../sweep/helpers.js';

const THESIS = 'chapter 1: a datacenter\n';
const TRACE = join(SCENARIOS_DIR, 'calibration/synthetic-kvm.ndjson');

/** A working folder with default.yaml, tiny.yaml, the example trace and a user's folder `mine/` holding thesis.txt. */
function workdir(): string {
  const cwd = workdirWithDefault();
  writeFileSync(join(cwd, 'tiny.yaml'), tinyScenario());
  copyFileSync(TRACE, join(cwd, 'trace.ndjson'));
  copyFileSync(join(SCENARIOS_DIR, 'ha-lab.yaml'), join(cwd, 'ha-lab.yaml'));
  mkdirSync(join(cwd, 'mine'));
  writeFileSync(join(cwd, 'mine', 'thesis.txt'), THESIS);
  writeFileSync(join(cwd, 'notes.txt'), THESIS);
  mkdirSync(join(cwd, 'elsewhere'));
  writeFileSync(join(cwd, 'elsewhere', 'keep.txt'), THESIS);
  symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'link'));
  return cwd;
}

function userDataIntact(cwd: string): void {
  expect(readdirSync(join(cwd, 'mine'))).toEqual(['thesis.txt']);
  expect(readFileSync(join(cwd, 'mine', 'thesis.txt'), 'utf8')).toBe(THESIS);
  expect(readFileSync(join(cwd, 'notes.txt'), 'utf8')).toBe(THESIS);
  expect(lstatSync(join(cwd, 'link')).isSymbolicLink()).toBe(true);
  expect(readlinkSync(join(cwd, 'link'))).toBe(join(cwd, 'elsewhere'));
  expect(readdirSync(join(cwd, 'elsewhere'))).toEqual(['keep.txt']);
  expect(tempLeftovers(cwd)).toEqual([]);
}

/** Commands whose output is a folder, as `(out) => argv`. */
const FOLDER_COMMANDS: Record<string, (out: string) => string[]> = {
  run: (out) => ['run', 'default.yaml', '--out', out, '--force', '--quiet'],
  'run --split-clusters': (out) => ['run', 'ha-lab.yaml', '--split-clusters', '--workers', '1', '--out', out, '--force', '--quiet'],
  sweep: (out) => ['sweep', 'tiny.yaml', '--set', 'cpu.overcommit=1,2', '--replications', '1', '--workers', '1', '--out', out, '--force', '--quiet'],
  replay: (out) => ['replay', 'trace.ndjson', '--out', out, '--force', '--quiet'],
  calibrate: (out) => ['calibrate', 'trace.ndjson', '--fit', 'cpuOverheadPct', '--max-evals', '3', '--out', out, '--force', '--quiet'],
};

describe('--force never replaces a folder, file or link dcsim did not write (exit 4, untouched)', () => {
  for (const [name, argv] of Object.entries(FOLDER_COMMANDS)) {
    it(`${name}`, async () => {
      const cwd = workdir();
      const folder = await runCli(argv('mine'), cwd);
      expect(folder.code).toBe(EXIT.outputExists);
      expect(folder.stderr).toContain(
        `error: ${join(cwd, 'mine')} holds 1 entry ('thesis.txt') and no .dcsim-output marker, so it is not a folder dcsim wrote; dcsim replaces only what it wrote itself, so nothing was touched`,
      );
      const file = await runCli(argv('notes.txt'), cwd);
      expect(file.code).toBe(EXIT.outputExists);
      expect(file.stderr).toContain(`error: ${join(cwd, 'notes.txt')} is a regular file (${THESIS.length} bytes), not a folder dcsim wrote`);
      const link = await runCli(argv('link'), cwd);
      expect(link.code).toBe(EXIT.outputExists);
      expect(link.stderr).toContain(`error: ${join(cwd, 'link')} is a symbolic link (to ${join(cwd, 'elsewhere')})`);
      userDataIntact(cwd);
    });
  }

  it('whatif: a user folder where an alternative goes, and a user file where comparison.html goes', async () => {
    const cwd = workdir();
    expect((await runCli(['run', 'default.yaml', '--out', 'straight', '--checkpoint-at', '6h', '--quiet'], cwd)).code).toBe(0);
    mkdirSync(join(cwd, 'wi'));
    mkdirSync(join(cwd, 'wi', 'as-is'));
    writeFileSync(join(cwd, 'wi', 'as-is', 'thesis.txt'), THESIS);
    const r = await runCli(['whatif', 'straight.checkpoint.json', '--out', 'wi', '--force', '--quiet'], cwd);
    expect(r.code).toBe(EXIT.outputExists);
    expect(readFileSync(join(cwd, 'wi', 'as-is', 'thesis.txt'), 'utf8')).toBe(THESIS);
    mkdirSync(join(cwd, 'wi2'));
    writeFileSync(join(cwd, 'wi2', 'comparison.html'), THESIS);
    const page = await runCli(['whatif', 'straight.checkpoint.json', '--out', 'wi2', '--force', '--quiet'], cwd);
    expect(page.code).toBe(EXIT.outputExists);
    expect(page.stderr).toBe(`error: ${join(cwd, 'wi2', 'comparison.html')} is a file (${THESIS.length} bytes) that is not a report page dcsim wrote; dcsim replaces only what it wrote itself, so nothing was touched (choose another output path, or move it away yourself)\n`);
    expect(readFileSync(join(cwd, 'wi2', 'comparison.html'), 'utf8')).toBe(THESIS);
    userDataIntact(cwd);
  });

  it('run --checkpoint-out over a user file is refused before the run; over its own checkpoint only with --force', async () => {
    const cwd = workdir();
    const r = await runCli(['run', 'default.yaml', '--out', 'a', '--checkpoint-at', '1h', '--checkpoint-out', 'notes.txt', '--force', '--quiet'], cwd);
    expect(r.code).toBe(EXIT.outputExists);
    expect(existsSync(join(cwd, 'a'))).toBe(false);
    expect((await runCli(['run', 'default.yaml', '--out', 'b', '--checkpoint-at', '1h', '--checkpoint-out', 'ck.json', '--quiet'], cwd)).code).toBe(0);
    const again = await runCli(['run', 'default.yaml', '--out', 'c', '--checkpoint-at', '1h', '--checkpoint-out', 'ck.json', '--quiet'], cwd);
    expect(again.code).toBe(EXIT.outputExists);
    expect(again.stderr).toBe(`error: output file ${join(cwd, 'ck.json')} already exists (use --force to replace it)\n`);
    expect((await runCli(['run', 'default.yaml', '--out', 'c', '--checkpoint-at', '1h', '--checkpoint-out', 'ck.json', '--force', '--quiet'], cwd)).code).toBe(0);
    userDataIntact(cwd);
  });

  it('overlay, collect and report --out over a user file are refused; overlay replaces its own output with --force', async () => {
    const cwd = workdir();
    writeFileSync(join(cwd, 'o.yaml'), 'dcsimOverlay: 1\n');
    const ov = await runCli(['overlay', 'default.yaml', 'o.yaml', '--out', 'notes.txt', '--force'], cwd);
    expect(ov.code).toBe(EXIT.outputExists);
    expect(ov.stderr).toContain('is a file (24 bytes) that is not a scenario written by dcsim overlay');
    expect((await runCli(['overlay', 'default.yaml', 'o.yaml', '--out', 'cal.yaml'], cwd)).code).toBe(0);
    expect((await runCli(['overlay', 'default.yaml', 'o.yaml', '--out', 'cal.yaml'], cwd)).code).toBe(EXIT.outputExists);
    expect((await runCli(['overlay', 'default.yaml', 'o.yaml', '--out', 'cal.yaml', '--force'], cwd)).code).toBe(0);
    const col = await runCli(['collect', '--samples', '1', '--out', 'notes.txt', '--force', '--quiet'], cwd);
    expect(col.code).toBe(EXIT.outputExists);
    expect(col.stderr).toContain('is a file (24 bytes) that is not a trace written by dcsim collect');
    expect((await runCli(['run', 'default.yaml', '--out', 'r', '--quiet'], cwd)).code).toBe(0);
    const rep = await runCli(['report', 'r', '--out', 'notes.txt'], cwd);
    expect(rep.code).toBe(EXIT.outputExists);
    expect((await runCli(['report', 'r'], cwd)).code).toBe(0);
    userDataIntact(cwd);
  });

  it('an empty folder is written into without --force; a folder dcsim wrote is replaced only with --force', async () => {
    const cwd = workdir();
    mkdirSync(join(cwd, 'empty'));
    expect((await runCli(['run', 'default.yaml', '--out', 'empty', '--quiet'], cwd)).code).toBe(0);
    expect(readdirSync(join(cwd, 'empty'))).toContain('report.json');
    expect((await runCli(['run', 'default.yaml', '--out', 'empty', '--quiet'], cwd)).code).toBe(EXIT.outputExists);
    expect((await runCli(['run', 'default.yaml', '--out', 'empty', '--quiet', '--force'], cwd)).code).toBe(0);
    const marker = JSON.parse(readFileSync(join(cwd, 'empty', '.dcsim-output'), 'utf8')) as { writtenBy: string; state: string; entries: string[] };
    expect(marker.writtenBy).toBe('dcsim');
    expect(marker.state).toBe('complete');
    expect(marker.entries).toEqual([...readdirSync(join(cwd, 'empty'))].filter((n) => n !== '.dcsim-output').sort());
    userDataIntact(cwd);
  });

  it('a page dcsim writes into a folder dcsim wrote (report --out) joins its marker, so --force still replaces the folder', async () => {
    const cwd = workdir();
    expect((await runCli(['run', 'tiny.yaml', '--out', 'rep', '--quiet'], cwd)).code).toBe(0);
    expect((await runCli(['report', 'rep', '--out', 'rep/again.html'], cwd)).code).toBe(0);
    const marker = JSON.parse(readFileSync(join(cwd, 'rep', '.dcsim-output'), 'utf8')) as { entries: string[] };
    expect(marker.entries).toContain('again.html');
    expect((await runCli(['run', 'tiny.yaml', '--out', 'rep', '--quiet', '--force'], cwd)).code).toBe(0);
    expect(existsSync(join(cwd, 'rep', 'again.html'))).toBe(false);
    userDataIntact(cwd);
  });
});
