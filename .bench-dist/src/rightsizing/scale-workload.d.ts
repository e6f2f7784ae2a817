/**
 * A workload re-expressed for a resized VM, so that it asks for the same MHz and MiB as before:
 * workload levels are fractions of the VM's configuration (scenario schema, Workload), so after
 * resizing from `oldVcpus` to `newVcpus` each CPU level is multiplied by oldVcpus / newVcpus, and
 * each memory level by oldGiB / newGiB, capped at 1 (a VM cannot ask for more than it has). The
 * demand asked for therefore never rises: level' × new ≤ level × old, equal unless capped.
 * Trace workloads replay recorded percentages and cannot be rescaled: null.
 */
/** The workload with its levels rescaled, or null when it cannot be (traces, unknown types). */
export declare function scaleWorkload(workload: Readonly<Record<string, unknown>>, cpuFactor: number, memoryFactor: number): Record<string, unknown> | null;
