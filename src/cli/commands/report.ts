/**
 * `dcsim report <dirs...>`: rebuild report.html from report.json; several folders make a
 * comparison page.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { makeDirs } from '../../output/atomic-dir.js';
import { OutputWriteError } from '../../output/ownership.js';
import { defaultLabels, writeReportHtml } from '../../report/html.js';
import { readReportFile, ReportFileError } from '../../report/read-report.js';
import type { Report } from '../../report/schema.js';
import { EXIT, type CliIo } from '../../io.js';
import { ExitSignal, shown, writingOutput } from './support.js';

/** Run labels for a comparison: scenario names, or folder names when scenario names repeat. */
function reportLabels(reports: readonly Report[], folders: readonly string[]): string[] {
  const names = reports.map((r) => r.run.scenario);
  if (new Set(names).size === names.length) return names;
  const byFolder = folders.map((f, k) => `${names[k] as string} (${path.basename(f)})`);
  return new Set(byFolder).size === byFolder.length ? byFolder : defaultLabels(reports);
}


export function addReportCommand(program: Command, io: CliIo): void {
  program
    .command('report')
    .description('rebuild report.html from report.json; several folders make a comparison page')
    .argument('<dirs...>', 'report folder(s) holding report.json')
    .option('--out <file>', 'page to write (default: <dir>/report.html, or reports/comparison.html for several)')
    .action((dirs: string[], opts: { out?: string }) => {
      const folders = dirs.map((d) => path.resolve(io.cwd, d));
      const reports = folders.map((dir) => {
        const file = path.join(dir, 'report.json');
        try {
          return readReportFile(file, shown(io, file));
        } catch (err) {
          if (err instanceof ReportFileError) {
            io.stderr(`error: ${err.message}\n`);
            throw new ExitSignal(EXIT.invalidScenario);
          }
          throw err;
        }
      });
      const defaultOut = folders.length === 1 ? path.join(folders[0] as string, 'report.html') : path.join(io.cwd, 'reports', 'comparison.html');
      const out = opts.out !== undefined ? path.resolve(io.cwd, opts.out) : defaultOut;
      try {
        makeDirs(path.dirname(out), out);
      } catch (err) {
        if (!(err instanceof OutputWriteError)) throw err;
        io.stderr(`error: ${err.message}\n`);
        throw new ExitSignal(EXIT.outputExists);
      }
      writingOutput(io, () => writeReportHtml(out, reports, { labels: reportLabels(reports, folders) }));
      io.stdout(`report: ${shown(io, out)}\n`);
    });
}
