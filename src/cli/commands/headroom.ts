/**
 * `dcsim headroom <scenario> --group <cluster>/<group> [--objective <o>]... [--max 1000]`: how many
 * more VMs of a group fit in its cluster before an objective fails, by simulation
 * (src/runway/headroom.ts). main.ts registers it through `addHeadroomCommand`.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import type { HeadlineFigures } from '../../report/schema.js';
import { loadScenarioPolicies, PolicyError } from '../../api/policy.js';
import { simulate } from '../../run/simulate.js';
import { headroom } from '../../runway/headroom.js';
import { InputFileError, MAX_SCENARIO_BYTES, readInputText } from '../../scenario/input-file.js';
import { parseScenarioText, ScenarioError } from '../../scenario/index.js';
import { DEFAULT_OBJECTIVES, ObjectiveError, parseObjective } from '../../sweep/objectives.js';
import { EXIT, type CliIo } from '../io.js';

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
  let objectives;
  try {
    objectives = (o.objective ?? [...DEFAULT_OBJECTIVES]).map(parseObjective);
  } catch (err) {
    if (err instanceof ObjectiveError) {
      io.stderr(`error: --objective: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  const location = path.resolve(io.cwd, file);
  const shownName = path.relative(io.cwd, location) || file;
  try {
    const text = readInputText(location, MAX_SCENARIO_BYTES);
    const base = parseScenarioText(text, shownName, path.dirname(location));
    const ci = base.spec.clusters.findIndex((c) => c.name === cluster);
    const spec = base.spec.clusters[ci]?.vms.find((g) => g.name === group);
    if (spec === undefined) {
      const known = base.spec.clusters.flatMap((c) => c.vms.map((g) => `${c.name}/${g.name}`));
      io.stderr(`error: --group: no VM group '${o.group}' in ${shownName} (groups: ${known.join(', ')})\n`);
      return EXIT.usage;
    }
    const raw = parseYaml(text, { merge: true }) as Record<string, unknown>;
    // Placement policies as code are loaded once, as dcsim run does, and used by every probe.
    const policies = await loadScenarioPolicies(base.spec.clusters, path.dirname(location));
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
    if (err instanceof ScenarioError) {
      io.stderr(`${err.message}\n`);
      return EXIT.invalidScenario;
    }
    if (err instanceof PolicyError) {
      io.stderr(`error: ${shownName}: ${err.message}\n`);
      return EXIT.invalidScenario;
    }
    if (err instanceof InputFileError) {
      io.stderr(`error: cannot read scenario file '${shownName}': ${err.reason}\n`);
      return EXIT.invalidScenario;
    }
    throw err;
  }
}

export function addHeadroomCommand(program: Command, io: CliIo, exit: (code: number) => void): void {
  program
    .command('headroom')
    .description('how many more VMs of a group fit in its cluster before an objective fails (by simulation)')
    .argument('<scenario>', 'scenario file')
    .requiredOption('--group <cluster/group>', 'the VM group whose VMs are added (template and workload: the profile)')
    .option('--objective <objective...>', `objectives (default: ${DEFAULT_OBJECTIVES.join(' ')})`)
    .option('--max <n>', 'most VMs to try adding', '1000')
    .option('--quiet', 'print nothing but errors', false)
    .action(async (file: string, opts: HeadroomOptions) => {
      const code = await headroomCommand(file, opts, io);
      if (code !== EXIT.ok) exit(code);
    });
}
