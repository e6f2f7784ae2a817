/**
 * Initial placement (DOMAIN.md "Placement and balancing": first-fit, best-fit, spread, with
 * vCPU:pCPU and memory overcommit caps as OpenDC's Nova-style `allocationRatio` filters).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/model/build.js';
import { placeInitial, REJECT_REASONS } from '../../src/model/placement/initial.js';
import type { World } from '../../src/model/world.js';
import { simulate } from '../../src/run/simulate.js';
import { clusterScenario, scenarioFrom, vmsOnHost, type OneHostOptions } from '../helpers/sim.js';

const TEMPLATES = { two: { vcpus: 2, memoryGiB: 1 }, wide: { vcpus: 16, memoryGiB: 1 }, big: { vcpus: 1, memoryGiB: 48 } };

/** Places `count` VMs of `template` on identical hosts; returns the host index of each VM. */
function place(count: number, template: string, o: OneHostOptions): { world: World; hosts: number[]; unplaced: Array<{ vm: number; reason: string }> } {
  const s = clusterScenario(TEMPLATES, [{ name: 'vm', count, template, workload: { type: 'constant', cpu: 0.1 } }], o);
  const { world } = buildWorld(s);
  const out = placeInitial(world);
  return { world, hosts: Array.from(world.vms.host), unplaced: [...out.unplaced] };
}

