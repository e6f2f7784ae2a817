/**
 * `dcsim validate <scenario>`: every problem of a scenario with its path and line, and the work
 * a run of it would be.
 */
import type { Command } from 'commander';
import { describeWork, estimateWork, overLimits } from '../../run/work-estimate.js';
import type { CliIo } from '../../io.js';
import { load } from './support.js';

export function addValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check a scenario file and report every problem with its path and line')
    .argument('<scenario>', 'scenario file (YAML or JSON)')
    .action((file: string) => {
      const s = load(io, file);
      for (const w of s.warnings) io.stderr(`warning: ${w}\n`);
      let hosts = 0;
      let vms = 0;
      for (const c of s.spec.clusters) {
        for (const g of c.hosts) hosts += g.count;
        for (const g of c.vms) vms += g.count;
      }
      io.stdout(`${file}: valid (${s.spec.clusters.length} cluster(s), ${hosts} hosts, ${vms} VMs)\n`);
      const work = estimateWork(s.spec);
      const over = overLimits(work);
      io.stdout(`work: ${describeWork(work)}\n`);
      if (over.length > 0) io.stderr(`warning: ${file}: beyond the default limits, \`dcsim run\` needs --allow-large:\n${over.map((o) => `  - ${o}\n`).join('')}`);
    });
}
