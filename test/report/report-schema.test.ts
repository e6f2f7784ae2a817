/**
 * report.json is the one versioned contract (ARCHITECTURE.md decision 7): every produced report
 * validates against ReportSchema, and the schema's shape is pinned to REPORT_VERSION.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REPORT_VERSION, ReportSchema } from '../../src/report/schema.js';
import { DEFAULT_SCENARIO, runFile } from '../helpers/default-run.js';
import { tempDir } from '../helpers/sim.js';

/** Every property path of a JSON Schema with its type, descriptions left out, sorted. */
function shapeOf(schema: unknown, path = '$', out: string[] = []): string[] {
  if (typeof schema !== 'object' || schema === null) return out;
  const s = schema as Record<string, unknown>;
  const type = Array.isArray(s.type) ? s.type.join('|') : String(s.type ?? '');
  const extra = s.const !== undefined ? `=${JSON.stringify(s.const)}` : s.enum !== undefined ? `∈${JSON.stringify(s.enum)}` : '';
  out.push(`${path}:${type}${extra}${typeof s.$ref === 'string' ? `->${s.$ref}` : ''}`);
  if (s.$defs) for (const [k, v] of Object.entries(s.$defs as Record<string, unknown>)) shapeOf(v, `#${k}`, out);
  if (s.properties) for (const [k, v] of Object.entries(s.properties as Record<string, unknown>)) shapeOf(v, `${path}.${k}`, out);
  if (s.items) shapeOf(s.items, `${path}[]`, out);
  if (s.additionalProperties && typeof s.additionalProperties === 'object') shapeOf(s.additionalProperties, `${path}{}`, out);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const alts = s[key];
    if (Array.isArray(alts)) alts.forEach((a, i) => shapeOf(a, `${path}<${key}${i}>`, out));
  }
  if (Array.isArray(s.required)) out.push(`${path}!${[...(s.required as string[])].sort().join(',')}`);
  return out;
}

const shapeHash = (): string =>
  createHash('sha256')
    .update(shapeOf(z.toJSONSchema(ReportSchema, { io: 'output' })).sort().join('\n'))
    .digest('hex');

/**
 * The shape each REPORT_VERSION stands for. Changing the report shape means bumping
 * REPORT_VERSION (schema.ts) and adding its hash here; a shape change without a bump fails.
 */
const SHAPE_BY_VERSION: Record<number, string> = {
  2: 'b7f44bfceac4173d163e6708be8c525cca28dc739b095c50a2ccec599da7ef8d',
  3: 'fb9b00c5e0223868b3169f2998cbc7f072b6c60789d1f03f6e6bdbd40dfedaf9',
  4: 'b58e7ea42c0bee6dba68043e8e5733464343275f7fd570d21a2ac8a38c44cbe1',
  5: 'dbf2209d033645428407b1776ca93dc502904ccdd82da1e6ba574038b3b9640e',
  6: 'a8baefe27ec1d8e5119d0334f8a3c3ce842d258d3b9be6538434b6d8ca962762',
  7: '0adbbf924f5cd5b8b5d819c298c1438ab81ff7490d139a2fa958c700563e9dc4',
  8: '1dec412b476832b2f9fc1bd480d7f8c1a42ceb47a376c06b12db5a4a513ce773',
  9: '49030dd2521ad5387c99b3684e00647fed6978de5b71de62aad3179341a58abe',
};

describe('ReportSchema', () => {
  it('pins the report shape to REPORT_VERSION (a shape change without a version bump fails)', () => {
    expect(REPORT_VERSION).toBe(9);
    expect(shapeHash()).toBe(SHAPE_BY_VERSION[REPORT_VERSION]);
  });

  it('validates the report.json of a default-scenario run (ReportSchema.parse succeeds)', () => {
    const out = join(tempDir('report'), 'default');
    runFile(DEFAULT_SCENARIO, out);
    const report: unknown = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    const parsed = ReportSchema.parse(report);
    expect(parsed.schema).toBe('dcsim-report');
    expect(parsed.version).toBe(REPORT_VERSION);
    expect(parsed.run.scenario).toBe('default');
    expect(parsed.run.file).toBe('scenarios/default.yaml');
    // 6 hosts, 150 VMs (80 web + 30 app + 4 db + 36 batch), 288 five-minute intervals in 1 day.
    expect(parsed.hosts).toHaveLength(6);
    expect(parsed.vms).toHaveLength(150);
    expect(parsed.series.t).toHaveLength(288);
    expect(parsed.series.hosts).not.toBeNull();
    expect(Object.keys(parsed.series.clusters)).toEqual(['dc1/cluster-a']);
  });

  it('rejects a report with the wrong version or a missing headline', () => {
    const out = join(tempDir('report'), 'default');
    runFile(DEFAULT_SCENARIO, out);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Record<string, unknown>;
    expect(ReportSchema.safeParse({ ...report, version: REPORT_VERSION + 1 }).success).toBe(false);
    const { headline: _dropped, ...rest } = report;
    expect(ReportSchema.safeParse(rest).success).toBe(false);
  });
});
