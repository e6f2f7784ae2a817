/**
 * The scaling decision, as cloud autoscalers make it (a target band on mean CPU, a breach that
 * must last, a cooldown between actions): given the mean CPU demand of a group's running VMs
 * at a check, add one VM, remove one, or do nothing. Pure: the window state is the caller's.
 */
import type { AutoscaleSpec } from '../../scenario/schema.js';
export interface ScaleWindow {
    /** Since when the mean has been above the scale-out threshold (NaN: it is not). */
    aboveSince: number;
    belowSince: number;
    lastActionAt: number;
}
export declare function newScaleWindow(): ScaleWindow;
/**
 * +1 (add a VM), −1 (remove one) or 0 at check time t, with `vms` VMs in service and the running
 * ones' mean demand `meanPct` (NaN when none runs). Below `min` VMs (deleted by hand, failed to
 * create) the group is topped up at once; otherwise a threshold must be breached at every
 * check for `for`, at least `cooldown` after the last action, within [min, max].
 */
export declare function decideScale(p: AutoscaleSpec, w: ScaleWindow, meanPct: number, vms: number, t: number): -1 | 0 | 1;
