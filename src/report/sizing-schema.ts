/**
 * Sizing page: what `dcsim size`'s report.html embeds beside the runs at the answer and at the
 * count (or cap) that fails next to it: the answer, the search path with each evaluation's
 * objective figures and verdict, and the density achieved. Not part of ReportSchema.
 */
import { z } from 'zod';

const SizingFigure = z.object({
  objective: z.string().describe("the objective's text, e.g. cpuReady.p95OfVmP95Pct<5"),
  words: z.string().describe('the objective in words'),
  mean: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  unit: z.string().describe("'%', 'GiB' or ''"),
  met: z.boolean(),
});

export const SizingPageSchema = z.object({
  schema: z.literal('dcsim-sizing-page'),
  version: z.literal(1),
  title: z.string().describe('short: the scenario and what was searched'),
  answer: z.string().describe('the answer in one paragraph'),
  searched: z.string().describe("what was searched, as a column heading: 'hosts', 'vCPU:pCPU cap', 'memory overcommit cap'"),
  basis: z.enum(['mean', 'ci95']),
  replications: z.number().int(),
  failures: z.string().nullable().describe('the host failures every run simulated, in words; null for none'),
  evaluations: z.array(
    z.object({
      value: z.number().describe('the host count or cap evaluated'),
      step: z.number().int().describe('1 for the first evaluation of the search, 2 for the next, …'),
      meets: z.boolean(),
      role: z.enum(['answer', 'proof', 'highest', '']).describe('answer; proof: the neighbour that fails; highest: a cap that never bound'),
      figures: z.array(SizingFigure),
      hostsInUse: z.number().nullable(),
      vcpuPerCore: z.number().nullable(),
      busiestVcpuPerCore: z.number().nullable(),
      memoryOvercommit: z.number().nullable(),
      boundBy: z.enum(['none', 'cpuCap', 'memoryCap', 'reservations', 'rules', 'hostWidth']),
    }),
  ),
});

export type SizingPage = z.infer<typeof SizingPageSchema>;
