/**
 * vm-power: an operator powers a VM off (its host frees its vCPUs and memory at once; the VM is
 * down, powered off, which is not an outage) and on again (placed like a first power-on, booting
 * for its boot time, then running); an unknown VM is a located load error.
 */
import { describe, expect, it } from 'vitest';
import { DOWN_REASONS, VM_DOWN, VM_RUNNING } from '../../../src/model/lifecycle.js';
import { lifecycleViolation } from '../../helpers/lifecycle.js';
import { HOUR, labScenario, ofType, runLab } from './harness.js';

const constant = { type: 'constant', cpu: 0.5 };
const app = { app: { vcpus: 2, memoryGiB: 8, bootTime: '75s' } };
const POWERED_OFF = DOWN_REASONS.indexOf('powered-off');

describe('a VM powered off at 1 h and never on again', () => {
  const s = labScenario(app, [{ name: 'app', count: 1, template: 'app', workload: constant }], {
    hosts: 1,
    events: [{ at: '1h', type: 'vm-power', vm: 'dc1/c1/app-001', state: 'off' }],
  });
  const { r, events } = runLab(s);

  it('frees its 2 vCPUs and 8 GiB on its host at once', () => {
    expect(ofType(events, 'vm.powered-off')[0]).toMatchObject({ t: HOUR, vm: 'dc1/c1/app-001', host: 'dc1/c1/h-001' });
    expect(r.world.hosts.vcpus[0]).toBe(0);
    expect(r.world.hosts.configuredMiB[0]).toBe(0);
    expect(r.world.vms.host[0]).toBe(-1);
  });

  it('wants CPU only while it runs: 2 vCPUs × 2000 MHz × 50 % = 2000 MHz for 1 h', () => {
    expect(r.world.vms.wantInt[0]).toBe(2000 * HOUR);
  });

  it('is down, powered off, for 3 h: planned time, no outage, availability 100 %', () => {
    expect(r.world.vms.state[0]).toBe(VM_DOWN);
    expect(r.world.vms.downReason[0]).toBe(POWERED_OFF);
    expect(r.model.outages.outages[0]).toBe(0);
    expect(r.model.outages.downMsAt(0, r.world.durationMs)).toBe(0);
    expect(r.headline.availability.outages).toBe(0);
    expect(r.headline.availability.meanVmAvailabilityPct).toBe(100);
    expect(r.headline.availability.vmsDownAtEnd).toBe(0);
    expect(lifecycleViolation(r.world)).toBeNull();
  });
});

describe('a VM powered off at 1 h and on at 2 h', () => {
  const s = labScenario(app, [{ name: 'app', count: 1, template: 'app', workload: constant }], {
    hosts: 1,
    events: [
      { at: '1h', type: 'vm-power', vm: 'dc1/c1/app-001', state: 'off' },
      { at: '1h', type: 'vm-power', vm: 'dc1/c1/app-001', state: 'off' },
      { at: '2h', type: 'vm-power', vm: 'dc1/c1/app-001', state: 'on' },
    ],
  });
  const { r, events } = runLab(s);

  it('is placed again at 2 h and runs after its 75 s boot', () => {
    expect(ofType(events, 'vm.powered-on')[0]).toMatchObject({ t: 2 * HOUR, vm: 'dc1/c1/app-001', host: 'dc1/c1/h-001' });
    expect(r.world.vms.state[0]).toBe(VM_RUNNING);
    expect(r.world.hosts.vcpus[0]).toBe(2);
    expect(r.world.hosts.configuredMiB[0]).toBe(8 * 1024);
  });

  it('refuses the second power-off: it is already off', () => {
    expect(ofType(events, 'vm.power-skipped')[0]).toMatchObject({ t: HOUR, state: 'off', why: 'the VM is already powered off' });
  });

  it('counts none of it against availability', () => {
    expect(r.model.outages.outages[0]).toBe(0);
    expect(r.model.outages.downMsAt(0, r.world.durationMs)).toBe(0);
    expect(r.headline.availability.meanVmAvailabilityPct).toBe(100);
    expect(lifecycleViolation(r.world)).toBeNull();
  });
});

describe('loading a vm-power event', () => {
  it('names the path and the unknown VM', () => {
    expect(() =>
      labScenario(app, [{ name: 'app', count: 1, template: 'app', workload: constant }], {
        hosts: 1,
        events: [{ at: '1h', type: 'vm-power', vm: 'dc1/c1/nope-001', state: 'off' }],
      }),
    ).toThrow(/events\[0\]\.vm.*nope-001/s);
  });
});

describe('a power-on that no host can hold is unplaceable, like any power-on', () => {
  // One 2-core host at 4 vCPUs per core holds a and b (2 vCPUs each); with a off, the cap drops
  // to 1 vCPU per core (b alone fills it), so a's power-on at 2 h fits nowhere. The cluster
  // does not queue unplaced VMs (placement.unplaced default), so a stays down, unplaceable.
  const s = labScenario(app, [{ name: 'app', count: 2, template: 'app', workload: constant }], {
    hosts: 1,
    cores: 2,
    events: [
      { at: '1h', type: 'vm-power', vm: 'dc1/c1/app-001', state: 'off' },
      { at: '90m', type: 'cluster-policy', cluster: 'dc1/c1', maxVcpuPerCore: 1 },
      { at: '2h', type: 'vm-power', vm: 'dc1/c1/app-001', state: 'on' },
    ],
  });
  const { r, events } = runLab(s);

  it('is reported at 2 h and left down, unplaceable; b alone holds the host', () => {
    expect(ofType(events, 'vm.powered-off')[0]).toMatchObject({ t: HOUR, host: 'dc1/c1/h-001' });
    expect(ofType(events, 'vm.power-skipped')[0]).toMatchObject({ t: 2 * HOUR, vm: 'dc1/c1/app-001', state: 'on' });
    expect(r.world.vms.state[0]).toBe(VM_DOWN);
    expect(r.world.vms.state[1]).toBe(VM_RUNNING);
    expect(r.world.vms.downReason[0]).toBe(DOWN_REASONS.indexOf('unplaceable'));
    expect(r.world.hosts.vcpus[0]).toBe(2);
    expect(lifecycleViolation(r.world)).toBeNull();
  });
});
