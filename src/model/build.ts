/**
 * Build phase: a validated Scenario becomes the world's typed arrays. Ids are hierarchical
 * (`dc1/cluster-a/host-003`, `dc1/cluster-a/web-0042`) and stable, so two runs diff cleanly.
 * Hosts and VMs of a cluster get contiguous index ranges.
 */
import { RandomStreams, uniformAt } from '../engine/index.js';
import { pad } from '../scenario/ids.js';
import type { Scenario, TraceData } from '../scenario/scenario.js';
import { FLOW_STRIDE } from './vm-flow.js';
import type { ClusterSpec, HostGroupSpec, TemplateSpec, WorkloadSpec } from '../scenario/schema.js';
import { DEFAULT_READY_PER_RUN } from './cpu/run-queue.js';
import { CPU_SHARE_RULES, cpuShareRule, cpuShares, memoryShares } from '../catalogue/cpu-shares.js';
import { COMPRESS_COST_FACTOR, DECOMPRESS_US, ESXI_DECOMPRESS_US, PAGE_MIB, zswapRatio } from './memory/compression.js';
import { createMemoryArrays, type MemoryArrays } from './memory/memory-arrays.js';
import {
  defaultCpuOverheadPct,
  defaultHostMemoryOverheadMiB,
  FLAVOURS,
  vmMemoryOverheadMiB,
} from './hypervisor.js';
import { MEMORY_STATES } from '../catalogue/memory-states.js';
import { minFreeMiB } from './memory/min-free.js';
import { createdAtStart, replicaTargets } from '../scenario/group-counts.js';
import { POWER_MODELS, powerTableOffset, SPECPOWER_POINTS } from './power/models.js';
import { findCurve } from '../catalogue/specpower.js';
import { MIB_PER_GIB } from './units.js';
import { steppedVms, WL_CONSTANT, WL_DIURNAL, WL_ON_OFF, WL_RANDOM_WALK, WL_TRACE, WL_UNIFORM, type WorkloadArrays } from './workload/workload-arrays.js';
import { stepSlots } from './workload/step-schedule.js';
import { WorkloadBuilder, type WorkloadParams } from './workload/workload-builder.js';
import { defaultMultiplier } from './placement/weighers.js';
import { HOST_ON, HOST_STANDBY, HOST_STATES, PRIORITY_DISABLED, PRIORITY_HIGH, PRIORITY_LOW, PRIORITY_MEDIUM, VM_DOWN, DOWN_NOT_CREATED, DOWN_UNPLACEABLE } from './lifecycle.js';
import {
  f64,
  i32,
  type ClusterInfo,
  type FilterScheduler,
  type HostArrays,
  type HostGroupInfo,
  type PlacementRule,
  type VmArrays,
  type VmGroupInfo,
  type World,
} from './world.js';

const PRIORITY_CODE = { disabled: PRIORITY_DISABLED, low: PRIORITY_LOW, medium: PRIORITY_MEDIUM, high: PRIORITY_HIGH } as const;
/** 1 Gbit/s in MiB/s. */
const MIBPS_PER_GBPS = 1e9 / 8 / 1048576;

const PHASE_COUNTER = 2 ** 51;

export interface Built {
  readonly world: World;
  readonly workload: WorkloadArrays;
  readonly memory: MemoryArrays;
  readonly streams: RandomStreams;
}


