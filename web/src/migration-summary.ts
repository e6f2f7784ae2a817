/** The Migrations panel's summary sentence: counts, times, and the split by cause (pure: no DOM, no d3). */
import type { HeadlineFigures } from './types.js';
import { count, duration, num } from './format.js';

/** What each migration reason means, for the by-cause sentence (the simulator's reasons). */
const CAUSES: Readonly<Record<string, string>> = {
  dpm: 'DPM evacuations',
  'power-on': 'refills of hosts woken from standby',
  balance: 'DRS balancing',
  'power-window': 'calendar-window evacuations',
  'power-off': 'power-off evacuations',
  maintenance: 'maintenance evacuations',
  rule: 'rule corrections',
};

/** The panel's summary sentence; `vms`: the VMs of the scope, for moves per VM. */
export function migrationSummary(m: HeadlineFigures['migrations'], vms = 0): string {
  const total = m.completed + m.aborted;
  if (total === 0) return 'No VM was migrated during the run.';
  const causes = Object.entries(m.byReason)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([r, n]) => `${count(n)} ${CAUSES[r] ?? r} (${r})`);
  const byCause = causes.length === 0 ? '' : ` By cause: ${causes.join(', ')}${vms > 0 ? `; ${num(m.completed / vms)} per VM` : ''}.`;
  return `${count(m.completed)} ${m.completed === 1 ? 'migration' : 'migrations'} completed${m.aborted > 0 ? `, ${count(m.aborted)} aborted` : ''}: ${duration(Math.round(m.meanDurationS * 1000))} on average, ${num(m.transferredGiB)} GiB copied, switch-over downtime ${num(m.meanDowntimeMs)} ms on average (${num(m.maxDowntimeMs)} ms at most).${byCause}`;
}
