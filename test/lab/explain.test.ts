/** The lab's event log words for the balloon-target and hot-remove events (src/lab/explain.ts). */
import { describe, expect, it } from 'vitest';
import { explainEvent } from '../../src/lab/explain.js';
import type { World } from '../../src/model/world.js';

const world = {} as World;

describe('explainEvent: balloon targets', () => {
  it('says the target, the VM memory and what the balloon does', () => {
    expect(explainEvent({ t: 0, type: 'vm.balloon-target-set', vm: 'dc1/c1/app-001', host: 'dc1/c1/h-001', targetMiB: 6144, memoryMiB: 8192 }, world)).toBe(
      "dc1/c1/app-001's balloon target is now 6144 MiB of its 8192 MiB (virsh setmem): its balloon takes idle guest memory above it, or gives memory back.",
    );
  });
  it('says why a target was not set', () => {
    expect(explainEvent({ t: 0, type: 'vm.balloon-target-skipped', vm: 'dc1/c1/app-001', targetMiB: 9000, why: 'the VM is migrating' }, world)).toBe(
      'Balloon target of dc1/c1/app-001 not set: the VM is migrating.',
    );
  });
});

describe('explainEvent: hot-remove', () => {
  it('says how many vCPUs went and how many are left', () => {
    expect(explainEvent({ t: 0, type: 'vm.hot-removed', vm: 'dc1/c1/app-001', host: 'dc1/c1/h-001', vcpus: 3, memoryGiB: 8, removeVcpus: 1 }, world)).toBe(
      'dc1/c1/app-001 gave up 1 vCPU(s) without a reboot (vCPU hot unplug): it has 3 now.',
    );
    expect(explainEvent({ t: 0, type: 'hot-remove.refused', vm: 'dc1/c1/app-001', why: 'the VM is booting' }, world)).toBe('Removing vCPUs from dc1/c1/app-001 refused: the VM is booting.');
  });
});
