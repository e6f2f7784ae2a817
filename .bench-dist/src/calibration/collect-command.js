/**
 * `dcsim collect`: the collector on this machine (system probe), one NDJSON line written (and
 * flushed) per record, what the first sample could not read said at once.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { checkReplaceableFile } from '../output/ownership.js';
import path from 'node:path';
import { EXIT } from '../cli/io.js';
import { collect } from './collect/collector.js';
import { systemProbe } from './collect/system-probe.js';
import { durationMs, Fail, guarded, shown } from './command-support.js';
/** `dcsim collect`: samples this host into an NDJSON trace until the duration or `signal`. */
export function collectCommand(o, io, signal) {
    return guarded(io, async () => {
        const intervalMs = durationMs(o.interval, '--interval');
        const duration = o.duration !== undefined ? durationMs(o.duration, '--duration') : undefined;
        const samples = o.samples !== undefined ? Number(o.samples) : undefined;
        if (samples !== undefined && !(Number.isInteger(samples) && samples > 0))
            throw new Fail(EXIT.usage, `--samples: expected a whole number > 0, found '${o.samples}'`);
        const out = path.resolve(io.cwd, o.out);
        checkReplaceableFile(out, o.force, (head) => head.startsWith('{"type":"header","format":"dcsim-collect"'), 'trace written by dcsim collect');
        let fd;
        try {
            fd = openSync(out, 'w');
        }
        catch (err) {
            throw new Fail(EXIT.outputExists, `cannot write ${shown(io, out)}: ${err.code ?? err.message}`);
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
                    if (!line.startsWith('{"type":"sample"'))
                        return;
                    // What the first sample could not read is worth saying at once (permissions, no KSM).
                    const missing = n === 0 ? JSON.parse(line).missing : [];
                    if (!o.quiet)
                        for (const m of missing)
                            io.stderr(`warning: not collected: ${m}\n`);
                    n++;
                },
            });
        }
        finally {
            closeSync(fd);
        }
        if (!o.quiet)
            io.stdout(`collected ${n} sample(s) into ${shown(io, out)}\n`);
        return EXIT.ok;
    });
}
//# sourceMappingURL=collect-command.js.map