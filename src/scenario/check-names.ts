/**
 * Semantic checks on names: references resolve and names that become ids are unique.
 *
 * Names are parts of hierarchical ids (`dc1/cluster-a/web`), so two clusters, or two host or
 * VM groups in one cluster, with the same name would make ids (and report keys) collide.
 */
import { renderPath } from './errors.js';
import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';
import { didYouMean } from './suggest.js';

/** Reports every second and later use of a name, pointing back at the first. */
function duplicates(
  names: readonly string[],
  pathOf: (index: number) => PropertyKey[],
  what: string,
  hint: string,
): PathProblem[] {
  const firstAt = new Map<string, number>();
  const problems: PathProblem[] = [];
  names.forEach((name, index) => {
    const first = firstAt.get(name);
    if (first === undefined) {
      firstAt.set(name, index);
      return;
    }
    const path = pathOf(index);
    problems.push({
      path,
      message: `duplicate ${what} '${name}' (already used by ${renderPath(pathOf(first).slice(0, -1))})${hint}`,
    });
  });
  return problems;
}

/** Every VM group's `template` names an entry of `templates`. */
export function checkTemplateRefs(spec: ScenarioSpec): PathProblem[] {
  const known = Object.keys(spec.templates);
  const problems: PathProblem[] = [];
  spec.clusters.forEach((cluster, c) => {
    cluster.vms.forEach((group, v) => {
      if (Object.prototype.hasOwnProperty.call(spec.templates, group.template)) return;
      const list = known.length === 0 ? 'no templates are defined' : `known templates: ${known.join(', ')}`;
      problems.push({
        path: ['clusters', c, 'vms', v, 'template'],
        message: `unknown template '${group.template}'${didYouMean(group.template, known)}; ${list}`,
      });
    });
    cluster.vms.forEach((group, v) => {
      for (const name of Object.keys(group.arrivals?.mix ?? {})) {
        if (Object.prototype.hasOwnProperty.call(spec.templates, name)) continue;
        problems.push({
          path: ['clusters', c, 'vms', v, 'arrivals', 'mix', name],
          message: `unknown template '${name}'${didYouMean(name, known)}; known templates: ${known.join(', ')}`,
        });
      }
    });
  });
  return problems;
}

/** Cluster names are unique in the scenario; host and VM group names within their cluster. */
export function checkUniqueNames(spec: ScenarioSpec): PathProblem[] {
  const problems = duplicates(
    spec.clusters.map((c) => c.name),
    (i) => ['clusters', i, 'name'],
    'cluster name',
    '',
  );
  spec.clusters.forEach((cluster, c) => {
    problems.push(
      ...duplicates(
        cluster.hosts.map((h) => h.name),
        (i) => ['clusters', c, 'hosts', i, 'name'],
        'host group name',
        // Host group names default to "host", so two unnamed groups collide.
        '; give each host group of a cluster its own name',
      ),
      ...duplicates(
        cluster.vms.map((g) => g.name),
        (i) => ['clusters', c, 'vms', i, 'name'],
        'VM group name',
        '',
      ),
    );
  });
  return problems;
}