export function buildWorld(scenario: Scenario, seedOverride?: number | string): Built {
  const spec = scenario.spec;
  const seed = seedOverride ?? spec.seed;
  const streams = new RandomStreams(seed);
  let nh = 0;
  let nv = 0;
  for (const c of spec.clusters) {
    for (const g of c.hosts) nh += g.count;
    for (const g of c.vms) nv += g.count;
  }
  const H = allocHosts(nh);
  const V = allocVms(nv);
  const traces: TraceData[] = [];
  const W = new WorkloadBuilder(nv, traces);
  const M = createMemoryArrays(nh, nv);
  const guestOs = new Map<string, number>();
  const vmRules = new Map<number, number[]>();
  const clusters: ClusterInfo[] = [];
  const groups: VmGroupInfo[] = [];
  const hostGroups: HostGroupInfo[] = [];
  const domains: string[] = [];
  const domainIndex = new Map<string, number>();
  let h = 0;
  let v = 0;
  const replicas = replicaTargets(spec);
  spec.clusters.forEach((c, ci) => {
    const clusterId = `${c.site}/${c.name}`;
    const hostStart = h;
    for (const g of c.hosts) {
      const groupStart = h;
      let domain = -1;
      if (g.rack !== undefined) {
        const id = `${clusterId}/${g.rack}`;
        if (!domainIndex.has(id)) {
          domainIndex.set(id, domains.length);
          domains.push(id);
        }
        domain = domainIndex.get(id) as number;
      }
      for (let k = 1; k <= g.count; k++, h++) {
        fillHost(H, h, ci, `${clusterId}/${g.name}-${pad(k, g.count)}`, g);
        fillHostMemory(M, h, g);
        H.hostGroup[h] = hostGroups.length;
        H.domain[h] = domain;
      }
      hostGroups.push({ id: `${clusterId}/${g.name}`, cluster: ci, name: g.name, hostStart: groupStart, hostEnd: h });
    }
    const vmStart = v;
    c.vms.forEach((g, gi) => {
      const template = spec.templates[g.template] as TemplateSpec;
      const groupTraces = scenario.traces.get(`${ci}/${gi}`) ?? [];
      const groupStart = v;
      const traceBase = traces.length;
      traces.push(...groupTraces);
      const existing = createdAtStart(g, replicas.has(`${clusterId}/${g.name}`));
      for (let k = 1; k <= g.count; k++, v++) {
        const id = `${clusterId}/${g.name}-${pad(k, g.count)}`;
        fillVm(V, v, ci, groups.length, id, template, c.hosts[0] as HostGroupSpec);
        // Declared for later: provisioning or autoscaling creates it (provisioning/).
        if (k > existing) V.downReason[v] = DOWN_NOT_CREATED;
        // VMs that hold each other's duplicated pages: the same stated image, else the same guest OS.
        const image = template.memory.content?.image;
        const sharingGroup = image === undefined ? template.guestOs : `\u0000image:${image}`;
        if (!guestOs.has(sharingGroup)) guestOs.set(sharingGroup, guestOs.size);
        fillVmMemory(M, v, template, guestOs.get(sharingGroup) as number);
        const trace = groupTraces.length > 0 ? traceBase + ((k - 1) % groupTraces.length) : -1;
        fillWorkload(W, v, g.workload, streams.seedOf(`workload/${id}`), spec.step, trace);
        W.refMhz[v] = referenceMhz(g.workload, template, traces[trace]);
      }
      groups.push({
        id: `${clusterId}/${g.name}`,
        cluster: ci,
        template: g.template,
        workload: g.workload.type,
        vmStart: groupStart,
        vmEnd: v,
      });
    });
    clusters.push(clusterInfo(c, ci, clusterId, hostStart, h, vmStart, v, groups, hostGroups, vmRules));
  });
  const failoverHost = new Uint8Array(nh);
  const hostIndex = new Map(H.ids.map((id, i) => [id, i]));
  spec.clusters.forEach((c) => {
    if (c.ha.admissionControl.policy !== 'failover-hosts') return;
    for (const id of c.ha.admissionControl.failoverHosts) {
      const i = hostIndex.get(id);
      if (i !== undefined) failoverHost[i] = 1;
    }
  });
  const world: World = {
    startEpochMs: scenario.startEpochMs,
    durationMs: spec.duration,
    stepMs: spec.step,
    clusters,
    groups,
    hostGroups,
    domains,
    hosts: H,
    vms: V,
    vmRules,
    failoverHost,
  };
  const workload = W.finish();
  V.slot.set(stepSlots(nv, steppedVms(workload.kind), workload.phaseMs));
  return { world, workload, memory: M, streams };
}

