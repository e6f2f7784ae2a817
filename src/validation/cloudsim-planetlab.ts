/**
 * CloudSim's PlanetLab power examples (NonPowerAware and Dvfs, CloudSim 5.0) configured in dcsim
 * the way CloudSim configures them, on the day's files as imported (`format: planetlab`, no
 * edits), and the figures dcsim gives over the window CloudSim's figures cover. The reference
 * figures and their provenance: reference/cloudsim/planetlab-20110303.ts and its README.
 *
 * How each CloudSim setting maps (examples/power Constants, Helper, PlanetLabConstants):
 * - 800 hosts alternating G4 / G5 (host i % 2) in that order, so first-fit meets them in
 *   CloudSim's order: 2 cores of 1860 / 2660 MHz (MIPS), 4 GiB, the SPECpower curves of
 *   CloudSim's PowerModelSpecPowerHpProLiantMl110G4Xeon3040 / G5Xeon3075 (catalogue), no
 *   hypervisor CPU or memory overhead (CloudSim models none).
 * - VM i of type i / 263 (2500, 2000, 1000, 500 MIPS; 870, 1740, 1740, 613 MB): four groups
 *   taking consecutive slices of the folder (`skip`), demand absolute at `referenceMhz` = the
 *   type's MIPS (CloudSim requests utilisation × VM MIPS on any host).
 * - PowerVmAllocationPolicySimple: the first host whose free MIPS, PE MIPS, RAM and bandwidth fit
 *   the VM's full MIPS → first-fit with a CPU reservation of the VM's MIPS, no more than its
 *   PE's MIPS (`reservationWithinVcpus`), memory overcommit 1
 *   (RamProvisionerSimple), 5 vCPUs per core (the 10 VMs 1 Gbit/s holds at 100 Mbit/s each).
 * - A VM at 0 % requested MIPS is deallocated for good → trace `stopWhenIdle`; a host at 0 % draws
 *   nothing (that is, a host with no VMs) → power `offWhenEmpty` (Dvfs only).
 * - NonPowerAware charges each host its power at 100 % whatever its load → a flat linear model
 *   at the curve's 100 % point.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCurve } from '../catalogue/specpower.js';
import type { ModelObserver } from '../model/observer.js';
import { Simulation } from '../run/simulate.js';
import { parseScenarioText } from '../scenario/index.js';
import { DAY } from './reference/cloudsim/planetlab-20110303.js';

export const G4 = 'HP ProLiant ML110 G4';
export const G5 = 'HP ProLiant ML110 G5';
const HOSTS = 800;
const VM_TYPES = [
  { mips: 2500, ramMb: 870 },
  { mips: 2000, ramMb: 1740 },
  { mips: 1000, ramMb: 1740 },
  { mips: 500, ramMb: 613 },
] as const;
/** CloudSim's updates fall at 300.1 s, …, 86,100.1 s; dcsim's samples at 300 s, …, 86,100 s. */
export const WINDOW_S = { from: 300, to: 86_100 } as const;

export type CloudsimPolicy = 'dvfs' | 'npa';

/** The scenario for one example, its VMs replaying the day folder at `dayDir`. */
export function cloudsimScenario(policy: CloudsimPolicy, dayDir: string, vms: number): object {
  const perType = Math.ceil(vms / VM_TYPES.length); // Helper.createVmList: i / ceil(n / VM_TYPES)
  const power = (server: string): object => {
    if (policy === 'dvfs') return { model: 'specpower', server, offWhenEmpty: true };
    const maxW = findCurve(server)?.watts[10];
    if (maxW === undefined) throw new Error(`no SPECpower curve for ${server}`);
    return { model: 'linear', idleW: maxW, maxW };
  };
  const hosts = Array.from({ length: HOSTS }, (_, i) => ({
    name: `h${String(i).padStart(3, '0')}`,
    count: 1,
    sockets: 1,
    coresPerSocket: 2,
    mhz: i % 2 === 0 ? 1860 : 2660,
    memoryGiB: 4,
    // CloudSim models no run-queue wait below saturation: readyPerRun 0 (model/cpu/run-queue.ts).
    hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0, readyPerRun: 0 },
    power: power(i % 2 === 0 ? G4 : G5),
  }));
  const templates = Object.fromEntries(
    VM_TYPES.map((t) => [`vm${t.mips}`, { vcpus: 1, memoryGiB: t.ramMb / 1024, cpu: { reservationMHz: t.mips, referenceMhz: t.mips } }]),
  );
  const groups = VM_TYPES.map((t, k) => ({
    name: `vm${t.mips}`,
    count: Math.min(perType, vms - k * perType),
    template: `vm${t.mips}`,
    workload: { type: 'trace', format: 'planetlab', path: dayDir, skip: k * perType, stopWhenIdle: true },
  })).filter((g) => g.count > 0);
  return {
    name: `validation-cloudsim-planetlab-${policy}`,
    seed: 1,
    start: '2011-03-03T00:00:00Z',
    duration: `${WINDOW_S.to}s`,
    step: '5m',
    templates,
    clusters: [{ name: 'dc', placement: { algorithm: 'first-fit', maxVcpuPerCore: 5, maxMemoryOvercommit: 1, reservationWithinVcpus: true }, hosts, vms: groups }],
  };
}

