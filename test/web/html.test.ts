/**
 * report.html assembly (src/report/html.ts, bundle.ts, read-report.ts) and `dcsim report`:
 * safe embedding (of the reports and of a calibration summary), CSP hashes that match the
 * inline scripts, module linking, report validation.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { contentSecurityPolicy, escapeJsonForHtml, renderReportHtml, safeScript } from '../../src/report/html.js';
import { readReportFile, ReportFileError } from '../../src/report/read-report.js';
import { REPORT_VERSION, type Report } from '../../src/report/schema.js';
import { CalibrationSummarySchema } from '../../src/report/calibration-schema.js';
import { ensureViewerBuilt } from './build.js';
import { syntheticReport } from './synthetic.js';
import { syntheticCalibration } from './synthetic-calibration.js';

const XSS = '<img src=x onerror=alert(1)></script><script>alert(2)</script>\u2028&amp;';
const assets = { d3: 'window.d3 = {};', viewer: 'window.viewer = "</script>";', css: 'body { color: red; }' };

function scripts(html: string): Array<{ attrs: string; body: string }> {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
}

describe('escapeJsonForHtml', () => {
  it('leaves no <, >, &, U+2028 or U+2029 and parses back to the same value', () => {
    const value = { s: XSS, t: 'a\u2029b' };
    const text = escapeJsonForHtml(JSON.stringify(value));
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('renderReportHtml', () => {
  const report = syntheticReport({ hosts: 3, intervals: 12 });
  const evil: Report = { ...report, run: { ...report.run, description: XSS, scenario: 'x<y' } };
  const html = renderReportHtml([evil], { assets });

  it('embeds the report as inert JSON that no value can break out of', () => {
    const s = scripts(html);
    expect(s.map((x) => x.attrs.trim())).toEqual(['type="application/json" id="dcsim-data"', '', '']);
    const data = JSON.parse(s[0]!.body) as { reports: Report[]; labels: string[] };
    expect(data.reports[0]!.run.description).toBe(XSS);
    expect(data.labels).toEqual(['x<y']);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(html).toContain('<title>x&lt;y — dcsim report</title>');
  });

  it('keeps inline scripts from ending their element early', () => {
    expect(safeScript('a = "</script>"; b = "<!--";')).toBe('a = "<\\/script>"; b = "\\x3C!--";');
    const viewer = scripts(html)[2]!.body;
    expect(runInNewContext(`var window = {}; ${viewer}; window.viewer`)).toBe('</script>');
  });

  it('allows exactly its own inline scripts and stylesheet in the Content-Security-Policy', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    const [, d3, viewer] = scripts(html);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toBe(contentSecurityPolicy([d3!.body, viewer!.body], [style]));
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(d3!.body)} ${hash(viewer!.body)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain('img-src data:');
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('makes no reference to anything outside the page', () => {
    expect(html).not.toMatch(/\b(src|href)=["'](?!data:|#)/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('labels several runs, numbering repeated scenario names', () => {
    const two = renderReportHtml([report, report], { assets });
    const data = JSON.parse(scripts(two)[0]!.body) as { labels: string[]; title: string };
    expect(data.labels).toEqual([`${report.run.scenario} #1`, `${report.run.scenario} #2`]);
    expect(data.title).toContain('comparison');
  });
});

describe('renderReportHtml with a calibration summary', () => {
  const report = syntheticReport({ hosts: 2, intervals: 4 });
  const calibration = syntheticCalibration(XSS);

  it('embeds the summary beside the report as inert JSON that parses back to the same value', () => {
    const html = renderReportHtml([report], { assets, calibration });
    const s = scripts(html);
    expect(s).toHaveLength(3);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    const data = JSON.parse(s[0]!.body) as { reports: Report[]; calibration?: unknown; sweep?: unknown };
    expect(data.calibration).toEqual(calibration);
    expect(CalibrationSummarySchema.parse(data.calibration)).toEqual(calibration);
    expect(data.reports).toHaveLength(1);
    expect('sweep' in data).toBe(false);
  });

  it('leaves the data block without a calibration member when none is given', () => {
    const data = JSON.parse(scripts(renderReportHtml([report], { assets }))[0]!.body) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(['labels', 'reports', 'title']);
  });
});

describe('the linked viewer', () => {
  it('links the real viewer build', () => {
    ensureViewerBuilt();
    const html = renderReportHtml([syntheticReport({ hosts: 2, intervals: 4 })]);
    expect(html).toContain('__modules["web/src/main"]');
    // The thresholds come from the simulator's own tables, linked in rather than restated.
    expect(html).toContain('__modules["src/catalogue/ready-bands"]');
    expect(html).toContain('__modules["src/catalogue/memory-states"]');
    expect(html.length).toBeGreaterThan(250_000); // d3 is inlined
  });
});

function tempReportDir(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dcsim-report-'));
  writeFileSync(join(dir, 'report.json'), content);
  return dir;
}

describe('readReportFile', () => {
  it('reads a valid report', () => {
    const dir = tempReportDir(JSON.stringify(syntheticReport({ hosts: 2, intervals: 4 })));
    expect(readReportFile(join(dir, 'report.json')).run.scenario).toBe('synthetic-2x4');
  });

  it('names the file and says what is wrong', () => {
    const other = tempReportDir(JSON.stringify({ ...syntheticReport({ hosts: 2, intervals: 4 }), version: REPORT_VERSION + 1 }));
    expect(() => readReportFile(join(other, 'report.json'), 'x/report.json')).toThrow(`x/report.json: report version ${REPORT_VERSION + 1}, but this dcsim reads version ${REPORT_VERSION}`);
    expect(() => readReportFile(join(tempReportDir('{'), 'report.json'), 'y.json')).toThrow(/^y\.json: not valid JSON/);
    expect(() => readReportFile(join(tempReportDir('{"a":1}'), 'report.json'))).toThrow(/not a dcsim report/);
    const broken = { ...syntheticReport({ hosts: 2, intervals: 4 }), hosts: 'none' };
    expect(() => readReportFile(join(tempReportDir(JSON.stringify(broken)), 'report.json'), 'z.json')).toThrow(/z\.json: does not match the report schema[\s\S]*hosts:/);
    expect(() => readReportFile('/nonexistent/report.json')).toThrow(ReportFileError);
  });
});

describe('dcsim report', () => {
  beforeAll(() => ensureViewerBuilt());

  function io(cwd: string) {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), wallClock: () => 0, cwd, isTTY: false, columns: 80, tag: 'test' },
    };
  }

  it('rebuilds <dir>/report.html from <dir>/report.json', async () => {
    const dir = tempReportDir(JSON.stringify(syntheticReport({ hosts: 2, intervals: 4 })));
    const c = io(dir);
    expect(await main(['report', '.'], c.io)).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('synthetic-2x4');
    expect(c.out.join('')).toBe('report: report.html\n');
  });

  it('writes a comparison of several folders to reports/comparison.html, or to --out', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dcsim-cmp-'));
    for (const [name, hosts] of [['a', 2], ['b', 3]] as const) {
      mkdirSync(join(cwd, name));
      writeFileSync(join(cwd, name, 'report.json'), JSON.stringify(syntheticReport({ hosts, intervals: 4 })));
    }
    const c = io(cwd);
    expect(await main(['report', 'a', 'b'], c.io)).toBe(0);
    const page = readFileSync(join(cwd, 'reports', 'comparison.html'), 'utf8');
    expect(page).toContain('synthetic-2x4');
    expect(page).toContain('synthetic-3x4');
    expect(await main(['report', 'a', 'b', '--out', 'x/cmp.html'], c.io)).toBe(0);
    expect(readFileSync(join(cwd, 'x', 'cmp.html'), 'utf8')).toContain('dcsim comparison');
  });

  it('fails with exit code 3 and the file named when report.json is invalid or of another version', async () => {
    const dir = tempReportDir(JSON.stringify({ schema: 'dcsim-report', version: 1 }));
    const c = io(dir);
    expect(await main(['report', '.'], c.io)).toBe(3);
    expect(c.err.join('')).toMatch(/^error: report\.json: report version 1, but this dcsim reads version/);
    const missing = io(tmpdir());
    expect(await main(['report', 'no-such-folder-xyz'], missing.io)).toBe(3);
    expect(missing.err.join('')).toContain('no-such-folder-xyz/report.json: no such file');
  });
});
