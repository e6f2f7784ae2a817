/**
 * Redis URLs as ioredis users write them (`redis://[[user]:password@]host[:port][/db]`,
 * `rediss://` for TLS): checked before anything connects, and shown with the password hidden.
 * No Redis client is loaded here.
 */
import { RedisUrlError } from './errors.js';
/** The URL with its password hidden, for messages. */
export function redactUrl(url) {
    try {
        const u = new URL(url);
        if (u.password !== '')
            u.password = '***';
        return u.toString();
    }
    catch {
        return url;
    }
}
/** Checks the URL's form; returns it with the db (default 0) made explicit, for messages. */
export function checkRedisUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new RedisUrlError(`--queue ${url}: expected a Redis URL such as redis://127.0.0.1:6379/0 (rediss:// for TLS)`);
    }
    if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
        throw new RedisUrlError(`--queue ${url}: expected redis:// or rediss://, not ${u.protocol}//`);
    if (u.hostname === '')
        throw new RedisUrlError(`--queue ${url}: no host`);
    const db = u.pathname.replace(/^\//, '');
    if (db !== '' && !/^\d+$/.test(db))
        throw new RedisUrlError(`--queue ${url}: the database after the host must be a number, e.g. /0`);
    if (db === '')
        u.pathname = '/0';
    return u.toString();
}
//# sourceMappingURL=redis-url.js.map