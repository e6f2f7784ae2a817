/**
 * Kernel throughput benchmark: the classic "hold" model.
 *
 * The queue is filled with `pending` events; every fired event schedules one
 * replacement at now + Exp(mean), so the queue size stays constant and each
 * operation is one pop plus one push through the full Kernel API. Only the
 * hold phase is timed.
 */
import { exponential, HOUR, Kernel, uniformAt } from '../../src/engine/index.js';
/** Mean event spacing per pending event; integer times make ties rare but possible. */
const MEAN_DELAY = HOUR;
const SEED = 0x5eed;
export function benchKernelHold(pending, operations) {
    const kernel = new Kernel();
    let counter = 0;
    let fired = 0;
    kernel.on(0, (target) => {
        const delay = Math.floor(exponential(uniformAt(SEED, counter++), MEAN_DELAY));
        kernel.schedule(kernel.now + delay, 0, target);
        if (++fired === operations)
            kernel.stop();
    });
    for (let i = 0; i < pending; i++) {
        kernel.schedule(Math.floor(exponential(uniformAt(SEED, counter++), MEAN_DELAY)), 0, i);
    }
    const start = process.hrtime.bigint();
    kernel.run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (fired !== operations)
        throw new Error(`benchKernelHold: fired ${fired}, expected ${operations}`);
    return { eventsPerSecond: operations / seconds, seconds };
}
if (import.meta.url === `file://${process.argv[1]}`) {
    const small = benchKernelHold(1e5, 2e6);
    console.log(`kernel.hold.1e5: ${Math.round(small.eventsPerSecond)} events/s`);
    const large = benchKernelHold(1e6, 3e6);
    console.log(`kernel.hold.1e6: ${Math.round(large.eventsPerSecond)} events/s`);
}
//# sourceMappingURL=kernel.js.map