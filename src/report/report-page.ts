/**
 * The report page's text from its parts, in no module of Node: `dcsim report` and `dcsim run`
 * (html.ts) and the lab's worker (its "report.html" export) write the same bytes from the same
 * report.json. Safety as html.ts describes: data in an escaped JSON block, names as text.
 */
import type { Report } from './schema.js';
import type { SweepSummary } from './sweep-schema.js';
import type { CalibrationSummary } from './calibration-schema.js';
import type { SizingPage } from './sizing-schema.js';
import type { PlanningSummary } from './planning-schema.js';

export interface ReportPageOptions {
  /** One label per report (default: scenario names, numbered when repeated). */
  readonly labels?: readonly string[];
  /** Page title (default: from the scenario name(s)). */
  readonly title?: string;
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

/** The viewer's stylesheet as the page inlines it (it cannot end its <style> element early). */
export function reportCss(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
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

/**
 * The page in three parts: the text before the embedded data, the data itself, and the text
 * after it. The page is head + escapeJsonForHtml(JSON.stringify(data)) + tail; a report too large
 * for one string writes the data in pieces between the two (report/html.ts).
 */
export function reportPageParts(
  reports: readonly Report[],
  options: ReportPageOptions,
  assets: { readonly d3: string; readonly viewer: string; readonly css: string },
  csp: string,
): { head: string; data: object; tail: string } {
  if (reports.length === 0) throw new Error('renderReportHtml: no report given');
  const labels = options.labels && options.labels.length === reports.length ? [...options.labels] : defaultLabels(reports);
  const title =
    options.title ?? (reports.length === 1 ? `${labels[0]} — dcsim report` : `dcsim comparison: ${labels.join(' vs ')}`);
  const d3 = safeScript(assets.d3);
  const viewer = safeScript(assets.viewer);
  const css = reportCss(assets.css);
  const data = {
    reports,
    labels,
    title,
    ...(options.sweep ? { sweep: options.sweep } : {}),
    ...(options.calibration ? { calibration: options.calibration } : {}),
    ...(options.sizing ? { sizing: options.sizing } : {}),
    ...(options.planning ? { planning: options.planning } : {}),
  };
  const generator = reports[0]?.generator.version ?? '';
  const head = [
    ...pageHead({ csp, generator, title, css }),
    '<body>',
    '<noscript><p>This report needs JavaScript to draw its charts; the same data is in report.json and the CSV files beside this page.</p></noscript>',
    '<div id="app"></div>',
    '<script type="application/json" id="dcsim-data">',
  ].join('\n');
  const tail = ['</script>', `<script>${d3}</script>`, `<script>${viewer}</script>`, '</body>', '</html>', ''].join('\n');
  return { head, data, tail };
}

/** The whole page as one string (the data embedded as safe JSON). */
export function reportPageHtml(reports: readonly Report[], options: ReportPageOptions, assets: { readonly d3: string; readonly viewer: string; readonly css: string }, csp: string): string {
  const { head, data, tail } = reportPageParts(reports, options, assets, csp);
  return head + escapeJsonForHtml(JSON.stringify(data)) + tail;
}

