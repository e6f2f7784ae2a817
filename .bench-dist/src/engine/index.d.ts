/** Public API of the event kernel. */
export { type Millis, SECOND, MINUTE, HOUR, DAY, WEEK } from './time.js';
export { EventQueue, type EventHandle, type QueueSnapshot, type QueuedEventRecord, type CancelledEventRecord, NO_EVENT, MAX_PRIORITY, } from './event-queue.js';
export { Kernel, type EventHandler, type KernelSnapshot, MAX_KIND } from './kernel.js';
export { hashSeed, uniformAt, RandomStream, RandomStreams, type RandomStreamState, type RandomStreamsSnapshot, exponential, normalFromUniforms, weibull, lognormal, } from './rng.js';
export { nextUniform } from './entity-streams.js';
export { fastNormal, inverseNormalCdf } from './normal-table.js';
