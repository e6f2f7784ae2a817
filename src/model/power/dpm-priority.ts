/**
 * Priorities of DPM's host power recommendations and the DPM threshold that admits them.
 *
 * Documented semantics (vSphere Resource Management guide, "vSphere DPM Threshold" / "VMware DPM
 * Threshold", vSphere 4.1 to 6.7): power recommendations carry priorities 1 to 5, "based on the
 * amount of over- or under-utilization found in the DRS cluster and the improvement that is
 * expected from the intended host power state change"; priority 1 is mandatory, priority 5
 * "brings only slight improvement". The threshold slider has five settings: Conservative applies
 * priority-one recommendations only, each step to the right adds the next lower priority, and
 * Aggressive applies all. Threshold n here applies priorities 1..n; the vSphere default is the
 * middle setting, 3. The API field is ClusterDpmConfigInfo.hostPowerActionRate ("ratings vary
 * from 1 to 5").
 *
 * VMware publishes no mapping from utilisation to priority; ours, an assumption:
 * - Mandatory power-ons are priority 1: VMs waiting for HA capacity.
 * - A demand power-on is priority 2 when the busiest host is more than half way from the top of
 *   the range (81 %) to 100 %, else 3: every documented trigger is applied at the default.
 * - A power-off is judged by the utilisation the hosts staying on would run at: priority 2 when
 *   it stays a whole tolerance below the range (27 % by default), 3 when it stays at or below
 *   the range's bottom (45 %), 4 up to half way to the target (54 %), 5 up to the target (63 %).
 *   The default threshold 3 thus powers hosts off "until at least one host's CPU or memory
 *   utilization is above 45 %", as Broadcom KB 310527 ("Configuring vSphere Distributed Power
 *   Management advanced settings") describes DPM at default settings; the more aggressive
 *   settings consolidate further, up to the target.
 */

/** The default DPM threshold (vSphere's middle setting). */
export const DEFAULT_DPM_THRESHOLD = 3;

/** Priority of a demand power-on when the busiest host runs at `peakPct` (above targetPct + tolerancePct). */
export function powerOnPriority(peakPct: number, targetPct: number, tolerancePct: number): number {
  const high = targetPct + tolerancePct;
  return peakPct > high + (100 - high) / 2 ? 2 : 3;
}

/** Priority of a power-off after which the hosts staying on run at `stayingPct` (max of CPU and memory). */
export function powerOffPriority(stayingPct: number, targetPct: number, tolerancePct: number): number {
  const low = targetPct - tolerancePct;
  if (stayingPct <= low - tolerancePct) return 2;
  if (stayingPct <= low) return 3;
  if (stayingPct <= (low + targetPct) / 2) return 4;
  return 5;
}

/** Whether a recommendation of `priority` is applied at DPM threshold `threshold` (1 conservative … 5 aggressive). */
export function admitted(priority: number, threshold: number): boolean {
  return priority <= threshold;
}
