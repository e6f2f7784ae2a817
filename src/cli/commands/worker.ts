/**
 * `dcsim worker --queue <url>`: process sweep runs from a BullMQ queue until SIGINT or SIGTERM.
 */
import type { Command } from 'commander';
import { workerCommand } from '../../sweep/index.js';
import type { CliIo } from '../../io.js';
import { endWith } from './support.js';

export function addWorkerCommand(program: Command, io: CliIo): void {
  program
    .command('worker')
    .description('process sweep and size runs from a BullMQ queue until stopped (SIGINT / SIGTERM)')
    .requiredOption('--queue <url>', 'Redis URL, e.g. redis://127.0.0.1:6379/0 (rediss:// for TLS)')
    .option('--concurrency <n>', 'runs at a time, each on a worker thread (default: the machine\'s cores)')
    .option('--lock-duration <ms>', 'job lock; a job whose worker died is retried after it expires (BullMQ default 30000)')
    .option('--stalled-interval <ms>', 'how often this worker checks for stalled jobs (BullMQ default 30000)')
    .option('--max-stalled <n>', 'times a job may stall before it fails (BullMQ default 1)')
    .option('--quiet', 'print nothing but errors', false)
    .action(async (opts: { queue: string; concurrency?: string; lockDuration?: string; stalledInterval?: string; maxStalled?: string; quiet: boolean }) => {
      const stop = new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      endWith(await workerCommand(opts, io, stop));
    });
}
