export interface CommandResult {
    /** Exit code; null when the command could not be started (see `error`). */
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
    /** Why it could not run (e.g. ENOENT: virsh not installed). */
    readonly error?: string;
}
/** Everything the collector takes from the machine. */
export interface Probe {
    run(command: string, args: readonly string[]): Promise<CommandResult>;
    /** A file's text, or why it could not be read ("no such file", "permission denied"). */
    readText(path: string): {
        text: string;
    } | {
        error: string;
    };
    /** A folder's entries, or why it could not be listed. */
    list(path: string): {
        names: string[];
    } | {
        error: string;
    };
    /** Wall clock, Unix ms. */
    now(): number;
    /** Waits; resolves early when `signal` aborts. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export interface CollectOptions {
    readonly intervalMs: number;
    /** Stop after this long (ms); run until `signal` aborts otherwise. */
    readonly durationMs?: number;
    /** Stop after this many samples. */
    readonly maxSamples?: number;
    /** libvirt URI for `virsh -c`, e.g. qemu:///system. */
    readonly connect?: string;
    readonly signal?: AbortSignal;
    /** Receives each NDJSON line (without the newline). */
    readonly write: (line: string) => void;
}
export declare const DOMSTATS_ARGS: readonly ["domstats", "--raw", "--state", "--cpu-total", "--balloon", "--vcpu", "--block", "--interface"];
/** The header line: host name, nodeinfo and what was missing at start. */
export declare function headerRecord(probe: Probe, o: CollectOptions): Promise<Record<string, unknown>>;
/** One sample record. */
export declare function sampleRecord(probe: Probe, o: CollectOptions, seq: number): Promise<Record<string, unknown>>;
/** `virsh domstats --raw` output → domain name → field → verbatim value (numbers stay exact). */
export declare function splitDomains(text: string): {
    name: string;
    fields: Record<string, string>;
}[];
/** Runs the collector until its duration, sample count or signal says stop; returns samples taken. */
export declare function collect(probe: Probe, o: CollectOptions): Promise<number>;
