/**
 * The setmem validation cases (src/validation/capture-setmem.ts): the two commands of
 * scripts/capture.sh replayed on capture-calib's vm-idle reach what FIELDS.md says libvirt reported
 * (balloon.current 98304 KiB, then 131072 KiB), and they can because the guest's idle memory
 * covers the balloon. Figures read from capture-calib/domstats-groups.txt (vm-idle, first sample; domstats-all.txt has the same):
 * balloon.maximum 131072, balloon.rss 170788, balloon.available 81900, balloon.usable 58384 KiB.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTrace } from '../../src/calibration/import/index.js';
import { setmemFigures } from '../../src/validation/capture-setmem.js';
import { captureSetmemLowered, captureSetmemRestored } from '../../src/validation/cases/capture-setmem.js';

const DATA = resolve(process.cwd(), '../shared/data');

describe.skipIf(!existsSync(DATA))('setmem replayed on capture-calib vm-idle', () => {
  it('the guest can give 32 MiB: 128 MiB touched (RSS 170788 KiB ≥ 131072), 23516 KiB active (81900 − 58384), 105.04 MiB idle', () => {
    const vm = importTrace(resolve(DATA, 'kvm/libvirt-qemu/capture-calib')).hosts[0]!.vms.find((v) => v.name === 'vm-idle')!;
    expect(vm.memoryMiB).toBe(131072 / 1024);
    expect(vm.rssMiB.v[0]).toBe(170788 / 1024);
    expect(vm.guestUsedMiB.v[0]).toBe((81900 - 58384) / 1024);
    expect(128 - (81900 - 58384) / 1024).toBeGreaterThan((131072 - 98304) / 1024);
  });

  it('its memory while 98304 KiB is the target is 96 MiB, and 128 MiB once 131072 KiB is', () => {
    const f = setmemFigures(DATA);
    expect(f.loweredMiB).toBeCloseTo(96, 9);
    expect(f.restoredMiB).toBeCloseTo(128, 9);
  });

  it('the cases pin a tolerance of 0.5 % against FIELDS.md', () => {
    expect(captureSetmemLowered.run(DATA)).toEqual({ dcsim: setmemFigures(DATA).loweredMiB, reference: 96 });
    expect(captureSetmemRestored.run(DATA)).toEqual({ dcsim: setmemFigures(DATA).restoredMiB, reference: 128 });
    expect([captureSetmemLowered.tolerancePct, captureSetmemRestored.tolerancePct]).toEqual([0.5, 0.5]);
  });
});
