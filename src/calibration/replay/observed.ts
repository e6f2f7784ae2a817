/**
 * The observed side of the comparison: a host trace's series put on the replay grid, in the
 * units of metrics.ts. Steal is Σ vcpu.N.delay over Σ vCPUs of the replayed VMs, as the
 * simulator's host CPU ready is Σ ready over Σ vCPU capacity of the host's VMs; per VM, Σ
 * vcpu.N.delay over its own vCPUs (what the fit compares, metrics.ts).
 */
import { resampleGauge, resampleRate, type Grid } from '../resample.js';
import type { HostTrace, VmTrace } from '../trace.js';
import { PAGE_MIB } from '../units.js';
import type { HostGridSeries } from './metrics.js';

function sumOver(vms: readonly VmTrace[], g: Grid, pick: (v: VmTrace) => Float64Array | null): Float64Array {
  const out = new Float64Array(g.cells).fill(NaN);
  for (const v of vms) {
    const s = pick(v);
    if (s === null) continue;
    for (let k = 0; k < g.cells; k++) {
      const x = s[k];
      if (Number.isFinite(x)) out[k] = (Number.isFinite(out[k]) ? (out[k]) : 0) + x;
    }
  }
  return out;
}

export function observedOnGrid(name: string, h: HostTrace, vms: readonly VmTrace[], vcpus: readonly number[], g: Grid): HostGridSeries {
  const totalVcpus = vcpus.reduce((a, b) => a + b, 0);
  const steal = sumOver(vms, g, (v) => (v.stealCores.v.length > 0 ? resampleRate(v.stealCores, g) : null)).map((x) => (totalVcpus > 0 ? (x / totalVcpus) * 100 : NaN));
  const balloon = sumOver(vms, g, (v) => {
    if (v.balloonMiB.v.length === 0 || v.memoryMiB === null) return null;
    const mem = v.memoryMiB;
    return resampleGauge(v.balloonMiB, g).map((x) => Math.max(0, mem - x));
  });
  const vmSteal = vms.map((v, i) => {
    const n = vcpus[i] ?? 1;
    return v.stealCores.v.length > 0 ? resampleRate(v.stealCores, g).map((x) => (x / n) * 100) : new Float64Array(g.cells).fill(NaN);
  });
  return {
    host: name,
    vmSteal,
    cpu: resampleRate(h.cpuBusyPct, g),
    steal,
    ksm: resampleGauge(h.ksmPagesSharing, g).map((x) => x * PAGE_MIB),
    ksmShared: resampleGauge(h.ksmPagesShared, g).map((x) => x * PAGE_MIB),
    swap: resampleGauge(h.swapUsedMiB, g),
    swapIn: resampleRate(h.swapInMiBps, g),
    swapOut: resampleRate(h.swapOutMiBps, g),
    balloon,
    zswap: resampleGauge(h.zswapPoolMiB, g),
  };
}
