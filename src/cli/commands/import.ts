/**
 * `dcsim import rvtools <export> [--out scenario.yaml] [--force]`: an RVTools export (.xlsx or a
 * folder of its tabs as CSV) written as a scenario. Problems in the export exit 3 naming the tab,
 * row and column; an existing output file exits 4 unless --force (and only a file this command
 * wrote is replaced). main.ts registers it through `addImportCommand`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../../output/atomic-dir.js';
import { checkReplaceableFile } from '../../output/ownership.js';
import { IMPORT_HEADER, InventoryError, readRvtools, writeScenario } from '../../inventory/index.js';
import { EXIT, type CliIo } from '../../io.js';
import { endWith, inputOrOutputExit } from './support.js';
import { KVM_IMPORT_HEADER, KvmEstateError, kvmEstateScenario } from '../../calibration/estate.js';
import { importTrace, TraceReadError } from '../../calibration/import/index.js';
import { formatImportProblem } from '../../calibration/trace.js';

export interface ImportOptions {
  out?: string;
  force: boolean;
  quiet: boolean;
}

function shown(io: CliIo, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

export interface ImportKvmOptions extends ImportOptions {
  cluster: string;
}

/** `dcsim import kvm`: the hosts and domains of `dcsim collect` traces as a scenario (src/calibration/estate.ts). */
export async function importKvmCommand(files: readonly string[], o: ImportKvmOptions, io: CliIo): Promise<number> {
  const out = path.resolve(io.cwd, o.out ?? 'kvm-estate.yaml');
  try {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(o.cluster)) {
      io.stderr(`error: --cluster: expected a name of letters, digits, ".", "_" or "-", found '${o.cluster}'\n`);
      return EXIT.usage;
    }
    const traces = files.map((f) => {
      const t = importTrace(path.resolve(io.cwd, f), { format: 'ndjson' });
      if (t.problems.length > 0) throw new KvmEstateError(t.problems.slice(0, 5).map((p) => formatImportProblem({ ...p, file: shown(io, p.file) })).join('\n'));
      return { ...t, source: shown(io, t.source) };
    });
    const name = path.basename(out).replace(/\.ya?ml$/i, '');
    const s = kvmEstateScenario(traces, name, o.cluster);
    checkReplaceableFile(out, o.force, (head) => head.startsWith(`# ${KVM_IMPORT_HEADER}`), 'scenario written by dcsim import kvm');
    writeFileAtomic(out, s.text);
    if (!o.quiet) io.stdout(`${shown(io, out)}: ${s.hosts} host(s), ${s.vms} domain(s)${s.skipped.length > 0 ? `, ${s.skipped.length} left out` : ''}; guesses flagged in comments\n`);
    return EXIT.ok;
  } catch (err) {
    return inputOrOutputExit(io, err, [KvmEstateError, TraceReadError]);
  }
}

/** The import; resolves to the exit code. */
export async function importRvtoolsCommand(exportPath: string, o: ImportOptions, io: CliIo): Promise<number> {
  const location = path.resolve(io.cwd, exportPath);
  const base = path.basename(location).replace(/\.(xlsx|csv)$/i, '');
  const out = path.resolve(io.cwd, o.out ?? `${base}.yaml`);
  try {
    const inventory = await readRvtools(location, shown(io, location));
    const scenario = writeScenario(inventory, base);
    checkReplaceableFile(out, o.force, (head) => head.startsWith(`# ${IMPORT_HEADER}`), 'scenario written by dcsim import');
    writeFileAtomic(out, scenario.text);
    if (!o.quiet) {
      for (const line of scenario.unmappedLines) io.stderr(`not mapped: ${line}\n`);
      io.stdout(`${shown(io, out)}: ${inventory.hosts.length} host(s), ${inventory.vms.length} powered-on VM(s); ${scenario.guesses} guess(es) flagged in comments\n`);
    }
    return EXIT.ok;
  } catch (err) {
    return inputOrOutputExit(io, err, [InventoryError]);
  }
}

/** Registers `dcsim import kvm` and `dcsim import rvtools`. */
export function addImportCommand(program: Command, io: CliIo): void {
  const imp = program.command('import').description('write a scenario from an inventory export');
  imp
    .command('kvm')
    .description('read dcsim collect traces (one NDJSON per host) and write a scenario of their hosts and domains')
    .argument('<traces...>', 'dcsim collect NDJSON traces, one per host')
    .option('--cluster <name>', 'name of the cluster holding the hosts', 'kvm')
    .option('--out <file>', 'scenario to write', 'kvm-estate.yaml')
    .option('--force', 'replace an existing scenario written by dcsim import', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (files: string[], opts: ImportKvmOptions) => {
      endWith(await importKvmCommand(files, opts, io));
    });
  imp
    .command('rvtools')
    .description('read an RVTools export (.xlsx, or a folder of its tabs as CSV) and write a scenario')
    .argument('<export>', 'RVTools .xlsx workbook or folder of vInfo.csv, vCPU.csv, vMemory.csv, vHost.csv, vCluster.csv (vDatastore, vSnapshot optional)')
    .option('--out <file>', 'scenario to write (default: <export name>.yaml)')
    .option('--force', 'replace an existing scenario written by dcsim import', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: ImportOptions) => {
      endWith(await importRvtoolsCommand(file, opts, io));
    });
}
