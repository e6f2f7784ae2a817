/**
 * Per-report memos: panels redraw on every zoom and cluster change, so what is derived from a
 * report (a cluster's series, a host's state runs) is computed once per report and key. Reports
 * are held weakly: a memo never keeps a closed report alive. Results are shared: do not mutate.
 */
import type { Report } from './types.js';
export declare function memoPerReport<V>(compute: (report: Report, key: string) => V): (report: Report, key: string) => V;