function clusterInfo(
  c: ClusterSpec,
  ci: number,
  id: string,
  hs: number,
  he: number,
  vs: number,
  ve: number,
  groups: readonly VmGroupInfo[],
  hostGroups: readonly HostGroupInfo[],
  vmRules: Map<number, number[]>,
): ClusterInfo {
  const rules: PlacementRule[] = c.rules.map((r, ri) => {
    const members: number[] = [];
    for (const name of r.vms) {
      const g = groups.find((x) => x.cluster === ci && x.id === `${id}/${name}`);
      if (g) for (let v = g.vmStart; v < g.vmEnd; v++) members.push(v);
    }
    for (const v of members) {
      const list = vmRules.get(v) ?? [];
      list.push(ri);
      vmRules.set(v, list);
    }
    let hostMask: Uint8Array | null = null;
    if (r.type === 'vm-host') {
      hostMask = new Uint8Array(he - hs);
      for (const name of r.hosts) {
        const g = hostGroups.find((x) => x.cluster === ci && x.name === name);
        if (g) for (let h = g.hostStart; h < g.hostEnd; h++) hostMask[h - hs] = 1;
      }
    }
    return {
      name: r.name,
      kind: r.type,
      mandatory: r.type !== 'vm-host' || r.mode === 'must' || r.mode === 'must-not',
      negate: r.type === 'vm-host' && (r.mode === 'must-not' || r.mode === 'should-not'),
      vms: Int32Array.from(members),
      hostMask,
    };
  });
  const ac = c.ha.admissionControl;
  const hostCount = he - hs;
  const defaultPct = hostCount > 0 ? Math.min(100, (100 * ac.hostFailuresToTolerate) / hostCount) : 0;
  return {
    id,
    name: c.name,
    site: c.site,
    hostStart: hs,
    hostEnd: he,
    vmStart: vs,
    vmEnd: ve,
    placement: {
      algorithm: c.placement.algorithm,
      maxVcpuPerCore: c.placement.maxVcpuPerCore ?? Infinity,
      maxMemoryOvercommit: c.placement.maxMemoryOvercommit ?? Infinity,
      spareHosts: c.placement.spareHosts,
      filterScheduler: c.placement.algorithm === 'filter-weigher' ? filterScheduler(c.placement.filterScheduler) : null,
      unplaced: c.placement.unplaced,
      reservationWithinVcpus: c.placement.reservationWithinVcpus,
    },
    memoryHysteresisPct: c.memoryState.hysteresisPct,
    rules,
    ha: {
      enabled: c.ha.enabled,
      heartbeatMs: c.ha.heartbeat,
      detectionMs: c.ha.detection,
      maxRestartAttempts: c.ha.maxRestartAttempts,
      retryDelayMs: c.ha.retryDelay,
      isolationPowerOff: c.ha.isolationResponse === 'power-off',
      vmMonitoring: c.ha.enabled && c.ha.vmMonitoring.enabled,
      vmFailureIntervalMs: c.ha.vmMonitoring.failureInterval,
      manualRecoveryMs: c.ha.vmMonitoring.manualRecovery,
      admission: {
        policy: c.ha.enabled ? ac.policy : 'disabled',
        hostFailuresToTolerate: ac.hostFailuresToTolerate,
        cpuPct: ac.cpuPct ?? defaultPct,
        memoryPct: ac.memoryPct ?? ac.cpuPct ?? defaultPct,
      },
    },
    drs: {
      enabled: c.drs.enabled,
      intervalMs: c.drs.interval,
      threshold: c.drs.threshold,
      maxConcurrentPerHost: c.drs.maxConcurrentPerHost,
      maxConcurrentPerCluster: c.drs.maxConcurrentPerCluster,
      paybackMs: c.drs.payback,
    },
    power: {
      dpm: {
        enabled: c.power.dpm.enabled,
        targetPct: c.power.dpm.targetUtilPct,
        tolerancePct: c.power.dpm.tolerancePct,
        powerOnAfterMs: c.power.dpm.powerOnAfter,
        powerOffAfterMs: c.power.dpm.powerOffAfter,
        intervalMs: c.power.dpm.interval,
        minHostsOn: c.power.dpm.minHostsOn,
        minPoweredOnCpuMhz: c.power.dpm.minPoweredOnCpuMhz,
        minPoweredOnMiB: c.power.dpm.minPoweredOnMemoryGiB * 1024,
        threshold: c.power.dpm.threshold,
      },
      schedule: c.power.schedule.map((w) => ({
        days: w.days,
        fromMin: w.from,
        toMin: w.to,
        keepHosts: w.keepHosts ?? null,
        keepPct: w.keepPct ?? null,
      })),
    },
    migration: {
      maxDowntimeMs: c.migration.maxDowntime,
      maxRounds: c.migration.maxRounds,
      nonConvergence: c.migration.nonConvergence,
    },
  };
}

