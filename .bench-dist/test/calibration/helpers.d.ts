import type { RateSeries } from '../../src/calibration/trace.js';
/** shared/data beside the checkout, as CI lays it out. */
export declare const DATA: string;
export declare const HAS_DATA: boolean;
export declare const KVM: string;
export declare const CAPTURE: string;
export declare const HAS_CAPTURE: boolean;
/** Time-weighted mean of a rate series over intervals starting at or after `fromMs`. */
export declare function meanRate(s: RateSeries, fromMs?: number): number;
/** `virsh domstats --raw` text of snapshots with `# ts=` lines. */
export declare function domstatsText(snapshots: {
    tMs: number;
    domains: Record<string, Record<string, number | string>>;
}[]): string;
