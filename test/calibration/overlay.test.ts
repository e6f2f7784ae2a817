/** Overlays: parsed with every problem, merged into KVM host groups and every template, applied to shipped scenarios. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverlay, deepMerge, OverlayError, parseOverlay, rebaseTracePaths } from '../../src/calibration/overlay.js';
import { loadScenario } from '../../src/scenario/index.js';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';

const OVERLAY = `dcsimOverlay: 1
hostGroups:
  hypervisor:
    cpuOverheadPct: 4.5
    memory: { ksm: { enabled: true, pagesToScan: 250, sleepMs: 1000 } }
templates:
  memory: { sharing: { zeroPct: 7 } }
`;

describe('parseOverlay', () => {
  it('reads the overlay format', () => {
    expect(parseOverlay(OVERLAY, 'o.yaml')).toEqual({
      dcsimOverlay: 1,
      hostGroups: { hypervisor: { cpuOverheadPct: 4.5, memory: { ksm: { enabled: true, pagesToScan: 250, sleepMs: 1000 } } } },
      templates: { memory: { sharing: { zeroPct: 7 } } },
    });
  });

  it('names every problem with its path', () => {
    expect(() => parseOverlay('dcsimOverlay: 2\nhosts: {}\n', 'o.yaml')).toThrow(OverlayError);
    try {
      parseOverlay('dcsimOverlay: 2\nhosts: {}\n', 'o.yaml');
    } catch (err) {
      expect((err as Error).message).toMatch(/o\.yaml: dcsimOverlay: /);
      expect((err as Error).message).toMatch(/o\.yaml: \(top\): Unrecognized key: "hosts"/);
    }
  });
});

describe('applyOverlay', () => {
  const spec = {
    templates: { a: { vcpus: 1, memory: { sharing: { zeroPct: 1, intraPct: 2 } } }, b: { vcpus: 2 } },
    clusters: [{ hosts: [{ name: 'esx', hypervisor: { flavour: 'esxi' } }, { name: 'kvm', hypervisor: { flavour: 'kvm', cpuOverheadPct: 1, memory: { zswap: { enabled: true } } } }] }],
  };

  it('merges host-group settings into KVM host groups only, and template settings into every template', () => {
    const out = applyOverlay(spec, parseOverlay(OVERLAY, 'o.yaml')) as typeof spec;
    const [esx, kvm] = out.clusters[0]!.hosts as unknown as Record<string, Record<string, unknown>>[];
    expect(esx!.hypervisor).toEqual({ flavour: 'esxi' });
    expect(kvm!.hypervisor).toEqual({ flavour: 'kvm', cpuOverheadPct: 4.5, memory: { zswap: { enabled: true }, ksm: { enabled: true, pagesToScan: 250, sleepMs: 1000 } } });
    expect(out.templates.a.memory).toEqual({ sharing: { zeroPct: 7, intraPct: 2 } });
    expect(out.templates.b).toEqual({ vcpus: 2, memory: { sharing: { zeroPct: 7 } } });
    expect(spec.templates.a.memory.sharing.zeroPct).toBe(1); // the input is not changed
  });

  it('refuses host-group settings for a scenario without KVM hosts', () => {
    expect(() => applyOverlay({ clusters: [{ hosts: [{ hypervisor: { flavour: 'esxi' } }] }] }, parseOverlay(OVERLAY, 'o.yaml'))).toThrow(/no host group with hypervisor.flavour: kvm/);
  });

  it('deepMerge replaces lists and values, merges mappings', () => {
    expect(deepMerge({ a: [1, 2], b: { c: 1, d: 2 } }, { a: [3], b: { d: 5 } })).toEqual({ a: [3], b: { c: 1, d: 5 } });
  });

  it('rebaseTracePaths keeps trace files reachable from another folder', () => {
    const out = rebaseTracePaths({ clusters: [{ vms: [{ workload: { type: 'trace', path: 'traces/x' } }] }] }, '/a/scenarios', '/a/out') as { clusters: { vms: { workload: { path: string } }[] }[] };
    expect(out.clusters[0]!.vms[0]!.workload.path).toBe('../scenarios/traces/x');
  });
});

describe('dcsim overlay', () => {
  it('writes scenarios/kvm-ksm.yaml with the overlay applied as a scenario that loads, merge keys resolved', async () => {
    const dir = tempDir('overlay');
    writeFileSync(join(dir, 'o.yaml'), OVERLAY);
    const r = await runCli(['overlay', join(SCENARIOS_DIR, 'kvm-ksm.yaml'), 'o.yaml', '--out', 'k.yaml'], dir);
    expect(r.code).toBe(0);
    const s = loadScenario(join(dir, 'k.yaml'));
    for (const c of s.spec.clusters) {
      expect(c.hosts[0]!.hypervisor.cpuOverheadPct).toBe(4.5);
      expect(c.hosts[0]!.hypervisor.memory.ksm).toEqual({ enabled: true, pagesToScan: 250, sleepMs: 1000, maxPageSharing: 256, initialPagesSharing: 0 });
      expect(c.hosts[0]!.hypervisor.memory.zswap.enabled).toBe(true);
    }
    expect(s.spec.templates['linux-vm']!.memory.sharing).toEqual({ zeroPct: 7, intraPct: 3, interPct: 25 });
    expect(readFileSync(join(dir, 'k.yaml'), 'utf8')).toMatch(/^# .*kvm-ksm.yaml with the overlay o.yaml applied/);
    expect((await runCli(['overlay', join(SCENARIOS_DIR, 'kvm-ksm.yaml'), 'o.yaml', '--out', 'k.yaml'], dir)).code).toBe(4);
  });

  it('moves trace paths so a PlanetLab scenario written elsewhere still finds its traces', async () => {
    const dir = tempDir('overlay-pl');
    writeFileSync(join(dir, 'o.yaml'), 'dcsimOverlay: 1\ntemplates:\n  memory: { touchedPct: 50 }\n');
    const r = await runCli(['overlay', join(SCENARIOS_DIR, 'planetlab.yaml'), 'o.yaml', '--out', 'pl.yaml'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(loadScenario(join(dir, 'pl.yaml')).traces.size).toBeGreaterThan(0);
  });

  it('exits 3 with the problems of an invalid overlay value, found by the scenario loader', async () => {
    const dir = tempDir('overlay-bad');
    writeFileSync(join(dir, 'o.yaml'), 'dcsimOverlay: 1\nhostGroups:\n  hypervisor: { cpuOverheadPct: 80 }\n');
    const r = await runCli(['overlay', join(SCENARIOS_DIR, 'kvm-ksm.yaml'), 'o.yaml', '--out', 'k.yaml'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cpuOverheadPct/);
  });
});
