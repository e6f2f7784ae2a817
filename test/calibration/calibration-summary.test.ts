/**
 * The calibration summary report/report.html embeds (calibration-summary.ts) says what the
 * folder's files say: objective, parameters, error table and optimiser as in calibration.json,
 * the error table as in errors.csv (to its 4 / 2 decimals), and per host the observed, before
 * and after series of every compared figure as in calibration.json. The trace is dcsim's own
 * (two hosts, hidden cpuOverheadPct 6 % and KSM rate 400 pages/s; synthetic-folder.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitFields, textLines } from '../../src/calibration/import/csv-fields.js';
import { CalibrationSummarySchema, type CalibrationSummary } from '../../src/report/calibration-schema.js';
import { ensureViewerBuilt } from '../web/build.js';
import { calibrationFolder } from './synthetic-folder.js';

interface CalibrationJson {
  objective: { before: number | null; after: number | null };
  parameters: unknown[];
  confidence: string;
  errors: { before: Array<Record<string, unknown>>; after: Array<Record<string, unknown>> };
  optimiser: { evaluations: number; converged: boolean };
  series: { stepMs: number; observed: Array<Record<string, unknown>>; before: Array<Record<string, unknown>>; after: Array<Record<string, unknown>> };
  notes: string[];
}

let dir: string;
let json: CalibrationJson;
let summary: CalibrationSummary;

/** The `calibration` member of the page's embedded data. */
function embedded(html: string): unknown {
  const m = /<script type="application\/json" id="dcsim-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('report.html has no data block');
  return (JSON.parse(m[1] as string) as { calibration?: unknown }).calibration;
}

beforeAll(() => {
  ensureViewerBuilt();
  dir = calibrationFolder().dir;
  json = JSON.parse(readFileSync(join(dir, 'calibration.json'), 'utf8')) as CalibrationJson;
  const raw = embedded(readFileSync(join(dir, 'report/report.html'), 'utf8'));
  summary = CalibrationSummarySchema.parse(raw);
  expect(summary).toEqual(raw); // nothing outside the schema
}, 120_000);

describe('calibrateToFolder: the calibration embedded in report/report.html', () => {
  it('embeds, intact through the page, the summary calibration.json was written from (objective, parameters, errors, optimiser, notes)', () => {
    expect(summary.objective.before).toBe(json.objective.before);
    expect(summary.objective.after).toBe(json.objective.after);
    expect(summary.parameters).toEqual(json.parameters);
    expect(summary.confidence).toBe(json.confidence);
    expect(summary.errors).toEqual(json.errors);
    expect(summary.optimiser.evaluations).toBe(json.optimiser.evaluations);
    expect(summary.optimiser.converged).toBe(json.optimiser.converged);
    expect(summary.notes).toEqual(json.notes);
  });

  it('recovers the hidden values with intervals around them, and the error falls tenfold', () => {
    const [overhead, ksm] = summary.parameters;
    expect(overhead?.key).toBe('cpuOverheadPct');
    expect(overhead?.before).toBe(2);
    expect(Math.abs((overhead?.after as number) - 6)).toBeLessThan(0.25);
    expect(ksm?.key).toBe('ksmPagesPerSec');
    expect(ksm?.before).toBe(5000);
    expect(Math.abs((ksm?.after as number) / 400 - 1)).toBeLessThan(0.05);
    for (const p of summary.parameters) {
      expect(p.ci95, `${p.key}: ${p.note ?? ''}`).not.toBeNull();
      expect(p.ci95?.[0]).toBeLessThanOrEqual(p.after);
      expect(p.ci95?.[1]).toBeGreaterThanOrEqual(p.after);
      expect(p.stdErr).toBeGreaterThan(0);
    }
    expect(summary.objective.after as number).toBeLessThan((summary.objective.before as number) / 10);
  });

  it('lists the figures the trace has (host CPU, steal, KSM) and their errors as errors.csv gives them', () => {
    expect(summary.metrics.map((m) => m.name)).toEqual(['cpu', 'steal', 'ksm']);
    const [header, ...rows] = textLines(readFileSync(join(dir, 'errors.csv'), 'utf8')).map((l) => splitFields(l, ',') as string[]);
    const col = (name: string): number => (header as string[]).indexOf(name);
    expect(rows).toHaveLength(summary.errors.before.length + summary.errors.after.length);
    const close = (csv: string, value: number | null, decimals: number): void => {
      if (value === null) expect(csv).toBe('');
      else expect(Math.abs(Number(csv) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + Math.abs(value) * 1e-5);
    };
    for (const phase of ['before', 'after'] as const) {
      for (const e of summary.errors[phase]) {
        const row = rows.find((r) => r[col('phase')] === phase && r[col('metric')] === e.metric);
        expect(row, `${phase} ${e.metric}`).toBeDefined();
        const r = row as string[];
        expect(r[col('label')]).toBe(e.label);
        expect(r[col('unit')]).toBe(e.unit);
        expect(Number(r[col('cells')])).toBe(e.cells);
        expect(Number(r[col('weight')])).toBe(e.weight);
        close(r[col('rmse')] as string, e.rmse, 4);
        close(r[col('mae')] as string, e.mae, 4);
        close(r[col('bias')] as string, e.bias, 4);
        close(r[col('nrmse')] as string, e.nrmse, 4);
        close(r[col('mape_pct')] as string, e.mapePct, 2);
      }
    }
    const cells = (m: string, phase: 'before' | 'after') => summary.errors[phase].find((e) => e.metric === m)?.cells;
    // Two hosts × 120 cells; steal per VM (replay/metrics.ts): 2 hosts × 4 VMs × 120 cells.
    expect(summary.metrics.map((m) => cells(m.name, 'before'))).toEqual([240, 960, 240]);
    expect(summary.errors.before.filter((e) => e.cells === 0).map((e) => e.metric)).toEqual(['ksmShared', 'swap', 'swapIn', 'swapOut', 'balloon', 'zswap']);
  });

  it('has per host the observed, before and after series of calibration.json for each compared figure', () => {
    expect(summary.series.stepMs).toBe(json.series.stepMs);
    expect(summary.series.hosts.map((h) => h.host)).toEqual(json.series.observed.map((h) => h.host));
    expect(summary.series.hosts).toHaveLength(2);
    summary.series.hosts.forEach((h, k) => {
      expect(Object.keys(h.observed)).toEqual(['cpu', 'steal', 'ksm']);
      for (const m of summary.metrics) {
        expect(h.observed[m.name]).toHaveLength(120);
        expect(h.observed[m.name]).toEqual(json.series.observed[k]?.[m.name]);
        expect(h.before[m.name]).toEqual(json.series.before[k]?.[m.name]);
        expect(h.after[m.name]).toEqual(json.series.after[k]?.[m.name]);
      }
    });
    // The hosts run different loads, and the fit moved the simulated host CPU.
    const [a, b] = summary.series.hosts;
    expect(a?.observed.cpu).not.toEqual(b?.observed.cpu);
    expect(a?.before.cpu).not.toEqual(a?.after.cpu);
  });
});
