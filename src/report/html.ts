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
import { writeFileIntoOutput } from '../output/atomic-dir.js';
import { checkReplaceableFile } from '../output/ownership.js';
import type { Report } from './schema.js';
import { escapeHtmlText, reportCss, reportPagePieces, safeScript, type ReportPageOptions } from './report-page.js';
import { viewerAssets, type ViewerAssets } from './viewer-assets.js';

export { ViewerNotBuiltError } from './viewer-assets.js';
export { defaultLabels, escapeHtmlText, escapeJsonForHtml, pageHead, safeScript } from './report-page.js';

export interface RenderHtmlOptions extends ReportPageOptions {
  /** Assets to inline (default: the built viewer; tests may pass their own). */
  readonly assets?: ViewerAssets;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
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

export function renderReportHtml(reports: readonly Report[], options: RenderHtmlOptions = {}): string {
  return [...reportHtmlPieces(reports, options)].join('');
}

/** report.html as pieces of text, to write without holding the page (its report data) in one string. */
export function* reportHtmlPieces(reports: readonly Report[], options: RenderHtmlOptions = {}): Generator<string> {
  const assets = options.assets ?? viewerAssets();
  const csp = contentSecurityPolicy([safeScript(assets.d3), safeScript(assets.viewer)], [reportCss(assets.css)]);
  yield* reportPagePieces(reports, options, assets, csp);
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

/** Renders and writes `file` atomically (temp file + rename), listed in the marker of a dcsim folder it lands in. */
export function writeReportHtml(file: string, reports: readonly Report[], options: RenderHtmlOptions = {}): void {
  // A page is rebuilt freely when dcsim wrote it, and never written over anything else.
  checkReplaceableFile(file, undefined, isReportPageHead, 'report page');
  writeFileIntoOutput(file, renderReportHtml(reports, options));
}

/** Whether a file's first bytes are a page dcsim rendered (its generator meta tag). */
export function isReportPageHead(head: string): boolean {
  return head.includes('<meta name="generator" content="dcsim');
}
