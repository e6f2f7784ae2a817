/**
 * Semantic checks for rules, HA, failures and scripted events: every name and id they use
 * exists, failure models are complete, and events fall within the run.
 */
import { ftaPreset, FTA_PRESET_NAMES } from '../catalogue/fta-presets.js';
import { clusterIdOf, scenarioIds, type ScenarioIds } from './ids.js';
import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';
import { didYouMean } from './suggest.js';

function unknownId(label: string, id: string, ids: ScenarioIds, kind: 'host' | 'vm' | 'domain'): string {
  const sample = ids.examples(kind);
  return `unknown ${label} '${id}'${didYouMean(id, sample)}; ${label} ids look like ${sample.join(', ') || '(none in this scenario)'}`;
}

export function checkAvailability(spec: ScenarioSpec): PathProblem[] {
  const problems: PathProblem[] = [];
  const ids = scenarioIds(spec);
  spec.clusters.forEach((c, ci) => {
    const vmGroups = c.vms.map((g) => g.name);
    const hostGroups = c.hosts.map((g) => g.name);
    c.rules.forEach((r, ri) => {
      r.vms.forEach((name, k) => {
        if (!vmGroups.includes(name))
          problems.push({ path: ['clusters', ci, 'rules', ri, 'vms', k], message: `unknown VM group '${name}'${didYouMean(name, vmGroups)}; this cluster's VM groups: ${vmGroups.join(', ') || '(none)'}` });
      });
      if (r.type === 'vm-host')
        r.hosts.forEach((name, k) => {
          if (!hostGroups.includes(name))
            problems.push({ path: ['clusters', ci, 'rules', ri, 'hosts', k], message: `unknown host group '${name}'${didYouMean(name, hostGroups)}; this cluster's host groups: ${hostGroups.join(', ')}` });
        });
    });
    const ac = c.ha.admissionControl;
    ac.failoverHosts.forEach((id, k) => {
      const prefix = `${c.site}/${c.name}/`;
      if (!ids.hasHost(id) || !id.startsWith(prefix))
        problems.push({ path: ['clusters', ci, 'ha', 'admissionControl', 'failoverHosts', k], message: `${unknownId('host', id, ids, 'host')} (failover hosts must belong to this cluster)` });
    });
    if (ac.policy === 'failover-hosts' && ac.failoverHosts.length === 0)
      problems.push({ path: ['clusters', ci, 'ha', 'admissionControl', 'failoverHosts'], message: 'policy failover-hosts needs at least one host id in failoverHosts' });
    c.hosts.forEach((g, gi) => {
      const f = g.failures;
      if (!f) return;
      const path = ['clusters', ci, 'hosts', gi, 'failures'];
      if (f.preset !== undefined) {
        if (!ftaPreset(f.preset))
          problems.push({ path: [...path, 'preset'], message: `unknown failure preset '${f.preset}'${didYouMean(f.preset, [...FTA_PRESET_NAMES])}; presets: ${FTA_PRESET_NAMES.join(', ')}` });
        if (f.timeBetweenFailures || f.repair)
          problems.push({ path, message: 'give either preset or timeBetweenFailures and repair, not both' });
      } else if (!f.timeBetweenFailures || !f.repair) {
        problems.push({ path, message: 'expected preset, or both timeBetweenFailures and repair' });
      }
    });
  });
  spec.events.forEach((e, i) => {
    const path = ['events', i];
    if (e.at > spec.duration) problems.push({ path: [...path, 'at'], message: `event at ${e.at} ms is after the end of the run (${spec.duration} ms)` });
    if ('host' in e && !ids.hasHost(e.host)) problems.push({ path: [...path, 'host'], message: unknownId('host', e.host, ids, 'host') });
    if ('vm' in e && e.vm !== undefined && !ids.hasVm(e.vm)) problems.push({ path: [...path, 'vm'], message: unknownId('VM', e.vm, ids, 'vm') });
    if (e.type === 'migrate' && ids.hasVm(e.vm) && ids.hasHost(e.host) && e.vm.slice(0, e.vm.lastIndexOf('/')) !== e.host.slice(0, e.host.lastIndexOf('/')))
      problems.push({ path: [...path, 'host'], message: `host '${e.host}' is not in the cluster of VM '${e.vm}': live migration stays within a cluster` });
    if (e.type === 'cluster-policy' && !spec.clusters.some((c) => clusterIdOf(c) === e.cluster))
      problems.push({ path: [...path, 'cluster'], message: `unknown cluster '${e.cluster}'; clusters: ${spec.clusters.map(clusterIdOf).join(', ')}` });
    if (e.type === 'cluster-policy')
      e.failoverHosts?.forEach((id, k) => {
        if (!ids.hasHost(id) || !id.startsWith(`${e.cluster}/`))
          problems.push({ path: [...path, 'failoverHosts', k], message: `${unknownId('host', id, ids, 'host')} (failover hosts must belong to cluster ${e.cluster})` });
      });
    if ('domain' in e && !ids.hasDomain(e.domain)) problems.push({ path: [...path, 'domain'], message: unknownId('failure domain', e.domain, ids, 'domain') });
  });
  return problems;
}
