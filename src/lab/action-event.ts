/**
 * A lab action as the scenario event it becomes: the event as the loader would give it (times
 * in ms, defaults filled) to schedule now, and as YAML writes it (times as "…ms") to export.
 * Actions that cannot mean anything now (fail a host that has failed, migrate a VM to the host
 * it runs on) are refused here, before anything is recorded.
 */
import { DOWN_DELETED, DOWN_NOT_CREATED, DOWN_POWERED_OFF, HOST_FAILED, HOST_ON, HOST_STANDBY, VM_DOWN, VM_RUNNING } from '../model/lifecycle.js';
import { clusterPolicyProblem, clusterPolicyRefusal, type ClusterPolicyChange } from '../model/cluster-policy.js';
import type { World } from '../model/world.js';
import type { LabAction, RawEvent } from './protocol.js';

export interface MadeEvent {
  /** The parsed form (ScenarioEventSpec), `at` in ms. */
  readonly spec: Readonly<Record<string, unknown>>;
  readonly raw: RawEvent;
  readonly text: string;
}

const ms = (x: number): string => `${Math.round(x)}ms`;

function minutes(x: number): string {
  return x % 3_600_000 === 0 ? `${x / 3_600_000} h` : `${Math.round(x / 60_000)} min`;
}

/** The event for `action` at `at` ms, or why it is refused. */
export function actionEvent(world: World, action: LabAction, at: number): MadeEvent | string {
  const H = world.hosts;
  const V = world.vms;
  const host = (id: string): number => H.ids.indexOf(id);
  switch (action.kind) {
    case 'fail-host': {
      const h = host(action.host);
      if (h < 0) return `no host '${action.host}'`;
      if (H.state[h] === HOST_FAILED) return `${action.host} has already failed`;
      const repair = action.repairAfterMs;
      if (repair !== null && !(repair > 0)) return 'the repair time must be longer than 0';
      return {
        spec: { at, type: 'host-failure', host: action.host, ...(repair !== null ? { repairAfter: repair } : {}) },
        raw: { at: ms(at), type: 'host-failure', host: action.host, ...(repair !== null ? { repairAfter: ms(repair) } : {}) },
        text: `fail ${action.host}${repair !== null ? `, repaired after ${minutes(repair)}` : ', never repaired'}`,
      };
    }
    case 'repair-host': {
      const h = host(action.host);
      if (h < 0) return `no host '${action.host}'`;
      if (H.state[h] !== HOST_FAILED) return `${action.host} has not failed`;
      return { spec: { at, type: 'host-repair', host: action.host }, raw: { at: ms(at), type: 'host-repair', host: action.host }, text: `repair ${action.host}` };
    }
    case 'isolate-host': {
      const h = host(action.host);
      if (h < 0) return `no host '${action.host}'`;
      if (H.state[h] !== HOST_ON) return `${action.host} is not on`;
      if (!(action.durationMs > 0)) return 'the isolation must last longer than 0';
      return {
        spec: { at, type: 'host-isolation', host: action.host, duration: action.durationMs },
        raw: { at: ms(at), type: 'host-isolation', host: action.host, duration: ms(action.durationMs) },
        text: `cut ${action.host} off the management network for ${minutes(action.durationMs)}`,
      };
    }
    case 'maintenance': {
      const h = host(action.host);
      if (h < 0) return `no host '${action.host}'`;
      if (H.state[h] !== HOST_ON) return `${action.host} is not on`;
      const d = action.durationMs;
      return {
        spec: { at, type: 'maintenance', host: action.host, ...(d !== null ? { duration: d } : {}) },
        raw: { at: ms(at), type: 'maintenance', host: action.host, ...(d !== null ? { duration: ms(d) } : {}) },
        text: `put ${action.host} into maintenance${d !== null ? ` for ${minutes(d)}` : ''}`,
      };
    }
    case 'power-off': {
      const h = host(action.host);
      if (h < 0) return `no host '${action.host}'`;
      if (H.state[h] !== HOST_ON) return `${action.host} is not on`;
      return {
        spec: { at, type: 'power-off', host: action.host, retire: false },
        raw: { at: ms(at), type: 'power-off', host: action.host },
        text: `evacuate ${action.host} and put it into standby`,
      };
    }
    case 'power-on': {
      const h = host(action.host);
      if (h < 0) return `no host '${action.host}'`;
      if (H.state[h] !== HOST_STANDBY) return `${action.host} is not in standby`;
      return { spec: { at, type: 'power-on', host: action.host }, raw: { at: ms(at), type: 'power-on', host: action.host }, text: `power on ${action.host}` };
    }
    case 'migrate': {
      const v = V.ids.indexOf(action.vm);
      const h = host(action.host);
      if (v < 0) return `no VM '${action.vm}'`;
      if (h < 0) return `no host '${action.host}'`;
      if (V.state[v] !== VM_RUNNING) return `${action.vm} is not running`;
      if (V.host[v] === h) return `${action.vm} already runs on ${action.host}`;
      if (V.cluster[v] !== H.cluster[h]) return `${action.host} is in another cluster`;
      return {
        spec: { at, type: 'migrate', vm: action.vm, host: action.host },
        raw: { at: ms(at), type: 'migrate', vm: action.vm, host: action.host },
        text: `live-migrate ${action.vm} to ${action.host}`,
      };
    }
    case 'vm-power': {
      const v = V.ids.indexOf(action.vm);
      if (v < 0) return `no VM '${action.vm}'`;
      const off = V.state[v] === VM_DOWN && V.downReason[v] === DOWN_POWERED_OFF;
      if (V.state[v] === VM_DOWN && (V.downReason[v] === DOWN_NOT_CREATED || V.downReason[v] === DOWN_DELETED)) return `${action.vm} does not exist now`;
      if (action.state === 'off' && off) return `${action.vm} is already powered off`;
      if (action.state === 'on' && !off) return `${action.vm} is not powered off`;
      return {
        spec: { at, type: 'vm-power', vm: action.vm, state: action.state },
        raw: { at: ms(at), type: 'vm-power', vm: action.vm, state: action.state },
        text: `power ${action.state} ${action.vm}`,
      };
    }
    case 'hot-add': {
      const v = V.ids.indexOf(action.vm);
      if (v < 0) return `no VM '${action.vm}'`;
      const { addVcpus, addMemoryGiB } = action;
      if (!(Number.isInteger(addVcpus) && addVcpus >= 0 && addMemoryGiB >= 0 && addVcpus + addMemoryGiB > 0)) return 'add at least one vCPU or some memory';
      return {
        spec: { at, type: 'hot-add', vm: action.vm, addVcpus, addMemoryGiB },
        raw: { at: ms(at), type: 'hot-add', vm: action.vm, addVcpus, addMemoryGiB },
        text: `add ${addVcpus} vCPU and ${addMemoryGiB} GiB to ${action.vm}`,
      };
    }
    case 'cluster-policy':
      return clusterPolicyEvent(world, action, at);
  }
}

