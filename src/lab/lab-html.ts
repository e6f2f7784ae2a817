/**
 * lab.html: one self-contained page that runs the simulator in a Web Worker. The worker's
 * bundle sits in a non-executed <script type="text/plain"> block and starts from a blob: URL;
 * the scenarios are JSON in a <script type="application/json"> block, escaped as report.html
 * escapes its data. The Content-Security-Policy allows the page's own inline script (by hash),
 * its stylesheet, blob: workers and nothing else: no request leaves the page.
 * The data block also carries the report viewer (d3, viewer script, stylesheet) and report.html's
 * Content-Security-Policy, so the worker writes report.html as `dcsim report` does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy, escapeJsonForHtml, pageHead, safeScript } from '../report/html.js';
import { reportCss } from '../report/report-page.js';
import { packageRoot, viewerAssets, ViewerNotBuiltError } from '../report/viewer-assets.js';
import { VERSION } from '../version.js';
import type { LabPayload, ReportPageAssets } from './protocol.js';

export interface LabAssets {
  readonly worker: string;
  readonly page: string;
  readonly css: string;
  readonly report: ReportPageAssets;
}

export function labAssets(root: string = packageRoot()): LabAssets {
  const read = (file: string): string => {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch {
      throw new ViewerNotBuiltError(`lab asset missing: ${file} (run \`npm run build\` to build the lab)`);
    }
  };
  return {
    worker: read(path.join(root, 'dist', 'lab', 'lab-worker.js')),
    page: read(path.join(root, 'dist', 'lab', 'lab-page.js')),
    css: read(path.join(root, 'web', 'lab', 'lab.css')),
    report: reportPageAssets(),
  };
}

/** The report viewer and report.html's policy, as renderReportHtml (html.ts) computes it. */
function reportPageAssets(): ReportPageAssets {
  const v = viewerAssets();
  return { d3: v.d3, viewer: v.viewer, css: v.css, csp: contentSecurityPolicy([safeScript(v.d3), safeScript(v.viewer)], [reportCss(v.css)]) };
}

export function renderLabHtml(scenarios: readonly LabPayload[], assets: LabAssets = labAssets()): string {
  const page = safeScript(assets.page);
  const worker = safeScript(assets.worker);
  const css = assets.css.replace(/<\/(style)/gi, '<\\/$1');
  const data = escapeJsonForHtml(JSON.stringify({ scenarios, reportPage: assets.report }));
  const csp = `${contentSecurityPolicy([page], [css])}; worker-src blob:`;
  const title = `dcsim lab: ${scenarios.map((s) => s.exportName.replace(/-lab\.yaml$/, '')).join(', ')}`;
  return [
    ...pageHead({ csp, generator: VERSION, title, css }),
    '<body>',
    '<noscript><p>The lab runs the simulator in your browser and needs JavaScript.</p></noscript>',
    '<div id="app"></div>',
    `<script type="application/json" id="lab-data">${data}</script>`,
    `<script type="text/plain" id="lab-worker">${worker}</script>`,
    `<script>${page}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
