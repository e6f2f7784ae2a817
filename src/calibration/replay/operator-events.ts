/**
 * A traced host's operator actions (trace.ts OperatorAction) as scenario events of its replay, at
 * the times they happened:
 *   balloon target (virsh setmem)        → balloon-target (memory/reclaim/balloon-target.ts)
 *   vCPUs (setvcpus, vcpu.current)       → hot-add addVcpus / hot-remove removeVcpus (in place: a
 *                                          live change proves CPU hot plug)
 *   more memory (balloon.maximum grows)  → hot-add addMemoryGiB (memory hot plug)
 *   stop (shutdown, destroy, shut off)   → vm-power off; start again → vm-power on
 * A domain started for the first time during the trace is created then (build-scenario.ts), as
 * a VM first seen mid-trace is. What the simulator cannot do is said by name, as a warning, and
 * not replayed: less memory (no memory hot-unplug model), a migration to a host that is
 * not in the trace, any other command, an action on a domain the replay does not hold.
 */
import type { Grid } from '../resample.js';
import { resampleRate } from '../resample.js';
import type { OperatorAction, VmTrace } from '../trace.js';
import { KIB_PER_MIB } from '../units.js';

/** One replayed VM as the scenario names it. */
export interface ReplayVm {
  /** Its VM id in the scenario (dc1/replay/<group>-001). */
  readonly id: string;
  readonly vcpus: number;
  readonly memoryMiB: number;
  readonly trace: VmTrace;
}

/** What the actions of one VM change in its replay beyond the events. */
export interface VmShape {
  /** vCPUs of the simulated VM over each cell (hot-adds replayed). */
  readonly vcpus: Float64Array;
  /** Cells it is powered off (demand 0 there, whatever a short hole would hold). */
  readonly off: Uint8Array;
  /** It grows by hot plug: the template enables CPU and memory hot add. */
  readonly hotPlug: boolean;
  /** It is powered on again during the trace: boots in 1 ms, as a VM first seen mid-trace. */
  readonly restarts: boolean;
  /** Its last action is a stop: powered off then, rather than deleted after its last cell. */
  readonly endsStopped: boolean;
}

export interface ActionPlan {
  readonly events: Record<string, unknown>[];
  readonly shapes: ReadonlyMap<string, VmShape>;
  readonly notes: string[];
  readonly warnings: string[];
}

/** Just after `tMs`, so the reading taken at that instant still sees the VM as it was. */
const AFTER_MS = 1;

function describe(a: OperatorAction): string {
  return `'${a.text}' on ${a.vm} at ${(a.tMs / 1000).toFixed(3)} s (${a.source})`;
}

/** First cell with a CPU reading, or -1. */
function firstCpuCell(v: VmTrace, g: Grid): number {
  return resampleRate(v.cpuCores, g).findIndex((x) => Number.isFinite(x));
}

