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
function why(err, timeoutMs) {
    const e = err;
    const code = e.code ?? '';
    const msg = e.message ?? String(err);
    if (code === 'ECONNREFUSED' || /ECONNREFUSED/.test(msg))
        return 'connection refused';
    if (code === 'ETIMEDOUT' || /ETIMEDOUT|timed? ?out/i.test(msg))
        return `no answer within ${Math.round(timeoutMs / 1000)} s`;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /ENOTFOUND|EAI_AGAIN/.test(msg))
        return 'host not found';
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return 'host unreachable';
    if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(msg))
        return `authentication failed (${msg.split('\n')[0]})`;
    if (/SSL|TLS|certificate|wrong version number/i.test(msg))
        return `TLS handshake failed (${msg.split('\n')[0]})`;
    if (/Unknown RESP type|Protocol error/i.test(msg))
        return 'the server there does not speak the Redis protocol';
    return msg.split('\n')[0] ?? msg;
}
/**
 * A connected client (ping answered). `maxRetriesPerRequest: null` as BullMQ requires of the
 * connections its workers block on.
 */
export async function connectRedis(url, options = {}) {
    const full = checkRedisUrl(url);
    const timeout = options.connectTimeoutMs ?? 5000;
    let connected = false;
    const env = process.env['REDISCLI_AUTH'];
    const client = new Redis(full, {
        lazyConnect: true,
        connectTimeout: timeout,
        maxRetriesPerRequest: null,
        ...(new URL(full).password === '' && env ? { password: env } : {}),
        ...(options.name ? { connectionName: options.name } : {}),
        // Fail fast until the first connection; then reconnect with a capped backoff.
        retryStrategy: (times) => (connected ? Math.min(times * 200, 5000) : null),
    });
    let last = null;
    client.on('error', (err) => {
        last = err;
    });
    try {
        await client.connect();
        await client.ping();
        connected = true;
        return client;
    }
    catch (err) {
        client.disconnect();
        const reason = why(last ?? err, timeout);
        const hint = full.startsWith('rediss:') && reason.startsWith('no answer') ? ' (rediss:// speaks TLS: is TLS enabled on that port?)' : '';
        throw new RedisUnreachableError(`cannot reach Redis at ${redactUrl(full)}: ${reason}${hint}`);
    }
}
//# sourceMappingURL=redis.js.map