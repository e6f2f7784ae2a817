/**
 * Sweep summary: what a sweep's report.html embeds beside the reports for the "Metric vs
 * parameter" chart. Not part of ReportSchema (the report's shape does not depend on it).
 */
import { z } from 'zod';

const SweepValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

const SweepStat = z.object({
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ciLow: z.number().nullable().describe('lower end of the 95 % confidence interval of the mean'),
  ciHigh: z.number().nullable().describe('upper end of the 95 % confidence interval of the mean'),
});

/**
 * Version 2 adds the page's short title, the answer in one sentence, the basis objectives are
 * judged on, and per point the verdict (met or the objectives failed, what bound the
 * placement, which parameters were not binding there).
 */
export const SweepSummarySchema = z.object({
  schema: z.literal('dcsim-sweep-summary'),
  version: z.literal(2),
  title: z.string().describe('short: the scenario and the parameter names'),
  answer: z.string().describe('the answer in one sentence'),
  basis: z.enum(['mean', 'ci95']).describe('objectives judged on the mean or on the unfavourable end of the 95 % CI'),
  parameters: z.array(z.object({ path: z.string(), values: z.array(SweepValueSchema) })),
  metrics: z.array(z.object({ name: z.string(), label: z.string(), unit: z.string() })),
  points: z.array(
    z.object({
      id: z.string(),
      values: z.record(z.string(), SweepValueSchema).describe('by parameter path'),
      replications: z.number().int(),
      stats: z.record(z.string(), SweepStat).describe('by metric name'),
      meets: z.boolean().describe('meets every objective'),
      failing: z.array(z.string()).describe('objectives failed (their text)'),
      boundBy: z.enum(['none', 'cpuCap', 'memoryCap', 'reservations', 'rules', 'hostWidth']).describe('the constraint that bound most placements'),
      notBinding: z.array(z.string()).describe('parameters whose value changed nothing the placement achieved here'),
    }),
  ),
  objectives: z
    .array(z.object({ metric: z.string(), op: z.enum(['<', '<=', '>', '>=', '==']), threshold: z.number(), text: z.string() }))
    .optional()
    .describe("the sweep's service objectives, drawn as thresholds"),
});

export type SweepSummary = z.infer<typeof SweepSummarySchema>;
