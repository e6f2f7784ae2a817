/** ESXi share presets: low / normal / high = 500 / 1000 / 2000 per vCPU (vSphere resource management). */
export const CPU_SHARES_PER_VCPU = { low: 500, normal: 1000, high: 2000 } as const;

/** ESXi memory share presets: 5 / 10 / 20 per MiB of configured memory. */
export const MEMORY_SHARES_PER_MIB = { low: 5, normal: 10, high: 20 } as const;

export type SharesLevel = keyof typeof CPU_SHARES_PER_VCPU;

/** Absolute CPU shares of a VM from a preset name or a number. */
export function cpuShares(level: SharesLevel | number, vcpus: number): number {
  return typeof level === 'number' ? level : CPU_SHARES_PER_VCPU[level] * vcpus;
}

/** Absolute memory shares of a VM from a preset name or a number. */
export function memoryShares(level: SharesLevel | number, memoryMiB: number): number {
  return typeof level === 'number' ? level : MEMORY_SHARES_PER_MIB[level] * memoryMiB;
}
