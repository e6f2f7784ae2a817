/**
 * report.html: one self-contained page (d3, the viewer script, its CSS and the report data
 * inlined) that opens from the file system with no network access.
 *
 * Safety: the data sits in a `<script type="application/json">` block with `<`, `>`, `&`,
 * U+2028 and U+2029 written as \u escapes, so no value can close the block; the viewer writes
 * every name as text. A Content-Security-Policy allows only the page's own inline scripts (by
 * SHA-256 hash) and stylesheet, data: images (PNG export), and nothing else: no requests.
 */
import { createHash } from 'node:crypto';
import { writeFileAtomic } from '../output/atomic-dir.js';
import { jsonPieces } from '../output/json-stream.js';
import { checkReplaceableFile } from '../output/ownership.js';
import type { CalibrationSummary, PlanningSummary, Report, SizingPage, SweepSummary } from './schema.js';
import { viewerAssets, type ViewerAssets } from './viewer-assets.js';

export { ViewerNotBuiltError } from './viewer-assets.js';

export interface RenderHtmlOptions {
  /** One label per report (default: scenario names, numbered when repeated). */
  readonly labels?: readonly string[];
  /** Page title (default: from the scenario name(s)). */
  readonly title?: string;
  /** Assets to inline (default: the built viewer; tests may pass their own). */
  readonly assets?: ViewerAssets;
  /** A sweep's per-point statistics, for the comparison page's "Metric vs parameter" chart. */
  readonly sweep?: SweepSummary;
  /** A calibration's fit (`dcsim calibrate`), for the "Calibration" panel. */
  readonly calibration?: CalibrationSummary;
  /** A sizing's answer and search path (`dcsim size`), shown before its two runs. */
  readonly sizing?: SizingPage;
  /** A runway's planning figures (`dcsim runway --report`), for the planning panels. */
  readonly planning?: PlanningSummary;
}

/** JSON text that is safe inside a <script> block and in any JavaScript string context. */
export function escapeJsonForHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Script text that cannot end its <script> element early (`</script`, `<!--`). */
export function safeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

export function escapeHtmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The opening of every self-contained page dcsim writes (report, comparison, lab): its
 * Content-Security-Policy, the generator tag by which `isReportPageHead` knows dcsim's pages,
 * no referrer, no favicon request, and the inlined stylesheet.
 */
export function pageHead(p: { readonly csp: string; readonly generator: string; readonly title: string; readonly css: string }): string[] {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtmlText(p.csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="dcsim ${escapeHtmlText(p.generator)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtmlText(p.title)}</title>`,
    '<link rel="icon" href="data:,">',
    `<style>${p.css}</style>`,
    '</head>',
  ];
}

/** The Content-Security-Policy for a page with these inline scripts and stylesheet. */
export function contentSecurityPolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Labels for runs: scenario names, with `#n` added to names that repeat. */
export function defaultLabels(reports: readonly Report[]): string[] {
  const names = reports.map((r) => r.run.scenario);
  const seen = new Map<string, number>();
  return names.map((n) => {
    if (names.filter((x) => x === n).length < 2) return n;
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return `${n} #${k}`;
  });
}

export function renderReportHtml(reports: readonly Report[], options: RenderHtmlOptions = {}): string {
  return [...reportHtmlPieces(reports, options)].join('');
}

/**
 * The page of renderReportHtml in pieces, its data streamed (json-stream.ts), for reports too
 * large to hold as one string (a region's millions of VM rows).
 */
export function* reportHtmlPieces(reports: readonly Report[], options: RenderHtmlOptions = {}): Generator<string> {
  if (reports.length === 0) throw new Error('renderReportHtml: no report given');
  const labels = options.labels && options.labels.length === reports.length ? [...options.labels] : defaultLabels(reports);
  const title =
    options.title ?? (reports.length === 1 ? `${labels[0]} — dcsim report` : `dcsim comparison: ${labels.join(' vs ')}`);
  const assets = options.assets ?? viewerAssets();
  const d3 = safeScript(assets.d3);
  const viewer = safeScript(assets.viewer);
  const css = assets.css.replace(/<\/(style)/gi, '<\\/$1');
  const data = {
    reports,
    labels,
    title,
    ...(options.sweep ? { sweep: options.sweep } : {}),
    ...(options.calibration ? { calibration: options.calibration } : {}),
    ...(options.sizing ? { sizing: options.sizing } : {}),
    ...(options.planning ? { planning: options.planning } : {}),
  };
  const csp = contentSecurityPolicy([d3, viewer], [css]);
  const generator = reports[0]?.generator.version ?? '';
  yield [
    ...pageHead({ csp, generator, title, css }),
    '<body>',
    '<noscript><p>This report needs JavaScript to draw its charts; the same data is in report.json and the CSV files beside this page.</p></noscript>',
    '<div id="app"></div>',
    '<script type="application/json" id="dcsim-data">',
  ].join('\n');
  // escapeJsonForHtml replaces single characters, so it applies piece by piece.
  for (const piece of jsonPieces(data)) yield escapeJsonForHtml(piece);
  yield ['</script>', `<script>${d3}</script>`, `<script>${viewer}</script>`, '</body>', '</html>', ''].join('\n');
}

/**
 * The page written instead when the viewer is not built (e.g. sources run without
 * `npm run build`): it says how to get the real one. No scripts, same CSP spirit.
 */
export function viewerMissingHtml(reports: readonly Report[], why: string): string {
  const name = reports.map((r) => r.run.scenario).join(', ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    `<title>${escapeHtmlText(name)} — dcsim report (viewer not built)</title>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtmlText(name)}</h1>`,
    `<p>The report viewer was not available when this page was written (${escapeHtmlText(why)}).</p>`,
    '<p>Run <code>npm run build</code>, then <code>dcsim report &lt;this folder&gt;</code> to write the full report.html. The data is in report.json beside this page.</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Renders and writes `file` atomically (temp file + rename). */
export function writeReportHtml(file: string, reports: readonly Report[], options: RenderHtmlOptions = {}): void {
  // A page is rebuilt freely when dcsim wrote it, and never written over anything else.
  checkReplaceableFile(file, undefined, isReportPageHead, 'report page');
  writeFileAtomic(file, renderReportHtml(reports, options));
}

/** Whether a file's first bytes are a page dcsim rendered (its generator meta tag). */
export function isReportPageHead(head: string): boolean {
  return head.includes('<meta name="generator" content="dcsim');
}
