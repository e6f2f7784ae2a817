/**
 * Operator actions seen in the readings themselves, for traces without a command log (the
 * collector's NDJSON, domstats text, Prometheus) or actions the log does not hold. libvirt
 * (FIELDS.md of shared/data/kvm/libvirt-qemu): `balloon.current` is the guest's memory after
 * ballooning, "changed only by virsh setmem"; `balloon.maximum` is `<memory>`, which grows only by
 * memory hot plug; `vcpu.current` counts online vCPUs (setvcpus); `state.state` is
 * virDomainState (1 running, 2 blocked, 3 paused, 4 shutdown, 5 shutoff, 6 crashed, 7
 * pmsuspended). A change between two readings happened between them: it is timed at the first
 * of the two (the readings bound it to one sample interval). Successive readings moving the same
 * way (a balloon inflating over several samples) are one action, to the level where they stop.
 */
import type { Snapshot, SnapshotSet } from '../snapshot.js';
import type { OperatorAction, OperatorActionKind } from '../trace.js';
import { KIB_PER_MIB } from '../units.js';

/** virDomainState values that hold a running guest (as build-host.ts reads them). */
const LIVE = new Set([1, 2, 3]);
const STATE_NAMES = ['no state', 'running', 'blocked', 'paused', 'shutting down', 'shut off', 'crashed', 'suspended (PM)'];

interface Reading {
  readonly tMs: number;
  readonly line: number;
  readonly v: number;
}

const GAUGES: readonly { field: string; kind: OperatorActionKind; scale: number; unit: string }[] = [
  { field: 'balloon.current', kind: 'balloon-target', scale: 1 / KIB_PER_MIB, unit: ' KiB' },
  { field: 'balloon.maximum', kind: 'max-memory', scale: 1 / KIB_PER_MIB, unit: ' KiB' },
  { field: 'vcpu.current', kind: 'vcpus', scale: 1, unit: '' },
];

function changes(vm: string, file: string, field: string, kind: OperatorActionKind, scale: number, unit: string, r: readonly Reading[], out: OperatorAction[]): void {
  let i = 1;
  while (i < r.length) {
    const a = r[i - 1] as Reading;
    const dir = Math.sign((r[i] as Reading).v - a.v);
    if (dir === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < r.length && Math.sign((r[j + 1] as Reading).v - (r[j] as Reading).v) === dir) j++;
    const b = r[j] as Reading;
    out.push({ tMs: a.tMs, vm, kind, value: b.v * scale, text: `${field} ${a.v} → ${b.v}${unit}`, source: `${file}:${(r[i] as Reading).line}` });
    i = j + 1;
  }
}

/**
 * Order of actions at the same instant on the same domain: a memory hot plug raises
 * balloon.maximum and balloon.current together, and the target can only be set once the memory
 * is there; a start comes before what is done to the running guest.
 */
const KIND_ORDER: Record<OperatorActionKind, number> = { stop: 0, start: 1, 'max-memory': 2, vcpus: 3, 'balloon-target': 4, migrate: 5, other: 6 };

/** Time order, then domain, then KIND_ORDER. */
export function compareActions(a: OperatorAction, b: OperatorAction): number {
  return a.tMs - b.tMs || (a.vm < b.vm ? -1 : a.vm > b.vm ? 1 : 0) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** Actions seen in the snapshots of `set`, times in ms from `originMs`, in time order. */
export function stateChanges(set: SnapshotSet, originMs: number): OperatorAction[] {
  const kept: Snapshot[] = [];
  for (const s of set.snapshots) if (kept.length === 0 || s.tMs > (kept[kept.length - 1] as Snapshot).tMs) kept.push(s);
  const names = [...new Set(kept.flatMap((s) => [...s.domains.keys()]))].sort();
  const out: OperatorAction[] = [];
  for (const vm of names) {
    // Readings of each stretch the domain ran without a stop: a gauge read again after a restart
    // starts from its definition, which is no action.
    const stretches: Snapshot[][] = [[]];
    let prevState: number | null = null;
    let prevT = NaN;
    for (const s of kept) {
      const d = s.domains.get(vm);
      if (d === undefined) continue;
      const state = d.get('state.state');
      const isLive = state === undefined || LIVE.has(state);
      if (state !== undefined && prevState !== null && LIVE.has(prevState) !== isLive) {
        const kind: OperatorActionKind = isLive ? 'start' : state === 5 ? 'stop' : 'other';
        const text = `state.state ${prevState} → ${state} (${STATE_NAMES[prevState] ?? '?'} → ${STATE_NAMES[state] ?? '?'})`;
        out.push({ tMs: prevT - originMs, vm, kind, value: null, text, source: `${set.file}:${s.line}` });
      }
      if (state !== undefined) prevState = state;
      prevT = s.tMs;
      if (isLive) (stretches[stretches.length - 1] as Snapshot[]).push(s);
      else if ((stretches[stretches.length - 1] as Snapshot[]).length > 0) stretches.push([]);
    }
    for (const g of GAUGES) {
      for (const stretch of stretches) {
        const r: Reading[] = [];
        for (const s of stretch) {
          const v = s.domains.get(vm)?.get(g.field);
          if (v !== undefined && Number.isFinite(v)) r.push({ tMs: s.tMs - originMs, line: s.line, v });
        }
        changes(vm, set.file, g.field, g.kind, g.scale, g.unit, r, out);
      }
    }
  }
  return out.sort(compareActions);
}
