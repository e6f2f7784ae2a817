/**
 * Hierarchical ids of hosts, VMs and failure domains, as the model builds them: a scenario's
 * events and policies name things by these ids, so the loader can check them before a run.
 */
import type { ScenarioSpec } from './schema.js';

/** Index k of `total` with leading zeros: at least 3 digits, enough for the total. */
export function pad(k: number, total: number): string {
  return String(k).padStart(Math.max(3, String(total).length), '0');
}

export function clusterIdOf(c: { site: string; name: string }): string {
  return `${c.site}/${c.name}`;
}

export interface ScenarioIds {
  readonly hosts: ReadonlySet<string>;
  readonly vms: ReadonlySet<string>;
  readonly domains: ReadonlySet<string>;
}

/** Every host, VM and failure-domain id of the scenario. */
export function scenarioIds(spec: ScenarioSpec): ScenarioIds {
  const hosts = new Set<string>();
  const vms = new Set<string>();
  const domains = new Set<string>();
  for (const c of spec.clusters) {
    const cid = clusterIdOf(c);
    for (const g of c.hosts) {
      for (let k = 1; k <= g.count; k++) hosts.add(`${cid}/${g.name}-${pad(k, g.count)}`);
      if (g.rack !== undefined) domains.add(`${cid}/${g.rack}`);
    }
    for (const g of c.vms) for (let k = 1; k <= g.count && vms.size < 2_000_000; k++) vms.add(`${cid}/${g.name}-${pad(k, g.count)}`);
  }
  return { hosts, vms, domains };
}
