/**
 * A KVM estate as a scenario, from what `dcsim collect` gathered (one NDJSON trace per host,
 * collect/format.ts): the hosts from `virsh nodeinfo` (CPUs, MHz, memory), the domains from
 * `virsh domstats` (vcpu.current, balloon.maximum), and each domain's demand over the trace as a
 * starting workload:
 *   CPU    = mean over the trace of Δcpu.time / (Δt × vCPUs) (DOMAIN.md, "KVM/libvirt telemetry"),
 *            capped at 1;
 *   memory = active: the guest's used memory (balloon stats: MemTotal − MemAvailable) over
 *            balloon.maximum when the guest reports it, else the process RSS; touchedPct: RSS
 *            over balloon.maximum (what the host holds for the guest).
 * Domains with the same vCPUs and memory on one cluster are one group; its constant level is the
 * mean of its domains, and the spread (min, max, sd) is written beside it. nodeinfo's CPUs are
 * logical CPUs (hyper-threads count), taken as cores: flagged as a guess, like the power model.
 * A domain's size is the one it ends the trace with: its first readings' size with the vCPU and
 * memory changes among the trace's operator actions applied. Those actions, and the others (balloon
 * targets, stops and starts), are listed in the header: a day of constant levels has no time to
 * replay them at (dcsim replay does).
 */
import { stringify } from 'yaml';
import type { CalibrationTrace, GaugeSeries, OperatorAction, RateSeries, VmTrace } from './trace.js';

export const KVM_IMPORT_HEADER = 'Scenario imported from dcsim collect traces (dcsim import kvm).';

/** Time-weighted mean of a rate; null without intervals. */
function rateMean(s: RateSeries): number | null {
  let w = 0;
  let sum = 0;
  for (let i = 0; i < s.v.length; i++) {
    const dt = (s.t1[i]) - (s.t0[i]);
    w += dt;
    sum += (s.v[i]) * dt;
  }
  return w > 0 ? sum / w : null;
}