function fillHost(H: HostArrays, h: number, ci: number, id: string, g: HostGroupSpec): void {
  (H.ids as string[])[h] = id;
  const cores = g.sockets * g.coresPerSocket;
  const mem = g.memoryGiB * MIB_PER_GIB;
  const type = g.hypervisor.type;
  H.cluster[h] = ci;
  H.cores[h] = cores;
  H.coreMhz[h] = g.mhz;
  H.capacityMhz[h] = cores * g.mhz;
  H.usableMhz[h] = cores * g.mhz * (1 - (g.hypervisor.cpuOverheadPct ?? defaultCpuOverheadPct(type)) / 100);
  H.foreignMhz[h] = g.foreignLoadCores * g.mhz;
  H.readyPerRun[h] = g.hypervisor.readyPerRun ?? DEFAULT_READY_PER_RUN[g.hypervisor.flavour];
  H.demandIncludesWait[h] = g.hypervisor.demandIncludesWait ? 1 : 0;
  H.memoryMiB[h] = mem;
  H.overheadMiB[h] = g.hypervisor.memoryOverheadMiB ?? defaultHostMemoryOverheadMiB(type, mem);
  H.minFreeMiB[h] = minFreeMiB(mem);
  H.minFreeSeenMiB[h] = Infinity;
  fillPower(H, h, g.power);
  H.flavour[h] = FLAVOURS.indexOf(g.hypervisor.flavour);
  H.hvType[h] = type;
  H.firstVm[h] = -1;
  H.nicMiBps[h] = g.nicGbps * MIBPS_PER_GBPS;
  H.initiallyOn[h] = g.poweredOn ? 1 : 0;
  H.state[h] = g.poweredOn ? HOST_ON : HOST_STANDBY;
}

function fillPower(H: HostArrays, h: number, p: HostGroupSpec['power']): void {
  H.powerModel[h] = POWER_MODELS.indexOf(p.model);
  const curve = p.model === 'specpower' ? (p.curve ?? findCurve(p.server ?? '')?.watts) : undefined;
  if (p.model === 'specpower' && curve === undefined) throw new Error(`no SPECpower curve for host ${H.ids[h]}`);
  if (curve) for (let k = 0; k < SPECPOWER_POINTS; k++) H.powerTable[powerTableOffset(h) + k] = curve[k];
  // Idle and maximum power are kept for every model: what finance reads as the host's range.
  H.idleW[h] = curve ? (curve[0]) : (p.idleW as number);
  H.maxW[h] = curve ? (curve[10]) : (p.maxW as number);
  H.standbyW[h] = p.standbyW;
  H.bootW[h] = p.bootW ?? (H.maxW[h]);
  H.shutdownW[h] = p.shutdownW ?? (H.idleW[h]);
  H.offWhenEmpty[h] = p.offWhenEmpty ? 1 : 0;
  H.bootMs[h] = p.bootTime;
  H.shutdownMs[h] = p.shutdownTime;
}

