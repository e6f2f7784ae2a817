/**
 * Traces produced by dcsim itself, for calibration tests: a host (or several) of 4 cores and
 * 16 GiB with KSM on and four 2-vCPU 2 GiB guests of known demand is simulated with hidden parameter values,
 * and what the simulator says the host did becomes the "observed" trace, in the units a real
 * collector would report (VM CPU used and run-queue wait, host CPU busy, KSM pages_sharing).
 */
import { buildReplay, type ReplayPlan } from '../../src/calibration/replay/build-scenario.js';
import { evaluate, writePlanFiles } from '../../src/calibration/replay/evaluate.js';
import { combineOverlays, OVERLAY_VERSION, type Overlay } from '../../src/calibration/overlay.js';
import { DEFAULT_READY_PER_RUN } from '../../src/model/cpu/run-queue.js';
import type { Grid } from '../../src/calibration/resample.js';
import { hostWith, vmWith, type CalibrationTrace, type RateSeries } from '../../src/calibration/trace.js';
import { PAGE_MIB } from '../../src/calibration/units.js';
import { tempDir } from '../helpers/sim.js';

export const GRID: Grid = { stepMs: 60_000, cells: 120 };
const VCPUS = 2;
const MEM = 2048;

function rate(v: ArrayLike<number>): RateSeries {
  const n = v.length;
  return {
    t0: Float64Array.from({ length: n }, (_, k) => k * GRID.stepMs),
    t1: Float64Array.from({ length: n }, (_, k) => (k + 1) * GRID.stepMs),
    v: Float64Array.from(v),
  };
}

/** Demand of VM i in cell k, fraction of its vCPUs: a slow wave that crowds the host at its peaks. */
export function demandOf(i: number, k: number): number {
  return Math.min(1, Math.max(0, 0.32 + 0.28 * Math.sin((2 * Math.PI * k) / 40 + i * 0.9)));
}

type HostPart = Partial<Parameters<typeof hostWith>[2]>;

/**
 * The hidden values as the truth runs them: its demand is what the VMs were runnable for, as the
 * observed trace's replay (CPU used + steal) takes it (build-scenario.ts), and it waits as a KVM
 * host does by default (unless hidden says otherwise).
 */
function truthOverlay(hidden: Overlay): Overlay {
  return combineOverlays({ dcsimOverlay: OVERLAY_VERSION, hostGroups: { hypervisor: { readyPerRun: DEFAULT_READY_PER_RUN.kvm, demandIncludesWait: true } } }, hidden);
}

/** One host per entry: kvm-1, kvm-2, … with its VMs' CPU and steal. */
function trace(hosts: { vms: { cpu: RateSeries; steal: RateSeries }[]; host: HostPart }[]): CalibrationTrace {
  const one = { t: Float64Array.of(0), v: Float64Array.of(MEM) };
  return {
    source: 'synthetic',
    format: 'generic-csv',
    startEpochMs: Date.UTC(2026, 2, 2),
    hosts: hosts.map(({ vms, host }, h) => ({
      ...hostWith(
        { name: `kvm-${h + 1}`, cpus: 4, mhz: 2000, memoryMiB: 16_384, notes: [] },
        vms.map((v, i) => vmWith(`vm-${i}`, { vcpus: VCPUS, memoryMiB: MEM, cpuCores: v.cpu, stealCores: v.steal, rssMiB: one, balloonMiB: one })),
        host,
      ),
      settings: { ksmRun: 1, ksmPagesToScan: 100, ksmSleepMs: 20, ksmMaxPageSharing: null, zswapEnabled: null, zswapCompressor: null, zswapMaxPoolPct: null },
    })),
    problems: [],
    notes: [],
  };
}

/**
 * The observed trace the hidden overlay produces on `hosts` hosts (host h's VMs run the waves
 * of `demandOf` shifted by 2h, so hosts differ), its replay plan and the plan's files' folder.
 */
export function observedTrace(hidden: Overlay, hosts = 1): { trace: CalibrationTrace; plan: ReplayPlan; dir: string; truth: ReplayPlan } {
  const demand = (h: number) => [0, 1, 2, 3].map((i) => rate(Array.from({ length: GRID.cells }, (_, k) => demandOf(i + 2 * h, k) * VCPUS)));
  const hostIndex = Array.from({ length: hosts }, (_, h) => h);
  const truth = buildReplay(trace(hostIndex.map((h) => ({ vms: demand(h).map((cpu) => ({ cpu, steal: rate([]) })), host: {} }))), GRID, 'truth');
  const truthDir = tempDir('truth');
  writePlanFiles(truth, truthDir);
  const sim = evaluate(truth, truthOverlay(hidden), truthDir).simulated;
  const mid = Float64Array.from({ length: GRID.cells }, (_, k) => (k + 0.5) * GRID.stepMs);
  const observed = trace(
    hostIndex.map((h) => {
      const s = sim.hosts[h]!;
      return {
        vms: truth.hosts[h]!.vmGroups.map((g) => ({
          cpu: rate(sim.vmGrantedCores.get(g)!),
          steal: rate(Array.from(sim.vmReadyPct.get(g)!, (x) => (x / 100) * VCPUS)),
        })),
        host: { cpuBusyPct: rate(s.cpu), ksmPagesSharing: { t: mid, v: Float64Array.from(s.ksm, (x) => x / PAGE_MIB) } },
      };
    }),
  );
  const plan = buildReplay(observed, GRID, 'observed');
  const dir = tempDir('observed');
  writePlanFiles(plan, dir);
  return { trace: observed, plan, dir, truth };
}

