/**
 * Hierarchical ids of hosts, VMs and failure domains, as the model builds them: a scenario's
 * events and policies name things by these ids, so the loader can check them before a run.
 * Ids are recognised by parsing, not by listing them: a scenario may have millions of VMs.
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
  hasHost(id: string): boolean;
  hasVm(id: string): boolean;
  hasDomain(id: string): boolean;
  /** A VM group id, "dc1/cluster-a/web". */
  hasGroup(id: string): boolean;
  /** A few ids of each kind, for error messages. */
  examples(kind: 'host' | 'vm' | 'domain' | 'group'): string[];
}

type Groups = Map<string, Map<string, number>>; // cluster id → group name → count

function member(groups: Groups, id: string): boolean {
  const slash = id.lastIndexOf('/');
  const dash = id.lastIndexOf('-');
  if (slash < 0 || dash < slash) return false;
  const count = groups.get(id.slice(0, slash))?.get(id.slice(slash + 1, dash));
  if (count === undefined) return false;
  const k = Number(id.slice(dash + 1));
  return Number.isInteger(k) && k >= 1 && k <= count && pad(k, count) === id.slice(dash + 1);
}

function examplesOf(groups: Groups): string[] {
  const out: string[] = [];
  for (const [cid, g] of groups) for (const [name, count] of g) if (out.length < 3) out.push(`${cid}/${name}-${pad(1, count)}`);
  return out;
}

export function scenarioIds(spec: ScenarioSpec): ScenarioIds {
  const hosts: Groups = new Map();
  const vms: Groups = new Map();
  const domains = new Set<string>();
  for (const c of spec.clusters) {
    const cid = clusterIdOf(c);
    hosts.set(cid, new Map(c.hosts.map((g) => [g.name, g.count])));
    vms.set(cid, new Map(c.vms.map((g) => [g.name, g.count])));
    for (const g of c.hosts) if (g.rack !== undefined) domains.add(`${cid}/${g.rack}`);
  }
  return {
    hasHost: (id) => member(hosts, id),
    hasVm: (id) => member(vms, id),
    hasDomain: (id) => domains.has(id),
    hasGroup: (id) => {
      const slash = id.lastIndexOf('/');
      return slash >= 0 && vms.get(id.slice(0, slash))?.has(id.slice(slash + 1)) === true;
    },
    examples: (kind) =>
      kind === 'host'
        ? examplesOf(hosts)
        : kind === 'vm'
          ? examplesOf(vms)
          : kind === 'group'
            ? [...vms].flatMap(([cid, g]) => [...g.keys()].map((name) => `${cid}/${name}`)).slice(0, 3)
            : [...domains].slice(0, 3),
  };
}
