/**
 * The lab's contract with `dcsim run`: a session (advances and actions, as the page sends them
 * to the worker) exported as a scenario file gives, run by the CLI, exactly the lab's figures.
 * Also: a fork replays the run it came from (same figures when nothing changes), and refused
 * actions record nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LabWorker } from '../../src/lab/worker-main.js';
import { LabSession } from '../../src/lab/session.js';
import { labPayload } from '../../src/lab/payload.js';
import { labAssets } from '../../src/lab/lab-html.js';
import type { LabAction, LabAsk, LabPayload, LabReply, LabRequest } from '../../src/lab/protocol.js';
import { roundHeadline } from '../../src/report/report-part.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { Report } from '../../src/report/schema.js';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';

const clock = { now: () => 0 };

/** lab.yaml cut to `hours` (a shorter run keeps the property test quick). */
function shortLab(hours: number): { dir: string; payload: LabPayload } {
  const dir = tempDir('lab');
  const text = readFileSync(join(SCENARIOS_DIR, 'lab.yaml'), 'utf8').replace(/^duration: .*$/m, `duration: ${hours}h`).replace(/^\$schema: .*$/m, '');
  writeFileSync(join(dir, 'lab.yaml'), text);
  return { dir, payload: labPayload(join(dir, 'lab.yaml')) };
}

class Driver {
  readonly worker = new LabWorker(clock);
  private id = 1;
  ask(req: LabAsk): LabReply {
    const r = this.worker.handle({ ...req, id: this.id++ } as LabRequest);
    if (r.type === 'error') throw new Error(r.message);
    return r;
  }
  advance(pane: number, untilMs: number): void {
    this.ask({ type: 'advance', pane, untilMs, budgetMs: Infinity });
  }
  act(pane: number, action: LabAction): string | undefined {
    const r = this.ask({ type: 'act', pane, action });
    return r.type === 'state' ? r.refused : 'no state';
  }
  final(pane: number): { headline: Report['headline']; clusters: Report['headline'][] } {
    const r = this.ask({ type: 'finish', pane });
    if (r.type !== 'final') throw new Error('no final figures');
    return { headline: roundHeadline(r.final.headline as Report['headline']), clusters: (r.final.clusterHeadlines as Report['headline'][]).map(roundHeadline) };
  }
  exportYaml(pane: number): string {
    const r = this.ask({ type: 'export', pane });
    if (r.type !== 'exported') throw new Error('no export');
    return r.yaml;
  }
}

