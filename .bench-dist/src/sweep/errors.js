/**
 * Errors of distributed sweeps that the command reports as plain messages. Kept apart from
 * redis.ts so that the CLI can tell them apart without loading the Redis client.
 */
export class RedisUnreachableError extends Error {
}
export class RedisUrlError extends Error {
}
//# sourceMappingURL=errors.js.map