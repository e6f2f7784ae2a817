/**
 * `dcsim import rvtools <export> [--out scenario.yaml] [--force]`: an RVTools export (.xlsx or a
 * folder of its tabs as CSV) written as a scenario. Problems in the export exit 3 naming the tab,
 * row and column; an existing output file exits 4 unless --force (and only a file this command
 * wrote is replaced). main.ts registers it through `addImportCommand`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { writeFileAtomic } from '../../output/atomic-dir.js';
import { checkReplaceableFile, isOutputError } from '../../output/ownership.js';
import { IMPORT_HEADER, InventoryError, readRvtools, writeScenario } from '../../inventory/index.js';
import { EXIT, type CliIo } from '../../io.js';

export interface ImportOptions {
  out?: string;
  force: boolean;
  quiet: boolean;
}

function shown(io: CliIo, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
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
    if (err instanceof InventoryError) {
      io.stderr(`error: ${err.message}\n`);
      return EXIT.invalidScenario;
    }
    if (isOutputError(err)) {
      io.stderr(`error: ${(err as Error).message}\n`);
      return EXIT.outputExists;
    }
    throw err;
  }
}

/** Registers `dcsim import rvtools`; `exit` ends the command with a code (main's exit path). */
export function addImportCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  program
    .command('import')
    .description('write a scenario from an inventory export')
    .command('rvtools')
    .description('read an RVTools export (.xlsx, or a folder of its tabs as CSV) and write a scenario')
    .argument('<export>', 'RVTools .xlsx workbook or folder of vInfo.csv, vCPU.csv, vMemory.csv, vHost.csv, vCluster.csv (vDatastore, vSnapshot optional)')
    .option('--out <file>', 'scenario to write (default: <export name>.yaml)')
    .option('--force', 'replace an existing scenario written by dcsim import', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: ImportOptions) => {
      const code = await importRvtoolsCommand(file, opts, io);
      if (code !== EXIT.ok) exit(code);
    });
}