function fillVm(V: VmArrays, v: number, ci: number, gi: number, id: string, t: TemplateSpec, firstHostGroup: HostGroupSpec): void {
  (V.ids as string[])[v] = id;
  const mem = t.memoryGiB * MIB_PER_GIB;
  V.cluster[v] = ci;
  V.group[v] = gi;
  V.vcpus[v] = t.vcpus;
  V.memoryMiB[v] = mem;
  V.cpuReservationMhz[v] = t.cpu.reservationMHz;
  V.cpuLimitMhz[v] = t.cpu.limitMHz ?? Infinity;
  const rule = cpuShareRule(firstHostGroup.hypervisor.flavour, firstHostGroup.hypervisor.cgroup);
  V.cpuShareRule[v] = CPU_SHARE_RULES.indexOf(rule);
  V.cpuShares[v] = cpuShares(t.cpu.shares, t.vcpus, rule);
  V.memReservationMiB[v] = t.memory.reservationGiB * MIB_PER_GIB;
  V.overheadMiB[v] = vmMemoryOverheadMiB(t.vcpus, mem, firstHostGroup.hypervisor.vmMemoryOverheadMiB);
  V.host[v] = -1;
  V.next[v] = -1;
  V.prev[v] = -1;
  // Down until placed: placement sets it running.
  V.state[v] = VM_DOWN;
  V.downReason[v] = DOWN_UNPLACEABLE;
  V.haPriority[v] = PRIORITY_CODE[t.haPriority];
  V.bootMs[v] = t.bootTime;
  V.dirtyMiBps[v] = t.dirtyRateMiBps;
  V.guestMtbfMs[v] = t.guestFailures ? t.guestFailures.meanHoursBetween * 3_600_000 : Infinity;
}

function fillWorkload(W: WorkloadBuilder, v: number, wl: WorkloadSpec, seed: number, stepMs: number, trace: number): void {
  // The phase draw uses a counter no step will reach, so it is independent of the level draws.
  // Phases have whole-second resolution, so VMs sharing a second change in one batch.
  const phase =
    'phase' in wl && wl.phase === 'random' ? Math.floor((uniformAt(seed, PHASE_COUNTER) * stepMs) / 1000) * 1000 : 0;
  W.set(v, workloadParams(wl, trace), seed, phase, wl.memory, wl.type === 'diurnal' ? (wl.memoryHigh ?? wl.memory) : wl.memory);
}

function workloadParams(wl: WorkloadSpec, trace: number): WorkloadParams {
  switch (wl.type) {
    case 'constant':
      return { kind: WL_CONSTANT, cpu: wl.cpu };
    case 'diurnal':
      return { kind: WL_DIURNAL, low: wl.low, high: wl.high, peakHour: wl.peakHour, weekendFactor: wl.weekendFactor, noise: wl.noise };
    case 'random-walk':
      return { kind: WL_RANDOM_WALK, start: wl.start, sigma: wl.sigma, min: wl.min, max: wl.max };
    case 'uniform':
      return { kind: WL_UNIFORM, min: wl.min, max: wl.max };
    case 'on-off':
      return { kind: WL_ON_OFF, on: wl.on, off: wl.off, meanOnMs: wl.meanOn, meanOffMs: wl.meanOff };
    case 'trace':
      return { kind: WL_TRACE, trace };
  }
}

/**
 * MHz a workload level of 1 stands for (workload/demand.ts): a file in absolute units gives its
 * own; else the trace group's or the template's reference MHz per vCPU × vCPUs; else 0 (relative).
 */
function referenceMhz(wl: WorkloadSpec, t: TemplateSpec, trace: TraceData | undefined): number {
  if (trace !== undefined && trace.refMhz !== null) return trace.refMhz;
  const perVcpu = (wl.type === 'trace' ? wl.referenceMhz : undefined) ?? t.cpu.referenceMhz;
  return perVcpu === undefined ? 0 : perVcpu * t.vcpus;
}

