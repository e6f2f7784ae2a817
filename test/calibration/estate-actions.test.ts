/**
 * dcsim import kvm (calibration/estate.ts) on a trace with operator actions (operator-capture.ts):
 * a domain's size is the one it ends the trace with, and every action is named in the header.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kvmEstateScenario } from '../../src/calibration/estate.js';
import { importTrace } from '../../src/calibration/import/index.js';
import { operatorCapture } from './operator-capture.js';

describe('kvmEstateScenario with operator actions', () => {
  const out = kvmEstateScenario([importTrace(operatorCapture())], 'est', 'kvm');

  it('sizes vm-onoff with the 2 vCPUs it ends with (vcpu.current 1 → 2 at 30 s)', () => {
    const doc = parse(out.text) as { templates: Record<string, { vcpus: number; memoryGiB: number }> };
    expect(Object.entries(doc.templates).map(([k, t]) => [k, t.vcpus, t.memoryGiB])).toEqual([
      ['vm-1c-0.13g', 1, 0.125],
      ['vm-2c-0.25g', 2, 0.25],
    ]);
  });

  it('names every action in the header, as not replayed there', () => {
    const header = out.text.split('\n').find((l) => l.startsWith('# Operator actions'));
    expect(header).toBe(
      "# Operator actions in the traces, not replayed here (sizes are those after them; dcsim replay replays them at their times): host/vm-idle 'setmem vm-idle 98304 KiB --live' at 10.9 s, host/vm-onoff 'shutdown vm-onoff' at 17.0 s, host/vm-onoff 'start vm-onoff' at 25.0 s, host/vm-idle 'setmem vm-idle 131072 KiB --live' at 26.9 s, host/vm-onoff 'vcpu.current 1 → 2' at 30.0 s, host/vm-idle 'migrate --live vm-idle qemu+ssh://kvm-02/system' at 36.5 s.",
    );
  });
});
