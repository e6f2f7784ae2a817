/**
 * CPU ready below saturation: a vCPU thread that wakes while every core of its host is busy
 * waits in a run queue (KVM: `vcpu.N.delay`, steal in the guest; ESXi: %RDY) even when the host
 * is not saturated on average, and a light vCPU waits even when max-min fairness would grant it
 * all it asks (DOMAIN.md, "CPU contention below saturation"; F. Denneman, "Contention on lightly
 * utilized hosts", 2011). In data/kvm/libvirt-qemu/capture-calib (a 2-core host kept busy by a
 * foreign process) the idle guest's vCPU, never short of CPU, waited 0.0088 core-seconds per
 * second while it used 0.0202.
 *
 * Model, per wake-up. A VM's demand w (cores; CPU used or runnable time, below) is taken as packed onto its vCPUs,
 * ⌊w⌋ of them runnable all the time and one the fraction f = w − ⌊w⌋ (a single busy thread holds
 * one vCPU, as in the capture; a guest that spreads load evenly over its vCPUs wakes more often
 * than this says). A vCPU is a two-state (running / halted) Markov process with utilisation f and
 * switching rate ν: it wakes ν·f·(1 − f) times per second; one that never halts never wakes (its
 * waits are a share of the host it did not get: unmet demand), one never runnable never waits.
 * A wake-up finds every core taken with Erlang's C probability C(c, a) for c cores and the host's
 * offered load a in cores (VM runnable demand, hypervisor, compression, migration and foreign
 * processes) — M/M/c, Kleinrock, Queueing Systems vol. 1, §3.5, computed through the Erlang B
 * recursion. A blocked wake-up waits about a residual slice s, not a whole queue (CFS preempts
 * the current task when the woken one's vruntime lags by more than the wake-up granularity,
 * Documentation/scheduler/sched-design-CFS.rst; ESXi switches at quantum boundaries and boosts
 * woken vCPUs by entitlement, "The CPU Scheduler in VMware vSphere 5.1", VMware, 2013). So the
 * wake-up wait of a VM, in cores, is
 *   W = readyPerRun · C(c, a) · f·(1 − f),   readyPerRun = ν·s,
 * one dimensionless parameter per hypervisor (the wait per unit of run of a rarely busy vCPU when
 * every core is taken; W ≤ f, so a vCPU never waits more than it is runnable). What the wait does
 * to the run time depends on what the demand measures (`hypervisor.demandIncludesWait`):
 * - CPU used (the default: a trace of usage, a template's level): the work is done, later; the
 *   host shares its capacity max-min fair over the demand (cpu/allocate.ts) and ready = the share
 *   not granted + W. Below saturation a VM runs all its demand and waits besides.
 * - runnable time (a libvirt capture replayed: Δcpu.time + Σ Δvcpu.N.delay): the wait is spent in
 *   it, the host shares its capacity over demand − W, and ready = demand − granted; run + ready =
 *   runnable, the invariant libvirt's counters hold (vcpu.N.time + vcpu.N.delay ≈ 1 s per second
 *   for a continuously runnable vCPU, data/kvm/libvirt-qemu/README.md).
 * Ready is 0 on an idle host, rises convexly with load as C does, and at saturation (C = 1) adds
 * to the unmet demand, which then grows (test/model/cpu/run-queue.test.ts, ready-curve.test.ts).
 *
 * Why the wait is per wake-up and not a share of unmet demand: fitted on the host's total steal,
 * which the busy guest's unmet demand dominates, a wait added on top of the demand moved the
 * total away from the capture whatever its size, and the fit ran to 0 (its bound); the idle
 * guest's wait is seen only in its own counters, so `dcsim calibrate` fits readyPerRun on steal
 * per VM (calibration/replay/metrics.ts, vmSteal).
 */

/**
 * KVM: fitted by `dcsim calibrate` (readyPerRun on steal per VM, foreign load fitted first) to
 * data/kvm/libvirt-qemu/capture-calib: 0.297, 95 % interval [0.258, 0.338] (test/validation).
 * Check by hand: vm-idle runnable 0.0202 + 0.0088 = 0.0290 cores, host busy (C = 1):
 * 0.0088 / (0.0290 × 0.9710) = 0.31. The capture runs QEMU under TCG (no /dev/kvm), whose
 * vCPU threads wake like KVM's under CFS; one capture, a value to calibrate, not a law.
 */
export const KVM_READY_PER_RUN = 0.315;

/**
 * ESXi: no capture to fit. The value makes the curve of ready per vCPU against vCPU:pCPU meet the
 * published guidance for server consolidation (test/model/cpu/ready-curve.test.ts): below 2.5 %
 * on average ("fine", Broadcom KB 387750) at the 4:1 typical of server estates, a p95 of 5 % or
 * more ("significant") at the ~5:1 where practice calls consolidation risky (DOMAIN.md, CPU), for
 * VMs at the 10–50 % utilisation servers mostly run at (Barroso and Hölzle, "The Case for
 * Energy-Proportional Computing", IEEE Computer 40(12), 2007). ESXi's scheduling quantum (tens
 * of ms) is longer than CFS's wake-up granularity (a few ms), so a blocked wake-up waits longer
 * than under KVM (s in readyPerRun = ν·s): the value is above KVM's. A value to calibrate
 * against esxtop %RDY of one's own hosts, not a measurement.
 */
export const ESXI_READY_PER_RUN = 0.5;

/** Default readyPerRun by hypervisor flavour (a scenario's `hypervisor.readyPerRun` overrides it; 0 turns the wait off). */
export const DEFAULT_READY_PER_RUN = { kvm: KVM_READY_PER_RUN, esxi: ESXI_READY_PER_RUN } as const;

/**
 * Erlang C: probability that an arrival waits in an M/M/c queue with c servers and offered
 * load a (in servers), 0 ≤ a; 1 when a ≥ c. With x = 1/B, B Erlang's B, C = c / ((c − a)·x + a),
 * and x from the forward recursion x(0) = 1, x(k) = 1 + (k/a)·x(k−1) (the reciprocal of
 * B(k) = a·B(k−1) / (k + a·B(k−1)); every term positive, so no cancellation; it overflows to
 * Infinity only where C is below 1e-300, and then C = 0). Shaped for the step pass, which
 * evaluates it once per change of a host's load: a multiply-add per core and one division,
 * where the direct recursion chains c divisions (about 4× slower at 32 cores).
 */
export function erlangC(c: number, a: number): number {
  if (!(a > 0)) return 0;
  if (a >= c) return 1;
  const r = 1 / a;
  let x = 1;
  for (let k = 1; k <= c; k++) x = 1 + k * r * x;
  const pw = c / ((c - a) * x + a);
  return pw > 1 ? 1 : pw;
}

/**
 * Wake-up wait of a VM in MHz: readyPerRun × C × f(1 − f) cores, f the fraction of its one
 * partly runnable vCPU (runnable demand `wantMhz` packed onto its vCPUs).
 */
export function wakeWaitMhz(wantMhz: number, coreMhz: number, readyPerRun: number, waitChance: number): number {
  if (!(readyPerRun > 0) || !(waitChance > 0)) return 0;
  const cores = wantMhz / coreMhz;
  const f = cores - Math.floor(cores);
  return coreMhz * f * (1 - f) * readyPerRun * waitChance;
}
