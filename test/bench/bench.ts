/**
 * `npm run bench`: prints one figure per line as `<name>: <value> <unit>`, and for the cases the
 * issue sets targets on, `ratio.<case>: <r> x <floor figure> (target ...)` against the floor
 * programs of ../shared/bench-floor run in the same invocation (see floor.ts).
 *   node dist/test/bench/bench.js [--only kernel,week,memory,w1,sweep,split] [--quick] [--rounds N]
 *                                 [--region [--region-clusters N] [--region-days D] [--region-workers N]]
 * Every case runs in a child process, so its peak RSS is its own and no case inherits another's
 * warmed-up code or garbage. Ratio cases alternate dcsim and floor runs `rounds` times and keep
 * the best throughput of each: on a shared machine the best run is the one least disturbed.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, type BenchOptions } from './args.js';
import { floorDir, runFloor, type Figure } from './floor.js';
import { benchKernelHold } from './kernel.js';
import { runModelCase, w1Scenario, weekScenario, type ModelFigures } from './model.js';
import { regionCase, type RegionFigures } from './region.js';
import { splitCase } from './split.js';
import { sweepCase } from './sweep.js';

const self = fileURLToPath(import.meta.url);

function childJson<T>(args: readonly (string | number)[], nodeFlags: readonly string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeFlags, self, '--case', ...args.map(String)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out) as T;
}

const model = (kind: 'week' | 'week-mem' | 'w1', hosts: number, vms: number): ModelFigures => childJson([kind, hosts, vms]);

function line(name: string, value: number, unit: string): void {
  console.log(`${name}: ${Math.round(value)} ${unit}`);
}

/** Alternates a dcsim case and its floor `rounds` times; returns the best throughput of each. */
function alternate(rounds: number, dcsim: () => number, floor: (() => Figure) | null): { best: number; floor: Figure | null } {
  let best = 0;
  let bestFloor: Figure | null = null;
  for (let k = 0; k < rounds; k++) {
    best = Math.max(best, dcsim());
    if (floor !== null) {
      const f = floor();
      if (bestFloor === null || f.value > bestFloor.value) bestFloor = f;
    }
  }
  return { best, floor: bestFloor };
}

function ratio(name: string, value: number, floor: Figure | null, target: string): void {
  if (floor === null) return;
  line(floor.name, floor.value, floor.unit);
  console.log(`ratio.${name}: ${(value / floor.value).toFixed(3)} x ${floor.name} (target ${target})`);
}

/** Steps of 5 minutes in a week, and in W1's 6 hours. */
const WEEK_STEPS = 2016;
const W1_STEPS = 72;

async function runChildCase(argv: string[]): Promise<void> {
  const [kind, x, y] = argv;
  let result: unknown;
  if (kind === 'kernel') result = benchKernelHold(Number(x), Number(y));
  else if (kind === 'split') result = await splitCase(Number(x));
  else if (kind === 'region') result = await regionCase(Number(x), Number(y), Number(argv[3]));
  else if (kind === 'sweep') result = await sweepCase(Number(x), Number(y));
  else if (kind === 'w1') result = runModelCase(w1Scenario(Number(x), Number(y)));
  else if (kind === 'week' || kind === 'week-mem') result = runModelCase(weekScenario(Number(x), Number(y), kind === 'week-mem'));
  else throw new Error(`bench: unknown case ${kind}`);
  process.stdout.write(JSON.stringify(result));
}

function kernelCases(o: BenchOptions, dir: string | null): void {
  const sizes: Array<[number, number, string]> = o.quick ? [[1e5, 5e5, '1e5']] : [[1e5, 2e6, '1e5'], [1e6, 3e6, '1e6']];
  for (const [pending, ops, label] of sizes) {
    const r = alternate(
      o.rounds,
      () => childJson<{ eventsPerSecond: number }>(['kernel', pending, ops]).eventsPerSecond,
      dir === null ? null : () => runFloor(dir, 'heap-floor.mjs', [pending, ops]),
    );
    line(`kernel.hold.${label}`, r.best, 'events/s');
    ratio(`kernel.hold.${label}`, r.best, r.floor, '>= 2');
  }
}

