/**
 * The sweep summary that report.html embeds for the viewer's "Metric vs parameter" chart: it
 * validates against SweepSummarySchema, has every point, parameter, metric and objective, and its
 * figures equal sweep-summary.csv's (same rounding) for every point.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { SweepSummarySchema } from '../../src/report/sweep-schema.js';
import { METRIC_NAMES } from '../../src/sweep/metrics.js';
import { runCli } from '../helpers/cli.js';
import { workdir } from './helpers.js';

/** The JSON in report.html's data block (its \u escapes are valid JSON). */
function embedded(html: string): { reports: unknown[]; sweep?: unknown } {
  const m = /<script type="application\/json" id="dcsim-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('report.html holds no data block');
  return JSON.parse(m[1] as string) as { reports: unknown[]; sweep?: unknown };
}

/** A CSV cell as the summary's number (empty: null). Cells here hold no quotes or commas. */
function cellValue(s: string): number | null {
  return s === '' ? null : Number(s);
}

describe('the sweep summary in report.html', { timeout: 180_000 }, () => {
  it('embeds per-point mean, sd and 95 % CI equal to sweep-summary.csv', async () => {
    const cwd = workdir({ replications: 3 });
    const run = await runCli(['sweep', 'tiny.yaml', '--workers', '1', '--out', 'o', '--quiet'], cwd);
    expect([run.code, run.stderr]).toEqual([EXIT.ok, '']);
    const data = embedded(readFileSync(join(cwd, 'o', 'report.html'), 'utf8'));
    expect(data.reports).toHaveLength(6);
    const sweep = SweepSummarySchema.parse(data.sweep);
    expect(sweep.parameters).toEqual([
      { path: 'cpu.overcommit', values: [1, 2, 4] },
      { path: 'memory.overcommit', values: [1, 1.5] },
    ]);
    expect(sweep.metrics.map((m) => m.name)).toEqual(METRIC_NAMES);
    expect(sweep.metrics.find((m) => m.name === 'cpuReady.p95OfVmP95Pct')).toMatchObject({ unit: '%' });
    expect(sweep.objectives?.map((o) => o.text)).toContain('cpuReady.p95OfVmP95Pct<5');
    expect(sweep.points.map((p) => p.id)).toEqual(['p000', 'p001', 'p002', 'p003', 'p004', 'p005']);

    const [header, ...rows] = readFileSync(join(cwd, 'o', 'sweep-summary.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const col = (name: string): number => (header as string[]).indexOf(name);
    expect(rows).toHaveLength(6);
    let withCi = 0;
    for (const row of rows) {
      const point = sweep.points.find((p) => p.id === row[0]);
      expect(point, row[0]).toBeDefined();
      expect(point?.replications).toBe(3);
      expect(point?.values).toEqual({ 'cpu.overcommit': Number(row[col('cpu.overcommit')]), 'memory.overcommit': Number(row[col('memory.overcommit')]) });
      for (const m of METRIC_NAMES) {
        const csv = {
          mean: cellValue(row[col(`${m}.mean`)] as string),
          sd: cellValue(row[col(`${m}.sd`)] as string),
          ciLow: cellValue(row[col(`${m}.ci95_low`)] as string),
          ciHigh: cellValue(row[col(`${m}.ci95_high`)] as string),
        };
        expect(point?.stats[m], `${row[0]} ${m}`).toEqual(csv);
        if (csv.ciLow !== null && csv.ciHigh !== null && csv.ciLow < csv.ciHigh) withCi += 1;
      }
    }
    // The figures compared include real intervals, not only nulls and zero-width ones.
    expect(withCi).toBeGreaterThan(0);
  });
});
