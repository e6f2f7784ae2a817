/**
 * The replay scenario a trace describes, as a plain object for the normal loader: one cluster,
 * one KVM host group per traced host (its cores, MHz and memory from nodeinfo / /proc, KSM and
 * zswap as the host had them), one VM group and template per traced VM (its vCPUs and memory),
 * each VM pinned to its host by a vm-host must rule and driven by a `csv` trace of its demand:
 * CPU used + run-queue wait (what it would have used uncontended), as % of its vCPUs (cpu_pct,
 * cores of the traced host) or, for a source in absolute units (VmTrace.cpuRefMhz, GWA-T-12), in
 * MHz (cpu_mhz, not capped: the simulated host caps it at its own vCPU capacity), and the
 * memory its guest used. A VM first seen after the trace starts is created at its first sample
 * (provisioned, ready at once), and one last seen before the trace ends is deleted after its
 * last, so neither holds host memory while it did not exist. Cells without a CPU sample in
 * between are a VM not running (demand 0), except a short hole a counter reset left, which
 * holds the previous level (demand-csv.ts). Operator actions found in the trace (setmem, vCPU
 * and memory changes, stop / start) are scenario events at the times they happened
 * (operator-events.ts).
 */
import type { Grid } from '../resample.js';
import type { CalibrationTrace, HostTrace, VmTrace } from '../trace.js';
import { KIB_PER_MIB, safeName } from '../units.js';
import type { HostGridSeries } from './metrics.js';
import { observedOnGrid } from './observed.js';
import { demandCsv } from './demand-csv.js';
import { planActions } from './operator-events.js';
import { pad } from '../../scenario/ids.js';

/** Defaults for what a trace may not say (noted when used). */
export const DEFAULT_MHZ = 2400;
export const DEFAULT_VM_MEMORY_MIB = 1024;
export { DEFAULT_ACTIVE_PCT, MAX_HOLE_CELLS } from './demand-csv.js';

export interface ReplayHost {
  /** Host group name in the scenario. */
  readonly group: string;
  readonly trace: HostTrace;
  /** VM group names, in the order of `vms`. */
  readonly vmGroups: readonly string[];
  readonly vms: readonly VmTrace[];
}

export interface ReplayPlan {
  /** The scenario object, before any overlay. */
  readonly spec: Record<string, unknown>;
  /** Trace files the scenario references, relative path → text. */
  readonly files: ReadonlyMap<string, string>;
  readonly grid: Grid;
  readonly hosts: readonly ReplayHost[];
  readonly observed: readonly HostGridSeries[];
  /** Per VM group: demand as a fraction of its vCPUs per cell (of its reference cores for absolute sources). */
  readonly demand: ReadonlyMap<string, Float64Array>;
  readonly notes: readonly string[];
  /** Defaults that move figures (a host MHz assumed), printed as warnings; also in notes. */
  readonly warnings: readonly string[];
}

