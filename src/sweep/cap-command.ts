/**
 * `dcsim size <scenario> --search cpu-cap|memory-cap [--host-count n]`: the highest placement cap
 * that meets the objectives on a fixed number of hosts (cap-search.ts searches; this file sets the
 * scenario up, runs the evaluations and writes the folder). Placement is set to `pack` in every
 * run, so that the cap, not the spreading of VMs, sets how dense the hosts in use are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AtomicDir } from '../output/atomic-dir.js';
import { wrap } from './command.js';
import { capCsv, capJson, capParagraph, type CapFacts, type CapKind } from './cap-outputs.js';
import { capAt, searchCap, type CapEvaluation, type CapGrid } from './cap-search.js';
import { SweepUsageError } from './definition.js';
import type { Assignment, Segment } from './paths.js';
import { judgeRecords, pointTasks, type HostCountSetup, type RunBatch } from './size-evaluate.js';
import type { SizingFacts } from './size-outputs.js';
import { capsPage, reportOf, sizeReportHtml } from './size-page.js';
import type { RunTask } from './execute.js';

export interface CapSearchOptions {
  readonly search: string;
  readonly hostCount?: string;
  readonly capMin?: string;
  readonly capMax?: string;
  readonly capStep?: string;
}

/** Defaults per cap: vCPU per core 1 to 16 by 0.5; memory overcommit 1 to 3 by 0.1. */
const DEFAULTS: Record<CapKind, { min: number; max: number; step: number; key: string }> = {
  'cpu-cap': { min: 1, max: 16, step: 0.5, key: 'maxVcpuPerCore' },
  'memory-cap': { min: 1, max: 3, step: 0.1, key: 'maxMemoryOvercommit' },
};

function positive(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  const x = Number(text);
  if (text.trim() === '' || !Number.isFinite(x) || x <= 0) throw new SweepUsageError([`${option} ${text}: expected a number above 0`]);
  return x;
}

export interface CapPlan {
  readonly kind: CapKind;
  readonly grid: CapGrid;
  readonly hosts: number;
  readonly capPath: readonly Segment[];
  readonly algorithmPath: readonly Segment[];
}

/** Reads the cap search options; `start` is the scenario's host count. */
export function capPlan(opts: CapSearchOptions, hostsPath: readonly Segment[], start: number): CapPlan {
  if (opts.search !== 'cpu-cap' && opts.search !== 'memory-cap') throw new SweepUsageError([`--search ${opts.search}: expected cpu-cap or memory-cap`]);
  const kind: CapKind = opts.search;
  const d = DEFAULTS[kind];
  const capMin = positive(opts.capMin, '--cap-min', d.min);
  const capMax = positive(opts.capMax, '--cap-max', d.max);
  const step = positive(opts.capStep, '--cap-step', d.step);
  if (capMax <= capMin) throw new SweepUsageError([`--cap-max ${capMax} must be above --cap-min ${capMin}`]);
  const steps = Math.floor((capMax - capMin) / step + 1e-9);
  if (steps < 1) throw new SweepUsageError([`--cap-step ${step}: wider than the range ${capMin} to ${capMax}`]);
  if (steps > 10_000) throw new SweepUsageError([`--cap-step ${step}: ${steps} steps from ${capMin} to ${capMax}; at most 10000`]);
  let hosts = start;
  if (opts.hostCount !== undefined) {
    hosts = Number(opts.hostCount);
    if (!/^\d+$/.test(opts.hostCount.trim()) || hosts < 1) throw new SweepUsageError([`--host-count ${opts.hostCount}: expected a whole number of at least 1`]);
  }
  const cluster = hostsPath.slice(0, 2);
  return { kind, grid: { capMin, step, steps }, hosts, capPath: [...cluster, 'placement', d.key], algorithmPath: [...cluster, 'placement', 'algorithm'] };
}

export function capAssignments(p: CapPlan, hostsPath: readonly Segment[], i: number): Assignment[] {
  return [
    { path: hostsPath, value: p.hosts },
    { path: p.algorithmPath, value: 'pack' },
    { path: p.capPath, value: capAt(p.grid, i) },
  ];
}

export interface CapRun {
  readonly setup: HostCountSetup;
  readonly plan: CapPlan;
  readonly batch: RunBatch;
  readonly facts: SizingFacts;
  readonly scenarioAlgorithm: string;
  /** The host failures every run simulated, in words (the page says them); null for none. */
  readonly failures: string | null;
  readonly outDir: string;
  readonly force: boolean;
  readonly say: (t: string) => void;
  /** The working folder (paths are said relative to it) and the output marker's tag. */
  readonly cwd: string;
  readonly tag: string;
}

/** Searches, writes sizing.json and sizing.csv, and says the answer. */
export async function runCapSearch(c: CapRun): Promise<void> {
  const { plan, setup } = c;
  const evaluate = async (i: number): Promise<CapEvaluation> => {
    const cap = capAt(plan.grid, i);
    const label = `cap${cap}`;
    const v = judgeRecords(setup, label, await c.batch(pointTasks(setup, i, label, capAssignments(plan, setup.hostsPath, i))));
    c.say(`  cap ${String(cap).padStart(6)}: ${v.meets ? 'meets every objective' : `fails ${v.result.failing.join(', ')}`}\n`);
    return { index: i, cap, result: v.result, meets: v.meets };
  };
  const outcome = await searchCap(evaluate, plan.grid, plan.hosts, plan.kind === 'cpu-cap' ? 'vCPU:pCPU cap' : 'memory overcommit cap');
  const facts: CapFacts = { ...c.facts, search: plan.kind, grid: plan.grid, hosts: plan.hosts, scenarioAlgorithm: c.scenarioAlgorithm };
  const dir = new AtomicDir(c.outDir, c.force, c.tag);
  try {
    fs.writeFileSync(dir.file('sizing.json'), capJson(facts, outcome));
    fs.writeFileSync(dir.file('sizing.csv'), capCsv(outcome));
    const proven = outcome.kind === 'answer' ? [outcome.answer, outcome.above] : [outcome.highest];
    const reports = proven.map((e) => reportOf(pointTasks(setup, e.index, `cap${e.cap}`, capAssignments(plan, setup.hostsPath, e.index))[0] as RunTask));
    const labels = proven.map((e, k) => `cap ${e.cap} (${outcome.kind === 'answer' ? (k === 0 ? 'answer' : 'one step up') : 'highest tried'})`);
    const words = plan.kind === 'cpu-cap' ? 'vCPU:pCPU cap' : 'memory overcommit cap';
    const page = capsPage({ title: `dcsim size ${facts.scenario}: ${words} on ${plan.hosts} hosts`, answer: capParagraph(facts, outcome), searched: words, basis: facts.basis, replications: facts.replications, failures: c.failures, objectives: facts.objectives }, outcome);
    fs.writeFileSync(dir.file('report.html'), sizeReportHtml(page, reports, labels));
    dir.commit();
  } catch (err) {
    dir.abort();
    throw err;
  }
  c.say(`\n${wrap(capParagraph(facts, outcome))}\n\nsizing: ${path.relative(c.cwd, c.outDir) || '.'}\n`);
}