/** The replay plan of the one-host observed trace the hidden overlay produces, and its trace files' folder. */
export function observedPlan(hidden: Overlay): { plan: ReplayPlan; dir: string; truth: ReplayPlan } {
  const { plan, dir, truth } = observedTrace(hidden);
  return { plan, dir, truth };
}

/**
 * The observed trace of `observedPlan` as the collector would have written it (collect/format.ts):
 * one sample per cell boundary, counters accumulated from the rates (cpu.time and vcpu.0.delay
 * in ns, /proc/stat ticks at USER_HZ 100), KSM pages_sharing read at the sample instants.
 */
export function collectorNdjson(hidden: Overlay): string {
  const demand = [0, 1, 2, 3].map((i) => rate(Array.from({ length: GRID.cells }, (_, k) => demandOf(i, k) * VCPUS)));
  const truth = buildReplay(trace([{ vms: demand.map((cpu) => ({ cpu, steal: rate([]) })), host: {} }]), GRID, 'truth');
  const truthDir = tempDir('truth');
  writePlanFiles(truth, truthDir);
  const sim = evaluate(truth, truthOverlay(hidden), truthDir).simulated;
  const start = Date.UTC(2026, 2, 2);
  const dtS = GRID.stepMs / 1000;
  const cpus = 4;
  const lines = [
    JSON.stringify({ type: 'header', format: 'dcsim-collect', version: 1, host: 'kvm-1', intervalMs: GRID.stepMs, startedMs: start, virsh: ['virsh'], nodeinfo: { cpus, mhz: 2000, memoryKiB: 16 * 1024 * 1024 }, missing: [] }),
  ];
  const cpuNs = [0, 0, 0, 0].map((_, i) => 1e12 * (i + 1));
  const delayNs = [0, 0, 0, 0].map((_, i) => 1e11 * (i + 1));
  let busy = 500_000;
  let idle = 900_000;
  const ksm = sim.hosts[0]!.ksm;
  for (let k = 0; k <= GRID.cells; k++) {
    if (k > 0) {
      truth.hosts[0]!.vmGroups.forEach((g, i) => {
        cpuNs[i] = (cpuNs[i]) + (sim.vmGrantedCores.get(g)![k - 1]) * dtS * 1e9;
        delayNs[i] = (delayNs[i]) + ((sim.vmReadyPct.get(g)![k - 1]) / 100) * VCPUS * dtS * 1e9;
      });
      const b = (sim.hosts[0]!.cpu[k - 1]) / 100;
      busy += b * cpus * dtS * 100;
      idle += (1 - b) * cpus * dtS * 100;
    }
    // pages_sharing at the instant k·step: between the interval averages either side.
    const at = k === 0 ? 0 : k === GRID.cells ? (ksm[k - 1]) : ((ksm[k - 1]) + (ksm[k])) / 2;
    const domstats = Object.fromEntries(
      truth.hosts[0]!.vmGroups.map((g, i) => [
        g,
        {
          'state.state': '1',
          'cpu.time': Math.round(cpuNs[i]).toString(),
          'balloon.current': String(MEM * 1024),
          'balloon.maximum': String(MEM * 1024),
          'balloon.rss': String(MEM * 1024),
          'vcpu.current': String(VCPUS),
          'vcpu.0.delay': Math.round(delayNs[i]).toString(),
        },
      ]),
    );
    lines.push(
      JSON.stringify({
        type: 'sample',
        seq: k,
        tMs: start + k * GRID.stepMs,
        hostTMs: start + k * GRID.stepMs,
        tookMs: 0,
        domstats,
        meminfo: { MemTotal: 16 * 1024 * 1024, SwapTotal: 0, SwapFree: 0 },
        stat: { cpu: [Math.round(busy), 0, 0, Math.round(idle), 0, 0, 0, 0, 0, 0], cpus },
        ksm: { run: 1, pages_to_scan: 100, sleep_millisecs: 20, pages_sharing: Math.round(at / PAGE_MIB), pages_shared: Math.round(at / PAGE_MIB / 4) },
        missing: [],
      }),
    );
  }
  lines.push(JSON.stringify({ type: 'end', tMs: start + GRID.cells * GRID.stepMs, samples: GRID.cells + 1 }));
  return `${lines.join('\n')}\n`;
}