function unique(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}-${i}`;
  used.add(name);
  return name;
}

function first(s: { v: Float64Array }): number {
  return s.v.length > 0 ? (s.v[0]) : NaN;
}

/** The replay's one cluster and its site (group ids are site/cluster/group). */
const SITE = 'dc1';
const CLUSTER = 'replay';

/**
 * Deploy and boot of a VM first seen mid-trace, and how long after its last cell it is deleted:
 * as short as durations go, so it runs through exactly the cells it was seen in.
 */
const APPEAR_MS = 1;

function hostGroup(name: string, h: HostTrace, vms: readonly VmTrace[], vmMemMiB: number[], notes: string[], warnings: string[]): Record<string, unknown> {
  const i = h.info;
  const vcpuSum = vms.reduce((s, v) => s + (v.vcpus ?? 1), 0);
  const cores = i.cpus ?? Math.max(1, vcpuSum);
  if (i.cpus === null) notes.push(`${name}: host CPUs unknown; sized to the VMs' ${cores} vCPUs (1:1; set the size with an overlay's hostGroups)`);
  // Wide hosts as several sockets of at most 64 cores (the schema caps a socket at 512).
  const sockets = Math.min(16, Math.ceil(cores / 64));
  const perSocket = Math.ceil(cores / sockets);
  const mhz = i.mhz ?? DEFAULT_MHZ;
  if (i.mhz === null) {
    // Percentages of the host do not depend on it, but MHz demand (cpu_mhz, GWA-T-12) and the
    // ready and granted MHz reported do: say so every time, never default silently.
    const absolute = vms.some((v) => v.cpuRefMhz !== null);
    const w = `${name}: host MHz unknown (the trace gives no CPU frequency: virsh nodeinfo, as static/virsh-nodeinfo.txt in a capture folder); ${DEFAULT_MHZ} MHz assumed${absolute ? ', which sets how many cores the MHz demand of its VMs takes' : ''}: set it with an overlay's hostGroups.mhz`;
    warnings.push(w);
    notes.push(w);
  }
  const memSum = vmMemMiB.reduce((a, b) => a + b, 0);
  const memMiB = i.memoryMiB ?? Math.ceil(memSum * 1.25);
  if (i.memoryMiB === null) notes.push(`${name}: host memory unknown; sized to the VMs' memory + 25 %`);
  const s = h.settings;
  const memory: Record<string, unknown> = {};
  const ksmOn = s.ksmRun === 1 || (s.ksmRun === null && first(h.ksmPagesSharing) > 0);
  if (ksmOn) {
    const ksm: Record<string, unknown> = { enabled: true, pagesToScan: Math.max(1, s.ksmPagesToScan ?? 100), sleepMs: Math.max(1, s.ksmSleepMs ?? 20) };
    if (s.ksmMaxPageSharing !== null && s.ksmMaxPageSharing >= 2) ksm.maxPageSharing = s.ksmMaxPageSharing;
    // KSM already merging when the trace began (kernel admin-guide/mm/ksm: pages_sharing is what
    // is saved): the replay starts from the first reading rather than from nothing.
    const start = first(h.ksmPagesSharing);
    if (start > 0) {
      ksm.initialPagesSharing = start;
      notes.push(`${name}: KSM was already merging when the trace began (pages_sharing ${start}); the replay starts from that state`);
    }
    memory.ksm = ksm;
  }
  if (s.zswapEnabled === true) {
    const c = s.zswapCompressor ?? '';
    const compressor = /^lzo/.test(c) ? 'lzo' : /^zstd/.test(c) ? 'zstd' : 'lz4';
    if (!/^(lzo|zstd|lz4)/.test(c)) notes.push(`${name}: zswap compressor '${c}' not modelled; lz4 assumed`);
    memory.zswap = { enabled: true, compressor, ...(s.zswapMaxPoolPct !== null ? { maxPoolPct: s.zswapMaxPoolPct } : {}) };
  }
  const hypervisor: Record<string, unknown> = { flavour: 'kvm', memory };
  if (vms.some((v) => v.stealCores.v.length > 0)) {
    // The demand replayed is used + steal, the time the vCPUs were runnable: the run-queue wait
    // comes out of it (model/cpu/run-queue.ts). Without steal it is CPU used and the wait adds to it.
    hypervisor.demandIncludesWait = true;
  }
  // The host's own use (kernel, QEMU, daemons): MemTotal − MemAvailable − Σ VM RSS at the start.
  const avail = first(h.memAvailableMiB);
  const rss = vms.map((v) => first(v.rssMiB));
  if (i.memoryMiB !== null && Number.isFinite(avail) && rss.every((x) => Number.isFinite(x))) {
    const own = Math.max(0, i.memoryMiB - avail - rss.reduce((a, b) => a + b, 0));
    hypervisor.memoryOverheadMiB = Math.round(own);
    notes.push(`${name}: hypervisor memory ${Math.round(own)} MiB = memory − MemAvailable − Σ VM RSS at the start`);
  }
  return { name, count: 1, sockets, coresPerSocket: perSocket, mhz, memoryGiB: memMiB / KIB_PER_MIB, hypervisor };
}