export interface CloudsimRun {
  /** Energy over 0 … WINDOW_S.to (npa) or WINDOW_S (dvfs), kWh. */
  readonly energyKwh: number;
  /** Over WINDOW_S, core-seconds: granted MHz·s over each host's core MHz. */
  readonly busyCoreS: number;
  /** Over WINDOW_S: every host's cores × the window − busy. */
  readonly idleCoreS: number;
  /** Over WINDOW_S: ready (demand the host could not serve), core-seconds. */
  readonly stealCoreS: number;
  /** Host index per VM at time 0 (-1: not placed). */
  readonly hostOfVm: readonly number[];
  /** When each VM was powered off (s), null if never. */
  readonly stopAtS: readonly (number | null)[];
}

interface Totals {
  energyWms: number;
  grantedMhzMs: number;
  readyMhzMs: number;
}

function totals(sim: Simulation, t: number): Totals {
  sim.model.flushAll(t);
  const H = sim.world.hosts;
  const out = { energyWms: 0, grantedMhzMs: 0, readyMhzMs: 0 };
  for (let h = 0; h < H.n; h++) {
    out.energyWms += H.energyInt[h] as number;
    out.grantedMhzMs += (H.grantedInt[h] as number) / (H.coreMhz[h] as number);
    out.readyMhzMs += (H.readyInt[h] as number) / (H.coreMhz[h] as number);
  }
  return out;
}

const runs = new Map<string, CloudsimRun>();

/** One example run on the day's files; memoised per data folder and policy. */
export function cloudsimRun(dataDir: string, policy: CloudsimPolicy, vms: number): CloudsimRun {
  const key = `${dataDir}\u0000${policy}\u0000${vms}`;
  const hit = runs.get(key);
  if (hit !== undefined) return hit;
  const dir = mkdtempSync(join(tmpdir(), 'dcsim-validate-cloudsim-'));
  try {
    execFileSync('tar', ['xzf', join(dataDir, 'planetlab/cloudsim_planetlab_10days.tar.gz'), '-C', dir, DAY]);
    const spec = cloudsimScenario(policy, DAY, vms);
    const offAt = new Map<string, number>();
    const watch: ModelObserver = {
      event: (e) => {
        if (e.type === 'vm.powered-off' && typeof e.vm === 'string' && !offAt.has(e.vm)) offAt.set(e.vm, e.t / 1000);
      },
    };
    const scenario = parseScenarioText(JSON.stringify(spec), join(dir, 'cloudsim.yaml'), dir);
    const sim = new Simulation(scenario, { attach: () => ({ observers: [watch] }) });
    sim.start();
    const V = sim.world.vms;
    const hostOfVm = Array.from(V.host);
    sim.runUntil(WINDOW_S.from * 1000);
    const before = totals(sim, WINDOW_S.from * 1000);
    sim.runUntil(WINDOW_S.to * 1000);
    const after = totals(sim, WINDOW_S.to * 1000);
    const H = sim.world.hosts;
    let cores = 0;
    for (let h = 0; h < H.n; h++) cores += H.cores[h] as number;
    const windowMs = (WINDOW_S.to - WINDOW_S.from) * 1000;
    const busyCoreS = (after.grantedMhzMs - before.grantedMhzMs) / 1000;
    const run: CloudsimRun = {
      energyKwh: (policy === 'npa' ? after.energyWms : after.energyWms - before.energyWms) / 3_600_000 / 1000,
      busyCoreS,
      idleCoreS: (cores * windowMs) / 1000 - busyCoreS,
      stealCoreS: (after.readyMhzMs - before.readyMhzMs) / 1000,
      hostOfVm,
      stopAtS: V.ids.map((id) => offAt.get(id) ?? null),
    };
    runs.set(key, run);
    return run;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
