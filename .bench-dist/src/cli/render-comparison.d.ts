/**
 * The clusters side by side for the terminal (report comparison, src/report/comparison.ts): one
 * line per cluster with its figures and, below the reference, the difference to it; then the
 * annualised finance sentences and their assumptions. Nothing for a single cluster.
 */
import type { ClusterComparisonData } from '../report/schema.js';
export declare function renderComparison(c: ClusterComparisonData | undefined): string;
