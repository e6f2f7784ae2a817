/**
 * A synthetic report of any size (for viewer scale tests and the viewer benchmark): diurnal
 * host load with per-host phase, CPU ready when a host runs hot, memory states that step
 * down on the busiest hosts. Deterministic (a small LCG), valid against ReportSchema.
 */
import { REPORT_VERSION, type HeadlineFigures, type Report } from '../../src/report/schema.js';

type State = 'high' | 'clear' | 'soft' | 'hard' | 'low';

export interface SyntheticOptions {
  readonly hosts: number;
  readonly intervals: number;
  readonly intervalMs?: number;
  readonly vmsPerHost?: number;
  readonly clusters?: number;
  readonly hostSeries?: boolean;
  readonly events?: number;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function headline(hosts: number, vms: number, cores: number): HeadlineFigures {
  return {
    hosts,
    cores,
    vms,
    vmsPlaced: vms,
    vmsUnplaceable: 0,
    vcpus: vms * 2,
    vcpuPerCore: r3((vms * 2) / cores),
    hostMemoryGiB: hosts * 256,
    vmMemoryGiB: vms * 8,
    memoryOvercommit: r3((vms * 8) / (hosts * 256)),
    cpu: { capacityGHz: r3(cores * 2.6 * 0.98), meanDemandGHz: 1, meanGrantedGHz: 1, meanUtilPct: 52, peakUtilPct: 96, unmetDemandPct: 1.2 },
    cpuReady: { meanPct: 0.8, p95OfVmP95Pct: 4.2, worstVmP95Pct: 18, vmsOver5PctP95: Math.round(vms * 0.04), band: 'watch' },
    memory: {
      peakConsumedGiB: hosts * 200,
      lowestFreeMiB: 900,
      hostsEverBelowHigh: Math.round(hosts * 0.1),
      stateHours: { high: 100, clear: 5, soft: 2, hard: 1, low: 0 },
      sharedSavedGiB: 10,
      balloonedGiB: 5,
      compressionCacheGiB: 1,
      compressionSavedGiB: 1.5,
      swappedGiB: 0.5,
      peakSwappedGiB: 2,
      swapInGiB: 3,
      swapOutGiB: 3,
      stallPct: 0.2,
      blockedGiBHours: 0,
    },
    energy: { itKWh: 1234, meanPowerKW: 300 },
  };
}

export function syntheticReport(o: SyntheticOptions): Report {
  const rnd = lcg(12345);
  const H = o.hosts;
  const M = o.intervals;
  const step = o.intervalMs ?? 300_000;
  const perHost = o.vmsPerHost ?? 4;
  const C = Math.max(1, o.clusters ?? 1);
  const clusterIds = Array.from({ length: C }, (_, c) => `dc1/cluster-${String(c + 1).padStart(2, '0')}`);
  const hostIds = Array.from({ length: H }, (_, h) => `${clusterIds[h % C]}/esx-${String(Math.floor(h / C) + 1).padStart(4, '0')}`);
  const t = Array.from({ length: M }, (_, i) => i * step);
  const intervalMs = t.map(() => step);
  const cores = 32;
  const usableMhz = cores * 2600 * 0.98;
  const hostSeries: Report['series']['hosts'] = o.hostSeries === false ? null : {};
  const clusterSums = clusterIds.map(() => ({ util: new Float64Array(M), ready: new Float64Array(M), consumed: new Float64Array(M), n: 0 }));
  const hosts: Report['hosts'] = [];
  for (let h = 0; h < H; h++) {
    const phase = rnd() * 2 * Math.PI;
    const level = 0.35 + rnd() * 0.4;
    const util: number[] = [];
    const ready: number[] = [];
    const consumed: number[] = [];
    const states: State[] = [];
    const cs = clusterSums[h % C]!;
    cs.n += 1;
    for (let i = 0; i < M; i++) {
      const day = Math.sin((2 * Math.PI * i * step) / 86_400_000 + phase);
      const u = Math.max(2, Math.min(100, 100 * (level + 0.3 * day) + (rnd() - 0.5) * 8));
      const rdy = u > 85 ? (u - 85) * 0.9 * rnd() : 0;
      const mem = 160_000 + 60_000 * (level + 0.2 * day);
      util.push(r3(u));
      ready.push(r3(rdy));
      consumed.push(r3(mem));
      states.push(mem > 250_000 ? 'soft' : mem > 240_000 ? 'clear' : 'high');
      cs.util[i]! += u;
      cs.ready[i]! += rdy;
      cs.consumed[i]! += mem;
    }
    if (hostSeries) {
      hostSeries[hostIds[h]!] = {
        utilPct: util,
        readyPct: ready,
        consumedMiB: consumed,
        activeMiB: consumed.map((v) => r3(v * 0.8)),
        powerW: util.map((u) => r3(150 + 3 * u)),
        memState: states,
        sharedMiB: util.map(() => 0),
        balloonMiB: util.map(() => 0),
        compressedMiB: util.map(() => 0),
        swappedMiB: util.map(() => 0),
        stallPct: util.map(() => 0),
      };
    }
    hosts.push({
      id: hostIds[h]!,
      cluster: clusterIds[h % C]!,
      cores,
      coreMhz: 2600,
      usableMhz,
      memoryMiB: 262_144,
      minFreeMiB: 3_489,
      hypervisor: { flavour: 'esxi', type: 1 },
      vms: perHost,
      vcpus: perHost * 2,
      vcpuPerCore: r3((perHost * 2) / cores),
      memoryOvercommit: r3((perHost * 8) / 256),
      meanUtilPct: r3(util.reduce((a, b) => a + b, 0) / M),
      meanReadyPct: r3(ready.reduce((a, b) => a + b, 0) / M),
      energyKWh: 10,
      stateHours: { high: 20, clear: 2, soft: 2, hard: 0, low: 0 },
    });
  }
  const vms: Report['vms'] = [];
  for (let h = 0; h < H; h++) {
    for (let k = 0; k < perHost; k++) {
      const group = `${hosts[h]!.cluster}/${k % 2 === 0 ? 'web' : 'db'}`;
      vms.push({
        id: `${group}-${String(h * perHost + k + 1).padStart(6, '0')}`,
        group,
        host: hostIds[h]!,
        vcpus: 2,
        memoryMiB: 8192,
        demandMeanPct: r3(20 + rnd() * 40),
        demandP95Pct: r3(50 + rnd() * 40),
        grantedMeanPct: r3(20 + rnd() * 40),
        grantedP95Pct: r3(50 + rnd() * 40),
        readyMeanPct: r3(rnd() * 2),
        readyP95Pct: r3(rnd() * rnd() * 20),
        memSharedMeanMiB: 0,
        memBalloonMeanMiB: 0,
        memCompressedMeanMiB: 0,
        memSwappedMeanMiB: 0,
        memStallPct: 0,
        unplaceable: null,
      });
    }
  }
  const clusters: Report['series']['clusters'] = {};
  clusterIds.forEach((id, c) => {
    const s = clusterSums[c]!;
    const n = Math.max(1, s.n);
    const cap = n * usableMhz;
    const util = Array.from(s.util, (u) => r3(u / n));
    const zero = util.map(() => 0);
    clusters[id] = {
      capacityMhz: util.map(() => r3(cap)),
      demandMhz: util.map((u) => r3((cap * Math.min(110, u * 1.03)) / 100)),
      grantedMhz: util.map((u) => r3((cap * u) / 100)),
      utilPct: util,
      maxHostUtilPct: util.map((u) => Math.min(100, r3(u * 1.3))),
      readyMeanPct: Array.from(s.ready, (v) => r3(v / n)),
      readyP50Pct: Array.from(s.ready, (v) => r3((v / n) * 0.5)),
      readyP95Pct: Array.from(s.ready, (v) => r3((v / n) * 3)),
      readyP99Pct: Array.from(s.ready, (v) => r3((v / n) * 5)),
      memoryMiB: util.map(() => n * 258_211),
      consumedMiB: Array.from(s.consumed, (v) => r3(v)),
      activeMiB: Array.from(s.consumed, (v) => r3(v * 0.8)),
      powerW: util.map((u) => r3(n * (150 + 3 * u))),
      energyWh: util.map((u) => r3((n * (150 + 3 * u) * step) / 3_600_000)),
      worstMemState: util.map((u) => (u > 80 ? 'soft' : 'high')),
      sharedMiB: zero,
      balloonMiB: zero,
      compressedMiB: zero,
      compressionSavedMiB: zero,
      swappedMiB: zero,
      swapInMiBps: zero,
      swapOutMiBps: zero,
      stallPct: zero,
    };
  });
  const nEvents = o.events ?? Math.min(5000, vms.length);
  const items: Report['events']['items'] = vms.slice(0, nEvents).map((v) => ({ t: 0, type: 'vm.placed' as const, vm: v.id, host: v.host as string }));
  return {
    schema: 'dcsim-report',
    version: REPORT_VERSION as Report['version'],
    generator: { name: 'dcsim', version: 'synthetic' },
    run: {
      scenario: `synthetic-${H}x${M}`,
      description: `${H} hosts, ${vms.length} VMs, ${M} intervals of ${step / 60_000} min (synthetic data).`,
      file: 'synthetic',
      sha256: '0'.repeat(64),
      seed: 1,
      start: '2026-03-02T00:00:00.000Z',
      durationMs: M * step,
      stepMs: step,
      intervalMs: step,
      warnings: [],
    },
    headline: headline(H, vms.length, H * cores),
    clusters: clusterIds.map((id) => ({
      id,
      name: id.split('/')[1] as string,
      site: 'dc1',
      placement: { algorithm: 'spread', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 },
      headline: headline(Math.ceil(H / C), Math.ceil(vms.length / C), Math.ceil(H / C) * cores),
    })),
    hosts,
    vms,
    series: { t, intervalMs, clusters, hosts: hostSeries, hostsOmitted: hostSeries ? null : 'host series turned off (synthetic)' },
    events: { total: vms.length, counts: { 'vm.placed': vms.length }, truncated: vms.length > nEvents, items },
  };
}
