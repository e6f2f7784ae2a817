/**
 * Power management of a cluster: demand-driven like VMware DPM, and calendar power-down windows.
 * Each rule and where it comes from:
 *
 * - Load of a host: the larger of CPU demand / usable CPU and consumed / usable memory, averaged
 *   since the last pass (vSphere Resource Management guide, "Using vSphere DPM": DPM compares the
 *   demand of the VMs for CPU and memory with the capacity of the hosts).
 * - Target range 63 % ± 18 % (DemandCapacityRatioTarget, DemandCapacityRatioToleranceHost), judged
 *   over 5 min for power-on and 40 min for power-off (VMware white paper "VMware Distributed Power
 *   Management Concepts and Use", Evaluating Utilization; DOMAIN.md, Power and energy).
 * - Power-on: a host above the range for `powerOnAfter` wakes a standby host (white paper, Host
 *   Power-on Recommendations).
 * - Power-off is judged per host, not for the cluster as a whole: every host below the range for
 *   `powerOffAfter` is a candidate (white paper, Host Power-off Recommendations; US patent
 *   9,047,083, "recommending host system power-off when there is a host system whose utilization
 *   is below the target utilization"). Candidates are tried in order, empty hosts first, then the
 *   least loaded, then the one with fewer VMs (white paper, Host Sort for Power-on or Power-off
 *   Evaluation: hosts that are cheapest to evacuate first). A candidate goes to standby when
 *   (a) at least `minHostsOn` hosts stay on (white paper, Advanced Options, MinPoweredOn…),
 *   (b) the hosts that stay on would run at or below the target (patent: powering off must not
 *       create highly utilised hosts),
 *   (c) its VMs fit on the hosts that stay on (evacuation-fit.ts; the guide lists "DRS cannot
 *       evacuate the host" among the reasons a host stays on), and
 *   (d) HA admission control still holds without it (guide: "vSphere HA needs extra capacity for
 *       failover"; DPM never breaks HA).
 *   Several candidates may go in one pass, each judged with the ones before it gone.
 * - A power-down that is given up (balancer/maintenance.ts) keeps that host from being a candidate
 *   for `powerOffAfter`, so a blocked host does not bounce.
 * - Not modelled: the DPM threshold (priorities 1–5). The vSphere guide ("DPM Threshold") says
 *   priorities follow the amount of under- or over-utilisation and the expected improvement but
 *   publishes no mapping, so every recommendation here is applied as at the default setting.
 *
 * Windows (our feature, not vSphere's): at a window's start hosts go to standby in the same
 * candidate order until `keepHosts` hosts and `keepPct` % of the capacity stay on, each under the
 * checks (b)–(d) with the range's upper end (81 %) as the limit; a host that cannot go is named in
 * `host.power-skipped`. While the window lasts, hosts woken by demand go down again once demand has
 * been back in range for `powerOffAfter`. Hosts wake ahead of the window's end by their boot time,
 * unless another window continues it. Demand above the range or VMs waiting for HA restarts wake
 * standby hosts at any time.
 */
import type { AdmissionControl } from '../availability/admission-control.js';
import type { Datacenter } from '../datacenter.js';
import type { HostPower } from './host-power.js';
export declare class PowerManager {
    private readonly dc;
    private readonly power;
    private readonly admission;
    private readonly prevDemand;
    private readonly prevConsumed;
    private readonly prevT;
    /** Per cluster: since when some host has been above the range (NaN: not now); when last above it. */
    private readonly highSince;
    private readonly lastHigh;
    /** Per host: since when it has been below the range (NaN: not now). */
    private readonly lowSince;
    /** Per host: a power-down was already found impossible in this low spell (reported once). */
    private readonly skipped;
    /** Per cluster: the window in force (-1: none). */
    private readonly window;
    /** Hosts put into standby by the calendar (woken at the window's end). */
    private readonly byCalendar;
    private readonly load;
    constructor(dc: Datacenter, power: HostPower, admission: AdmissionControl);
    private managed;
    start(): void;
    /** Every start and end of window `wi` within the run, as events. */
    private scheduleWindows;
    private maxBootMs;
    /** Loads of hosts that are on since the last pass into this.load (NaN for others); the cluster's peak. */
    private readLoads;
    private pass;
    /** Candidates in the order DPM tries them (standby-candidates.ts), loads from the last pass. */
    private candidates;
    private dpmPowerOff;
    private canRemove;
    /** Wake one standby host of the cluster (the lowest index; a host still going down first). */
    private wakeOne;
    /** HA has VMs waiting in cluster c: wake every standby host there. */
    capacityNeeded(c: number, t: number): void;
    private windowStart;
    /** Put hosts into standby until window w's keepHosts / keepPct is reached; `report`: name a host that cannot go. */
    private applyWindow;
    private windowEnd;
}