function clusterPolicyEvent(world: World, action: Extract<LabAction, { kind: 'cluster-policy' }>, at: number): MadeEvent | string {
  const ci = world.clusters.findIndex((c) => c.id === action.cluster);
  if (ci < 0) return `no cluster '${action.cluster}'`;
  const change: Record<string, number | string | boolean | readonly string[] | null> = {};
  for (const key of POLICY_KEYS) {
    const x = action[key];
    if (x !== undefined) change[key] = x;
  }
  if (Object.keys(change).length === 0) return 'nothing to change';
  const why = clusterPolicyProblem(change as ClusterPolicyChange) ?? clusterPolicyRefusal(world, ci, change as ClusterPolicyChange);
  if (why !== null) return why;
  const raw: Record<string, string | number | boolean | readonly string[]> = { at: ms(at), type: 'cluster-policy', cluster: action.cluster };
  const spec: Record<string, unknown> = { at, type: 'cluster-policy', cluster: action.cluster };
  const words: string[] = [];
  for (const [k, x] of Object.entries(change)) {
    // YAML has no Infinity in JSON flow style: "no cap" is written as 0, which the loader reads as no cap.
    raw[k] = x === null ? 0 : x;
    spec[k] = x === null ? 0 : x;
    words.push(`${k} ${x === null ? 'uncapped' : Array.isArray(x) ? x.join(', ') : String(x)}`);
  }
  return { spec, raw, text: `set ${words.join(', ')} on ${action.cluster}` };
}

/** The settings a lab action may change, in the order the event writes them. */
const POLICY_KEYS = ['maxVcpuPerCore', 'maxMemoryOvercommit', 'drsThreshold', 'dpmEnabled', 'dpmTargetUtilPct', 'haAdmission', 'failoverHosts', 'hostFailuresToTolerate', 'demandScale', 'hostsInService'] as const;