/** The events of `actions` for the VMs `vms` (by trace name) on grid `g`. */
export function planActions(actions: readonly OperatorAction[], vms: ReadonlyMap<string, ReplayVm>, g: Grid): ActionPlan {
  const events: Record<string, unknown>[] = [];
  const notes: string[] = [];
  const warnings: string[] = [];
  const endMs = g.cells * g.stepMs;
  const cellOf = (tMs: number): number => Math.min(g.cells, Math.max(0, Math.floor(tMs / g.stepMs)));
  const state = new Map<string, { vcpus: number; memoryMiB: number; on: boolean; created: boolean; offSince: number; shape: { vcpus: Float64Array; off: Uint8Array; hotPlug: boolean; restarts: boolean; endsStopped: boolean } }>();
  for (const [name, v] of vms) {
    const first = firstCpuCell(v.trace, g);
    state.set(name, { vcpus: v.vcpus, memoryMiB: v.memoryMiB, on: first === 0, created: first === 0, offSince: -1, shape: { vcpus: new Float64Array(g.cells).fill(v.vcpus), off: new Uint8Array(g.cells), hotPlug: false, restarts: false, endsStopped: false } });
  }
  const skip = (a: OperatorAction, why: string): void => {
    warnings.push(`not replayed: ${describe(a)}: ${why}`);
  };
  for (const a of actions) {
    const vm = vms.get(a.vm);
    const s = state.get(a.vm);
    if (vm === undefined || s === undefined) {
      skip(a, `no domain '${a.vm}' with CPU readings in the trace`);
      continue;
    }
    if (a.tMs < 0 || a.tMs >= endMs) {
      notes.push(`${describe(a)}: outside the replay (0–${endMs / 1000} s), left out`);
      continue;
    }
    const at = `${Math.round(a.tMs) + AFTER_MS}ms`;
    const k = cellOf(a.tMs);
    switch (a.kind) {
      case 'balloon-target':
        events.push({ at, type: 'balloon-target', vm: vm.id, targetMiB: Number((a.value as number).toFixed(3)) });
        break;
      case 'vcpus': {
        const add = (a.value as number) - s.vcpus;
        if (add === 0) notes.push(`${describe(a)}: already ${s.vcpus} vCPUs, nothing to replay`);
        else {
          events.push(add > 0 ? { at, type: 'hot-add', vm: vm.id, addVcpus: add } : { at, type: 'hot-remove', vm: vm.id, removeVcpus: -add });
          s.vcpus += add;
          s.shape.hotPlug = true;
          // From the cell boundary nearest to it: a change seen in the readings is timed at one.
          s.shape.vcpus.fill(s.vcpus, Math.min(g.cells, Math.round(a.tMs / g.stepMs)));
        }
        break;
      }
      case 'max-memory': {
        const add = (a.value as number) - s.memoryMiB;
        if (add < 0) skip(a, `${s.memoryMiB} → ${a.value} MiB maximum: dcsim has no memory hot-unplug`);
        else if (add > 0) {
          events.push({ at, type: 'hot-add', vm: vm.id, addMemoryGiB: add / KIB_PER_MIB });
          s.memoryMiB += add;
          s.shape.hotPlug = true;
        }
        break;
      }
      case 'stop': {
        if (!s.on) {
          notes.push(`${describe(a)}: not running then, nothing to replay`);
          break;
        }
        // A shutdown the guest ignored (an ACPI request) did not stop it: its CPU readings go on.
        const next = actions.find((b) => b.vm === a.vm && b.kind === 'start' && b.tMs > a.tMs);
        const until = next === undefined ? g.cells : Math.min(g.cells, Math.floor(next.tMs / g.stepMs));
        const cpu = resampleRate(vm.trace.cpuCores, g);
        let ran = -1;
        for (let j = Math.ceil(a.tMs / g.stepMs) + 1; j < until && ran < 0; j++) if (Number.isFinite(cpu[j])) ran = j;
        if (ran >= 0) {
          skip(a, `the readings show it running after it (CPU in the cell at ${(ran * g.stepMs) / 1000} s)`);
          break;
        }
        events.push({ at, type: 'vm-power', vm: vm.id, state: 'off' });
        s.on = false;
        // The first cell that starts once it is off (a stop seen in the readings is timed at a reading).
        s.offSince = Math.min(g.cells, Math.ceil(a.tMs / g.stepMs));
        s.shape.endsStopped = true;
        break;
      }
      case 'start':
        if (s.on) {
          notes.push(`${describe(a)}: already running then, nothing to replay`);
          break;
        }
        if (!s.created) {
          // Never ran before in the trace: created at its first reading (build-scenario.ts).
          notes.push(`${describe(a)}: its first start in the trace, replayed as its creation`);
          s.on = true;
          s.created = true;
          break;
        }
        events.push({ at, type: 'vm-power', vm: vm.id, state: 'on' });
        s.shape.off.fill(1, s.offSince, k + 1);
        s.on = true;
        s.shape.restarts = true;
        s.shape.endsStopped = false;
        break;
      case 'migrate':
        skip(a, 'the destination is not a host of this trace (a capture holds one host); the VM leaves it when its readings stop');
        break;
      case 'other':
        skip(a, `dcsim has no model for '${a.text.split(/\s+/)[0] ?? a.text}'`);
        break;
    }
  }
  for (const s of state.values()) if (!s.on && s.offSince >= 0) s.shape.off.fill(1, s.offSince);
  const shapes = new Map<string, VmShape>([...state].map(([name, s]) => [name, s.shape]));
  return { events, shapes, notes, warnings };
}
