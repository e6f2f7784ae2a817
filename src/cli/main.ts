/**
 * The dcsim command line. `main(argv, io)` is testable in-process; it builds the program from one
 * file per command (commands/) and turns how a command ended into the exit code. This folder is
 * the only place that touches the process, the file system paths of the user, and the wall clock
 * (through the injected io).
 */
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { EXIT, type CliIo } from '../io.js';
import { addCalibrateCommand } from './commands/calibrate.js';
import { addCollectCommand } from './commands/collect.js';
import { addHeadroomCommand } from './commands/headroom.js';
import { addGenerateCommand } from './commands/generate.js';
import { addImportCommand } from './commands/import.js';
import { addLabCommand } from './commands/lab.js';
import { addOverlayCommand } from './commands/overlay.js';
import { addPresetsCommand } from './commands/presets.js';
import { addReplayCommand } from './commands/replay.js';
import { addReportCommand } from './commands/report.js';
import { addRightsizeCommand } from './commands/rightsize.js';
import { addRunCommand } from './commands/run.js';
import { addRunwayCommand } from './commands/runway.js';
import { addSchemaCommand } from './commands/schema.js';
import { addSizeCommand } from './commands/size.js';
import { addSweepCommand } from './commands/sweep.js';
import { ExitSignal } from './commands/support.js';
import { addValidateCommand } from './commands/validate.js';
import { addWhatifCommand } from './commands/whatif.js';
import { addWorkerCommand } from './commands/worker.js';

function buildProgram(io: CliIo): Command {
  const program = new Command();
  program
    .name('dcsim')
    .description('Deterministic discrete-event datacenter simulator for capacity planning')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run dcsim --help for usage)');
  // In the order `dcsim --help` lists them.
  addRunCommand(program, io);
  addValidateCommand(program, io);
  addReportCommand(program, io);
  addWhatifCommand(program, io);
  addPresetsCommand(program, io);
  addSweepCommand(program, io);
  addSizeCommand(program, io);
  addWorkerCommand(program, io);
  addCollectCommand(program, io);
  addReplayCommand(program, io);
  addCalibrateCommand(program, io);
  addOverlayCommand(program, io);
  addImportCommand(program, io);
  addGenerateCommand(program, io);
  addRightsizeCommand(program, io);
  addRunwayCommand(program, io);
  addHeadroomCommand(program, io);
  addLabCommand(program, io);
  addSchemaCommand(program, io);
  return program;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof ExitSignal) return err.code;
    if (err instanceof CommanderError) {
      // Help and version exit with 0; everything else commander rejects is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`internal error: ${message}\n`);
    return EXIT.internal;
  }
}
