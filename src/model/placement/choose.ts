/**
 * Choose a host for one VM: filters, then the cluster's scorer. Should rules are honoured when
 * any host satisfies them; otherwise they yield, and the caller is told so it can report it.
 */
import { askOf, hasShouldRule, PURPOSE_HA_RESTART, REJECT_REASONS, rejectCode } from './filters.js';
import { SCORERS, type Scorer } from './scorers.js';
import type { ClusterInfo, World } from '../world.js';
import { weighHosts } from './weighers.js';

export interface Choice {
  host: number; // -1 when nothing fits
  shouldViolated: boolean;
}

export function chooseHost(world: World, v: number, purpose: number, exclude = -1): Choice {
  const cluster = world.clusters[world.vms.cluster[v]] as ClusterInfo;
  // vSphere HA restarts on the dedicated failover hosts first, then anywhere else.
  if (purpose === PURPOSE_HA_RESTART && cluster.ha.admission.policy === 'failover-hosts') {
    const onFailover = scan(world, cluster, v, purpose, exclude, true, 1);
    if (onFailover >= 0) return { host: onFailover, shouldViolated: false };
  }
  const host = scan(world, cluster, v, purpose, exclude, true);
  if (host >= 0 || !hasShouldRule(world, cluster, v)) return { host, shouldViolated: false };
  const relaxed = scan(world, cluster, v, purpose, exclude, false);
  return { host: relaxed, shouldViolated: relaxed >= 0 };
}

/**
 * Scorers that replace a cluster's algorithm (policies as code), per world and cluster index.
 * Kept beside the world rather than in it: the world is plain data, a scorer is code.
 */
const overrides = new WeakMap<World, Map<number, Scorer>>();

export function setScorerOverride(world: World, cluster: number, scorer: Scorer): void {
  let m = overrides.get(world);
  if (!m) {
    m = new Map();
    overrides.set(world, m);
  }
  m.set(cluster, scorer);
}

export function hasScorerOverride(world: World): boolean {
  return overrides.has(world);
}

function scorerOf(world: World, cluster: ClusterInfo): Scorer {
  const m = overrides.get(world);
  if (m) {
    const s = m.get(world.clusters.indexOf(cluster));
    if (s) return s;
  }
  return SCORERS[cluster.placement.algorithm];
}

/** Best host passing the filters; `only` 1 restricts the scan to failover hosts. */
function scan(world: World, cluster: ClusterInfo, v: number, purpose: number, exclude: number, withShould: boolean, only = 0): number {
  const fs = cluster.placement.filterScheduler;
  if (fs !== null && !overrides.get(world)?.has(world.clusters.indexOf(cluster))) return weighed(world, cluster, v, purpose, exclude, withShould, only);
  const score = scorerOf(world, cluster);
  const ask = askOf(world, v);
  const rules = world.vmRules.get(v);
  let best = -Infinity;
  let chosen = -1;
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    if (only === 1 && world.failoverHost[h] !== 1) continue;
    if (h === exclude || rejectCode(world, cluster, h, v, purpose, withShould, ask, rules) !== 0) continue;
    const s = score(world, cluster, h, v);
    if (s > best) {
      best = s;
      chosen = h;
    }
  }
  return chosen;
}

/**
 * The filter scheduler: every host that passes the filters, weighed together (weights are
 * normalised over the candidates, so a host's score depends on the others); the best wins,
 * the lowest host index on a tie.
 */
function weighed(world: World, cluster: ClusterInfo, v: number, purpose: number, exclude: number, withShould: boolean, only: number): number {
  const hosts = new Int32Array(cluster.hostEnd - cluster.hostStart);
  const ask = askOf(world, v);
  const rules = world.vmRules.get(v);
  let n = 0;
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    if (only === 1 && world.failoverHost[h] !== 1) continue;
    if (h === exclude || rejectCode(world, cluster, h, v, purpose, withShould, ask, rules) !== 0) continue;
    hosts[n++] = h;
  }
  if (n === 0) return -1;
  const score = new Float64Array(n);
  weighHosts(world, cluster, (cluster.placement.filterScheduler as NonNullable<ClusterInfo['placement']['filterScheduler']>).weighers, hosts, n, score);
  let chosen = 0;
  for (let i = 1; i < n; i++) if ((score[i]) > (score[chosen])) chosen = i;
  return hosts[chosen];
}

/** "no host fits: 6 hosts: vCPU:pCPU cap (4); 2 hosts: host not available" for VM v. */
export function rejectionSummary(world: World, cluster: ClusterInfo, v: number, purpose: number, exclude = -1): string {
  const counts = new Array<number>(REJECT_REASONS.length).fill(0);
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    if (h === exclude) continue;
    const code = rejectCode(world, cluster, h, v, purpose);
    if (code > 0) counts[code - 1] = (counts[code - 1]) + 1;
  }
  const parts: string[] = [];
  counts.forEach((c, i) => {
    if (c === 0) return;
    let label: string = REJECT_REASONS[i] as string;
    if (i === 1) label += ` (${cluster.placement.maxVcpuPerCore})`;
    if (i === 2) label += ` (${cluster.placement.maxMemoryOvercommit})`;
    parts.push(`${c} host${c === 1 ? '' : 's'}: ${label}`);
  });
  return parts.length === 0 ? 'no host in the cluster' : `no host fits: ${parts.join('; ')}`;
}