function weekCases(o: BenchOptions, dir: string | null): void {
  const single: Array<[number, number]> = o.quick ? [] : [[100, 2000], [5000, 100000]];
  for (const [h, v] of single) {
    const f = model('week', h, v);
    line(`week.${h}x${v}`, f.vmStepsPerSecond, 'vm-steps/s');
    line(`week.${h}x${v}.wall`, f.seconds * 1000, 'ms');
    line(`week.${h}x${v}.rss`, f.peakRssMiB, 'MiB');
  }
  const [h, v] = o.quick ? [100, 2000] : [1000, 20000];
  let fastest: ModelFigures | null = null;
  const r = alternate(
    o.rounds,
    () => {
      const f = model('week', h, v);
      if (fastest === null || f.seconds < fastest.seconds) fastest = f;
      return f.vmStepsPerSecond;
    },
    dir === null ? null : () => runFloor(dir, 'cpu-floor.mjs', [h, v, WEEK_STEPS]),
  );
  const f = fastest as unknown as ModelFigures;
  line(`week.${h}x${v}`, r.best, 'vm-steps/s');
  line(`week.${h}x${v}.wall`, f.seconds * 1000, 'ms');
  line(`week.${h}x${v}.rss`, f.peakRssMiB, 'MiB');
  ratio(`week.${h}x${v}`, r.best, r.floor, '>= 0.333');
}

/** Memory model cost: the same week with every host under memory pressure, alternating with the CPU-only week. */
function memoryCase(o: BenchOptions): void {
  const [mh, mv] = o.quick ? [100, 2000] : [1000, 20000];
  let quiet = Infinity;
  let pressed: ModelFigures | null = null;
  for (let k = 0; k < (o.quick ? 2 : 5); k++) {
    quiet = Math.min(quiet, model('week', mh, mv).seconds);
    const p = model('week-mem', mh, mv);
    if (pressed === null || p.seconds < pressed.seconds) pressed = p;
  }
  const mem = pressed as ModelFigures;
  line(`week-mem.${mh}x${mv}`, mem.vmStepsPerSecond, 'vm-steps/s');
  console.log(`week-mem.${mh}x${mv}.reclaimed: ${mem.reclaimedGiB.toFixed(0)} GiB`);
  console.log(`week-mem.${mh}x${mv}.cost: ${(mem.seconds / quiet).toFixed(2)} x cpu-only (target <= 1.5)`);
}

function w1Cases(o: BenchOptions, dir: string | null): void {
  const sizes: Array<[number, number]> = o.quick ? [[100, 1000]] : [[100, 1000], [1000, 10000], [10000, 100000]];
  for (const [h, v] of sizes) {
    let fastest: ModelFigures | null = null;
    // W1 itself is 72 steps; the floor runs enough steps (>= 2e7 VM-steps) to be timed reliably.
    const floorSteps = Math.max(W1_STEPS, Math.ceil(2e7 / v));
    const r = alternate(
      o.rounds,
      () => {
        const f = model('w1', h, v);
        if (fastest === null || f.seconds < fastest.seconds) fastest = f;
        return f.vmStepsPerSecond;
      },
      dir === null ? null : () => runFloor(dir, 'cpu-floor.mjs', [h, v, floorSteps]),
    );
    const f = fastest as unknown as ModelFigures;
    line(`w1.${h}x${v}`, r.best, 'vm-steps/s');
    line(`w1.${h}x${v}.wall`, f.seconds * 1000, 'ms');
    line(`w1.${h}x${v}.rss`, f.peakRssMiB, 'MiB');
    console.log(`w1.${h}x${v}.util: ${f.meanUtil.toFixed(4)} fraction`);
    ratio(`w1.${h}x${v}`, r.best, r.floor, '>= 0.25');
  }
}

