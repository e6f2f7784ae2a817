/**
 * `dcsim presets`: the failure presets and SPECpower server curves a scenario can name.
 */
import type { Command } from 'commander';
import type { CliIo } from '../../io.js';
import { renderPresets } from '../presets.js';

export function addPresetsCommand(program: Command, io: CliIo): void {
  program
    .command('presets')
    .description('list the built-in failure presets and SPECpower server curves a scenario can name')
    .action(() => {
      io.stdout(renderPresets());
    });
}
