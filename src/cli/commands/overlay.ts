/**
 * `dcsim overlay <scenario> <overlay>`: a calibration overlay applied to a scenario, written as
 * the complete scenario.
 */
import type { Command } from 'commander';
import { overlayCommand } from '../../calibration/commands.js';
import type { CliIo } from '../../io.js';
import { endWith } from './support.js';

export function addOverlayCommand(program: Command, io: CliIo): void {
  program
    .command('overlay')
    .description('apply a calibration overlay to a scenario and write the complete scenario (for dcsim run)')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .argument('<overlay>', 'overlay YAML (from dcsim calibrate)')
    .option('--out <file>', 'scenario to write (default: <scenario>.calibrated.yaml beside it)')
    .option('--force', 'replace an existing file', false)
    .action(async (scenario: string, overlay: string, opts: { out?: string; force: boolean }) => {
      endWith(await overlayCommand(scenario, overlay, opts, io));
    });
}
