/**
 * CPU ready (%RDY, KVM vcpu delay, guest steal): time a runnable vCPU waited for a core.
 * %RDY = ready_ms / (interval_s × 1000) × 100 per vCPU (DOMAIN.md, CPU; Broadcom KB 387750).
 * In rate form, ready MHz over the VM's vCPU capacity gives the same %; ready MHz is unmet
 * runnable demand plus, when a host sets readyPerRun, the run-queue wait of waking vCPUs
 * (run-queue.ts).
 */
/** Ready % per vCPU from unmet MHz: readyMhz / (vCPUs × core MHz) × 100. */
export declare function readyPct(readyMhz: number, vcpus: number, coreMhz: number): number;
/** Ready milliseconds summed over vCPUs (vCenter's "ready" summation) for an integral in MHz·ms. */
export declare function readyMs(readyMhzMs: number, coreMhz: number): number;
/** Rule-of-thumb bands for %RDY per vCPU (DOMAIN.md: < 2.5 fine, 2.5–5 watch, 5–10 significant, > 10 bad). */
export type ReadyBand = 'fine' | 'watch' | 'significant' | 'bad';
export declare function readyBand(pct: number): ReadyBand;
