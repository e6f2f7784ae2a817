/**
 * `dcsim headroom <scenario> --group <cluster>/<group> [--objective <o>]... [--max 1000]`: how many
 * more VMs of a group fit in its cluster before an objective fails, by simulation
 * (src/runway/headroom.ts). main.ts registers it through `addHeadroomCommand`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { HeadlineFigures } from '../../report/schema.js';
import { simulate } from '../../run/simulate.js';
import { headroom } from '../../runway/headroom.js';
import { parseScenarioText } from '../../scenario/index.js';
import { DEFAULT_OBJECTIVES } from '../../sweep/objectives.js';
import { loadProbeScenario, objectivesOf, probeError, probePolicies, shownNameOf } from './probe-scenario.js';
import { EXIT, type CliIo } from '../../io.js';
import { endWith } from './support.js';

export interface HeadroomOptions {
  group: string;
  objective?: string[];
  max: string;
  quiet: boolean;
}

export async function headroomCommand(file: string, o: HeadroomOptions, io: CliIo): Promise<number> {
  const max = Number(o.max);
  if (!/^\d+$/.test(o.max) || max < 1 || max > 1_000_000) {
    io.stderr(`error: --max: expected a whole number of VMs from 1 to 1000000, found '${o.max}'\n`);
    return EXIT.usage;
  }
  const [cluster, group, ...rest] = o.group.split('/');
  if (cluster === undefined || group === undefined || rest.length > 0 || cluster === '' || group === '') {
    io.stderr(`error: --group: expected <cluster>/<group>, e.g. cluster-a/web, found '${o.group}'\n`);
    return EXIT.usage;
  }
  const objectives = objectivesOf(o.objective);
  if (typeof objectives === 'string') {
    io.stderr(objectives);
    return EXIT.usage;
  }
  const shownName = shownNameOf(io, file);
  try {
    const probe = loadProbeScenario(io, file);
    const { location, base, raw } = probe;
    const ci = base.spec.clusters.findIndex((c) => c.name === cluster);
    const spec = base.spec.clusters[ci]?.vms.find((g) => g.name === group);
    if (spec === undefined) {
      const known = base.spec.clusters.flatMap((c) => c.vms.map((g) => `${c.name}/${g.name}`));
      io.stderr(`error: --group: no VM group '${o.group}' in ${shownName} (groups: ${known.join(', ')})\n`);
      return EXIT.usage;
    }
    const policies = await probePolicies(probe);
    const result = headroom(raw, cluster, group, objectives, max, (r) => simulate(parseScenarioText(JSON.stringify(r), `${shownName} (+ VMs of ${o.group})`, path.dirname(location)), { policies }).clusterHeadlines[ci] as HeadlineFigures);
    if (!o.quiet) {
      const t = base.spec.templates[spec.template];
      const profile = `${group} (${t?.vcpus} vCPUs, ${t?.memoryGiB} GiB, its ${spec.workload.type} workload)`;
      const runs = `${result.probes.length} runs of ${shownName}`;
      if (result.fits === null) io.stdout(`${cluster}: already fails ${result.binding.join(', ')} with no VM added (${runs})\n`);
      else if (result.atMax) io.stdout(`${cluster}: fits at least ${max} more VMs of ${profile}: the search stopped at --max (${runs})\n`);
      else io.stdout(`${cluster}: fits ${result.fits} more VMs of ${profile}; with ${result.fits + 1}, ${result.binding.join(', ')} fails (${runs})\n`);
    }
    return EXIT.ok;
  } catch (err) {
    return probeError(err, io, shownName);
  }
}

export function addHeadroomCommand(program: Command, io: CliIo): void {
  program
    .command('headroom')
    .description('how many more VMs of a group fit in its cluster before an objective fails (by simulation)')
    .argument('<scenario>', 'scenario file')
    .requiredOption('--group <cluster/group>', 'the VM group whose VMs are added (template and workload: the profile)')
    .option('--objective <objective...>', `objectives (default: ${DEFAULT_OBJECTIVES.join(' ')})`)
    .option('--max <n>', 'most VMs to try adding', '1000')
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: HeadroomOptions) => {
      endWith(await headroomCommand(file, opts, io));
    });
}
