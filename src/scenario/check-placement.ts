/**
 * Filter scheduler settings against the cluster they apply to: `filterScheduler` only with the
 * filter-weigher algorithm, and a rule that its Nova filter would not enforce is refused rather
 * than silently ignored (Nova enforces a server group's policy only through its filter,
 * nova/scheduler/filters/affinity_filter.py).
 */
import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';

const FILTER_OF_RULE = { affinity: 'ServerGroupAffinityFilter', 'anti-affinity': 'ServerGroupAntiAffinityFilter' } as const;

export function checkPlacement(spec: ScenarioSpec): PathProblem[] {
  const problems: PathProblem[] = [];
  spec.clusters.forEach((c, ci) => {
    const fs = c.placement.filterScheduler;
    if (fs === undefined) return;
    if (c.placement.algorithm !== 'filter-weigher') {
      problems.push({
        path: ['clusters', ci, 'placement', 'filterScheduler'],
        message: `filterScheduler applies only with algorithm filter-weigher; cluster ${c.name} uses ${c.placement.algorithm}`,
      });
      return;
    }
    c.rules.forEach((r, ri) => {
      if (r.type === 'vm-host') return;
      const filter = FILTER_OF_RULE[r.type];
      if (!fs.filters.includes(filter))
        problems.push({
          path: ['clusters', ci, 'rules', ri],
          message: `${r.type} rule ${r.name} would not be enforced: expected ${filter} in placement.filterScheduler.filters`,
        });
    });
  });
  return problems;
}
