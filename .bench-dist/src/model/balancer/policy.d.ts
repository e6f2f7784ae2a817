/**
 * DRS policy numbers: how much imbalance each migration threshold tolerates, and whether a
 * balancing move pays back its cost (DOMAIN.md, Placement and balancing: levels 1–5, default 3;
 * level 1 applies only mandatory moves).
 */
import type { MHz, Millis } from '../units.js';
/**
 * Largest tolerated host-load standard deviation by threshold level (index = level). Our mapping:
 * each level halves the tolerance of the one before, from 0.20 at level 2 to 0.025 at level 5.
 * vSphere (pre-7) derives its target from the threshold in the same spirit but does not publish
 * the numbers; level 1 tolerates any imbalance (mandatory moves only).
 */
export declare const TOLERANCE_BY_THRESHOLD: readonly number[];
export declare function imbalanceTolerance(threshold: number): number;
/**
 * Smallest imbalance reduction one balancing move must bring at `threshold` with `hostsOn` hosts
 * on: the tolerance shared out over the hosts. DRS drops moves whose goodness (imbalance
 * reduction) is below a minimum (Gulati et al., "VMware Distributed Resource Management: Design,
 * Implementation, and Lessons Learned", VMware Technical Journal 1(1), 2012, section on
 * cost-benefit and minimum goodness; the threshold's levels admit recommendations by how much
 * they improve the balance, vSphere Resource Management guide, "Migration Threshold"). The
 * number is our mapping: moving load δ between two hosts changes the standard deviation by about
 * 2δ / n, so a move must shift at least half the tolerance's share of one host, tolerance / n.
 * Moves smaller than that are noise a later pass would undo.
 */
export declare function minGoodness(threshold: number, hostsOn: number): number;
/**
 * Cost-benefit of one balancing move, in MHz·s:
 *   benefit = (imbalance before − after) × cluster capacity (MHz) × payback horizon (s)
 *     — the standard deviation of load, as a fraction of capacity, turned into MHz of capacity
 *       that stops being unevenly spread, enjoyed for the whole horizon;
 *   cost = (vMotion CPU on the source + on the destination) (MHz) × estimated duration (s)
 *     — twice migrationCpuMhz for hosts of equal core speed.
 * The move pays back when benefit > cost.
 */
export declare function paysBack(gain: number, capacityMhz: MHz, paybackMs: Millis, cpuMhzBoth: MHz, durationMs: Millis): boolean;
