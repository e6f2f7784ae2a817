import { type CliIo } from '../cli/io.js';
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
export declare function collectCommand(o: CollectCommandOptions, io: CliIo, signal?: AbortSignal): Promise<number>;
