/**
 * The observed side of the comparison: a host trace's series put on the replay grid, in the
 * units of metrics.ts. Steal is Σ vcpu.N.delay over Σ vCPUs of the replayed VMs, as the
 * simulator's host CPU ready is Σ ready over Σ vCPU capacity of the host's VMs.
 */
import { type Grid } from '../resample.js';
import type { HostTrace, VmTrace } from '../trace.js';
import type { HostGridSeries } from './metrics.js';
export declare function observedOnGrid(name: string, h: HostTrace, vms: readonly VmTrace[], vcpus: readonly number[], g: Grid): HostGridSeries;
