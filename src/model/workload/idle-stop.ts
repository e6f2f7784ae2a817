/**
 * `stopWhenIdle` trace workloads: the VM leaves when its trace says it has nothing left to do.
 *
 * CloudSim's PlanetLab power examples (CloudSim 5.0, examples/power/planetlab) run one cloudlet
 * per VM whose utilisation model interpolates linearly between the 300 s samples
 * (UtilizationModelPlanetLabInMemory.getUtilization), and at every scheduling interval the
 * datacenter deallocates each VM whose requested MIPS is 0 (HostDynamicWorkload.getCompletedVms,
 * called from PowerDatacenter.updateCloudetProcessingWithoutSchedulingFutureEventsForce); the VM
 * never comes back. Its updates fall 0.1 s after each sample time from the first interval on,
 * so the interpolated demand there is 0 exactly when a sample and the next both read 0 (the last
 * sample is held: data[288] = data[287]). The same rule on sample-and-hold data: the VM stops at
 * the first sample after the start that reads 0 and is followed by a 0.
 */

/** When a VM replaying these samples stops (ms from the run start), or null if it never does. */
export function idleStopMs(timesMs: ArrayLike<number>, cpu: ArrayLike<number>): number | null {
  const n = Math.min(timesMs.length, cpu.length);
  for (let i = 0; i < n; i++) {
    if ((timesMs[i] as number) <= 0 || cpu[i] !== 0) continue;
    const next = i + 1 < n ? (cpu[i + 1] as number) : 0;
    if (next === 0) return timesMs[i] as number;
  }
  return null;
}
