/**
 * flushAll at a sample skips the memory flush on hosts where reclamation is idle (every memory
 * rate there is zero). The run must write exactly what it wrote when every host was flushed at
 * every sample, on a scenario mixing hosts under memory pressure with idle ones, with a host
 * failure moving VMs between them and guests on idle hosts touching new memory through the day.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Datacenter } from '../../src/model/datacenter.js';
import { publishVmIntegrals } from '../../src/model/integrals.js';
import type { VmArrays } from '../../src/model/world.js';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { scenarioFrom, tempDir } from '../helpers/sim.js';

const skipping = Datacenter.prototype.flushAll;

/** The flushAll before the skip: the memory flush on every host whose memory clock is behind. */
function flushingEveryHost(this: Datacenter, t: number): void {
  const self = this as unknown as {
    world: { hosts: { n: number }; vms: VmArrays };
    memory: { host: { engaged: Uint8Array; memLastT: Float64Array } };
    scratchVm: Int32Array;
    reclaimer: { flush(h: number, vms: Int32Array, n: number, t: number): void };
    flushHost(h: number, t: number): void;
    gatherVms(h: number): number;
    flushVm(v: number, t: number): void;
  };
  for (let h = 0; h < self.world.hosts.n; h++) {
    self.flushHost(h, t);
    if (self.memory.host.engaged[h] !== 0 || self.memory.host.memLastT[h] < t) {
      const n = self.gatherVms(h);
      self.reclaimer.flush(h, self.scratchVm, n, t);
    }
  }
  for (let v = 0; v < self.world.vms.n; v++) {
    self.flushVm(v, t);
    publishVmIntegrals(self.world.vms, v);
  }
}

const host = { name: 'esx', count: 4, sockets: 2, coresPerSocket: 16, mhz: 2400, memoryGiB: 256 };
const scenario = scenarioFrom({
  name: 'flush-skip',
  seed: 11,
  duration: '2d',
  step: '5m',
  templates: { big: { vcpus: 2, memoryGiB: 14, memory: { touchedPct: 90 } }, small: { vcpus: 2, memoryGiB: 16 } },
  clusters: [
    {
      name: 'pressed',
      site: 'dc1',
      placement: { algorithm: 'round-robin', maxVcpuPerCore: 4, maxMemoryOvercommit: 2 },
      hosts: [host],
      vms: [{ name: 'big', count: 80, template: 'big', workload: { type: 'random-walk', start: 0.3, sigma: 0.05 } }],
    },
    {
      name: 'idle',
      site: 'dc1',
      placement: { algorithm: 'round-robin', maxVcpuPerCore: 4, maxMemoryOvercommit: 2 },
      ha: { enabled: true, admissionControl: { policy: 'disabled' } },
      hosts: [host],
      // Active memory swings through the day at random phases: idle hosts engage while guests touch memory.
      vms: [
        {
          name: 'small',
          count: 40,
          template: 'small',
          workload: { type: 'diurnal', low: 0.1, high: 0.5, memory: 0.1, memoryHigh: 0.9, phase: 'random' },
        },
      ],
    },
  ],
  events: [{ at: '20h', type: 'host-failure', host: 'dc1/idle/esx-001', repairAfter: '6h' }],
  outputs: { interval: '1h' },
});

function runWith(flushAll: (this: Datacenter, t: number) => void): string {
  Datacenter.prototype.flushAll = flushAll;
  const dir = join(tempDir('flush-skip'), 'out');
  runToFolder(scenario, { outDir: dir, force: false, wallClock: () => 0, tag: 'test' });
  return dir;
}

afterEach(() => {
  Datacenter.prototype.flushAll = skipping;
});

describe('Datacenter.flushAll', () => {
  it('writes byte-identical outputs whether or not idle hosts are flushed, and does skip some', () => {
    let idleHostSamples = 0;
    let engagedHostSamples = 0;
    const counting = function (this: Datacenter, t: number): void {
      const m = (this as unknown as { memory: { host: { engaged: Uint8Array; memLastT: Float64Array } } }).memory.host;
      for (let h = 0; h < m.engaged.length; h++) {
        if (m.engaged[h] !== 0) engagedHostSamples++;
        else if (m.memLastT[h] < t) idleHostSamples++;
      }
      skipping.call(this, t);
    };
    const a = runWith(flushingEveryHost);
    const b = runWith(counting);
    expect(idleHostSamples).toBeGreaterThan(0);
    expect(engagedHostSamples).toBeGreaterThan(0);
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    expect(files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))).toEqual([]);
  });
});