/** Local sweep of scenarios/overcommit-sweep.yaml on 1 worker and on 2 worker threads; fastest of alternating rounds. */
function sweepCases(o: BenchOptions): void {
  const reps = o.quick ? 2 : 6;
  let one = Infinity;
  let two = Infinity;
  let runs = 0;
  for (let k = 0; k < (o.quick ? 1 : 3); k++) {
    const a = childJson<{ ms: number; runs: number }>(['sweep', 1, reps]);
    const b = childJson<{ ms: number; runs: number }>(['sweep', 2, reps]);
    one = Math.min(one, a.ms);
    two = Math.min(two, b.ms);
    runs = a.runs;
  }
  line(`sweep.${runs}runs.1worker.wall`, one, 'ms');
  line(`sweep.${runs}runs.2workers.wall`, two, 'ms');
  console.log(`sweep.speedup.2workers: ${(one / two).toFixed(2)} x`);
}

/** Four clusters (1,000 hosts, 20,000 VMs, a week) to a report folder: in one piece and split on 2 threads. */
function splitCases(): void {
  let whole = Infinity;
  let split = Infinity;
  for (let k = 0; k < 2; k++) {
    whole = Math.min(whole, childJson<{ ms: number }>(['split', 0]).ms);
    split = Math.min(split, childJson<{ ms: number }>(['split', 2]).ms);
  }
  line('split.4clusters.1000x20000.whole.wall', whole, 'ms');
  line('split.4clusters.1000x20000.2workers.wall', split, 'ms');
  console.log(`split.speedup.2workers: ${(whole / split).toFixed(2)} x`);
}

/** The region's size (`dcsim generate region`) and a year of it at 5-minute steps. */
const REGION_CLUSTERS = 100;
const YEAR_STEPS = 365 * 288;

/**
 * The hyperscale region, or its first `clusters` clusters, for `days` days and again for twice
 * as long: the difference is what a day costs, the rest (thread start-up, placement, the merge
 * and the report files) what the run costs whatever its length. The year is projected from
 * those two parts, linear in clusters; memory for the whole region from the main thread's
 * heap growth per completed cluster when only part of it ran.
 */
