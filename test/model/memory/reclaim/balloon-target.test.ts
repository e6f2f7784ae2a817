/**
 * balloon-target (virsh setmem --live): the balloon takes back what the VM holds above the
 * target, from idle pages only, whatever the host's memory state; a higher target lets it go;
 * a power cycle forgets it; what cannot apply is skipped with the reason. One 8 GiB VM that has
 * touched all its memory (touchedPct 100) with 25 % active (2048 MiB) on a 64 GiB host.
 */
import { describe, expect, it } from 'vitest';
import { residentMiB } from '../../../../src/model/memory/reclaim/host-pass.js';
import { ofType, runLab } from '../../provisioning/harness.js';
import { scenarioFrom } from '../../../helpers/sim.js';

const VM = 'dc1/c1/app-001';

interface Options {
  duration?: string;
  balloonDriver?: boolean;
  ksm?: boolean;
}

function scenario(flavour: 'kvm' | 'esxi', events: unknown[], o: Options = {}) {
  return scenarioFrom({
    name: 'balloon-target',
    duration: o.duration ?? '2h',
    step: '5m',
    templates: { app: { vcpus: 2, memoryGiB: 8, memory: { touchedPct: 100, balloonDriver: o.balloonDriver ?? true } } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'first-fit' },
        hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { flavour, cpuOverheadPct: 0, memoryOverheadMiB: 0, ...(o.ksm ? { memory: { ksm: { enabled: true } } } : {}) } }],
        vms: [{ name: 'app', count: 1, template: 'app', workload: { type: 'constant', cpu: 0.2, memory: 0.25 } }],
      },
    ],
    events,
  });
}

function run(flavour: 'kvm' | 'esxi', events: unknown[], o: Options = {}) {
  const { r, events: log } = runLab(scenario(flavour, events, o));
  return { balloon: r.memory.vm.balloonMiB[0] as number, shared: r.memory.vm.sharedMiB[0] as number, resident: residentMiB(r.world, r.memory, 0), target: r.memory.vmSettings.balloonTargetMiB[0], log };
}

describe('balloon-target on a KVM host with free memory (no balloon policy)', () => {
  it('setmem 6144 MiB: the balloon takes 8192 − 6144 = 2048 MiB of idle pages; the VM holds 6144 MiB', () => {
    const r = run('kvm', [{ at: '1h', type: 'balloon-target', vm: VM, targetMiB: 6144 }]);
    expect(r.balloon).toBeCloseTo(2048, 6);
    expect(r.resident).toBeCloseTo(6144, 6);
    expect(ofType(r.log, 'vm.balloon-target-set', VM)[0]).toMatchObject({ t: 3_600_000, host: 'dc1/c1/h-001', targetMiB: 6144, memoryMiB: 8192 });
  });

  it('a target below the active memory stops at the idle pages: 8192 − 2048 active = 6144 MiB ballooned, 2048 MiB held', () => {
    const r = run('kvm', [{ at: '1h', type: 'balloon-target', vm: VM, targetMiB: 1024 }]);
    expect(r.balloon).toBeCloseTo(6144, 6);
    expect(r.resident).toBeCloseTo(2048, 6);
  });

  it('setmem back to 8192 MiB lets the whole balloon go', () => {
    const r = run('kvm', [
      { at: '1h', type: 'balloon-target', vm: VM, targetMiB: 6144 },
      { at: '90m', type: 'balloon-target', vm: VM, targetMiB: 8192 },
    ]);
    expect(r.balloon).toBeCloseTo(0, 6);
    expect(r.resident).toBeCloseTo(8192, 6);
  });

  it('a power cycle forgets the live target: the guest boots at its full memory', () => {
    const r = run('kvm', [
      { at: '1h', type: 'balloon-target', vm: VM, targetMiB: 6144 },
      { at: '80m', type: 'vm-power', vm: VM, state: 'off' },
      { at: '90m', type: 'vm-power', vm: VM, state: 'on' },
    ]);
    expect(r.target).toBe(Infinity);
    expect(r.balloon).toBe(0);
  });
});

describe('balloon-target on a KVM host with KSM merging', () => {
  it("the target is the guest's view: the balloon still takes 2048 MiB; KSM's savings are the host's, not the guest's", () => {
    const r = run('kvm', [{ at: '1h', type: 'balloon-target', vm: VM, targetMiB: 6144 }], { ksm: true });
    expect(r.shared).toBeGreaterThan(0);
    expect(r.balloon).toBeCloseTo(2048, 6);
    expect(r.resident).toBeCloseTo(6144 - r.shared, 6);
  });
});

describe('balloon-target on an ESXi host (balloon policy on, memory clear)', () => {
  it('the host policy does not give back what the target holds: 2048 MiB stay ballooned in the clear state', () => {
    const r = run('esxi', [{ at: '1h', type: 'balloon-target', vm: VM, targetMiB: 6144 }]);
    expect(r.balloon).toBeCloseTo(2048, 6);
  });
});

describe('balloon-target that cannot apply is skipped, with the reason', () => {
  it('above the VM memory (virsh: "cannot set memory higher than max memory")', () => {
    const r = run('kvm', [{ at: '1h', type: 'balloon-target', vm: VM, targetMiB: 9000 }]);
    expect(ofType(r.log, 'vm.balloon-target-skipped', VM)[0]).toMatchObject({ targetMiB: 9000, why: "the target (9000 MiB) is above the VM's memory (8192 MiB)" });
    expect(r.balloon).toBe(0);
  });

  it('a guest without a balloon driver', () => {
    const r = run('kvm', [{ at: '1h', type: 'balloon-target', vm: VM, targetMiB: 4096 }], { balloonDriver: false });
    expect(ofType(r.log, 'vm.balloon-target-skipped', VM)[0]?.why).toBe('the guest has no balloon driver (template memory.balloonDriver: false)');
    expect(r.balloon).toBe(0);
  });

  it('a VM that is powered off', () => {
    const r = run('kvm', [
      { at: '1h', type: 'vm-power', vm: VM, state: 'off' },
      { at: '70m', type: 'balloon-target', vm: VM, targetMiB: 4096 },
    ]);
    expect(ofType(r.log, 'vm.balloon-target-skipped', VM)[0]?.why).toBe('the VM is not running (a live balloon target needs a running guest)');
  });

  it('an unknown VM is a located load error', () => {
    expect(() => scenario('kvm', [{ at: '1h', type: 'balloon-target', vm: 'dc1/c1/nope-001', targetMiB: 4096 }])).toThrow(/events\[0\]\.vm|events\.0\.vm/);
  });
});
