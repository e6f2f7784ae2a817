/** QEMU cpu-throttle-initial: the first auto-converge throttle (%). */
export const AUTO_CONVERGE_INITIAL_PCT = 20;
/** QEMU cpu-throttle-increment default (%). */
export const AUTO_CONVERGE_STEP_PCT = 10;
/** QEMU max-cpu-throttle default (%): the guest always keeps 1 % of its CPU. */
export const AUTO_CONVERGE_MAX_PCT = 99;
const NON_CONVERGENCE = ['abort', 'auto-converge', 'force'];
function check(ok, what, value) {
    if (!ok)
        throw new RangeError(`${what} (got ${String(value)})`);
}
function finiteAtLeast(x, min, name) {
    check(Number.isFinite(x) && x >= min, `planPreCopy: ${name} must be a finite number ≥ ${min}`, x);
}
function validate(p) {
    finiteAtLeast(p.memoryMiB, 0, 'memoryMiB');
    finiteAtLeast(p.dirtyMiBps, 0, 'dirtyMiBps');
    // +Infinity is allowed and means "no working-set limit" (RAM still bounds it).
    check(p.workingSetMiB >= 0, 'planPreCopy: workingSetMiB must be a number ≥ 0', p.workingSetMiB);
    const b = p.bandwidthMiBps;
    check(Number.isFinite(b) && b > 0, 'planPreCopy: bandwidthMiBps must be a finite number > 0', b);
    finiteAtLeast(p.maxDowntimeMs, 0, 'maxDowntimeMs');
    check(Number.isInteger(p.maxRounds) && p.maxRounds >= 1, 'planPreCopy: maxRounds must be an integer ≥ 1', p.maxRounds);
    const mode = p.nonConvergence;
    check(NON_CONVERGENCE.includes(mode), "planPreCopy: nonConvergence must be 'abort', 'auto-converge' or 'force'", mode);
    // QEMU accepts cpu-throttle-increment 1..100; the lower bound also bounds the auto-converge loop.
    const step = p.autoConvergeStepPct;
    const stepOk = step === undefined || (Number.isFinite(step) && step >= 1 && step <= 100);
    check(stepOk, 'planPreCopy: autoConvergeStepPct must be in [1, 100]', step);
}
/**
 * Plans one pre-copy migration. Round k sends x_k (x_1 = M) in x_k / b; the guest dirties
 * r_k = min(d·(1 − throttle)·x_k / b, W) meanwhile. If r_k / b ≤ maxDowntime the VM pauses and
 * r_k is sent (the downtime), else r_k is round k+1. For d < b and no cap, x_k = M (d/b)^(k−1).
 * Sizes, times and the stop test all use x·1000/b, so a larger dirty rate never shortens the plan
 * and a converged plan never exceeds maxDowntime, exactly, in floating point.
 */
export function planPreCopy(input) {
    validate(input);
    const b = input.bandwidthMiBps;
    // Dirtied pages are RAM pages: the working set can never exceed RAM.
    const cap = Math.min(input.workingSetMiB, input.memoryMiB);
    const step = input.autoConvergeStepPct ?? AUTO_CONVERGE_STEP_PCT;
    let x = input.memoryMiB; // data sent by the current round (MiB)
    let rounds = 0;
    let throttlePct = 0;
    let durationMs = 0;
    let transferredMiB = 0;
    // Bounded: maxRounds plain rounds, then at most ceil((99 − 20) / step) + 1 ≤ 80 auto-converge
    // rounds, because each one raises the throttle by ≥ 1 % and 99 % is the last.
    for (;;) {
        rounds++;
        durationMs += (x * 1000) / b;
        transferredMiB += x;
        const dirty = input.dirtyMiBps * (1 - throttlePct / 100);
        const rest = Math.min((dirty * x) / b, cap);
        const restMs = (rest * 1000) / b;
        const fits = restMs <= input.maxDowntimeMs;
        const exhausted = rounds >= input.maxRounds;
        const force = exhausted &&
            (input.nonConvergence === 'force' ||
                // Auto-converge gives up after the round run at the highest throttle (QEMU would keep
                // iterating at 99 %; we stop-and-copy, which bounds the loop).
                (input.nonConvergence === 'auto-converge' && throttlePct >= AUTO_CONVERGE_MAX_PCT));
        if (fits || force) {
            // Stop-and-copy: pause the guest and send the remainder (longer than maxDowntime when forced).
            return {
                converged: true,
                durationMs: durationMs + restMs,
                rounds,
                transferredMiB: transferredMiB + rest,
                downtimeMs: restMs,
                throttlePct,
            };
        }
        if (exhausted && input.nonConvergence === 'abort') {
            // Aborted at the end of the last round: the VM keeps running on the source, nothing paused.
            return { converged: false, durationMs, rounds, transferredMiB, downtimeMs: 0, throttlePct };
        }
        if (exhausted) {
            // Auto-converge: throttle the guest during the next round (20 %, then + step, at most 99 %).
            throttlePct =
                throttlePct === 0 ? AUTO_CONVERGE_INITIAL_PCT : Math.min(throttlePct + step, AUTO_CONVERGE_MAX_PCT);
        }
        x = rest;
    }
}
/**
 * CPU (MHz) vMotion reserves on each of the source and destination hosts while a migration runs
 * (DOMAIN.md: 30 % of a core for 1 GbE, a full core for 10 GbE). Between 1 and 10 GbE we
 * interpolate linearly (our assumption, VMware gives only the two points); below 1 GbE it stays at
 * 30 %, at 10 GbE and faster it is capped at one core.
 */
export function migrationCpuMhz(nicGbps, coreMhz) {
    check(Number.isFinite(nicGbps) && nicGbps > 0, 'migrationCpuMhz: nicGbps must be a finite number > 0', nicGbps);
    check(Number.isFinite(coreMhz) && coreMhz >= 0, 'migrationCpuMhz: coreMhz must be a finite number ≥ 0', coreMhz);
    if (nicGbps >= 10)
        return coreMhz;
    if (nicGbps <= 1)
        return (coreMhz * 3) / 10;
    return (coreMhz * (3 + (7 * (nicGbps - 1)) / 9)) / 10;
}
//# sourceMappingURL=precopy.js.map