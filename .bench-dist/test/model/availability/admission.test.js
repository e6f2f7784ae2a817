/**
 * vSphere HA admission control (DOMAIN.md "Failures and HA"): slot policy with the worked example
 * of VMware's "vSphere Availability" guide, the 32 MHz default slot, and the cluster resource
 * percentage policy (1 of 10 equal hosts → 10 %).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentagePolicy, percentForFailures, slotPolicy, slotSize, slotsPerHost, } from '../../../src/model/availability/admission.js';
const GB = 1024; // MiB
/**
 * Three hosts: H1 9 GHz / 9 GB, H2 9 GHz / 6 GB, H3 6 GHz / 6 GB. Five powered-on VMs reserving
 * 2 GHz/1 GB, 2 GHz/1 GB, 1 GHz/2 GB, 1 GHz/1 GB, 1 GHz/1 GB.
 */
const EXAMPLE = {
    hostCpuMhz: [9000, 9000, 6000],
    hostMemMiB: [9 * GB, 6 * GB, 6 * GB],
    vmCpuResMhz: [2000, 2000, 1000, 1000, 1000],
    vmMemResMiB: [1 * GB, 1 * GB, 2 * GB, 1 * GB, 1 * GB],
};
describe('slot policy: the worked example', () => {
    it('the slot is the largest CPU (2 GHz) and the largest memory (2 GB) reservation', () => {
        // CPU and memory maxima come from different VMs: max(2000, 2000, 1000, …) and max(1, 1, 2, …) GB.
        expect(slotSize(EXAMPLE)).toEqual({ cpuMhz: 2000, memMiB: 2 * GB });
    });
    it('hosts hold 4, 3 and 3 slots', () => {
        // H1: min(9000 / 2000, 9216 / 2048) = min(4.5, 4.5) → 4.
        // H2: min(9000 / 2000, 6144 / 2048) = min(4.5, 3)   → 3 (memory-bound).
        // H3: min(6000 / 2000, 6144 / 2048) = min(3, 3)     → 3.
        const slot = slotSize(EXAMPLE);
        expect(slotsPerHost(9000, 9 * GB, slot)).toBe(4);
        expect(slotsPerHost(9000, 6 * GB, slot)).toBe(3);
        expect(slotsPerHost(6000, 6 * GB, slot)).toBe(3);
    });
    it('with one host failure to tolerate, the cluster tolerates exactly one failure', () => {
        // Total 4 + 3 + 3 = 10 slots; 5 powered-on VMs use 5.
        // Failing the largest host (H1, 4 slots) leaves 6 ≥ 5: one failure is survivable.
        // Failing H1 and H2 (4 + 3) leaves 3 < 5: two are not. So the cluster tolerates 1.
        // Available for further power-ons: 10 − 4 (failover) − 5 (used) = 1.
        const r = slotPolicy(EXAMPLE, 1);
        expect(r.slotsPerHost).toEqual([4, 3, 3]);
        expect(r.totalSlots).toBe(10);
        expect(r.failoverSlots).toBe(4);
        expect(r.usedSlots).toBe(5);
        expect(r.availableSlots).toBe(1);
        expect(r.tolerates).toBe(1);
    });
    it('asking for two host failures reserves 4 + 3 slots and leaves −2 available', () => {
        // 10 − 7 − 5 = −2: the running VMs already break a two-failure policy.
        const r = slotPolicy(EXAMPLE, 2);
        expect(r.failoverSlots).toBe(7);
        expect(r.availableSlots).toBe(-2);
        expect(r.tolerates).toBe(1);
    });
    it('a sixth VM fills the last slot; a seventh would break the one-failure policy', () => {
        const withVms = (extra) => ({
            ...EXAMPLE,
            vmCpuResMhz: [...EXAMPLE.vmCpuResMhz, ...Array(extra).fill(500)],
            vmMemResMiB: [...EXAMPLE.vmMemResMiB, ...Array(extra).fill(512)],
        });
        // 6 VMs: 6 slots remain after H1 fails, 6 ≥ 6. 7 VMs: 6 < 7.
        expect(slotPolicy(withVms(1), 1)).toMatchObject({ availableSlots: 0, tolerates: 1 });
        expect(slotPolicy(withVms(2), 1)).toMatchObject({ availableSlots: -1, tolerates: 0 });
    });
});
describe('slot policy: defaults and edges', () => {
    it('VMs without reservations give the 32 MHz default CPU slot and a 0 MiB memory slot', () => {
        const input = {
            hostCpuMhz: [3200],
            hostMemMiB: [64 * GB],
            vmCpuResMhz: [0, 0],
            vmMemResMiB: [0, 0],
        };
        expect(slotSize(input)).toEqual({ cpuMhz: 32, memMiB: 0 });
        // Memory does not limit a 0 MiB slot: 3200 / 32 = 100 slots.
        expect(slotPolicy(input, 0).slotsPerHost).toEqual([100]);
    });
    it('minSlotCpuMhz and minSlotMemMiB raise the slot floor (e.g. memory overhead)', () => {
        const input = {
            hostCpuMhz: [10_000],
            hostMemMiB: [10 * GB],
            vmCpuResMhz: [0],
            vmMemResMiB: [0],
            minSlotCpuMhz: 100,
            minSlotMemMiB: 256,
        };
        expect(slotSize(input)).toEqual({ cpuMhz: 100, memMiB: 256 });
        // min(10 000 / 100, 10 240 / 256) = min(100, 40) = 40.
        expect(slotPolicy(input, 0).totalSlots).toBe(40);
    });
    it('a cluster with no powered-on VMs tolerates hosts − 1 failures', () => {
        const empty = {
            hostCpuMhz: [4000, 4000, 4000],
            hostMemMiB: [4096, 4096, 4096],
            vmCpuResMhz: [],
            vmMemResMiB: [],
        };
        const r = slotPolicy(empty, 1);
        expect(r.tolerates).toBe(2);
        expect(r.usedSlots).toBe(0);
    });
    it('slotsPerHost rejects a slot that is 0 in both dimensions', () => {
        expect(() => slotsPerHost(1000, 1000, { cpuMhz: 0, memMiB: 0 })).toThrow(RangeError);
    });
    it('slotPolicy rejects host or VM arrays of different lengths', () => {
        expect(() => slotPolicy({ ...EXAMPLE, hostMemMiB: [1024] }, 1)).toThrow(RangeError);
        expect(() => slotPolicy({ ...EXAMPLE, vmMemResMiB: [1024] }, 1)).toThrow(RangeError);
    });
});
describe('percentage policy', () => {
    it('percentForFailures(10, 1) = 10 % (DOMAIN.md: 1 of 10 equal hosts)', () => {
        expect(percentForFailures(10, 1)).toBe(10);
        expect(percentForFailures(4, 1)).toBe(25);
        expect(percentForFailures(3, 5)).toBe(100);
    });
    it('10 equal hosts with 90 % reserved meet a 10 % policy exactly; one more MHz breaks it', () => {
        const cpu = Array(10).fill(10_000);
        const mem = Array(10).fill(64 * GB);
        // (100 000 − 90 000) / 100 000 = 10 % CPU; (655 360 − 327 680) / 655 360 = 50 % memory.
        const pct = percentForFailures(10, 1);
        expect(percentagePolicy(cpu, mem, 90_000, 320 * GB, pct, pct)).toEqual({
            currentCpuFailoverPct: 10,
            currentMemFailoverPct: 50,
            ok: true,
        });
        expect(percentagePolicy(cpu, mem, 90_001, 320 * GB, pct, pct).ok).toBe(false);
    });
    it('memory alone can break the policy', () => {
        const r = percentagePolicy([10_000, 10_000], [8 * GB, 8 * GB], 0, 15 * GB, 25, 25);
        // Memory: (16 − 15) / 16 = 6.25 % < 25 %.
        expect(r.currentCpuFailoverPct).toBe(100);
        expect(r.currentMemFailoverPct).toBe(6.25);
        expect(r.ok).toBe(false);
    });
    it('percentForFailures rejects a cluster without hosts and negative failures', () => {
        expect(() => percentForFailures(0, 1)).toThrow(RangeError);
        expect(() => percentForFailures(4, -1)).toThrow(RangeError);
    });
});
describe('slot policy properties', () => {
    const host = fc.record({
        cpu: fc.integer({ min: 0, max: 64_000 }),
        mem: fc.integer({ min: 0, max: 1024 * GB }),
    });
    const vm = fc.record({
        cpu: fc.integer({ min: 0, max: 8_000 }),
        mem: fc.integer({ min: 0, max: 64 * GB }),
    });
    const toInput = (hosts, vms) => ({
        hostCpuMhz: hosts.map((h) => h.cpu),
        hostMemMiB: hosts.map((h) => h.mem),
        vmCpuResMhz: vms.map((v) => v.cpu),
        vmMemResMiB: vms.map((v) => v.mem),
    });
    const hosts = fc.array(host, { minLength: 1, maxLength: 12 });
    const vms = fc.array(vm, { maxLength: 30 });
    const failures = fc.integer({ min: 0, max: 4 });
    it('adding a host never lowers totalSlots or tolerates', () => {
        fc.assert(fc.property(hosts, vms, host, failures, (hs, vs, extra, f) => {
            const before = slotPolicy(toInput(hs, vs), f);
            const after = slotPolicy(toInput([...hs, extra], vs), f);
            expect(after.totalSlots).toBeGreaterThanOrEqual(before.totalSlots);
            expect(after.tolerates).toBeGreaterThanOrEqual(before.tolerates);
        }));
    });
    it('powering on another VM never raises tolerates (used slots grow, the slot never shrinks)', () => {
        fc.assert(fc.property(hosts, vms, vm, failures, (hs, vs, extra, f) => {
            const before = slotPolicy(toInput(hs, vs), f);
            const after = slotPolicy(toInput(hs, [...vs, extra]), f);
            expect(after.usedSlots).toBe(before.usedSlots + 1);
            expect(after.tolerates).toBeLessThanOrEqual(before.tolerates);
        }));
    });
    it('the policy for 1 ≤ F < hosts failures holds (availableSlots ≥ 0) exactly when tolerates ≥ F', () => {
        // F = 0 is excluded: tolerates bottoms out at 0 even when the VMs outnumber all slots.
        fc.assert(fc.property(hosts, vms, failures, (hs, vs, f) => {
            fc.pre(f >= 1 && f < hs.length);
            const r = slotPolicy(toInput(hs, vs), f);
            expect(r.availableSlots >= 0).toBe(r.tolerates >= f);
            expect(r.failoverSlots + r.availableSlots + r.usedSlots).toBe(r.totalSlots);
            expect(r.tolerates).toBeLessThanOrEqual(hs.length - 1);
        }));
    });
});
//# sourceMappingURL=admission.test.js.map