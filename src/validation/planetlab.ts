/**
 * Every PlanetLab VM of one day of CloudSim's workload (shared/data/planetlab/
 * cloudsim_planetlab_10days.tar.gz, day folders of one file per VM, 288 integer CPU % at 300 s)
 * imported as a scenario trace folder (`format: planetlab`), and the statistics of all samples
 * that planetlab_day_summary.csv states for that day. Memoised: both day cases share one import.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '../scenario/index.js';
import { csvNumber } from './csv-row.js';

export const DAY = '20110303';
export const SUMMARY = 'planetlab/planetlab_day_summary.csv';

export interface DayStats {
  readonly vms: number;
  /** Of all samples, in CPU %. */
  readonly mean: number;
  /** Population standard deviation of all samples, in CPU %. */
  readonly stdev: number;
  /** Median over VMs of each VM's mean, in CPU % (the mean of the two middle ones for an even count). */
  readonly medianVmMean: number;
}

const stats = new Map<string, DayStats>();

export function planetlabDay(dataDir: string): DayStats {
  const hit = stats.get(dataDir);
  if (hit !== undefined) return hit;
  const vms = csvNumber(join(dataDir, SUMMARY), DAY, 'num_vms');
  const dir = mkdtempSync(join(tmpdir(), 'dcsim-validate-planetlab-'));
  try {
    execFileSync('tar', ['xzf', join(dataDir, 'planetlab/cloudsim_planetlab_10days.tar.gz'), '-C', dir, DAY]);
    const spec = {
      name: 'validation-planetlab',
      seed: 1,
      start: '2026-03-02T00:00:00Z',
      duration: '1d',
      step: '5m',
      templates: { small: { vcpus: 1, memoryGiB: 1 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit' },
          hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, power: { idleW: 100, maxW: 300 } }],
          vms: [{ name: 'all', count: vms, template: 'small', workload: { type: 'trace', format: 'planetlab', path: DAY } }],
        },
      ],
    };
    writeFileSync(join(dir, 'all.yaml'), JSON.stringify(spec));
    const traces = loadScenario(join(dir, 'all.yaml')).traces.get('0/0') ?? [];
    let n = 0;
    let sum = 0;
    for (const t of traces) for (const v of t.cpu) (n++, (sum += v * 100));
    const mean = sum / n;
    let squares = 0;
    for (const t of traces) for (const v of t.cpu) squares += (v * 100 - mean) ** 2;
    const vmMeans = traces.map((t) => (t.cpu.reduce((a, v) => a + v, 0) / t.cpu.length) * 100).sort((a, b) => a - b);
    const mid = vmMeans.length >> 1;
    const medianVmMean = vmMeans.length % 2 === 1 ? vmMeans[mid]! : (vmMeans[mid - 1]! + vmMeans[mid]!) / 2;
    const day: DayStats = { vms: traces.length, mean, stdev: Math.sqrt(squares / n), medianVmMean };
    stats.set(dataDir, day);
    return day;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The day's figure and the summary's, failing when the import found another number of VMs. */
export function dayFigure(dataDir: string, column: 'mean_cpu_pct' | 'stdev_cpu_pct' | 'median_vm_mean_pct'): { dcsim: number; reference: number } {
  const d = planetlabDay(dataDir);
  const summary = join(dataDir, SUMMARY);
  const vms = csvNumber(summary, DAY, 'num_vms');
  if (d.vms !== vms) throw new Error(`planetlab ${DAY}: imported ${d.vms} VMs, ${summary} counts ${vms}`);
  const dcsim = column === 'mean_cpu_pct' ? d.mean : column === 'stdev_cpu_pct' ? d.stdev : d.medianVmMean;
  return { dcsim, reference: csvNumber(summary, DAY, column) };
}
