/**
 * The N+k failover run of a month: the same raw scenario with the k largest hosts of each HA
 * cluster failed one second into the run and never repaired, so HA restarts their VMs on the
 * survivors (src/model/availability/ha.ts) and the rest of the run shows whether the survivors
 * carry the estate. "Largest" is most memory, then most cores: the loss that leaves least room
 * (vSphere admission control also sizes for the largest hosts: vSphere Availability guide,
 * "Host Failures Cluster Tolerates"). k is the cluster's HA admission control
 * hostFailuresToTolerate (default 1) unless the caller gives one; clusters without HA, or with no
 * more than k hosts, are not checked.
 */

type Plain = Record<string, unknown>;

/** Index k of `total` with leading zeros, as host ids have it (src/scenario/ids.ts). */
const pad = (k: number, total: number): string => String(k).padStart(Math.max(3, String(total).length), '0');

export interface FailoverPlan {
  /** k per cluster name; clusters not checked are absent. */
  readonly k: ReadonlyMap<string, number>;
  /** Host ids failed, in the order chosen. */
  readonly hosts: readonly string[];
}

/** Which hosts fail; `override` replaces each cluster's hostFailuresToTolerate. */
export function failoverPlan(raw: Plain, override: number | null): FailoverPlan {
  const k = new Map<string, number>();
  const hosts: string[] = [];
  for (const c of (raw.clusters ?? []) as Plain[]) {
    const ha = c.ha as Plain | undefined;
    if (ha?.enabled !== true) continue;
    const tolerate = override ?? Number((ha.admissionControl as Plain | undefined)?.hostFailuresToTolerate ?? 1);
    const groups = ((c.hosts ?? []) as Plain[]).map((g) => ({
      name: String(g.name),
      count: Number(g.count ?? 1),
      memory: Number(g.memoryGiB),
      cores: Number(g.sockets ?? 1) * Number(g.coresPerSocket ?? 1),
    }));
    const total = groups.reduce((s, g) => s + g.count, 0);
    if (tolerate < 1 || total <= tolerate) continue;
    // Largest first; equal hosts by group order, then index (a stable sort keeps scenario order).
    const order = groups.map((g, i) => ({ ...g, i })).sort((a, b) => b.memory - a.memory || b.cores - a.cores || a.i - b.i);
    const chosen: string[] = [];
    for (const g of order) for (let h = 1; h <= g.count && chosen.length < tolerate; h++) chosen.push(`${String(c.site ?? 'dc1')}/${String(c.name)}/${g.name}-${pad(h, g.count)}`);
    k.set(String(c.name), tolerate);
    hosts.push(...chosen);
  }
  return { k, hosts };
}

/** The raw scenario with the plan's hosts failing at 1 s (after the initial placement). */
export function withFailures(raw: Plain, plan: FailoverPlan): Plain {
  const copy = structuredClone(raw);
  const events = ((copy.events ?? []) as Plain[]).slice();
  for (const host of plan.hosts) events.push({ at: '1s', type: 'host-failure', host });
  copy.events = events;
  return copy;
}