/** `dcsim run` on the exported file: report.json's headline and the cluster headlines. */
async function cliFigures(dir: string, yaml: string, name: string): Promise<{ headline: Report['headline']; clusters: Report['headline'][]; events: string }> {
  writeFileSync(join(dir, `${name}.yaml`), yaml);
  const run = await runCli(['run', `${name}.yaml`, '--out', name, '--quiet'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const report = JSON.parse(readFileSync(join(dir, name, 'report.json'), 'utf8')) as Report;
  return { headline: report.headline, clusters: report.clusters.map((c) => c.headline), events: readFileSync(join(dir, name, 'events.ndjson'), 'utf8') };
}

const H = 3_600_000;

describe('dcsim lab session', () => {
  it('a host failed from the lab restarts its VMs, and the exported scenario reproduces the figures under dcsim run', async () => {
    const { dir, payload } = shortLab(8);
    const d = new Driver();
    d.ask({ type: 'init', payload, reportPage: null });
    d.advance(0, 2 * H + 12_345);
    expect(d.act(0, { kind: 'fail-host', host: 'dc1/lab/esx-002', repairAfterMs: H })).toBeUndefined();
    d.advance(0, 3 * H);
    expect(d.act(0, { kind: 'cluster-policy', cluster: 'dc1/lab', maxVcpuPerCore: 2 })).toBeUndefined();
    expect(d.act(0, { kind: 'maintenance', host: 'dc1/lab/esx-005', durationMs: H })).toBeUndefined();
    d.advance(0, 5 * H + 1);
    expect(d.act(0, { kind: 'migrate', vm: 'dc1/lab/web-001', host: 'dc1/lab/esx-006' })).toBeUndefined();
    expect(d.act(0, { kind: 'power-off', host: 'dc1/lab/esx-004' })).toBeUndefined();
    expect(d.act(0, { kind: 'vm-power', vm: 'dc1/lab/web-002', state: 'off' })).toBeUndefined();
    d.advance(0, 6 * H);
    expect(d.act(0, { kind: 'vm-power', vm: 'dc1/lab/web-002', state: 'on' })).toBeUndefined();
    const lab = d.final(0);
    const yaml = d.exportYaml(0);
    expect(yaml).toContain('"type":"host-failure","host":"dc1/lab/esx-002","repairAfter":"3600000ms"');
    expect(yaml).toContain('"at":"7212346ms"'); // the instant after the one the user acted at
    const cli = await cliFigures(dir, yaml, 'exported');
    expect(lab.headline).toEqual(cli.headline);
    expect(lab.clusters).toEqual(cli.clusters);
    // The failure did what a failure does: VMs of esx-002 went down and HA restarted them.
    expect(cli.events).toMatch(/"type":"host.failed","host":"dc1\/lab\/esx-002","cause":"scripted","vms":[1-9]/);
    expect(cli.events).toContain('"type":"vm.restarted"');
    expect(cli.events).toContain('"type":"cluster.policy-changed","cluster":"dc1/lab"');
    expect(cli.events).toContain('"type":"vm.powered-off","vm":"dc1/lab/web-002"');
    // With esx-004 in standby, HA admission control (slots, 1 host failure) refuses the power-on: it stays off.
    expect(cli.events).toMatch(/"type":"vm.power-skipped","vm":"dc1\/lab\/web-002","state":"on","why":"HA admission control \(slots\)/);
  }, 60_000);

  it('report export: the lab\'s report.json is the CLI run\'s of the exported file (but for the file\'s name and hash), and its report.html is what dcsim report writes from it', async () => {
    const { dir, payload } = shortLab(4);
    const d = new Driver();
    d.ask({ type: 'init', payload, reportPage: labAssets().report });
    d.advance(0, H + 5);
    expect(d.act(0, { kind: 'fail-host', host: 'dc1/lab/esx-001', repairAfterMs: H })).toBeUndefined();
    expect(d.act(0, { kind: 'cluster-policy', cluster: 'dc1/lab', demandScale: 1.5, dpmEnabled: true })).toBeUndefined();
    d.advance(0, 2 * H);
    const r = d.ask({ type: 'report', pane: 0 });
    if (r.type !== 'report' || r.html === null) throw new Error('no report');
    expect(r.state.done).toBe(true);
    const cli = await cliFigures(dir, d.exportYaml(0), 'reported');
    const cliReport = readFileSync(join(dir, 'reported', 'report.json'), 'utf8');
    const lab = JSON.parse(r.json) as Report;
    expect(lab.run.file).toBe(join(dir, 'lab.yaml'));
    expect(r.json).toBe(cliReport.replace('"file": "reported.yaml"', `"file": ${JSON.stringify(lab.run.file)}`).replace(/"sha256": "[0-9a-f]{64}"/, `"sha256": "${lab.run.sha256}"`));
    expect(lab.headline).toEqual(cli.headline);
    // dcsim report on the lab's report.json writes the lab's report.html byte for byte.
    mkdirSync(join(dir, 'from-lab'));
    writeFileSync(join(dir, 'from-lab', 'report.json'), r.json);
    const rep = await runCli(['report', 'from-lab', '--out', 'from-cli.html'], dir);
    expect(rep.stderr).toBe('');
    expect(rep.code).toBe(0);
    const cliHtml = readFileSync(join(dir, 'from-cli.html'), 'utf8');
    // Compared by where they first differ, so a failure prints a line, not the inlined d3.
    const differ = [...r.html].findIndex((c, i) => c !== cliHtml[i]);
    expect(differ < 0 ? null : { at: differ, lab: r.html.slice(differ - 80, differ + 80), cli: cliHtml.slice(differ - 80, differ + 80) }).toBeNull();
    expect(r.html.length).toBe(cliHtml.length);
  }, 120_000);

  it.each(['lab.yaml', 'lab-overcommit.yaml', 'ha-lab.yaml', 'dpm.yaml', 'drs-balancing.yaml'])('%s exported without actions loads to the same scenario (anchors and merge keys survive)', (name) => {
    const file = join(SCENARIOS_DIR, name);
    const d = new Driver();
    d.ask({ type: 'init', payload: labPayload(file), reportPage: null });
    const dir = tempDir('lab');
    writeFileSync(join(dir, name), d.exportYaml(0));
    expect(loadScenario(join(dir, name)).spec).toEqual(loadScenario(file).spec);
  });

  it('refuses an action that cannot apply now, and records nothing for it', () => {
    const { payload } = shortLab(2);
    const d = new Driver();
    d.ask({ type: 'init', payload, reportPage: null });
    d.advance(0, 600_000);
    expect(d.act(0, { kind: 'fail-host', host: 'dc1/lab/esx-001', repairAfterMs: null })).toBeUndefined();
    d.advance(0, 700_000);
    expect(d.act(0, { kind: 'fail-host', host: 'dc1/lab/esx-001', repairAfterMs: null })).toBe('dc1/lab/esx-001 has already failed');
    expect(d.act(0, { kind: 'power-on', host: 'dc1/lab/esx-003' })).toBe('dc1/lab/esx-003 is not in standby');
    expect(d.act(0, { kind: 'fail-host', host: 'dc1/lab/nope', repairAfterMs: null })).toBe("no host 'dc1/lab/nope'");
    expect(d.exportYaml(0).match(/"type":"host-failure"/g)).toHaveLength(1);
  });

  it('a fork without a change replays the run: the same figures; with a change it differs from there on', () => {
    const { payload } = shortLab(6);
    const d = new Driver();
    d.ask({ type: 'init', payload, reportPage: null });
    d.advance(0, H);
    d.act(0, { kind: 'fail-host', host: 'dc1/lab/esx-003', repairAfterMs: 2 * H });
    d.advance(0, 2 * H);
    d.ask({ type: 'fork', from: 0, action: null });
    const same = d.final(1);
    d.ask({ type: 'fork', from: 0, action: { kind: 'fail-host', host: 'dc1/lab/esx-001', repairAfterMs: null } });
    const [main, changed] = [d.final(0), d.final(1)];
    expect(same).toEqual(main);
    expect(changed.headline.energy.itKWh).toBeLessThan(main.headline.energy.itKWh); // a host that stays failed draws nothing
  }, 60_000);

  it('a fork from a checkpoint is the run a replay of the same advances and actions gives: same figures, same events', () => {
    const { payload } = shortLab(6);
    const d = new Driver();
    d.ask({ type: 'init', payload, reportPage: null });
    d.advance(0, H + 777);
    d.act(0, { kind: 'fail-host', host: 'dc1/lab/esx-003', repairAfterMs: 2 * H });
    d.advance(0, 2 * H + 5);
    d.act(0, { kind: 'cluster-policy', cluster: 'dc1/lab', maxVcpuPerCore: 2 });
    d.advance(0, 2 * H + 300_000);
    const main = (d.worker as unknown as { panes: LabSession[] }).panes[0]!;
    const byCheckpoint = LabSession.fork(main);
    const byReplay = LabSession.replay(main);
    expect(byCheckpoint.now).toBe(main.now);
    expect(byCheckpoint.outage()).toBe(byReplay.outage());
    const change = { kind: 'fail-host', host: 'dc1/lab/esx-001', repairAfterMs: null } as const;
    expect(byCheckpoint.act(change)).toBeNull();
    expect(byReplay.act(change)).toBeNull();
    // What each did since the fork: the event log and the output rows (the replay's include the run before it).
    byCheckpoint.state(1);
    const [fa, fb] = [byCheckpoint.finish(), byReplay.finish()];
    expect(fa).toEqual(fb);
    const [a, b] = [byCheckpoint.state(1), byReplay.state(1)];
    expect(a.newLog.length).toBeGreaterThan(10);
    expect(a.newLog).toEqual(b.newLog.slice(-a.newLog.length));
    expect(a.newRows).toEqual(b.newRows.slice(-a.newRows.length));
    expect(a.vmOutageMs).toBe(b.vmOutageMs);
    expect(a.energyKWh).toBe(b.energyKWh);
    expect(byCheckpoint.actions).toEqual(byReplay.actions);
  }, 60_000);

  it('property: any advances and actions, exported, give the lab\'s figures under dcsim run', async () => {
    const { dir, payload } = shortLab(3);
    const hosts = Array.from({ length: 6 }, (_, i) => `dc1/lab/esx-00${i + 1}`);
    const actionArb: fc.Arbitrary<LabAction> = fc.oneof(
      fc.record({ kind: fc.constant('fail-host' as const), host: fc.constantFrom(...hosts), repairAfterMs: fc.constantFrom(null, 900_000, H) }),
      fc.record({ kind: fc.constant('maintenance' as const), host: fc.constantFrom(...hosts), durationMs: fc.constantFrom(null, 1_800_000) }),
      fc.record({ kind: fc.constant('power-off' as const), host: fc.constantFrom(...hosts) }),
      fc.record({ kind: fc.constant('repair-host' as const), host: fc.constantFrom(...hosts) }),
      fc.record({ kind: fc.constant('vm-power' as const), vm: fc.constantFrom('dc1/lab/web-001', 'dc1/lab/web-002'), state: fc.constantFrom('off' as const, 'on' as const) }),
      fc.record({ kind: fc.constant('isolate-host' as const), host: fc.constantFrom(...hosts), durationMs: fc.constant(600_000) }),
      fc.record({ kind: fc.constant('cluster-policy' as const), cluster: fc.constant('dc1/lab'), maxVcpuPerCore: fc.constantFrom(null, 1, 2, 8) }),
      fc.record({ kind: fc.constant('cluster-policy' as const), cluster: fc.constant('dc1/lab'), haAdmission: fc.constantFrom('slots' as const, 'percentage' as const, 'disabled' as const), hostFailuresToTolerate: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ kind: fc.constant('cluster-policy' as const), cluster: fc.constant('dc1/lab'), haAdmission: fc.constant('failover-hosts' as const), failoverHosts: fc.subarray(hosts, { minLength: 1, maxLength: 2 }) }),
      fc.record({ kind: fc.constant('cluster-policy' as const), cluster: fc.constant('dc1/lab'), dpmEnabled: fc.boolean(), demandScale: fc.constantFrom(0.5, 1, 1.7) }),
      fc.record({ kind: fc.constant('cluster-policy' as const), cluster: fc.constant('dc1/lab'), hostsInService: fc.integer({ min: 2, max: 6 }) }),
    );
    // Where to stop before acting: any millisecond, or just before the next pending event (where
    // the instant after is taken by another event and the action must move on).
    const stopArb = fc.record({ at: fc.integer({ min: 1, max: 3 * H - 2 }), beforeNext: fc.boolean() });
    let k = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(stopArb, actionArb), { minLength: 1, maxLength: 4 }), async (plan) => {
        const d = new Driver();
        d.ask({ type: 'init', payload, reportPage: null });
        const sorted = [...plan].sort((a, b) => a[0].at - b[0].at);
        const session = (d.worker as unknown as { panes: { sim: { kernel: { nextTime(): number }; now: number } }[] }).panes[0]!;
        for (const [stop, action] of sorted) {
          d.advance(0, stop.at);
          if (stop.beforeNext) {
            const next = session.sim.kernel.nextTime();
            if (next - 1 > session.sim.now && next < 3 * H) d.advance(0, next - 1);
          }
          d.act(0, action);
        }
        const lab = d.final(0);
        const cli = await cliFigures(dir, d.exportYaml(0), `p${k++}`);
        expect(lab.headline).toEqual(cli.headline);
        expect(lab.clusters).toEqual(cli.clusters);
      }),
      { numRuns: 14, seed: 22 },
    );
  }, 180_000);
});
