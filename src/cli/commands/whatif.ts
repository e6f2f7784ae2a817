/**
 * `dcsim whatif <checkpoint> --apply <overlay...>`: continue a checkpoint as-is and under each
 * overlay, one report folder each, and a page comparing them.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { isOutputError } from '../../output/ownership.js';
import { writeReportHtml } from '../../report/html.js';
import { readReportFile } from '../../report/read-report.js';
import type { Report } from '../../report/schema.js';
import { runIntoFolderAsync } from '../../run/run-to-folder.js';
import { CheckpointError, checkpointScenario, readCheckpoint, restore } from '../../api/checkpoint.js';
import { applyOverlay, OverlayError, readOverlay } from '../../api/overlay.js';
import { ScenarioError } from '../../scenario/index.js';
import { EXIT, type CliIo } from '../../io.js';
import { renderHeadline } from '../render.js';
import { ExitSignal, shown, writingOutput } from './support.js';

export function addWhatifCommand(program: Command, io: CliIo): void {
  program
    .command('whatif')
    .description('continue a checkpoint as-is and under each overlay, and compare the alternatives')
    .argument('<checkpoint>', 'checkpoint file written by dcsim run --checkpoint-at')
    .option('--apply <overlay...>', 'overlay files (YAML or JSON): events from the fork point, policy changes, power-offs')
    .option('--out <dir>', 'folder for the alternatives and comparison.html (default: reports/whatif-<scenario>)')
    .option('--force', 'replace existing alternative folders', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: { apply?: string[]; out?: string; force: boolean; quiet: boolean }) => {
      let ck;
      let overlays;
      try {
        ck = readCheckpoint(path.resolve(io.cwd, file));
        overlays = (opts.apply ?? []).map((f) => readOverlay(path.resolve(io.cwd, f)));
      } catch (err) {
        if (!(err instanceof CheckpointError || err instanceof OverlayError || err instanceof ScenarioError)) throw err;
        io.stderr(`error: ${err.message}\n`);
        throw new ExitSignal(EXIT.invalidScenario);
      }
      const names = overlays.map((o) => o.name);
      if (names.includes('as-is') || new Set(names).size !== names.length) {
        io.stderr(`error: overlay names must be unique and not "as-is": ${names.join(', ')}\n`);
        throw new ExitSignal(EXIT.usage);
      }
      const forked = checkpointScenario(ck);
      const outDir = path.resolve(io.cwd, opts.out ?? path.join('reports', `whatif-${forked.spec.name}`));
      const alternatives = [{ name: 'as-is', overlay: null }, ...overlays.map((o) => ({ name: o.name, overlay: o }))];
      const reports: Report[] = [];
      for (const alt of alternatives) {
        const dir = path.join(outDir, alt.name);
        let refused: string[] = [];
        try {
          const checkpointData = ck;
          await runIntoFolderAsync(
            forked,
            {
              outDir: dir,
              force: opts.force,
              wallClock: io.wallClock,
              tag: io.tag,
              prepare: (sim) => {
                if (alt.overlay) refused = applyOverlay(sim, alt.overlay);
              },
            },
            (attach) => restore(checkpointData, { attach }),
          );
        } catch (err) {
          if (isOutputError(err)) {
            io.stderr(`error: ${err.message}\n`);
            throw new ExitSignal(EXIT.outputExists);
          }
          throw err;
        }
        for (const r of refused) io.stderr(`warning: ${alt.name}: refused: ${r}\n`);
        reports.push(readReportFile(path.join(dir, 'report.json')));
        if (!opts.quiet) io.stdout(renderHeadline(`${alt.name} (from t=${ck.t} ms)`, reports[reports.length - 1]!.headline));
      }
      const comparison = path.join(outDir, 'comparison.html');
      writingOutput(io, () => writeReportHtml(comparison, reports, { labels: alternatives.map((a) => a.name) }));
      if (!opts.quiet) io.stdout(`comparison: ${shown(io, comparison)}\n`);
    });
}
