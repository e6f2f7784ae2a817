/**
 * `dcsim collect`: the collector on this machine (system probe), one NDJSON line written (and
 * flushed) per record, what the first sample could not read said at once.
 */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { checkReplaceableFile } from '../output/ownership.js';
import path from 'node:path';
import { EXIT, type CliIo } from '../io.js';
import { collect } from './collect/collector.js';
import { systemProbe } from './collect/system-probe.js';
import { durationMs, Fail, guarded, shown } from './command-support.js';

export interface CollectCommandOptions {
  interval: string;
  duration?: string;
  samples?: string;
  out: string;
  connect?: string;
  force: boolean;
  quiet: boolean;
}

/** `dcsim collect`: samples this host into an NDJSON trace until the duration or `signal`. */
export function collectCommand(o: CollectCommandOptions, io: CliIo, signal?: AbortSignal): Promise<number> {
  return guarded(io, async () => {
    const intervalMs = durationMs(o.interval, '--interval');
    const duration = o.duration !== undefined ? durationMs(o.duration, '--duration') : undefined;
    const samples = o.samples !== undefined ? Number(o.samples) : undefined;
    if (samples !== undefined && !(Number.isInteger(samples) && samples > 0)) throw new Fail(EXIT.usage, `--samples: expected a whole number > 0, found '${o.samples}'`);
    const out = path.resolve(io.cwd, o.out);
    checkReplaceableFile(out, o.force, (head) => head.startsWith('{"type":"header","format":"dcsim-collect"'), 'trace written by dcsim collect');
    let fd: number;
    try {
      fd = openSync(out, 'w');
    } catch (err) {
      throw new Fail(EXIT.outputExists, `cannot write ${shown(io, out)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    let n = 0;
    try {
      await collect(systemProbe(), {
        intervalMs,
        ...(duration !== undefined ? { durationMs: duration } : {}),
        ...(samples !== undefined ? { maxSamples: samples } : {}),
        ...(o.connect !== undefined ? { connect: o.connect } : {}),
        ...(signal ? { signal } : {}),
        write: (line) => {
          writeSync(fd, `${line}\n`);
          if (!line.startsWith('{"type":"sample"')) return;
          // What the first sample could not read is worth saying at once (permissions, no KSM).
          const missing = n === 0 ? (JSON.parse(line) as { missing: string[] }).missing : [];
          if (!o.quiet) for (const m of missing) io.stderr(`warning: not collected: ${m}\n`);
          n++;
        },
      });
    } finally {
      closeSync(fd);
    }
    if (!o.quiet) io.stdout(`collected ${n} sample(s) into ${shown(io, out)}\n`);
    return EXIT.ok;
  });
}
