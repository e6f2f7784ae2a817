/** The capture folder of shared/data/kvm/libvirt-qemu/capture-calib: domstats joined with the host files by seq. */
import { describe, expect, it } from 'vitest';
import { importTrace } from '../../src/calibration/import/index.js';
import { PAGE_MIB } from '../../src/calibration/units.js';
import { CAPTURE, HAS_CAPTURE, meanRate } from './helpers.js';

describe('importTrace(capture folder)', () => {
  it.skipIf(!HAS_CAPTURE)('reads the host: 2 CPUs from the /proc/stat tick rate, MemTotal, KSM tunables and pages', () => {
    const t = importTrace(CAPTURE);
    expect(t.format).toBe('capture-dir');
    const h = t.hosts[0]!;
    expect(h.info.cpus).toBe(2);
    expect(h.info.memoryMiB).toBe(24683620 / 1024);
    expect(h.info.notes.join()).toMatch(/inferred from the \/proc\/stat tick rate/);
    expect(h.settings).toMatchObject({ ksmRun: 1, ksmPagesToScan: 100, ksmSleepMs: 20 });
    expect(h.ksmPagesSharing.v[0]).toBe(13684);
    expect(h.ksmPagesShared.v[0]).toBe(5950);
    expect(h.ksmPagesSharing.t[0]).toBe(1795766221373 - 1795766221550); // host files were read before domstats-groups
    expect(h.swapUsedMiB.v[0]).toBe(0);
    expect(h.memAvailableMiB.v[0]).toBe(23896684 / 1024);
    expect(t.notes.join()).toMatch(/host-vmstat.txt not in the capture folder/);
  });

  it.skipIf(!HAS_CAPTURE)('host CPU busy from the first two /proc/stat lines: 418 of 419 ticks', () => {
    const h = importTrace(CAPTURE).hosts[0]!;
    // cpu 192144 2 44952 62653 1224 0 458 0 → 192510 2 45004 62654 1224 0 458 0
    expect(h.cpuBusyPct.v[0]).toBeCloseTo((418 / 419) * 100, 10);
    expect(h.stealPct.v[0]).toBe(0);
    expect(h.cpuBusyPct.v.length).toBe(45);
  });

  it.skipIf(!HAS_CAPTURE)('KSM saved ≈ 53.4 MiB at the start (13,684 pages_sharing × 4 KiB)', () => {
    const h = importTrace(CAPTURE).hosts[0]!;
    expect(h.ksmPagesSharing.v[0]! * PAGE_MIB).toBeCloseTo(53.453, 3);
  });

  it.skipIf(!HAS_CAPTURE)('VM rates from domstats-groups.txt agree with domstats-all.txt within 1 %', () => {
    const groups = importTrace(CAPTURE).hosts[0]!.vms.find((v) => v.name === 'vm-busy')!;
    expect(meanRate(groups.cpuCores)).toBeGreaterThan(0.89);
    expect(meanRate(groups.cpuCores)).toBeLessThan(0.912);
    expect(groups.vcpus).toBe(2);
    expect(groups.memoryMiB).toBe(256);
    expect(groups.rssMiB.v[0]).toBe(195816 / 1024);
  });
});
