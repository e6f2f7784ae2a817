/**
 * Splitting a scenario into its clusters. Clusters are independent domains (their own hosts,
 * VMs, HA, DRS, power management and random streams), so each can be simulated on its own and
 * give exactly what it gives inside the datacenter. What ties clusters together stops the
 * split: disaster-recovery replication between sites, site failures, clones of a VM of another
 * cluster, datastores shared by every cluster, and placement policies given as code (loaded in
 * the main thread).
 */
import { traceKey, type Scenario, type TraceData } from '../scenario/scenario.js';
import type { ScenarioEventSpec, ScenarioSpec } from '../scenario/schema.js';

/** Why the clusters of `scenario` cannot run apart (empty: they can). */
export function splitBlockers(scenario: Scenario): string[] {
  const spec = scenario.spec;
  const out: string[] = [];
  if (spec.clusters.length < 2) out.push(`the scenario has ${spec.clusters.length} cluster; splitting needs two or more`);
  const replicated = spec.clusters.flatMap((c) => c.vms.filter((g) => g.replication !== undefined).map((g) => `${c.site}/${c.name}/${g.name}`));
  if (replicated.length > 0) out.push(`VM groups replicate to another site (${replicated.slice(0, 3).join(', ')}${replicated.length > 3 ? ', …' : ''}): disaster recovery spans clusters`);
  const sites = spec.events.filter((e) => e.type === 'site-failure');
  if (sites.length > 0) out.push(`events[${spec.events.indexOf(sites[0] as ScenarioEventSpec)}] is a site failure: it hits every cluster of the site at once`);
  const clones = spec.clusters.flatMap((c) =>
    c.vms.flatMap((g) => {
      const source = g.provision?.cloneOf;
      return source !== undefined && !source.startsWith(`${c.site}/${c.name}/`) ? [`${c.site}/${c.name}/${g.name} clones ${source}`] : [];
    }),
  );
  if (clones.length > 0) out.push(`VM groups clone a VM of another cluster (${clones.slice(0, 3).join(', ')}${clones.length > 3 ? ', …' : ''}): the clone needs its source`);
  if (spec.datastores.length > 0) out.push(`datastores (${spec.datastores.map((d) => d.name).join(', ')}) are shared by every cluster`);
  const policies = spec.clusters.filter((c) => c.placement.policy !== undefined).map((c) => c.name);
  if (policies.length > 0) out.push(`clusters ${policies.join(', ')} place VMs with a policy given as code, which loads in the main thread only`);
  const clusterOf = (id: string): boolean => spec.clusters.some((c) => id.startsWith(`${c.site}/${c.name}/`));
  const stray = spec.events.findIndex((e) => e.type !== 'site-failure' && !clusterOf(eventTarget(e)));
  if (stray >= 0) out.push(`events[${stray}] acts on ${eventTarget(spec.events[stray] as ScenarioEventSpec)}, which is in no cluster`);
  return out;
}

/** The id an event acts on (host, VM, group or failure domain), to tell which cluster it belongs to; a site failure acts on its site. */
function eventTarget(e: ScenarioEventSpec): string {
  switch (e.type) {
    case 'host-failure':
    case 'host-repair':
    case 'host-isolation':
    case 'maintenance':
    case 'power-on':
    case 'power-off':
      return e.host;
    case 'domain-failure':
      return e.domain;
    case 'migrate':
    case 'storage-migrate':
    case 'vm-power':
    case 'balloon-target':
    case 'hot-remove':
      return e.vm;
    case 'create-vms':
    case 'delete-vms':
      return e.group;
    case 'hot-add':
    case 'snapshot':
      return (e.vm ?? e.group) as string;
    case 'site-failure':
      return e.site;
    case 'cluster-policy':
      return `${e.cluster}/`;
    default: {
      const never: never = e;
      throw new Error(`eventTarget: unknown event ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Cluster `ci` of `scenario` as a scenario of its own: that cluster, its trace workloads and the
 * events acting on it (in their order: scenario order breaks ties at an instant).
 */
export function clusterAlone(scenario: Scenario, ci: number): Scenario {
  const spec = scenario.spec;
  const cluster = spec.clusters[ci];
  if (cluster === undefined) throw new Error(`clusterAlone: no cluster ${ci}`);
  const prefix = `${cluster.site}/${cluster.name}/`;
  const traces = new Map<string, readonly TraceData[]>();
  cluster.vms.forEach((_, g) => {
    const t = scenario.traces.get(traceKey(ci, g));
    if (t !== undefined) traces.set(traceKey(0, g), t);
  });
  const events = spec.events.filter((e) => eventTarget(e).startsWith(prefix));
  const alone: ScenarioSpec = { ...spec, clusters: [cluster], events };
  return { ...scenario, spec: alone, traces };
}
