/**
 * Can host `to` take VM v by live migration, and if not, why (a code of REJECT_REASONS, 0 when it
 * can). The placement filters (placement/filters.ts, PURPOSE_MIGRATION) plus two rules that only
 * matter while VMs are in flight:
 * - anti-affinity: a member migrating away from `to` still runs there until its switch-over, so
 *   `to` is refused while any member runs on it (the filters look at where members are going);
 * - affinity during evacuation: members still on a host being evacuated do not anchor the group
 *   there (they are leaving too), so the first member to leave chooses and the others follow.
 */
import { hostEvacuating } from '../lifecycle.js';
import {
  askOf,
  capacityFilter,
  PURPOSE_MIGRATION,
  REJECT_AFFINITY,
  REJECT_ANTI_AFFINITY,
  REJECT_REASONS,
  ruleFilter,
  stateFilter,
} from '../placement/filters.js';
import type { ClusterInfo, PlacementRule, World } from '../world.js';

/** 0 when VM v may migrate to host `to`; `withShould` false lets should rules yield. */
export function migrationReject(world: World, cluster: ClusterInfo, to: number, v: number, withShould = true): number {
  const code = stateFilter(world, to, PURPOSE_MIGRATION) || capacityFilter(world, cluster, to, askOf(world, v));
  if (code !== 0) return code;
  const ids = world.vmRules.get(v);
  if (ids === undefined) return 0;
  const V = world.vms;
  const from = V.host[v];
  const evacuating = from >= 0 && hostEvacuating(world.hosts.state[from]);
  for (const r of ids) {
    const rule = cluster.rules[r] as PlacementRule;
    if (!rule.mandatory && !withShould) continue;
    const c = rule.kind === 'affinity' && evacuating ? affinityLeaving(world, rule, to, v, from) : ruleFilter(world, cluster, rule, to, v, withShould);
    if (c !== 0) return c;
    if (rule.kind === 'anti-affinity') {
      for (let k = 0; k < rule.vms.length; k++) {
        const u = rule.vms[k];
        if (u !== v && V.host[u] === to) return REJECT_ANTI_AFFINITY;
      }
    }
  }
  return 0;
}

/** Affinity for a VM leaving a host in maintenance: members still there (and not in flight) do not count. */
function affinityLeaving(world: World, rule: PlacementRule, to: number, v: number, from: number): number {
  const V = world.vms;
  for (let k = 0; k < rule.vms.length; k++) {
    const u = rule.vms[k];
    if (u === v) continue;
    const dest = V.destHost[u];
    const at = dest >= 0 ? dest : (V.host[u]);
    if (at >= 0 && at !== to && at !== from) return REJECT_AFFINITY;
  }
  return 0;
}

/** The text of a rejection code. */
export function rejectText(code: number): string {
  return REJECT_REASONS[code - 1] ?? `code ${code}`;
}