function fillHostMemory(M: MemoryArrays, h: number, g: HostGroupSpec): void {
  const m = g.hypervisor.memory;
  const esxi = g.hypervisor.flavour === 'esxi';
  const S = M.hostSettings;
  S.interVmSharing[h] = m.interVmSharing ? 1 : 0;
  S.shareScanMs[h] = m.shareScanTime;
  S.ksm[h] = !esxi && m.ksm.enabled ? 1 : 0;
  S.ksmPagesPerMs[h] = m.ksm.pagesToScan / m.ksm.sleepMs;
  S.ksmMaxPageSharing[h] = m.ksm.maxPageSharing;
  if (S.ksm[h] === 1 && m.ksm.initialPagesSharing > 0) {
    // KSM already running: its first (checksum-only) pass is behind it (reclaim/ksm-content.ts).
    M.host.ksmStartMiB[h] = m.ksm.initialPagesSharing * PAGE_MIB;
    M.host.scanProgress[h] = Infinity;
  }
  S.balloon[h] = (m.balloon.enabled ?? esxi) ? 1 : 0;
  S.balloonMaxFrac[h] = m.balloon.maxPct / 100;
  S.balloonMiBPerMs[h] = m.balloon.rateMiBps / 1000;
  S.idleTax[h] = m.idleTaxPct / 100;
  S.compression[h] = esxi && (m.compression.enabled ?? true) ? 1 : 0;
  S.cacheFrac[h] = m.compression.cachePct / 100;
  S.zswap[h] = !esxi && m.zswap.enabled ? 1 : 0;
  S.zswapRatio[h] = zswapRatio(m.zswap.compressor, m.zswap.allocator);
  S.zswapPoolFrac[h] = m.zswap.maxPoolPct / 100;
  const decompress = esxi ? ESXI_DECOMPRESS_US : DECOMPRESS_US[m.zswap.compressor];
  S.decompressUsPerPage[h] = decompress;
  S.compressUsPerPage[h] = decompress * COMPRESS_COST_FACTOR;
  S.swapMiBPerMs[h] = m.swap.bandwidthMiBps / 1000;
  S.swapLatencyMs[h] = m.swap.latencyMs;
  S.tickMs[h] = m.tick;
}

function fillVmMemory(M: MemoryArrays, v: number, t: TemplateSpec, guestOsKey: number): void {
  const S = M.vmSettings;
  const mem = t.memoryGiB * MIB_PER_GIB;
  S.shares[v] = memoryShares(t.memory.shares, mem);
  S.limitMiB[v] = t.memory.limitGiB === null ? Infinity : t.memory.limitGiB * MIB_PER_GIB;
  S.balloonTargetMiB[v] = Infinity;
  S.balloonDriver[v] = t.memory.balloonDriver ? 1 : 0;
  const content = t.memory.content;
  // Stated content replaces the fixed fractions: zero pages, duplicates across VMs of the same
  // guest OS, no separate intra-VM class (reclaim/ksm-content.ts).
  S.mergeContent[v] = content === undefined ? 0 : 1;
  S.zeroFrac[v] = (content?.zeroPct ?? t.memory.sharing.zeroPct) / 100;
  S.intraFrac[v] = content === undefined ? t.memory.sharing.intraPct / 100 : 0;
  S.interFrac[v] = (content?.sharedPct ?? t.memory.sharing.interPct) / 100;
  S.compressibleFrac[v] = t.memory.compressiblePct / 100;
  S.touchMs[v] = t.memory.touchSeconds * 1000;
  S.touchedFrac[v] = t.memory.touchedPct / 100;
  S.touchMiBPerMs[v] = t.memory.touchRateMiBps / 1000;
  S.sharingKey[v] = guestOsKey;
}

