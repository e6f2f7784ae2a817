/**
 * Compression costs the host CPU while it happens, and only then (DOMAIN.md: compression and
 * decompression cost host CPU; lz4 ≈ 1.7 µs per page).
 */
import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/engine/index.js';
import { buildWorld } from '../../../src/model/build.js';
import { Datacenter } from '../../../src/model/datacenter.js';
import { parseScenarioText } from '../../../src/scenario/index.js';

const TEXT = `
name: zip
duration: 6h
templates:
  big: { vcpus: 2, memoryGiB: 8, memory: { touchedPct: 100, compressiblePct: 100, touchSeconds: 600 } }
clusters:
  - name: c
    placement: { maxMemoryOvercommit: 2 }
    hosts:
      - { count: 1, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 32, hypervisor: { memory: { balloon: { enabled: false } } } }
    vms:
      - { name: v, count: 5, template: big, workload: { type: constant, cpu: 0.1, memory: 0.05 } }
`;

describe('compression CPU', () => {
  it('is taken from the host while pages are being compressed, and drops to 0 once reclamation settles', () => {
    const { world, workload, memory } = buildWorld(parseScenarioText(TEXT, 'zip.yaml', '.'));
    const k = new Kernel();
    const dc = new Datacenter(world, workload, memory, k, []);
    dc.start();
    let peak = 0;
    for (let t = 5_000; t <= 10 * 60_000; t += 5_000) {
      k.runUntil(t);
      peak = Math.max(peak, memory.host.compressionMhz[0]);
    }
    expect(memory.vm.compressedMiB.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(peak).toBeGreaterThan(0);
    k.runUntil(6 * 3_600_000);
    // Settled: nothing is compressed any more (cold pages stay compressed), so no CPU goes to it.
    expect(memory.host.compressionMhz[0]).toBe(0);
  });
});
