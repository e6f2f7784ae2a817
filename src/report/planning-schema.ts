/**
 * Planning summary: what `dcsim runway --report`'s report.html embeds beside the report of
 * month 0 (today's estate): the runway per cluster (each check's value per month, the run-out
 * date and its interval), capacity remaining in VMs of a profile, right-sizing and the what-if
 * comparison. Not part of ReportSchema.
 */
import { z } from 'zod';

const PlanningCell = z.union([z.string(), z.number(), z.null()]);

export const PlanningSummarySchema = z.object({
  schema: z.literal('dcsim-planning-summary'),
  version: z.literal(1),
  scenario: z.string(),
  start: z.string(),
  horizon: z.number().int(),
  replications: z.number().int(),
  dates: z.array(z.string()).describe('the date of each month 0 … horizon'),
  method: z.string().describe('what is simulated, how the date is found, and its interval'),
  clusters: z.array(
    z.object({
      cluster: z.string(),
      sentence: z.string().describe('the terminal sentence, e.g. "… runs out of N+1 failover capacity around …"'),
      detail: z.string().describe('how the date was found and each check\'s first failing month'),
      checks: z.array(
        z.object({
          name: z.string(),
          resource: z.string(),
          threshold: z.number().nullable().describe('the limit drawn on the chart; null when none'),
          values: z.array(z.number().nullable()).describe('per month, the first replication'),
          holds: z.array(z.boolean().nullable()).describe('per month, the first replication; null where not checked'),
          firstFailMonth: z.number().int().nullable().describe('median over replications of the first failing month; null: holds to the horizon'),
        }),
      ),
      runOut: z
        .object({
          date: z.string(),
          lowDate: z.string().nullable().describe('95 % t-interval ends (null: one replication, or censored)'),
          highDate: z.string().nullable(),
          earliestDate: z.string(),
          latestDate: z.string(),
          crossed: z.number().int(),
          binding: z.array(z.string()),
          resources: z.array(z.string()),
        })
        .nullable(),
    }),
  ),
  headroom: z.array(
    z.object({
      cluster: z.string(),
      group: z.string(),
      profile: z.string(),
      fits: z.number().int().nullable().describe('more VMs that fit with every objective holding; null: even none'),
      atMax: z.boolean(),
      binding: z.array(z.string()),
      runs: z.number().int(),
    }),
  ),
  rightsizing: z
    .object({
      rule: z.string(),
      columns: z.array(z.string()),
      rows: z.array(z.array(PlanningCell)),
    })
    .nullable(),
  whatIf: z
    .object({
      note: z.string(),
      rows: z.array(z.object({ cluster: z.string(), figure: z.string(), today: PlanningCell, whatIf: PlanningCell })),
    })
    .nullable(),
});

export type PlanningSummary = z.infer<typeof PlanningSummarySchema>;
