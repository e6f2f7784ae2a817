/**
 * Redis connections for distributed sweeps, from a URL as ioredis users write it:
 * `redis://[[user]:password@]host[:port][/db]`, or `rediss://` for TLS (the system's CA
 * store; the password may also come from REDISCLI_AUTH, as for redis-cli). The first connection
 * fails fast with a plain message (`cannot reach Redis at redis://127.0.0.1:6390/0: connection
 * refused`); once connected, a client reconnects on its own as BullMQ expects.
 */
import { Redis } from 'ioredis';
import { RedisUnreachableError, RedisUrlError } from './errors.js';
import { checkRedisUrl, redactUrl } from './redis-url.js';
export { RedisUnreachableError, RedisUrlError, checkRedisUrl, redactUrl };
export interface ConnectOptions {
    readonly connectTimeoutMs?: number;
    readonly name?: string;
}
/**
 * A connected client (ping answered). `maxRetriesPerRequest: null` as BullMQ requires of the
 * connections its workers block on.
 */
export declare function connectRedis(url: string, options?: ConnectOptions): Promise<Redis>;
