/**
 * `npm run bench`: prints one figure per line as `<name>: <value> <unit>`.
 *   node dist/test/bench/bench.js [--quick]
 * Each model case runs in a child process so that its peak RSS is measured alone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchKernelHold } from './kernel.js';
import { runModelCase, w1Scenario, weekScenario, type ModelFigures } from './model.js';
import { splitCase } from './split.js';
import { sweepCase } from './sweep.js';

const self = fileURLToPath(import.meta.url);

function child(kind: 'week' | 'week-mem' | 'w1', hosts: number, vms: number): ModelFigures {
  const out = execFileSync(process.execPath, [self, '--case', kind, String(hosts), String(vms)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as ModelFigures;
}

function sweepChild(workers: number, replications: number): { ms: number; runs: number } {
  const out = execFileSync(process.execPath, [self, '--case', 'sweep', String(workers), String(replications)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out) as { ms: number; runs: number };
}

function splitChild(workers: number): number {
  const out = execFileSync(process.execPath, [self, '--case', 'split', String(workers)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return (JSON.parse(out) as { ms: number }).ms;
}

function line(name: string, value: number, unit: string): void {
  console.log(`${name}: ${Math.round(value)} ${unit}`);
}

async function main(argv: string[]): Promise<void> {
  const caseAt = argv.indexOf('--case');
  if (caseAt >= 0) {
    const [kind, hosts, vms] = argv.slice(caseAt + 1);
    if (kind === 'split') {
      process.stdout.write(JSON.stringify(await splitCase(Number(hosts))));
      return;
    }
    if (kind === 'sweep') {
      process.stdout.write(JSON.stringify(await sweepCase(Number(hosts), Number(vms))));
      return;
    }
    const scenario =
      kind === 'w1' ? w1Scenario(Number(hosts), Number(vms)) : weekScenario(Number(hosts), Number(vms), kind === 'week-mem');
    process.stdout.write(JSON.stringify(runModelCase(scenario)));
    return;
  }
  const quick = argv.includes('--quick');

  const k5 = benchKernelHold(1e5, quick ? 5e5 : 2e6);
  line('kernel.hold.1e5', k5.eventsPerSecond, 'events/s');
  if (!quick) line('kernel.hold.1e6', benchKernelHold(1e6, 3e6).eventsPerSecond, 'events/s');

  const weeks: Array<[number, number]> = quick ? [[100, 2000]] : [[100, 2000], [1000, 20000], [5000, 100000]];
  for (const [h, v] of weeks) {
    const f = child('week', h, v);
    line(`week.${h}x${v}`, f.vmStepsPerSecond, 'vm-steps/s');
    line(`week.${h}x${v}.wall`, f.seconds * 1000, 'ms');
    line(`week.${h}x${v}.rss`, f.peakRssMiB, 'MiB');
  }

  // Memory model cost: the same week with every host under memory pressure. Runs alternate and
  // the fastest of each kind is kept, so a busy moment on the machine does not skew the ratio.
  const [mh, mv] = quick ? [100, 2000] : [1000, 20000];
  let quiet = Infinity;
  let pressed: ModelFigures | null = null;
  for (let k = 0; k < 5; k++) {
    quiet = Math.min(quiet, child('week', mh, mv).seconds);
    const p = child('week-mem', mh, mv);
    if (pressed === null || p.seconds < pressed.seconds) pressed = p;
  }
  const mem = pressed as ModelFigures;
  line(`week-mem.${mh}x${mv}`, mem.vmStepsPerSecond, 'vm-steps/s');
  console.log(`week-mem.${mh}x${mv}.reclaimed: ${mem.reclaimedGiB.toFixed(0)} GiB`);
  console.log(`week-mem.${mh}x${mv}.cost: ${(mem.seconds / quiet).toFixed(2)} x cpu-only`);

  const w1: Array<[number, number]> = quick ? [[100, 1000]] : [[100, 1000], [1000, 10000], [10000, 100000]];
  for (const [h, v] of w1) {
    const f = child('w1', h, v);
    line(`w1.${h}x${v}`, f.vmStepsPerSecond, 'vm-steps/s');
    line(`w1.${h}x${v}.wall`, f.seconds * 1000, 'ms');
    line(`w1.${h}x${v}.rss`, f.peakRssMiB, 'MiB');
    console.log(`w1.${h}x${v}.util: ${f.meanUtil.toFixed(4)} fraction`);
  }

  // Local sweep of scenarios/overcommit-sweep.yaml on 1 worker and on 2 worker threads, each in
  // a fresh process; rounds alternate and the fastest of each is kept (shared CPUs).
  const reps = quick ? 2 : 6;
  let one = Infinity;
  let two = Infinity;
  let runs = 0;
  for (let k = 0; k < (quick ? 1 : 3); k++) {
    const a = sweepChild(1, reps);
    const b = sweepChild(2, reps);
    one = Math.min(one, a.ms);
    two = Math.min(two, b.ms);
    runs = a.runs;
  }
  line(`sweep.${runs}runs.1worker.wall`, one, 'ms');
  line(`sweep.${runs}runs.2workers.wall`, two, 'ms');
  console.log(`sweep.speedup.2workers: ${(one / two).toFixed(2)} x`);

  // One scenario of four clusters (1,000 hosts, 20,000 VMs, a week) to a report folder: in one
  // piece, and split by cluster on 2 worker threads; fastest of alternating rounds.
  if (!quick) {
    let whole = Infinity;
    let split = Infinity;
    for (let k = 0; k < 2; k++) {
      whole = Math.min(whole, splitChild(0));
      split = Math.min(split, splitChild(2));
    }
    line('split.4clusters.1000x20000.whole.wall', whole, 'ms');
    line('split.4clusters.1000x20000.2workers.wall', split, 'ms');
    console.log(`split.speedup.2workers: ${(whole / split).toFixed(2)} x`);
  }
}

await main(process.argv.slice(2));
