/**
 * `dcsim replay <trace>`: replay a trace's VMs through the simulator and compare with what the
 * host did (src/calibration/).
 */
import type { Command } from 'commander';
import { replayCommand } from '../../calibration/commands.js';
import type { CliIo } from '../../io.js';
import { endWith } from './support.js';
import { traceOptions } from './trace-options.js';

export function addReplayCommand(program: Command, io: CliIo): void {
  traceOptions(
    program
      .command('replay')
      .description('replay a trace\'s VMs through the simulator and compare host CPU, steal, KSM, swap and balloon with what the host did')
      .argument('<trace>', 'trace file or folder (collector NDJSON, virsh domstats text, capture folder, Prometheus scrape, …)'),
  ).action(async (file: string, opts: Parameters<typeof replayCommand>[1]) => {
    endWith(await replayCommand(file, opts, io));
  });
}
