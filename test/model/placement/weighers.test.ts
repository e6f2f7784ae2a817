/**
 * The filter scheduler ('filter-weigher', src/model/placement/weighers.ts and filters.ts) with
 * OpenStack Nova's semantics: raw weights normalised to 0..1 over the hosts that passed the
 * filters (nova/weights.py normalize; RAMWeigher and CPUWeigher with minval 0), times the
 * multiplier, summed. Every expectation below is computed by hand in its comment.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../src/model/build.js';
import { attachVm, placeInitial } from '../../../src/model/placement/initial.js';
import { chooseHost } from '../../../src/model/placement/choose.js';
import { PURPOSE_POWER_ON } from '../../../src/model/placement/filters.js';
import { normalize } from '../../../src/model/placement/weighers.js';
import { scenarioFrom } from '../../helpers/sim.js';

const WL = { type: 'constant', cpu: 0.1 };

function spec(hosts: Array<{ cores: number; memoryGiB: number; count?: number }>, vms: Array<Record<string, unknown>>, placement: Record<string, unknown>, rules: unknown[] = []) {
  return {
    name: 't',
    seed: 1,
    start: '2026-03-02T00:00:00Z',
    duration: '1h',
    step: '5m',
    templates: { small: { vcpus: 1, memoryGiB: 4 }, wide: { vcpus: 2, memoryGiB: 40 } },
    clusters: [
      {
        name: 'c1',
        placement,
        rules,
        hosts: hosts.map((h, i) => ({ name: `h${i}`, count: h.count ?? 1, sockets: 1, coresPerSocket: h.cores, mhz: 1000, memoryGiB: h.memoryGiB, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 300 } })),
        vms,
      },
    ],
  };
}

/** Host index each VM went to (-1 unplaced). */
function hostsOf(s: ReturnType<typeof spec>) {
  const { world } = buildWorld(scenarioFrom(s));
  const out = placeInitial(world);
  return { hosts: Array.from(world.vms.host), out };
}

// Host a: 4 cores, 32 GiB; host b: 16 cores, 48 GiB; both empty; the VM asks 1 vCPU, 4 GiB.
// RAMWeigher (minval 0): 32768 / 49152 = 0.667 for a, 1 for b.
// CoreRamWeigher (min..max of the list): 8192 MiB/core for a → 1, 3072 for b → 0.
// CPUWeigher (ratio 4, minval 0): 16 free vCPUs for a → 0.25, 64 for b → 1.
const TWO = [{ cores: 4, memoryGiB: 32 }, { cores: 16, memoryGiB: 48 }];
const ONE_VM = [{ name: 'v', count: 1, template: 'small', workload: WL }];
const nova = (weighers: unknown[], extra: Record<string, unknown> = {}) => ({ algorithm: 'filter-weigher', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5, filterScheduler: { weighers, ...extra } });

describe('nova normalize', () => {
  it('maps the list onto 0..1 from its min and max, or from the given minval; all equal gives all 0', () => {
    const out = new Float64Array(3);
    normalize(Float64Array.of(2, 4, 6), 3, null, null, out);
    expect(Array.from(out)).toEqual([0, 0.5, 1]);
    normalize(Float64Array.of(2, 4, 6), 3, 0, null, out);
    expect(Array.from(out)).toEqual([2 / 6, 4 / 6, 1]);
    normalize(Float64Array.of(5, 5, 5), 3, null, null, out);
    expect(Array.from(out)).toEqual([0, 0, 0]);
  });
});

