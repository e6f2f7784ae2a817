import type { CalibrationSummary, Report, SweepSummary } from './schema.js';
import { type ViewerAssets } from './viewer-assets.js';
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
}
/** JSON text that is safe inside a <script> block and in any JavaScript string context. */
export declare function escapeJsonForHtml(json: string): string;
/** Script text that cannot end its <script> element early (`</script`, `<!--`). */
export declare function safeScript(code: string): string;
export declare function escapeHtmlText(s: string): string;
/**
 * The opening of every self-contained page dcsim writes (report, comparison, lab): its
 * Content-Security-Policy, the generator tag by which `isReportPageHead` knows dcsim's pages,
 * no referrer, no favicon request, and the inlined stylesheet.
 */
export declare function pageHead(p: {
    readonly csp: string;
    readonly generator: string;
    readonly title: string;
    readonly css: string;
}): string[];
/** The Content-Security-Policy for a page with these inline scripts and stylesheet. */
export declare function contentSecurityPolicy(scripts: readonly string[], styles: readonly string[]): string;
/** Labels for runs: scenario names, with `#n` added to names that repeat. */
export declare function defaultLabels(reports: readonly Report[]): string[];
export declare function renderReportHtml(reports: readonly Report[], options?: RenderHtmlOptions): string;
/**
 * The page written instead when the viewer is not built (e.g. sources run without
 * `npm run build`): it says how to get the real one. No scripts, same CSP spirit.
 */
export declare function viewerMissingHtml(reports: readonly Report[], why: string): string;
/** Renders and writes `file` atomically (temp file + rename). */
export declare function writeReportHtml(file: string, reports: readonly Report[], options?: RenderHtmlOptions): void;
/** Whether a file's first bytes are a page dcsim rendered (its generator meta tag). */
export declare function isReportPageHead(head: string): boolean;