describe('placeInitial algorithms', () => {
  it('first-fit fills host 1 before host 2: 3 VMs × 2 vCPUs on 4-core hosts capped 1:1 go 0, 0, 1', () => {
    // Cap 1 vCPU per core × 4 cores = 4 vCPUs per host = two VMs.
    const { hosts } = place(3, 'two', { hosts: 2, cores: 4, maxVcpuPerCore: 1, algorithm: 'first-fit' });
    expect(hosts).toEqual([0, 0, 1]);
  });

  it('spread puts 4 VMs on 4 identical hosts one each, and a 5th on the lowest host index', () => {
    const { hosts } = place(5, 'two', { hosts: 4, cores: 8, algorithm: 'spread' });
    expect(hosts).toEqual([0, 1, 2, 3, 0]);
  });

  it('spread keeps identical hosts within one VM of each other for 23 VMs on 5 hosts', () => {
    const { world } = place(23, 'two', { hosts: 5, cores: 16, algorithm: 'spread' });
    const counts = Array.from(world.hosts.vmCount);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(23);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('round-robin alternates: 6 VMs on 3 hosts go 0, 1, 2, 0, 1, 2', () => {
    const { hosts } = place(6, 'two', { hosts: 3, cores: 8, algorithm: 'round-robin' });
    expect(hosts).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('round-robin skips a full host and carries on after the host it used', () => {
    // 2 cores, cap 1 → one 2-vCPU VM per host. 3 hosts take 3 VMs; the 4th fits nowhere.
    const { hosts, unplaced } = place(4, 'two', { hosts: 3, cores: 2, maxVcpuPerCore: 1, algorithm: 'round-robin' });
    expect(hosts).toEqual([0, 1, 2, -1]);
    expect(unplaced.map((u) => u.vm)).toEqual([3]);
  });

  it('best-fit packs the host with the least room left (the 4-core host) while first-fit starts on the 8-core one', () => {
    // Hosts in order: 8 cores, then 4 cores; cap 1 vCPU/core; memory is plentiful. A 2-vCPU VM
    // leaves (8−2)/8 = 0.75 of the big host and (4−2)/4 = 0.5 of the small one: best-fit takes
    // the small host, then (4−4)/4 = 0 again the small one; the third goes to the big host.
    const spec = (algorithm: string): Record<string, unknown> => ({
      name: 't',
      duration: '1h',
      templates: TEMPLATES,
      clusters: [
        {
          name: 'c1',
          placement: { algorithm, maxVcpuPerCore: 1, maxMemoryOvercommit: 1.5 },
          hosts: [
            { name: 'big', count: 1, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 256 },
            { name: 'small', count: 1, sockets: 1, coresPerSocket: 4, mhz: 1000, memoryGiB: 256 },
          ],
          vms: [{ name: 'vm', count: 3, template: 'two', workload: { type: 'constant', cpu: 0.1 } }],
        },
      ],
    });
    const best = buildWorld(scenarioFrom(spec('best-fit'))).world;
    placeInitial(best);
    expect(Array.from(best.vms.host)).toEqual([1, 1, 0]);
    const first = buildWorld(scenarioFrom(spec('first-fit'))).world;
    placeInitial(first);
    expect(Array.from(first.vms.host)).toEqual([0, 0, 0]);
  });
});

describe('placeInitial caps and unplaceable VMs', () => {
  it('respects the vCPU:pCPU cap: 4 cores × cap 2 take four 2-vCPU VMs, the 5th is unplaceable with the cap named', () => {
    const { world, hosts, unplaced } = place(5, 'two', { hosts: 1, cores: 4, maxVcpuPerCore: 2 });
    expect(hosts).toEqual([0, 0, 0, 0, -1]);
    expect(world.hosts.vcpus[0]).toBe(8);
    expect(unplaced).toEqual([{ vm: 4, reason: 'no host fits: 1 host: vCPU:pCPU cap (2)' }]);
  });

  it('respects the memory overcommit cap: 64 GiB × 1.0 takes one 48 GiB VM, not two', () => {
    const { hosts, unplaced } = place(2, 'big', { hosts: 1, memoryGiB: 64, maxMemoryOvercommit: 1 });
    expect(hosts).toEqual([0, -1]);
    expect(unplaced).toEqual([{ vm: 1, reason: 'no host fits: 1 host: memory overcommit cap (1)' }]);
  });

  it('reports a VM wider than any host as unplaceable "more vCPUs than the host has cores", counting the hosts', () => {
    const { hosts, unplaced } = place(1, 'wide', { hosts: 3, cores: 8, maxVcpuPerCore: null });
    expect(hosts).toEqual([-1]);
    expect(unplaced).toHaveLength(1);
    expect(unplaced[0]!.reason).toBe(`no host fits: 3 hosts: ${REJECT_REASONS[0]}`);
    expect(unplaced[0]!.reason).toContain('more vCPUs than the host has cores');
  });

  it('names CPU reservations that exceed usable capacity (8 × 1000 MHz, two 6000 MHz reservations)', () => {
    const s = clusterScenario(
      { res: { vcpus: 2, memoryGiB: 1, cpu: { reservationMHz: 6000 } } },
      [{ name: 'r', count: 2, template: 'res', workload: { type: 'constant', cpu: 0.1 } }],
      { hosts: 1, cores: 8, mhz: 1000 },
    );
    const { world } = buildWorld(s);
    const out = placeInitial(world);
    expect(out.unplaced).toEqual([{ vm: 1, reason: 'no host fits: 1 host: CPU reservations exceed usable capacity' }]);
  });

  it("reservationWithinVcpus refuses a reservation above the VM's vCPUs × core MHz though the host's total fits: 2500 MHz on 1 vCPU skips 2 × 1860 MHz for 2 × 2660 MHz", () => {
    const spec = (reservationWithinVcpus: boolean) => ({
      name: 'width',
      seed: 1,
      start: '2026-03-02T00:00:00Z',
      duration: '1h',
      step: '5m',
      templates: { big: { vcpus: 1, memoryGiB: 1, cpu: { reservationMHz: 2500 } }, small: { vcpus: 1, memoryGiB: 1, cpu: { reservationMHz: 1860 } } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit', reservationWithinVcpus },
          hosts: [
            { name: 'g4', count: 1, sockets: 1, coresPerSocket: 2, mhz: 1860, memoryGiB: 4, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 86, maxW: 117 } },
            { name: 'g5', count: 1, sockets: 1, coresPerSocket: 2, mhz: 2660, memoryGiB: 4, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 94, maxW: 135 } },
          ],
          vms: [
            { name: 'b', count: 3, template: 'big', workload: { type: 'constant', cpu: 0.1 } },
            { name: 's', count: 1, template: 'small', workload: { type: 'constant', cpu: 0.1 } },
          ],
        },
      ],
    });
    const { world } = buildWorld(scenarioFrom(spec(true)));
    const out = placeInitial(world);
    // Two 2500 MHz VMs fill the G5 (5000 of 5320 MHz); the third fits nowhere; 1860 MHz goes on the G4.
    expect(Array.from(world.vms.host)).toEqual([1, 1, -1, 0]);
    expect(out.unplaced).toEqual([
      { vm: 2, reason: `no host fits: 1 host: CPU reservations exceed usable capacity; 1 host: ${REJECT_REASONS[11]}` },
    ]);
    // Without it (the default) the G4's 3720 MHz in total take the first 2500 MHz VM.
    const loose = buildWorld(scenarioFrom(spec(false))).world;
    placeInitial(loose);
    expect(loose.vms.host[0]).toBe(0);
  });

  it('lets an over-subscribed run continue: simulate returns, the headline counts 2 unplaceable VMs and names them', () => {
    // 2 hosts × 4 cores, cap 1 → 4 VMs of 2 vCPUs fit, 6 asked.
    const s = clusterScenario(
      TEMPLATES,
      [{ name: 'vm', count: 6, template: 'two', workload: { type: 'constant', cpu: 0.5 } }],
      { hosts: 2, cores: 4, maxVcpuPerCore: 1, duration: '2h' },
    );
    const r = simulate(s);
    expect(r.headline.vms).toBe(6);
    expect(r.headline.vmsPlaced).toBe(4);
    expect(r.headline.vmsUnplaceable).toBe(2);
    expect(r.placement.unplaced.map((u) => r.world.vms.ids[u.vm])).toEqual(['dc1/c1/vm-005', 'dc1/c1/vm-006']);
    for (const u of r.placement.unplaced) expect(u.reason).toBe('no host fits: 2 hosts: vCPU:pCPU cap (1)');
    // The placed VMs ran for the whole 2 h; the unplaced ones accumulated nothing.
    expect(Array.from(r.world.vms.placedMs)).toEqual([7_200_000, 7_200_000, 7_200_000, 7_200_000, 0, 0]);
    expect(r.world.vms.wantInt[4]).toBe(0);
  });
});

describe('placeInitial bookkeeping', () => {
  it('links every placed VM exactly once into the list of the host its `host` field names', () => {
    const { world } = place(7, 'two', { hosts: 3, cores: 4, maxVcpuPerCore: 1 });
    // 3 hosts × 2 VMs = 6 placed, 1 unplaced.
    const seen = new Map<number, number>();
    for (let h = 0; h < world.hosts.n; h++) {
      const list = vmsOnHost(world, h);
      expect(list).toHaveLength(world.hosts.vmCount[h]!);
      for (const v of list) {
        expect(seen.has(v)).toBe(false);
        seen.set(v, h);
        expect(world.vms.host[v]).toBe(h);
      }
    }
    expect(seen.size).toBe(6);
    expect(world.vms.host[6]).toBe(-1);
  });

  it('puts the newest VM first in each host list, as attachVm documents', () => {
    // first-fit, cap 1 on 4 cores: VMs 0 and 1 on host 0, VMs 2 and 3 on host 1.
    const { world } = place(4, 'two', { hosts: 2, cores: 4, maxVcpuPerCore: 1 });
    expect(vmsOnHost(world, 0)).toEqual([1, 0]);
    expect(vmsOnHost(world, 1)).toEqual([3, 2]);
  });

  it('sets capMhz to vCPUs × the host core MHz and sums vCPUs and memory on the host', () => {
    const { world } = place(2, 'two', { hosts: 1, cores: 8, mhz: 2600 });
    expect(Array.from(world.vms.capMhz)).toEqual([5200, 5200]);
    expect(world.hosts.vcpus[0]).toBe(4);
    expect(world.hosts.configuredMiB[0]).toBe(2048);
  });
});
