/**
 * Sweep test helpers: a tiny scenario (runs of tens of milliseconds), the built CLI as a child
 * process with its output lines, a real redis-server on a free loopback port, and a sweep
 * folder read as {file → text} with summary.json's `run` section (wall time, workers) left out.
 */
import { type ChildProcess } from 'node:child_process';
export declare const BIN: string;
export declare const REDIS_SERVER = "/usr/bin/redis-server";
export interface TinyOptions {
    duration?: string;
    vms?: number;
    sweep?: boolean;
    replications?: number;
    /** Clusters, each a copy of c1 (c1, c2, …). */
    clusters?: number;
}
/** One cluster (or `clusters` alike), 4 hosts, `vms` VMs of a noisy diurnal load; a 3 × 2 sweep section when asked. */
export declare function tinyScenario(o?: TinyOptions): string;
/** A temp folder holding tiny.yaml. */
export declare function workdir(o?: TinyOptions): string;
/** Every file under `dir` (relative path → text), summary.json without its `run` section. */
export declare function folderContents(dir: string): Record<string, string>;
/** A child process of the built CLI with its output collected line by line. */
export declare class CliProcess {
    readonly child: ChildProcess;
    out: string;
    err: string;
    readonly exited: Promise<number | null>;
    constructor(args: string[], cwd: string);
    /** Resolves with the first stdout line matching `re` (polling), or rejects after `ms`. */
    waitFor(re: RegExp, ms?: number): Promise<RegExpExecArray>;
    /** Resolves once `n` stdout lines match `re`. */
    waitForLines(re: RegExp, n: number, ms?: number): Promise<void>;
    lines(re: RegExp): string[];
    kill(signal: NodeJS.Signals): void;
}
export declare function sleep(ms: number): Promise<void>;
/** A free TCP port on 127.0.0.1 (asked of the kernel, then released). */
export declare function freePort(): Promise<number>;
export interface RedisServer {
    readonly port: number;
    readonly url: string;
    stop(): Promise<void>;
}
/** Starts redis-server on a free loopback port, without persistence; resolves once it accepts connections. */
export declare function startRedis(): Promise<RedisServer>;