/** Builds the replay plan of `trace` on grid `g`. */
export function buildReplay(trace: CalibrationTrace, g: Grid, name = 'replay'): ReplayPlan {
  const notes: string[] = [];
  const warnings: string[] = [];
  const files = new Map<string, string>();
  const demand = new Map<string, Float64Array>();
  const templates: Record<string, unknown> = {};
  const hostGroups: Record<string, unknown>[] = [];
  const vmGroups: Record<string, unknown>[] = [];
  const rules: Record<string, unknown>[] = [];
  const hosts: ReplayHost[] = [];
  const observed: HostGridSeries[] = [];
  const usedHosts = new Set<string>();
  const usedVms = new Set<string>();
  const events: Record<string, unknown>[] = [];
  for (const h of trace.hosts) {
    const vms = h.vms.filter((v) => v.cpuCores.v.length > 0);
    for (const v of h.vms) if (v.cpuCores.v.length === 0) notes.push(`${v.name}: no CPU samples to replay, left out`);
    if (vms.length === 0) continue;
    const group = unique(safeName(h.info.name, 'host'), usedHosts);
    const names: string[] = [];
    const vcpus: number[] = [];
    const mems: number[] = [];
    const vmNames = vms.map((v) => unique(safeName(v.name, 'vm'), usedVms));
    const acted = planActions(h.actions, new Map(vms.map((v, i) => [v.name, { id: `${SITE}/${CLUSTER}/${vmNames[i]}-${pad(1, 1)}`, vcpus: v.vcpus ?? 1, memoryMiB: v.memoryMiB ?? DEFAULT_VM_MEMORY_MIB, trace: v }])), g);
    events.push(...acted.events);
    notes.push(...acted.notes, ...acted.warnings);
    warnings.push(...acted.warnings);
    for (const [i, v] of vms.entries()) {
      const vm = vmNames[i] as string;
      const shape = acted.shapes.get(v.name);
      names.push(vm);
      const cpus = v.vcpus ?? 1;
      if (v.vcpus === null) notes.push(`${vm}: vCPUs unknown; 1 assumed`);
      const mem = v.memoryMiB ?? DEFAULT_VM_MEMORY_MIB;
      if (v.memoryMiB === null) notes.push(`${vm}: memory unknown; ${DEFAULT_VM_MEMORY_MIB} MiB assumed`);
      vcpus.push(cpus);
      mems.push(mem);
      const csv = demandCsv(v, cpus, mem, g, shape);
      const path = `traces/${vm}.csv`;
      files.set(path, csv.text);
      demand.set(vm, csv.demand);
      // Guest pages the VM process has resident at the start: what it has touched.
      const rss = first(v.rssMiB);
      const touchedPct = Number.isFinite(rss) ? Math.min(100, Math.max(0, (rss / mem) * 100)) : 0;
      const template: Record<string, unknown> = { vcpus: cpus, memoryGiB: mem / KIB_PER_MIB, memory: { touchedPct: Number(touchedPct.toFixed(2)) } };
      const vmGroup: Record<string, unknown> = { name: vm, count: 1, template: vm, workload: { type: 'trace', format: 'csv', path } };
      if (shape?.hotPlug) template['hotAdd'] = { cpu: true, memory: true };
      if (csv.firstCell > 0 || shape?.restarts) {
        template['deployTime'] = `${APPEAR_MS}ms`;
        template['bootTime'] = `${APPEAR_MS}ms`;
      }
      if (csv.firstCell > 0) {
        vmGroup['provision'] = { at: `${csv.firstCell * g.stepMs - 2 * APPEAR_MS}ms` };
        notes.push(`${vm}: first seen ${(csv.firstCell * g.stepMs) / 1000} s into the trace; created then`);
      }
      if (csv.lastCell >= 0 && csv.lastCell < g.cells - 1 && shape?.endsStopped !== true) {
        // Just after the end of its last cell, so that cell's sample still sees it.
        events.push({ at: `${(csv.lastCell + 1) * g.stepMs + APPEAR_MS}ms`, type: 'delete-vms', group: `${SITE}/${CLUSTER}/${vm}`, count: 1 });
        notes.push(`${vm}: last seen ${((csv.lastCell + 1) * g.stepMs) / 1000} s into the trace; deleted then`);
      }
      templates[vm] = template;
      vmGroups.push(vmGroup);
    }
    hostGroups.push(hostGroup(group, h, vms, mems, notes, warnings));
    rules.push({ name: `on-${group}`, type: 'vm-host', vms: names, hosts: [group], mode: 'must' });
    hosts.push({ group, trace: h, vmGroups: names, vms });
    observed.push(observedOnGrid(group, h, vms, vcpus, g));
  }
  const start = trace.startEpochMs !== null ? new Date(Math.floor(trace.startEpochMs / 1000) * 1000).toISOString().replace('.000Z', 'Z') : undefined;
  const spec: Record<string, unknown> = {
    name: safeName(name, 'replay'),
    description: `Replay of ${trace.source} (${trace.format}), generated by dcsim replay`,
    seed: 1,
    ...(start !== undefined ? { start } : {}),
    duration: `${(g.cells * g.stepMs) / 1000}s`,
    step: `${g.stepMs / 1000}s`,
    templates,
    clusters: [
      {
        name: CLUSTER,
        site: SITE,
        placement: { algorithm: 'first-fit', maxVcpuPerCore: null, maxMemoryOvercommit: null },
        rules: hosts.length > 1 ? rules : [],
        hosts: hostGroups,
        vms: vmGroups,
      },
    ],
    outputs: { interval: `${g.stepMs / 1000}s`, hostSeries: true, events: true },
    ...(events.length > 0 ? { events } : {}),
  };
  return { spec, files, grid: g, hosts, observed, demand, notes, warnings };
}
