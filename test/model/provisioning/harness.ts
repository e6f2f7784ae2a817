/**
 * Scenarios for provisioning, hot-add and storage tests: one cluster `c1` of equal hosts
 * (`h-001…`, 1 socket, no hypervisor CPU or memory overhead), optional datastores, and a run
 * through simulate() that keeps every lifecycle event.
 */
import type { ModelEvent } from '../../../src/model/observer.js';
import { simulate, type SimulationResult } from '../../../src/run/simulate.js';
import type { Scenario } from '../../../src/scenario/index.js';
import { scenarioFrom, SCENARIOS_DIR } from '../../helpers/sim.js';

export interface LabOptions {
  hosts?: number;
  cores?: number;
  memoryGiB?: number;
  duration?: string;
  step?: string;
  datastores?: unknown[];
  sharedDatastores?: unknown[];
  events?: unknown[];
  maxVcpuPerCore?: number | null;
  ha?: boolean;
  seed?: number;
  baseDir?: string;
}

export function labScenario(templates: Record<string, unknown>, vms: unknown[], o: LabOptions = {}): Scenario {
  return scenarioFrom(
    {
      name: 'lab',
      seed: o.seed ?? 1,
      start: '2026-03-02T00:00:00Z',
      duration: o.duration ?? '4h',
      step: o.step ?? '5m',
      templates,
      datastores: o.sharedDatastores ?? [],
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit', maxVcpuPerCore: o.maxVcpuPerCore === undefined ? 4 : o.maxVcpuPerCore, maxMemoryOvercommit: 1.5 },
          ha: { enabled: o.ha ?? false },
          datastores: o.datastores ?? [],
          hosts: [
            {
              name: 'h',
              count: o.hosts ?? 2,
              sockets: 1,
              coresPerSocket: o.cores ?? 16,
              mhz: 2000,
              memoryGiB: o.memoryGiB ?? 64,
              hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 },
            },
          ],
          vms,
        },
      ],
      events: o.events ?? [],
    },
    o.baseDir ?? SCENARIOS_DIR,
  );
}

export function runLab(s: Scenario): { r: SimulationResult; events: ModelEvent[] } {
  const events: ModelEvent[] = [];
  const r = simulate(s, { attach: () => ({ observers: [{ event: (e) => events.push(e) }] }) });
  return { r, events };
}

/** Events of one type, optionally for one VM. */
export function ofType(events: readonly ModelEvent[], type: string, vm?: string): ModelEvent[] {
  return events.filter((e) => e.type === type && (vm === undefined || e.vm === vm));
}

/** Index of a VM by id. */
export function vmIndex(r: SimulationResult, id: string): number {
  const v = r.world.vms.ids.indexOf(id);
  if (v < 0) throw new Error(`no VM ${id}`);
  return v;
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