function gaugeMean(s: GaugeSeries): number | null {
  if (s.v.length === 0) return null;
  let sum = 0;
  for (const v of s.v) sum += v;
  return sum / s.v.length;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const round = (x: number, d = 4): number => Number(x.toFixed(d));

function spread(xs: readonly number[]): string {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return `mean ${pct(mean)}, min ${pct(Math.min(...xs))}, max ${pct(Math.max(...xs))}, sd ${pct(sd)} over ${xs.length} domain(s)`;
}

interface Domain {
  readonly host: string;
  readonly vm: VmTrace;
  readonly vcpus: number;
  readonly memoryMiB: number;
}

export class KvmEstateError extends Error {}

/** The scenario text for `traces` (one per host), all in one cluster. */
export function kvmEstateScenario(traces: readonly CalibrationTrace[], name: string, cluster: string): { text: string; hosts: number; vms: number; skipped: string[] } {
  const hosts = traces.flatMap((t) => t.hosts.map((h) => ({ h, source: t.source, start: t.startEpochMs })));
  const seen = new Map<string, string>();
  for (const { h, source } of hosts) {
    const before = seen.get(h.info.name);
    if (before !== undefined) throw new KvmEstateError(`${source}: host '${h.info.name}' is also in ${before}; give each host's trace once`);
    seen.set(h.info.name, source);
    if (h.info.cpus === null || h.info.mhz === null || h.info.memoryMiB === null) throw new KvmEstateError(`${source}: host '${h.info.name}' has no nodeinfo (cpus, mhz, memoryKiB) in its header; collect again with virsh reachable`);
  }
  const skipped: string[] = [];
  const domains: Domain[] = [];
  const actions: string[] = [];
  for (const { h } of hosts) {
    for (const a of h.actions) actions.push(`${h.info.name}/${a.vm} '${a.text}' at ${(a.tMs / 1000).toFixed(1)} s`);
    for (const vm of h.vms) {
      if (vm.vcpus === null || vm.memoryMiB === null) skipped.push(`${h.info.name}/${vm.name} (no vcpu.current or balloon.maximum)`);
      else domains.push({ host: h.info.name, vm, vcpus: lastValue(h.actions, vm.name, 'vcpus') ?? vm.vcpus, memoryMiB: lastValue(h.actions, vm.name, 'max-memory') ?? vm.memoryMiB });
    }
  }
  const hostGroups = new Map<string, { cpus: number; mhz: number; memoryMiB: number; names: string[] }>();
  for (const { h } of hosts) {
    const key = `${h.info.cpus}c-${h.info.mhz}mhz-${Math.round((h.info.memoryMiB as number) / 1024)}g`;
    const g = hostGroups.get(key) ?? { cpus: h.info.cpus as number, mhz: h.info.mhz as number, memoryMiB: h.info.memoryMiB as number, names: [] };
    g.names.push(h.info.name);
    hostGroups.set(key, g);
  }
  const vmGroups = new Map<string, Domain[]>();
  for (const d of [...domains].sort((a, b) => a.vcpus - b.vcpus || a.memoryMiB - b.memoryMiB || (a.vm.name < b.vm.name ? -1 : 1))) {
    const key = `vm-${d.vcpus}c-${round(d.memoryMiB / 1024, 2)}g`;
    vmGroups.set(key, [...(vmGroups.get(key) ?? []), d]);
  }
  const start = hosts.map((x) => x.start).find((s) => s !== null) ?? null;
  const doc = {
    name,
    description: `Imported from ${traces.length} dcsim collect trace(s): ${hosts.length} host(s), ${domains.length} domain(s).`,
    seed: 1,
    start: start === null ? '2026-01-01T00:00:00Z' : new Date(Math.floor(start / 86_400_000) * 86_400_000).toISOString().replace('.000Z', 'Z'),
    duration: '1d',
    step: '5m',
    templates: Object.fromEntries([...vmGroups].map(([k, ds]) => [k, { vcpus: (ds[0] as Domain).vcpus, memoryGiB: round((ds[0] as Domain).memoryMiB / 1024, 3), memory: { touchedPct: round(mean(ds.map(touched)) * 100, 1) } }])),
    clusters: [
      {
        name: cluster,
        placement: { algorithm: 'spread', maxVcpuPerCore: null, maxMemoryOvercommit: null },
        hosts: [...hostGroups].map(([k, g]) => ({ name: k, count: g.names.length, sockets: 1, coresPerSocket: g.cpus, mhz: g.mhz, memoryGiB: round(g.memoryMiB / 1024, 3), hypervisor: { flavour: 'kvm' } })),
        vms: [...vmGroups].map(([k, ds]) => ({ name: k, count: ds.length, template: k, workload: { type: 'constant', cpu: round(mean(ds.map(cpuLevel)), 4), memory: round(mean(ds.map(activeLevel)), 4) } })),
      },
    ],
  };
  let text = stringify(doc, { lineWidth: 0 });
  // Comments beside what they explain: host groups and VM groups.
  for (const [k, g] of hostGroups) {
    text = text.replace(`      - name: ${k}\n`, `      # ${g.names.length} host(s): ${g.names.join(', ')} (virsh nodeinfo)\n      # guess: nodeinfo CPUs are logical CPUs (hyper-threads count as cores); power is dcsim's default linear 120–320 W\n      - name: ${k}\n`);
  }
  for (const [k, ds] of vmGroups) {
    const guestReported = ds.filter((d) => gaugeMean(d.vm.guestUsedMiB) !== null).length;
    const lines = [
      `${ds.length} domain(s): ${ds.map((d) => `${d.host}/${d.vm.name}`).join(', ')}`,
      `CPU demand (mean of Δcpu.time / (Δt × vCPUs) over the trace): ${spread(ds.map(cpuLevel))}; the constant level is the mean, uncertain by at least the sd`,
      `active memory (${guestReported === ds.length ? 'guest MemTotal − MemAvailable' : guestReported === 0 ? 'guess: no guest balloon stats; process RSS' : 'guest-reported where given, else process RSS'}, over balloon.maximum): ${spread(ds.map(activeLevel))}`,
      `touchedPct: process RSS over balloon.maximum: ${spread(ds.map(touched))}`,
    ];
    text = text.replace(`      - name: ${k}\n`, `${lines.map((l) => `      # ${l}\n`).join('')}      - name: ${k}\n`);
  }
  const header = [
    KVM_IMPORT_HEADER,
    `Sources: ${traces.map((t) => t.source).join(', ')}.`,
    'Run: one day at a 5 m step; each domain runs its mean demand over the trace (a constant level), not its time series (dcsim replay replays that).',
    ...(skipped.length > 0 ? [`Left out: ${skipped.join(', ')}.`] : []),
    ...(actions.length > 0
      ? [`Operator actions in the traces, not replayed here (sizes are those after them; dcsim replay replays them at their times): ${actions.join(', ')}.`]
      : []),
  ];
  return { text: `${header.map((l) => `# ${l}`).join('\n')}\n\n${text}`, hosts: hosts.length, vms: domains.length, skipped };
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function cpuLevel(d: Domain): number {
  return Math.min(1, (rateMean(d.vm.cpuCores) ?? 0) / d.vcpus);
}

function activeLevel(d: Domain): number {
  const used = gaugeMean(d.vm.guestUsedMiB) ?? gaugeMean(d.vm.rssMiB) ?? 0;
  return Math.min(1, used / d.memoryMiB);
}

function touched(d: Domain): number {
  return Math.min(1, (gaugeMean(d.vm.rssMiB) ?? 0) / d.memoryMiB);
}

/** The value of the last action of `kind` on domain `vm` (a size it ends the trace with), or null. */
function lastValue(actions: readonly OperatorAction[], vm: string, kind: 'vcpus' | 'max-memory'): number | null {
  let v: number | null = null;
  for (const a of actions) if (a.vm === vm && a.kind === kind && a.value !== null) v = a.value;
  return v;
}
