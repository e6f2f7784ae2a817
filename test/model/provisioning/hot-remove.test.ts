/**
 * hot-remove: vCPUs taken from a running VM, in place on a KVM host with CPU hot plug enabled
 * (libvirt setvcpus --live), by a reboot of its boot time otherwise and always on ESXi; a VM
 * keeps at least one vCPU. One 4-vCPU VM at half its CPU on one 16-core host.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFrom } from '../../helpers/sim.js';
import { HOUR, ofType, runLab } from './harness.js';

const VM = 'dc1/c1/app-001';

function run(flavour: 'kvm' | 'esxi', hotCpu: boolean, removeVcpus: number) {
  const s = scenarioFrom({
    name: 'hot-remove',
    duration: '2h',
    step: '5m',
    templates: { app: { vcpus: 4, memoryGiB: 8, bootTime: '90s', hotAdd: { cpu: hotCpu } } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'first-fit' },
        hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 16, mhz: 2000, memoryGiB: 64, hypervisor: { flavour, cpuOverheadPct: 0, memoryOverheadMiB: 0 } }],
        vms: [{ name: 'app', count: 1, template: 'app', workload: { type: 'constant', cpu: 0.5 } }],
      },
    ],
    events: [{ at: '1h', type: 'hot-remove', vm: VM, removeVcpus }],
  });
  return runLab(s);
}

describe('hot-remove', () => {
  it('on KVM with CPU hot plug: in place, 4 → 3 vCPUs; its level (half) now of 3 × 2000 MHz: want 4000 MHz for 1 h, then 3000', () => {
    const { r, events } = run('kvm', true, 1);
    expect(ofType(events, 'vm.hot-removed', VM)[0]).toMatchObject({ t: HOUR, host: 'dc1/c1/h-001', vcpus: 3, removeVcpus: 1 });
    expect(r.world.vms.vcpus[0]).toBe(3);
    expect(r.world.hosts.vcpus[0]).toBe(3);
    expect(r.world.vms.wantInt[0]).toBeCloseTo(4000 * HOUR + 3000 * HOUR, 0);
    expect(r.model.outages.outages[0]).toBe(0);
  });

  it('on KVM without CPU hot plug: a reboot of 90 s', () => {
    const { events } = run('kvm', false, 1);
    expect(ofType(events, 'vm.rebooting-for-change', VM)[0]).toMatchObject({ bootMs: 90_000, why: 'CPU hot plug is not enabled in template app', removeVcpus: 1 });
  });

  it('on ESXi: a reboot even with CPU hot plug on (vSphere removes vCPUs only powered off)', () => {
    const { r, events } = run('esxi', true, 2);
    expect(ofType(events, 'vm.rebooting-for-change', VM)[0]).toMatchObject({ why: 'ESXi removes vCPUs only from a powered-off VM', vcpus: 2 });
    expect(r.world.vms.vcpus[0]).toBe(2);
  });

  it('a VM keeps at least one vCPU', () => {
    const { r, events } = run('kvm', true, 4);
    expect(ofType(events, 'hot-remove.refused', VM)[0]?.why).toBe('the VM has 4 vCPUs: it keeps at least 1');
    expect(r.world.vms.vcpus[0]).toBe(4);
  });
});
