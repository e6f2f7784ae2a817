/**
 * Demand growth of VM groups: the factor after m months (compound × (1 + p)^m, linear × (1 + p·m))
 * and the raw scenario of month m, each growing group's workload levels multiplied by its factor
 * (capped at 1: a VM cannot ask for more than its size), by the same rescaling the right-sizing
 * what-if uses (src/rightsizing/scale-workload.ts), and its disks by their own factor (no cap: a
 * disk is extended as its data grows). Months may be fractional (a date within a month): the
 * factors are continuous in time. Groups without growth are left as they are.
 */
import { scaleWorkload } from '../rightsizing/scale-workload.js';

export interface GrowthInput {
  readonly cpuPctPerMonth?: number;
  readonly memoryPctPerMonth?: number;
  readonly diskPctPerMonth?: number;
  readonly model?: 'compound' | 'linear';
}

/** Demand multiplier after `months` at `pctPerMonth`. */
export function growthFactor(pctPerMonth: number, months: number, model: 'compound' | 'linear'): number {
  const p = pctPerMonth / 100;
  return model === 'linear' ? 1 + p * months : (1 + p) ** months;
}

type Plain = Record<string, unknown>;

/** Names of groups ("cluster/group") whose workload cannot be grown (traces). */
export function ungrowable(raw: Plain): string[] {
  const out: string[] = [];
  for (const c of (raw.clusters ?? []) as Plain[]) {
    for (const g of (c.vms ?? []) as Plain[]) {
      if (g.growth !== undefined && scaleWorkload(g.workload as Plain, 1, 1) === null) out.push(`${String(c.name)}/${String(g.name)}`);
    }
  }
  return out;
}

/** Whether any group of the scenario grows. */
export function hasGrowth(raw: Plain): boolean {
  return ((raw.clusters ?? []) as Plain[]).some((c) => ((c.vms ?? []) as Plain[]).some((g) => g.growth !== undefined));
}

/** A copy of the raw scenario at month `months`: growing groups' workloads scaled, growth kept. */
export function scenarioAtMonth(raw: Plain, months: number): Plain {
  const copy = structuredClone(raw);
  for (const c of (copy.clusters ?? []) as Plain[]) {
    for (const g of (c.vms ?? []) as Plain[]) {
      const growth = g.growth as GrowthInput | undefined;
      if (growth === undefined) continue;
      const model = growth.model ?? 'compound';
      const cpu = growthFactor(growth.cpuPctPerMonth ?? 0, months, model);
      const mem = growthFactor(growth.memoryPctPerMonth ?? 0, months, model);
      const scaled = scaleWorkload(g.workload as Plain, cpu, mem);
      if (scaled !== null) g.workload = scaled;
      const disk = growthFactor(growth.diskPctPerMonth ?? 0, months, model);
      if (disk !== 1) g.template = grownTemplate(copy, String(c.name), g, disk);
    }
  }
  return copy;
}

/** Default virtual disk size when a template gives none (scenario schema, Template.diskGiB). */
const DEFAULT_DISK_GIB = 40;

/**
 * A copy of the group's template with its disk grown by `factor`, under a name of its own (other
 * groups may share the template); returns that name.
 */
function grownTemplate(copy: Plain, cluster: string, g: Plain, factor: number): string {
  const templates = copy.templates as Record<string, Plain>;
  const base = templates[String(g.template)];
  if (base === undefined) return String(g.template); // the loader reports the unknown template
  const name = `${String(g.template)}.grown.${cluster}.${String(g.name)}`;
  templates[name] = { ...base, diskGiB: Number(base.diskGiB ?? DEFAULT_DISK_GIB) * factor };
  return name;
}
