/**
 * `dcsim collect`: sample this KVM host into an NDJSON trace for replay and calibrate
 * (src/calibration/collect-command.ts); stops at Ctrl-C, SIGTERM or its limits.
 */
import type { Command } from 'commander';
import { collectCommand } from '../../calibration/commands.js';
import type { CliIo } from '../../io.js';
import { endWith } from './support.js';

export function addCollectCommand(program: Command, io: CliIo): void {
  program
    .command('collect')
    .description('sample this KVM host (virsh domstats, /proc, KSM, zswap) into an NDJSON trace for replay and calibrate')
    .option('--interval <duration>', 'time between samples', '10s')
    .option('--duration <duration>', 'stop after this long (default: until Ctrl-C)')
    .option('--samples <n>', 'stop after this many samples')
    .option('--out <file>', 'trace file to write', 'trace.ndjson')
    .option('--connect <uri>', 'libvirt URI for virsh -c, e.g. qemu:///system')
    .option('--force', 'replace an existing trace file', false)
    .option('--quiet', 'print nothing but errors', false)
    .action(async (opts: { interval: string; duration?: string; samples?: string; out: string; connect?: string; force: boolean; quiet: boolean }) => {
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        endWith(await collectCommand(opts, io, stop.signal));
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