function regionCases(o: NonNullable<BenchOptions['region']>): void {
  // --expose-gc: the heap per completed cluster is read after a full collection.
  const flags = ['--expose-gc', '--max-old-space-size=12288'];
  const f = childJson<RegionFigures>(['region', o.clusters, o.days, o.workers], flags);
  const vmSteps = f.vms * f.steps;
  const part = f.clusters === REGION_CLUSTERS ? 'the whole region' : `${f.clusters} of ${REGION_CLUSTERS} clusters (a fraction: the region figures are projected from it)`;
  console.log(`region.run: ${part}, ${f.hosts} hosts, ${f.vms} VMs, ${o.days} day(s) = ${f.steps} steps of 5 min, split by cluster on ${o.workers} worker thread(s)`);
  line('region.vm-steps', vmSteps / f.seconds, 'vm-steps/s (wall, build and merge included)');
  line('region.wall', f.seconds * 1000, 'ms');
  console.log(`region.cpu: ${f.cpuSeconds.toFixed(1)} s (all threads; ${(f.cpuSeconds / f.seconds).toFixed(2)} of ${cpus().length} cores busy on average)`);
  line('region.rss.peak', f.peakRssMiB, 'MiB (process peak RSS: main thread + worker threads)');
  console.log(`region.rss.by-clusters-done: ${f.rssByClustersDone.map((m) => Math.round(m)).join(' ')} MiB`);
  line('region.output', f.outputMiB, 'MiB on disk');
  const h = f.heapByClustersDone;
  if (h.length > 0) console.log(`region.heap.by-clusters-done: ${h.map((m) => Math.round(m)).join(' ')} MiB (main thread, live after a full collection)`);
  // What the merge keeps per cluster (its report part); the series and events are on disk.
  const growth = h.length >= 2 ? ((h[h.length - 1]) - (h[0])) / (h.length - 1) : NaN;
  if (Number.isFinite(growth)) console.log(`region.heap.growth: ${growth.toFixed(1)} MiB per completed cluster`);
  if (f.clusters < REGION_CLUSTERS && Number.isFinite(growth))
    console.log(`region.projected.rss.peak: ${Math.round(f.peakRssMiB + Math.max(0, growth) * (REGION_CLUSTERS - f.clusters))} MiB for ${REGION_CLUSTERS} clusters (goal < 12 GiB), from the heap growth per cluster`);

  // The longer run is a week longer, so a day's cost is the mean over a whole week: days differ
  // (weekday and weekend load, the batch groups' on-off bursts: a 4-cluster run cost 4.3 CPU-s
  // from day 1 to 2, 12.6 from 2 to 4 and 1.3 from 4 to 6), and with one day against two the
  // projected year moved 2× from run to run.
  const longer = o.days + 7;
  const g = childJson<RegionFigures>(['region', o.clusters, longer, o.workers], flags);
  const scale = REGION_CLUSTERS / f.clusters;
  const perDay = { wall: (g.seconds - f.seconds) / (longer - o.days), cpu: (g.cpuSeconds - f.cpuSeconds) / (longer - o.days) };
  const fixed = { wall: f.seconds - perDay.wall * o.days, cpu: f.cpuSeconds - perDay.cpu * o.days };
  console.log(`region.run.longer: the same for ${longer} day(s): ${(g.seconds).toFixed(1)} s wall, ${g.cpuSeconds.toFixed(1)} s CPU`);
  console.log(`region.per-day: ${perDay.wall.toFixed(1)} s wall, ${perDay.cpu.toFixed(1)} s CPU for ${f.clusters} cluster(s) (${((f.vms * 288) / perDay.cpu / 1e6).toFixed(2)} M VM-steps per CPU-second); fixed: ${fixed.wall.toFixed(1)} s wall, ${fixed.cpu.toFixed(1)} s CPU`);
  const year = (x: { wall: number; cpu: number }, k: 'wall' | 'cpu'): number => (x[k] + (perDay[k] * YEAR_STEPS) / 288) * scale;
  console.log(`region.projected.year: ${(year(fixed, 'wall') / 3600).toFixed(2)} h at 5-min steps at this machine's load (goal < 1 h)`);
  console.log(`region.projected.year.idle-cores: ${(year(fixed, 'cpu') / o.workers / 3600).toFixed(2)} h (CPU time over ${o.workers} otherwise idle cores)`);
}

async function main(argv: string[]): Promise<void> {
  const caseAt = argv.indexOf('--case');
  if (caseAt >= 0) {
    await runChildCase(argv.slice(caseAt + 1));
    return;
  }
  let o: BenchOptions;
  try {
    o = parseBenchArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
    return;
  }
  const floor = floorDir();
  if (floor.dir === null) console.log(`floor: not found at ${floor.looked}; ratio lines skipped`);
  const load = (): string => `${loadavg()[0].toFixed(2)} (1-min load average, ${cpus().length} cpus)`;
  console.log(`machine.load.start: ${load()}`);
  if (o.groups.has('kernel')) kernelCases(o, floor.dir);
  if (o.groups.has('week')) weekCases(o, floor.dir);
  if (o.groups.has('memory')) memoryCase(o);
  if (o.groups.has('w1')) w1Cases(o, floor.dir);
  if (o.groups.has('sweep')) sweepCases(o);
  if (o.groups.has('split') && !o.quick) splitCases();
  if (o.region !== null) regionCases(o.region);
  console.log(`machine.load.end: ${load()}`);
}

await main(process.argv.slice(2));
