/** Public API of the event kernel. */
export { SECOND, MINUTE, HOUR, DAY, WEEK } from './time.js';
export { EventQueue, NO_EVENT, MAX_PRIORITY, } from './event-queue.js';
export { Kernel, MAX_KIND } from './kernel.js';
export { hashSeed, uniformAt, RandomStream, RandomStreams, exponential, normalFromUniforms, weibull, lognormal, } from './rng.js';
export { nextUniform } from './entity-streams.js';
export { fastNormal, inverseNormalCdf } from './normal-table.js';
//# sourceMappingURL=index.js.map