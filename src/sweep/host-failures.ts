/**
 * N+k proven by simulation: `dcsim size --spare k` fails k hosts in every run it judges, instead
 * of adding k hosts to an answer found without failures.
 *
 * Which hosts and when, so that two runs (and two machines) fail the same ones: at `atMs` from
 * the run start, the k hosts of the sized cluster carrying the most VMs at that instant (ties:
 * the lower host index), all in one incident (a shared cause), never repaired within the run.
 * The busiest hosts are the worst case for HA: the most VMs to restart on the survivors (vSphere
 * HA admission control reasons the same way, reserving for the largest hosts: "vSphere
 * Availability", Host Failures Cluster Tolerates). The objectives are then measured over the
 * whole run: before the failure, while HA restarts the VMs, and on the k fewer hosts after.
 */
import { HOST_ON } from '../model/lifecycle.js';
import type { World } from '../model/world.js';
import { Simulation, type SimulateOptions, type SimulationResult } from '../run/simulate.js';
import type { Scenario } from '../scenario/index.js';

/** Plain data, so it crosses threads and queues with its task. */
export interface HostFailurePlan {
  /** Index of the cluster in the scenario (clusters[i]). */
  readonly cluster: number;
  /** k: hosts failed together. */
  readonly count: number;
  /** When, from the run start (ms). */
  readonly atMs: number;
}

/** The k hosts of cluster `ci` carrying the most VMs now, among those powered on; by index on ties. */
export function busiestHosts(world: World, ci: number, k: number): number[] {
  const c = world.clusters[ci];
  if (c === undefined) return [];
  const on: number[] = [];
  for (let h = c.hostStart; h < c.hostEnd; h++) if (world.hosts.state[h] === HOST_ON) on.push(h);
  on.sort((a, b) => (world.hosts.vmCount[b]) - (world.hosts.vmCount[a]) || a - b);
  return on.slice(0, k);
}

export interface FailedRun {
  readonly result: SimulationResult;
  /** Ids of the hosts failed, in the order chosen (busiest first). */
  readonly failed: readonly string[];
}

/** The scenario simulated with the plan's k host failures (see the file comment). */
export function simulateWithFailures(scenario: Scenario, options: SimulateOptions, plan: HostFailurePlan): FailedRun {
  const sim = new Simulation(scenario, options);
  sim.start();
  const at = Math.min(plan.atMs, sim.world.durationMs);
  sim.runUntil(at);
  const hosts = busiestHosts(sim.world, plan.cluster, plan.count);
  if (hosts.length > 0 && !sim.stopped) {
    const incident = sim.ha.openIncident(at, 'scripted', hosts);
    for (const h of hosts) sim.ha.failHost(h, at, null, 'scripted', incident);
  }
  return { result: sim.finish(), failed: hosts.map((h) => sim.world.hosts.ids[h] as string) };
}
