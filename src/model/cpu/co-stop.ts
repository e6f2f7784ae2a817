/**
 * ESXi co-stop (%CSTP) of a wide VM under relaxed co-scheduling, reported beside CPU ready.
 *
 * ESXi tracks each vCPU's skew: it grows while the vCPU does not make progress and a sibling does;
 * a halted (idle) vCPU counts as making progress, so only busy vCPUs skew. When a vCPU's skew
 * passes a threshold of a few milliseconds the leading siblings are co-stopped until it catches
 * up ("The CPU Scheduler in VMware vSphere 5.1", VMware technical white paper, 2013, "Relaxed
 * Co-Scheduling"; "Co-scheduling SMP VMs in VMware ESX Server", VMware performance blog, 2008).
 * KVM has no co-scheduling: CFS runs each vCPU thread on its own (Documentation/scheduler/
 * sched-design-CFS.rst), so a KVM VM's co-stop is 0.
 *
 * Estimate. The VM's demand w cores is packed onto m = min(vCPUs, ⌈w⌉) busy vCPUs (as in
 * run-queue.ts) and its ready is spread over them: each waits a fraction ρ = ready / m of the
 * time. A leader is co-stopped while it runs and at least one of its m − 1 siblings lags, taking
 * every wait as longer than the skew threshold (a wait lasts about a scheduling quantum, tens of
 * ms, against a threshold of a few): (1 − ρ)·(1 − (1 − ρ)^(m − 1)) of each busy vCPU's time. An
 * upper bound, computed from the VM's mean demand and ready over the run, not fed back into what
 * the VM is granted; 0 below two busy vCPUs. Practice reads %CSTP above about 3 % as a sign of
 * too many vCPUs for the load (the remedy is fewer vCPUs, the same white paper).
 */

/** Co-stop % per vCPU of an ESXi VM from its mean demand and ready (% of its vCPUs). */
export function coStopPct(vcpus: number, demandPct: number, readyPct: number): number {
  if (!(vcpus >= 2) || !(demandPct > 0) || !(readyPct > 0)) return 0;
  const w = (demandPct / 100) * vcpus;
  const m = Math.min(vcpus, Math.ceil(w - 1e-9));
  if (m < 2) return 0;
  const rho = Math.min(1, ((readyPct / 100) * vcpus) / m);
  const perBusy = (1 - rho) * (1 - (1 - rho) ** (m - 1));
  return ((perBusy * m) / vcpus) * 100;
}
