/**
 * `dcsim calibrate <trace> --fit <params>`: fit model parameters to a trace and write the overlay,
 * the calibrated scenario and a calibration report (src/calibration/).
 */
import type { Command } from 'commander';
import { calibrateCommand } from '../../calibration/commands.js';
import type { CliIo } from '../../io.js';
import { endWith } from './support.js';
import { traceOptions } from './trace-options.js';

export function addCalibrateCommand(program: Command, io: CliIo): void {
  traceOptions(
    program
      .command('calibrate')
      .description('fit model parameters to a trace; write the fitted overlay, the calibrated scenario and a calibration report')
      .argument('<trace>', 'trace file or folder')
      .requiredOption('--fit <params>', 'parameters to fit: cpuOverheadPct, ksmPagesPerSec, zeroPct, intraPct, interPct, compressiblePct, balloonRateMiBps, swapBandwidthMiBps')
      .option('--max-evals <n>', 'simulations the optimiser may spend (default 40 + 30 per parameter)'),
  ).action(async (file: string, opts: Parameters<typeof calibrateCommand>[1]) => {
    endWith(await calibrateCommand(file, opts, io));
  });
}
