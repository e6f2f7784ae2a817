/**
 * `dcsim lab [scenario] [--out dir]`: writes lab.html, a page that runs the simulator in the
 * browser. A file, not a server: it opens from the file system, works offline, can be mailed
 * to a class or put on a projector's laptop, and needs no port or process kept alive.
 * Without a scenario the page carries the built-in labs (a small HA cluster, overcommit, the
 * HA admission control comparison and DPM), which the guided exercises use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeDirs, writeFileAtomic } from '../../output/atomic-dir.js';
import { labAssets, renderLabHtml } from '../../lab/lab-html.js';
import { labPayload } from '../../lab/payload.js';
import type { LabPayload } from '../../lab/protocol.js';
import { packageRoot, ViewerNotBuiltError } from '../../report/viewer-assets.js';
import { ScenarioError } from '../../scenario/index.js';
import type { Command } from 'commander';
import { EXIT, type CliIo } from '../../io.js';
import { endWith } from './support.js';

/** The scenarios the page carries when none is given, the first one loaded at start. */
export const BUILT_IN_LABS = ['lab.yaml', 'lab-overcommit.yaml', 'ha-lab.yaml', 'dpm.yaml'];

export interface LabOptions {
  readonly out?: string;
  readonly force: boolean;
  readonly quiet: boolean;
}

export function labCommand(file: string | undefined, opts: LabOptions, io: CliIo): number {
  const files = file !== undefined ? [path.resolve(io.cwd, file)] : BUILT_IN_LABS.map((f) => path.join(packageRoot(), 'scenarios', f));
  const payloads: LabPayload[] = [];
  for (const f of files) {
    const shown = path.relative(io.cwd, f) || f;
    let p: LabPayload;
    try {
      p = labPayload(shown, f);
    } catch (err) {
      if (err instanceof ScenarioError) {
        io.stderr(`${err.message}\n`);
        return EXIT.invalidScenario;
      }
      throw err;
    }
    const spec = p.scenario.spec as { clusters: { placement: { policy?: string } }[] };
    if (spec.clusters.some((c) => c.placement.policy !== undefined)) {
      io.stderr(`error: ${shown}: a cluster places VMs with a policy given as code, which the lab cannot load in the browser\n`);
      return EXIT.invalidScenario;
    }
    payloads.push(p);
  }
  let html: string;
  try {
    html = renderLabHtml(payloads, labAssets());
  } catch (err) {
    if (err instanceof ViewerNotBuiltError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.internal;
    }
    throw err;
  }
  const dir = path.resolve(io.cwd, opts.out ?? 'lab');
  const out = path.join(dir, 'lab.html');
  if (fs.existsSync(out) && !opts.force) {
    io.stderr(`error: ${path.relative(io.cwd, out) || out} already exists (use --force to replace it)\n`);
    return EXIT.outputExists;
  }
  try {
    makeDirs(dir);
    writeFileAtomic(out, html);
  } catch (err) {
    io.stderr(`error: cannot write ${out}: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.outputExists;
  }
  if (!opts.quiet) io.stdout(`lab: ${path.relative(io.cwd, out) || out} (open it in a browser; it needs no network)\n`);
  return EXIT.ok;
}

export function addLabCommand(program: Command, io: CliIo): void {
  program
    .command('lab')
    .description('write lab.html: the simulator live in the browser (fail hosts with a click, fork what-ifs, export the session)')
    .argument('[scenario]', 'scenario file (default: the built-in labs)')
    .option('--out <dir>', 'folder for lab.html (default: lab)')
    .option('--force', 'replace an existing lab.html', false)
    .option('--quiet', 'print nothing but errors', false)
    .action((file: string | undefined, opts: LabOptions) => {
      endWith(labCommand(file, opts, io));
    });
}
