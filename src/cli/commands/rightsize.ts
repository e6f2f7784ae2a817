/**
 * `dcsim rightsize <report folder> [--buffer 25] [--out file] [--what-if scenario.yaml]`: per VM of
 * a run, oversized / undersized by the rule of src/rightsizing/rule.ts, written as rightsizing.csv
 * (default: in the report folder); with --what-if, the scenario the run came from (or --scenario)
 * with every recommendation applied. main.ts registers it through `addRightsizeCommand`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { InventoryError } from '../../inventory/index.js';
import { writeFileIntoOutput } from '../../output/atomic-dir.js';
import { checkReplaceableFile } from '../../output/ownership.js';
import { readReportVms } from '../../rightsizing/read-vms.js';
import { RIGHTSIZING_COLUMNS, rightsizing } from '../../rightsizing/rightsizing-csv.js';
import { whatIfScenario } from '../../rightsizing/what-if.js';
import { EXIT, type CliIo } from '../../io.js';
import { endWith, inputOrOutputExit } from './support.js';

export interface RightsizeOptions {
  buffer: string;
  out?: string;
  whatIf?: string;
  scenario?: string;
  force: boolean;
  quiet: boolean;
}

function shown(io: CliIo, p: string): string {
  const rel = path.relative(io.cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

const hours = (ms: number): string => (ms % 86_400_000 === 0 ? `${ms / 86_400_000} d` : `${(ms / 3_600_000).toFixed(1)} h`);

export async function rightsizeCommand(folder: string, o: RightsizeOptions, io: CliIo): Promise<number> {
  const buffer = Number(o.buffer);
  if (!/^\d+(\.\d+)?$/.test(o.buffer) || buffer > 1000) {
    io.stderr(`error: --buffer: expected a percentage from 0 to 1000, such as 25, found '${o.buffer}'\n`);
    return EXIT.usage;
  }
  const dir = path.resolve(io.cwd, folder);
  try {
    const { vms, notRun } = readReportVms(dir, folder);
    let run: { file: string; durationMs: number; intervalMs: number } | null = null;
    try {
      run = (JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as { run: { file: string; durationMs: number; intervalMs: number } }).run;
    } catch {
      run = null;
    }
    const result = rightsizing(vms, buffer);
    const out = path.resolve(io.cwd, o.out ?? path.join(folder, 'rightsizing.csv'));
    checkReplaceableFile(out, o.force || o.out === undefined, (head) => head.startsWith(RIGHTSIZING_COLUMNS.join(',')), 'rightsizing.csv written by dcsim rightsize');
    writeFileIntoOutput(out, result.csv);
    let whatIfLine = '';
    if (o.whatIf !== undefined) {
      const source = o.scenario ?? run?.file;
      if (source === undefined) {
        io.stderr('error: --what-if needs the scenario of the run: give --scenario (report.json does not name it)\n');
        return EXIT.usage;
      }
      const scenarioFile = path.resolve(io.cwd, source);
      let text: string;
      try {
        text = fs.readFileSync(scenarioFile, 'utf8');
      } catch {
        io.stderr(`error: cannot read the scenario of the run '${shown(io, scenarioFile)}': give it with --scenario\n`);
        return EXIT.invalidScenario;
      }
      const target = path.resolve(io.cwd, o.whatIf);
      checkReplaceableFile(target, o.force, (head) => head.startsWith('# What-if (dcsim rightsize)'), 'what-if scenario written by dcsim rightsize');
      const w = whatIfScenario(text, result.rows, buffer);
      writeFileIntoOutput(target, w.text);
      whatIfLine = `what-if: ${shown(io, target)} (${w.resizedGroups} group(s) resized)\n`;
    }
    if (!o.quiet) {
      const t = result.totals;
      const over = run === null ? 'the run' : `the run's ${hours(run.durationMs)} (p95 of ${Math.ceil(run.durationMs / run.intervalMs)} intervals of ${run.intervalMs / 60_000} min)`;
      io.stdout(
        `${shown(io, out)}: ${t.vms} VM(s) judged on ${over}; rule: recommended = p95 CPU demand and touched memory + ${buffer} % buffer\n` +
          `  CPU     ${t.cpuOversized} oversized (${t.vcpusBack} vCPUs to give back), ${t.cpuUndersized} undersized (${t.vcpusNeeded} vCPUs short)\n` +
          `  memory  ${t.memOversized} oversized (${t.memoryGiBBack.toFixed(1)} GiB to give back); undersized not judged (touched memory cannot exceed the configured size)\n` +
          (notRun.length > 0 ? `  not judged: ${notRun.length} VM(s) that never ran\n` : '') +
          whatIfLine,
      );
    }
    return EXIT.ok;
  } catch (err) {
    return inputOrOutputExit(io, err, [InventoryError]);
  }
}

export function addRightsizeCommand(program: Command, io: CliIo): void {
  program
    .command('rightsize')
    .description('judge each VM of a run oversized or undersized (p95 demand + buffer) and write rightsizing.csv')
    .argument('<report>', 'report folder of dcsim run')
    .option('--buffer <pct>', 'headroom added to the p95 demand, %', '25')
    .option('--out <file>', 'CSV to write (default: <report>/rightsizing.csv)')
    .option('--what-if <file>', 'also write the scenario with every recommendation applied')
    .option('--scenario <file>', 'scenario of the run (default: the file report.json names)')
    .option('--force', 'replace an existing output written by dcsim rightsize', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (folder: string, opts: RightsizeOptions) => {
      endWith(await rightsizeCommand(folder, opts, io));
    });
}
