/**
 * A workload re-expressed for a resized VM, so that it asks for the same MHz and MiB as before:
 * workload levels are fractions of the VM's configuration (scenario schema, Workload), so after
 * resizing from `oldVcpus` to `newVcpus` each CPU level is multiplied by oldVcpus / newVcpus, and
 * each memory level by oldGiB / newGiB, capped at 1 (a VM cannot ask for more than it has). The
 * demand asked for therefore never rises: level' × new ≤ level × old, equal unless capped.
 * Trace workloads replay recorded percentages and cannot be rescaled: null.
 */

const CPU_FIELDS: Record<string, readonly string[]> = {
  constant: ['cpu'],
  diurnal: ['low', 'high'],
  'random-walk': ['start', 'min', 'max'],
  uniform: ['min', 'max'],
  'on-off': ['on', 'off'],
};
const MEMORY_FIELDS = ['memory', 'memoryHigh'] as const;

/** Rounded to 6 decimals downwards, so rounding never raises demand either. */
const down = (x: number): number => Math.floor(Math.min(1, x) * 1e6) / 1e6;

/** The workload with its levels rescaled, or null when it cannot be (traces, unknown types). */
export function scaleWorkload(workload: Readonly<Record<string, unknown>>, cpuFactor: number, memoryFactor: number): Record<string, unknown> | null {
  const fields = CPU_FIELDS[String(workload.type)];
  if (fields === undefined) return null;
  const out: Record<string, unknown> = { ...workload };
  for (const f of fields) if (typeof out[f] === 'number') out[f] = down((out[f]) * cpuFactor);
  // Active memory defaults to 25 % of the VM (scenario schema, MemoryActive) when not written.
  if (out.memory === undefined) out.memory = 0.25;
  for (const f of MEMORY_FIELDS) if (typeof out[f] === 'number') out[f] = down((out[f]) * memoryFactor);
  return out;
}
