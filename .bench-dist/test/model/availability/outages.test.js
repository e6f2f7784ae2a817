/**
 * OutageTracker with planned states (not created, provisioning, deleted): they are neither
 * downtime nor service time; an outage in progress when a VM is deleted ends there.
 */
import { describe, expect, it } from 'vitest';
import { OutageTracker } from '../../../src/model/availability/outages.js';
import { DOWN_DELETED, DOWN_HOST_FAILURE, DOWN_NOT_CREATED, DOWN_PROVISIONING, VM_BOOTING, VM_DOWN, VM_RUNNING } from '../../../src/model/lifecycle.js';
/** A tracker over one VM that starts down, not created. */
function tracker() {
    const vms = { n: 1, state: Uint8Array.of(VM_DOWN), downReason: Uint8Array.of(DOWN_NOT_CREATED) };
    return new OutageTracker({ vms });
}
describe('OutageTracker with planned states', () => {
    it('counts availability from the first power-on after provisioning, with no outage', () => {
        const o = tracker();
        o.set(0, VM_DOWN, DOWN_PROVISIONING, 1000);
        o.set(0, VM_BOOTING, DOWN_PROVISIONING, 5000);
        o.set(0, VM_RUNNING, 0, 65_000);
        expect(o.outages[0]).toBe(0);
        expect(o.firstUpAt[0]).toBe(65_000);
        expect(o.availability(0, 100_000)).toBe(1);
    });
    it('opens no outage on deletion, and leaves the deleted time out of availability', () => {
        // Up 0–100 s, deleted 100–300 s, provisioned again and up from 400 s; a 50 s outage at 500 s.
        const o = tracker();
        o.set(0, VM_RUNNING, 0, 0);
        o.set(0, VM_DOWN, DOWN_DELETED, 100_000);
        o.set(0, VM_DOWN, DOWN_PROVISIONING, 300_000);
        o.set(0, VM_BOOTING, DOWN_PROVISIONING, 340_000);
        o.set(0, VM_RUNNING, 0, 400_000);
        o.set(0, VM_DOWN, DOWN_HOST_FAILURE, 500_000);
        o.set(0, VM_RUNNING, 0, 550_000);
        expect(o.outages[0]).toBe(1);
        expect(o.idleMsAt(0, 600_000)).toBe(300_000);
        expect(o.downMsAt(0, 600_000)).toBe(50_000);
        // Served 600 − 300 = 300 s, down 50 s of it.
        expect(o.availability(0, 600_000)).toBeCloseTo(1 - 50 / 300, 12);
    });
    it('ends an outage in progress when the VM is deleted: downtime stops there', () => {
        const o = tracker();
        o.set(0, VM_RUNNING, 0, 0);
        o.set(0, VM_DOWN, DOWN_HOST_FAILURE, 10_000);
        o.set(0, VM_DOWN, DOWN_DELETED, 25_000);
        expect(o.downMsAt(0, 100_000)).toBe(15_000);
        expect(o.reasonMsAt(0, DOWN_HOST_FAILURE, 100_000)).toBe(15_000);
        expect(o.reasonMsAt(0, DOWN_DELETED, 100_000)).toBe(0);
        expect(o.availability(0, 100_000)).toBeCloseTo(1 - 15 / 25, 12);
    });
});
//# sourceMappingURL=outages.test.js.map