describe('filter-weigher placement', () => {
  it('RAMWeigher alone spreads onto the host with most free memory (b)', () => {
    expect(hostsOf(spec(TWO, ONE_VM, nova([{ weigher: 'RAMWeigher', multiplier: 1 }]))).hosts).toEqual([1]);
  });

  it('RAM 1 + CoreRam 1: a scores 0.667 + 1 = 1.667, b 1 + 0 = 1: a', () => {
    expect(hostsOf(spec(TWO, ONE_VM, nova([{ weigher: 'RAMWeigher', multiplier: 1 }, { weigher: 'CoreRamWeigher', multiplier: 1 }]))).hosts).toEqual([0]);
  });

  it("RAM 2 + CoreRam 1 gives a (2.333 vs 2) only because RAMWeigher's minval is 0 (from the list min it would be 1 vs 2)", () => {
    expect(hostsOf(spec(TWO, ONE_VM, nova([{ weigher: 'RAMWeigher', multiplier: 2 }, { weigher: 'CoreRamWeigher', multiplier: 1 }]))).hosts).toEqual([0]);
  });

  it('RAM 3 + CoreRam 1 ties at 3 (lowest host: a); RAM 4 + CoreRam 1: b (4 vs 3.667)', () => {
    expect(hostsOf(spec(TWO, ONE_VM, nova([{ weigher: 'RAMWeigher', multiplier: 3 }, { weigher: 'CoreRamWeigher', multiplier: 1 }]))).hosts).toEqual([0]);
    expect(hostsOf(spec(TWO, ONE_VM, nova([{ weigher: 'RAMWeigher', multiplier: 4 }, { weigher: 'CoreRamWeigher', multiplier: 1 }]))).hosts).toEqual([1]);
  });

  it('RAM 1 + CPU 1: a 0.667 + 0.25 = 0.917, b 2: b; CPU −1 alone stacks onto a (−0.25 vs −1)', () => {
    expect(hostsOf(spec(TWO, ONE_VM, nova([{ weigher: 'RAMWeigher' }, { weigher: 'CPUWeigher' }]))).hosts).toEqual([1]);
    expect(hostsOf(spec(TWO, ONE_VM, nova([{ weigher: 'CPUWeigher', multiplier: -1 }]))).hosts).toEqual([0]);
  });

  it('NumInstancesWeigher −1 spreads 4 VMs over 3 equal hosts as 0,1,2,0; +1 stacks them on host 0', () => {
    const three = [{ cores: 8, memoryGiB: 64, count: 3 }];
    const four = [{ name: 'v', count: 4, template: 'small', workload: WL }];
    // −1: all at 0 instances tie (all 0) → host 0; then host 0 has 1 (norm 1, score −1) → host 1; then → host 2; all 1 → host 0.
    expect(hostsOf(spec(three, four, nova([{ weigher: 'NumInstancesWeigher', multiplier: -1 }]))).hosts).toEqual([0, 1, 2, 0]);
    expect(hostsOf(spec(three, four, nova([{ weigher: 'NumInstancesWeigher', multiplier: 1 }]))).hosts).toEqual([0, 0, 0, 0]);
  });

  it('normalises over the hosts that passed the filters only', () => {
    // Hosts (cores, GiB): h0 (8, 32), h1 (8, 64), h2 (2, 64), 1 vCPU per core. Already there:
    // two small VMs on h2 (full: CoreFilter refuses it), one on h1. The fourth VM (small):
    // candidates h0, h1. RAMWeigher 1 (minval 0): 32768 / 61440 = 0.533 and 1.
    // NumInstancesWeigher −0.8 over the candidates (0 and 1 instance): 0 and 1 → h0 0.533, h1 0.2: h0.
    // Had h2 (2 instances) been in the normalisation, h1 would get 0.5 → 1 − 0.4 = 0.6 and win.
    const hosts = [{ cores: 8, memoryGiB: 32 }, { cores: 8, memoryGiB: 64 }, { cores: 2, memoryGiB: 64 }];
    const s = spec(hosts, [{ name: 'v', count: 4, template: 'small', workload: WL }], {
      ...nova([{ weigher: 'RAMWeigher', multiplier: 1 }, { weigher: 'NumInstancesWeigher', multiplier: -0.8 }]),
      maxVcpuPerCore: 1,
    });
    const { world } = buildWorld(scenarioFrom(s));
    attachVm(world, 0, 2);
    attachVm(world, 1, 2);
    attachVm(world, 2, 1);
    expect(chooseHost(world, 3, PURPOSE_POWER_ON).host).toBe(0);
  });

  it('RamFilter refuses a VM larger than the host whatever the ratio ("overcommit against itself"); without RamFilter it is placed', () => {
    const small = [{ cores: 8, memoryGiB: 32 }];
    const wide = [{ name: 'w', count: 1, template: 'wide', workload: WL }];
    // 40 GiB on a 32 GiB host: within the 1.5 ratio (48 GiB) but more than the host.
    const refused = hostsOf(spec(small, wide, nova([{ weigher: 'RAMWeigher' }])));
    expect(refused.hosts).toEqual([-1]);
    expect(refused.out.unplaced[0]?.reason).toBe('no host fits: 1 host: VM has more memory than the host (RamFilter)');
    expect(hostsOf(spec(small, wide, nova([{ weigher: 'RAMWeigher' }], { filters: ['ComputeFilter', 'CoreFilter'] }))).hosts).toEqual([0]);
  });

  it('CoreFilter applies cores × cpu_allocation_ratio; without it the vCPU cap is not checked', () => {
    // 2 cores at ratio 1: two 1-vCPU VMs fit, the third does not.
    const tiny = [{ cores: 2, memoryGiB: 64 }];
    const three = [{ name: 'v', count: 3, template: 'small', workload: WL }];
    const p = { ...nova([{ weigher: 'RAMWeigher' }]), maxVcpuPerCore: 1 };
    expect(hostsOf(spec(tiny, three, p)).hosts).toEqual([0, 0, -1]);
    expect(hostsOf(spec(tiny, three, { ...p, filterScheduler: { filters: ['ComputeFilter', 'RamFilter'] } })).hosts).toEqual([0, 0, 0]);
  });

  it('ServerGroupAntiAffinityFilter keeps the group apart; a rule without its filter is a located error', () => {
    const three = [{ cores: 8, memoryGiB: 64, count: 3 }];
    const vms = [{ name: 'web', count: 3, template: 'small', workload: WL }];
    const rules = [{ name: 'apart', type: 'anti-affinity', vms: ['web'] }];
    // RAMWeigher −1 would stack; anti-affinity spreads them.
    expect(hostsOf(spec(three, vms, nova([{ weigher: 'RAMWeigher', multiplier: -1 }]), rules)).hosts).toEqual([0, 1, 2]);
    expect(() => scenarioFrom(spec(three, vms, nova([{ weigher: 'RAMWeigher' }], { filters: ['ComputeFilter'] }), rules))).toThrow(
      /clusters\[0\]\.rules\[0\].*anti-affinity rule apart would not be enforced: expected ServerGroupAntiAffinityFilter/s,
    );
  });

  it('filterScheduler with another algorithm is a located error', () => {
    expect(() => scenarioFrom(spec(TWO, ONE_VM, { algorithm: 'spread', filterScheduler: {} }))).toThrow(/clusters\[0\]\.placement\.filterScheduler.*only with algorithm filter-weigher/s);
  });
});
