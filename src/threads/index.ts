/** Worker threads: the one pool (pool.ts), the thread side (serve.ts), where an entry module is (entry.ts). */
export { threadEntry } from './entry.js';
export { WorkerPool, WorkerTaskError, type PoolOptions } from './pool.js';
export { serveTasks } from './serve.js';
