/**
 * One output interval [t0, t1): averages over the interval per host and per cluster, in reused
 * typed arrays. Sinks read it during `onSample` and must copy what they keep.
 */
export interface HostFrame {
  readonly demandMhz: Float64Array;
  readonly grantedMhz: Float64Array;
  readonly readyPct: Float64Array; // per vCPU, over the host's VMs
  readonly utilPct: Float64Array; // granted / usable capacity
  readonly activeMiB: Float64Array;
  readonly consumedMiB: Float64Array;
  readonly freeMiB: Float64Array;
  readonly powerW: Float64Array;
  readonly energyWh: Float64Array;
  readonly memState: Uint8Array; // at t1
  // Memory reclamation, interval averages (MiB) and rates (MiB/s).
  readonly sharedMiB: Float64Array; // saved by page sharing
  readonly balloonMiB: Float64Array;
  readonly compressedMiB: Float64Array; // compression cache size (stored bytes)
  readonly compressionSavedMiB: Float64Array;
  readonly swappedMiB: Float64Array;
  readonly swapInMiBps: Float64Array;
  readonly swapOutMiBps: Float64Array;
  readonly blockedMiB: Float64Array; // guest allocations waiting for memory
  readonly stallPct: Float64Array; // demand lost to memory stalls, % of demand
  readonly upPct: Float64Array; // share of the interval the host served VMs
  readonly state: Uint8Array; // lifecycle state at the interval's end (HOST_*)
}

export interface ClusterFrame {
  readonly capacityMhz: Float64Array;
  readonly demandMhz: Float64Array;
  readonly grantedMhz: Float64Array;
  readonly utilPct: Float64Array;
  readonly maxHostUtilPct: Float64Array;
  readonly readyMeanPct: Float64Array;
  readonly readyP50Pct: Float64Array; // across VMs, of each VM's interval average
  readonly readyP95Pct: Float64Array;
  readonly readyP99Pct: Float64Array;
  readonly activeMiB: Float64Array;
  readonly consumedMiB: Float64Array;
  readonly memoryMiB: Float64Array; // host memory less hypervisor overhead
  readonly powerW: Float64Array;
  readonly energyWh: Float64Array;
  readonly worstMemState: Uint8Array;
  readonly hostsInState: Int32Array[]; // [cluster][state]
  readonly sharedMiB: Float64Array;
  readonly balloonMiB: Float64Array;
  readonly compressedMiB: Float64Array;
  readonly compressionSavedMiB: Float64Array;
  readonly swappedMiB: Float64Array;
  readonly swapInMiBps: Float64Array;
  readonly swapOutMiBps: Float64Array;
  readonly stallPct: Float64Array;
  readonly hostsUp: Float64Array; // mean number of hosts serving VMs over the interval
  readonly vmsDown: Float64Array; // VMs down or restarting after an outage, at the interval's end
  readonly failoverHosts: Float64Array; // host failures HA could absorb at the end (NaN without HA)
  readonly imbalance: Float64Array; // std-dev of host load at the end
  readonly migrationsActive: Float64Array; // at the end
  readonly powerServingW: Float64Array; // mean power of hosts serving VMs
  readonly powerTransitionW: Float64Array; // booting or shutting down
  readonly powerStandbyW: Float64Array; // standby (and failed, which draw nothing)
  readonly hostsStandby: Float64Array; // standby, booting or shutting down at the end
}

export interface VmFrame {
  readonly readyPct: Float64Array; // per vCPU over the interval; NaN for a VM not placed
}

export interface SampleFrame {
  t0: number;
  t1: number;
  readonly host: HostFrame;
  readonly cluster: ClusterFrame;
  readonly vm: VmFrame;
}

export function emptyFrame(hosts: number, clusters: number, vms: number): SampleFrame {
  const h = () => new Float64Array(hosts);
  const c = () => new Float64Array(clusters);
  return {
    t0: 0,
    t1: 0,
    vm: { readyPct: new Float64Array(vms).fill(NaN) },
    host: {
      demandMhz: h(),
      grantedMhz: h(),
      readyPct: h(),
      utilPct: h(),
      activeMiB: h(),
      consumedMiB: h(),
      freeMiB: h(),
      powerW: h(),
      energyWh: h(),
      memState: new Uint8Array(hosts),
      sharedMiB: h(),
      balloonMiB: h(),
      compressedMiB: h(),
      compressionSavedMiB: h(),
      swappedMiB: h(),
      swapInMiBps: h(),
      swapOutMiBps: h(),
      blockedMiB: h(),
      stallPct: h(),
      upPct: h(),
      state: new Uint8Array(hosts),
    },
    cluster: {
      capacityMhz: c(),
      demandMhz: c(),
      grantedMhz: c(),
      utilPct: c(),
      maxHostUtilPct: c(),
      readyMeanPct: c(),
      readyP50Pct: c(),
      readyP95Pct: c(),
      readyP99Pct: c(),
      activeMiB: c(),
      consumedMiB: c(),
      memoryMiB: c(),
      powerW: c(),
      energyWh: c(),
      worstMemState: new Uint8Array(clusters),
      hostsInState: Array.from({ length: clusters }, () => new Int32Array(5)),
      sharedMiB: c(),
      balloonMiB: c(),
      compressedMiB: c(),
      compressionSavedMiB: c(),
      swappedMiB: c(),
      swapInMiBps: c(),
      swapOutMiBps: c(),
      stallPct: c(),
      hostsUp: c(),
      vmsDown: c(),
      failoverHosts: c(),
      imbalance: c(),
      migrationsActive: c(),
      powerServingW: c(),
      powerTransitionW: c(),
      powerStandbyW: c(),
      hostsStandby: c(),
    },
  };
}