function allocHosts(n: number): HostArrays {
  return {
    n,
    ids: new Array<string>(n),
    cluster: i32(n),
    cores: i32(n),
    coreMhz: f64(n),
    capacityMhz: f64(n),
    usableMhz: f64(n),
    foreignMhz: f64(n),
    readyPerRun: f64(n),
    demandIncludesWait: new Uint8Array(n),
    memoryMiB: f64(n),
    overheadMiB: f64(n),
    minFreeMiB: f64(n),
    idleW: f64(n),
    maxW: f64(n),
    standbyW: f64(n),
    bootW: f64(n),
    shutdownW: f64(n),
    offWhenEmpty: new Uint8Array(n),
    bootMs: f64(n),
    shutdownMs: f64(n),
    powerModel: new Uint8Array(n),
    powerTable: f64(n * SPECPOWER_POINTS),
    flavour: new Uint8Array(n),
    hvType: new Uint8Array(n),
    hostGroup: i32(n),
    domain: i32(n, -1),
    nicMiBps: f64(n),
    state: new Uint8Array(n),
    upInt: f64(n),
    initiallyOn: new Uint8Array(n),
    migrationMhz: f64(n),
    migrationsActive: i32(n),
    vcpus: i32(n),
    vmCount: i32(n),
    configuredMiB: f64(n),
    reservedMhz: f64(n),
    reservedMiB: f64(n),
    firstVm: i32(n, -1),
    demandMhz: f64(n),
    grantedMhz: f64(n),
    readyMhz: f64(n),
    unmetMhz: f64(n),
    waitChance: f64(n),
    waitChanceInt: f64(n),
    waitAtFullMhz: f64(n),
    activeMiB: f64(n),
    consumedMiB: f64(n),
    powerW: f64(n),
    memState: new Uint8Array(n),
    contended: new Uint8Array(n),
    lastT: f64(n),
    stateSince: f64(n),
    demandInt: f64(n),
    grantedInt: f64(n),
    readyInt: f64(n),
    activeInt: f64(n),
    consumedInt: f64(n),
    energyInt: f64(n),
    energyByStateInt: f64(n * HOST_STATES.length),
    energyStateMark: f64(n),
    stateMs: f64(n * MEMORY_STATES.length),
    minFreeSeenMiB: f64(n),
  };
}

function allocVms(n: number): VmArrays {
  return {
    n,
    ids: new Array<string>(n),
    cluster: i32(n),
    group: i32(n),
    vcpus: i32(n),
    memoryMiB: f64(n),
    cpuReservationMhz: f64(n),
    cpuLimitMhz: f64(n),
    cpuShares: f64(n),
    cpuShareRule: new Uint8Array(n),
    memReservationMiB: f64(n),
    overheadMiB: f64(n),
    host: i32(n, -1),
    next: i32(n, -1),
    prev: i32(n, -1),
    capMhz: f64(n),
    demand: f64(n),
    wantMhz: f64(n),
    grantedMhz: f64(n),
    activeMiB: f64(n),
    touchedMiB: f64(n),
    slot: i32(n),
    flow: f64(n * FLOW_STRIDE),
    wantInt: f64(n),
    grantedInt: f64(n),
    readyInt: f64(n),
    placedMs: f64(n),
    state: new Uint8Array(n),
    downReason: new Uint8Array(n),
    haPriority: new Uint8Array(n),
    bootMs: f64(n),
    dirtyMiBps: f64(n),
    guestMtbfMs: f64(n, Infinity),
    destHost: i32(n, -1),
    migrations: i32(n),
    migrationDowntimeMs: f64(n),
  };
}

/** Nova filter names as switches, and each weigher's multiplier (Nova's default when unset). */
function filterScheduler(fs: ClusterSpec['placement']['filterScheduler']): FilterScheduler {
  const filters = fs?.filters ?? ['ComputeFilter', 'CoreFilter', 'RamFilter', 'ServerGroupAffinityFilter', 'ServerGroupAntiAffinityFilter'];
  const weighers = fs?.weighers ?? [{ weigher: 'RAMWeigher' as const }, { weigher: 'CPUWeigher' as const }];
  return {
    coreFilter: filters.includes('CoreFilter'),
    ramFilter: filters.includes('RamFilter'),
    affinityFilter: filters.includes('ServerGroupAffinityFilter'),
    antiAffinityFilter: filters.includes('ServerGroupAntiAffinityFilter'),
    weighers: weighers.map((w) => ({ weigher: w.weigher, multiplier: w.multiplier ?? defaultMultiplier(w.weigher) })),
  };
}
