/**
 * Hot add: in place when the template enables it (no outage, the host counts the new vCPUs and
 * memory, the VM's vCPU capacity grows), by a reboot otherwise (an outage of exactly the boot
 * time, reason reboot), refused when the host cannot take the bigger VM.
 */
import { describe, expect, it } from 'vitest';
import { DOWN_REASONS, VM_RUNNING } from '../../../src/model/lifecycle.js';
import { HOUR, labScenario, ofType, runLab } from './harness.js';
const constant = { type: 'constant', cpu: 0.5 };
describe('hot add in place (CPU hot plug enabled)', () => {
    const s = labScenario({ app: { vcpus: 2, memoryGiB: 8, hotAdd: { cpu: true, memory: true } } }, [{ name: 'app', count: 1, template: 'app', workload: constant }], {
        hosts: 1,
        events: [{ at: '1h', type: 'hot-add', vm: 'dc1/c1/app-001', addVcpus: 2, addMemoryGiB: 4 }],
    });
    const { r, events } = runLab(s);
    it('grows the running VM at once: 4 vCPUs × 2000 MHz, 12 GiB; the host counts 4 vCPUs and 12 GiB', () => {
        expect(ofType(events, 'vm.hot-added')[0]).toMatchObject({ t: HOUR, vm: 'dc1/c1/app-001', host: 'dc1/c1/h-001', vcpus: 4, memoryGiB: 12, addVcpus: 2, addMemoryGiB: 4 });
        const V = r.world.vms;
        expect(V.vcpus[0]).toBe(4);
        expect(V.capMhz[0]).toBe(8000);
        expect(r.world.hosts.vcpus[0]).toBe(4);
        expect(r.world.hosts.configuredMiB[0]).toBe(12 * 1024);
    });
    it('causes no outage', () => {
        expect(r.model.outages.outages[0]).toBe(0);
        expect(r.world.vms.state[0]).toBe(VM_RUNNING);
    });
    it('doubles the VM’s demand in MHz at 50 %: 2000 MHz before, 4000 MHz after (CPU-seconds integrate exactly)', () => {
        // wantInt over 4 h: 1 h × 2000 MHz + 3 h × 4000 MHz.
        expect(r.world.vms.wantInt[0]).toBe(2000 * HOUR + 4000 * 3 * HOUR);
    });
});
describe('hot add without hot plug: a reboot', () => {
    const s = labScenario({ app: { vcpus: 2, memoryGiB: 8, bootTime: '75s' } }, [{ name: 'app', count: 1, template: 'app', workload: constant }], {
        hosts: 1,
        events: [{ at: '1h', type: 'hot-add', vm: 'dc1/c1/app-001', addMemoryGiB: 4 }],
    });
    const { r, events } = runLab(s);
    it('takes the VM down for exactly its boot time (75 s), reason reboot, on the same host', () => {
        const end = r.world.durationMs;
        expect(r.model.outages.outages[0]).toBe(1);
        expect(r.model.outages.downMsAt(0, end)).toBe(75_000);
        expect(r.model.outages.reasonMsAt(0, DOWN_REASONS.indexOf('reboot'), end)).toBe(75_000);
        expect(ofType(events, 'vm.rebooting-for-change')[0]).toMatchObject({ t: HOUR, memoryGiB: 12, why: 'memory hot add is not enabled in template app' });
        expect(ofType(events, 'vm.rebooted-for-change')[0]).toMatchObject({ t: HOUR + 75_000, host: 'dc1/c1/h-001', downMs: 75_000 });
    });
    it('comes back with the new size', () => {
        expect(r.world.vms.memoryMiB[0]).toBe(12 * 1024);
        expect(r.world.hosts.configuredMiB[0]).toBe(12 * 1024);
        expect(r.world.vms.state[0]).toBe(VM_RUNNING);
    });
});
describe('hot add refused', () => {
    it('when the host has fewer cores than the new vCPU count', () => {
        const s = labScenario({ app: { vcpus: 4, memoryGiB: 8, hotAdd: { cpu: true } } }, [{ name: 'app', count: 1, template: 'app', workload: constant }], {
            hosts: 1,
            cores: 4,
            events: [{ at: '1h', type: 'hot-add', vm: 'dc1/c1/app-001', addVcpus: 1 }],
        });
        const { r, events } = runLab(s);
        expect(ofType(events, 'hot-add.refused')[0]?.why).toBe('host dc1/c1/h-001: VM has more vCPUs than the host has cores (4)');
        expect(r.world.vms.vcpus[0]).toBe(4);
    });
    it('when the vCPU:pCPU cap would be broken (the placement capacity filter)', () => {
        // 8 cores × cap 1 = 8 vCPUs; two VMs of 4 fill it.
        const s = labScenario({ app: { vcpus: 4, memoryGiB: 8, hotAdd: { cpu: true } } }, [{ name: 'app', count: 2, template: 'app', workload: constant }], {
            hosts: 1,
            cores: 8,
            maxVcpuPerCore: 1,
            events: [{ at: '1h', type: 'hot-add', group: 'dc1/c1/app', addVcpus: 2 }],
        });
        const { r, events } = runLab(s);
        const refused = ofType(events, 'hot-add.refused');
        expect(refused.map((e) => e.vm)).toEqual(['dc1/c1/app-001', 'dc1/c1/app-002']);
        expect(refused[0]?.why).toBe('host dc1/c1/h-001 cannot take the bigger VM: vCPU:pCPU cap (1)');
        expect(r.world.hosts.vcpus[0]).toBe(8);
    });
});
//# sourceMappingURL=hot-add.test.js.map