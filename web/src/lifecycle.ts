/**
 * Lifecycle events and host states in words (pure: no DOM, no d3): which timeline lane each
 * lifecycle event goes to, a one-line description of each, what each host state and down reason
 * means. Lifecycle events have flat fields (ids as strings, times in ms), read with `field`.
 */
import { duration, num, shortId, when } from './format.js';
import type { Report, ReportEvent } from './types.js';

export type HostState = Report['hosts'][number]['state'];
export type LifecycleLane = 'failure' | 'restart' | 'migration' | 'maintenance';
export type LifecycleType = Exclude<ReportEvent['type'], 'vm.placed' | 'vm.unplaceable' | 'host.memory-state' | 'alarm.raised' | 'alarm.cleared'>;

export const HOST_STATES: readonly HostState[] = ['on', 'maintenance', 'entering-standby', 'failed', 'standby', 'booting', 'shutting-down', 'isolated'];

export const HOST_STATE_MEANING: Record<HostState, string> = {
  on: 'serving VMs',
  maintenance: 'in maintenance mode: runs its VMs while they are moved off, takes no new ones',
  'entering-standby': 'entering standby (power management): runs its VMs while they are moved off, takes no new ones',
  failed: 'failed: its VMs went down; HA restarts them elsewhere',
  standby: 'powered down by power management (standby): runs no VMs',
  booting: 'powering on: runs no VMs yet',
  'shutting-down': 'powering down: runs no VMs',
  isolated: 'cut off from the management network: takes no new VMs',
};

export const LIFECYCLE_LANES: ReadonlyArray<{ lane: LifecycleLane; label: string }> = [
  { lane: 'failure', label: 'failures' },
  { lane: 'restart', label: 'restarts' },
  { lane: 'migration', label: 'migrations' },
  { lane: 'maintenance', label: 'maintenance' },
];

const LANE_OF: Record<LifecycleType, LifecycleLane> = {
  'host.failed': 'failure',
  'domain.failed': 'failure',
  'ha.failure-detected': 'failure',
  'vm.down': 'failure',
  'ha.restart-failed': 'failure',
  'host.isolated': 'failure',
  'vm.restarting': 'restart',
  'vm.restarted': 'restart',
  'ha.incident-recovered': 'restart',
  'host.repaired': 'restart',
  'host.isolation-ended': 'restart',
  'migration.started': 'migration',
  'migration.completed': 'migration',
  'migration.aborted': 'migration',
  'migration.refused': 'migration',
  'drs.recommendation': 'migration',
  'host.maintenance-entered': 'maintenance',
  'host.maintenance-ready': 'maintenance',
  'host.maintenance-exited': 'maintenance',
  'host.maintenance-refused': 'maintenance',
  'host.evacuation-blocked': 'maintenance',
  'host.power': 'maintenance',
  'host.power-skipped': 'maintenance',
  'cluster.policy-changed': 'maintenance',
  'cluster.policy-refused': 'maintenance',
  'host.repair-skipped': 'restart',
  'host.standby-entering': 'maintenance',
  'host.standby-evacuated': 'maintenance',
  'host.standby-aborted': 'maintenance',
  // Provisioning and scaling start VMs: the restart lane (VMs coming up).
  'vm.provisioning': 'restart',
  'vm.created': 'restart',
  'vm.ready': 'restart',
  'autoscale.out': 'restart',
  'autoscale.in': 'maintenance',
  'vm.create-failed': 'failure',
  'vm.queued': 'failure',
  'vm.placed-from-queue': 'restart',
  'create-vms.incomplete': 'failure',
  'vm.deleted': 'maintenance',
  'vm.powered-off': 'maintenance',
  'vm.powered-on': 'restart',
  'vm.power-skipped': 'maintenance',
  'vm.balloon-target-set': 'maintenance',
  'vm.balloon-target-skipped': 'maintenance',
  'vm.hot-removed': 'maintenance',
  'hot-remove.refused': 'maintenance',
  // Reconfiguration and storage: administrative changes.
  'vm.hot-added': 'maintenance',
  'vm.reconfigured': 'maintenance',
  'vm.rebooting-for-change': 'maintenance',
  'vm.rebooted-for-change': 'maintenance',
  'hot-add.refused': 'maintenance',
  'snapshot.created': 'maintenance',
  'snapshot.deleted': 'maintenance',
  'snapshot.refused': 'maintenance',
  'storage-migration.started': 'migration',
  'storage-migration.completed': 'migration',
  'storage-migration.refused': 'migration',
  'vm.paused': 'failure',
  'vm.resumed': 'restart',
  'datastore.full': 'failure',
  'datastore.space-freed': 'restart',
  action: 'maintenance',
  // Disaster recovery: a site lost, then VMs coming up at the DR site and back home.
  'site.failed': 'failure',
  'site.repaired': 'restart',
  'dr.failover-started': 'restart',
  'dr.replica-running': 'restart',
  'dr.failback-completed': 'restart',
  'vm.guest-failed': 'failure',
  'vm.guest-restarted': 'restart',
};

const NOT_LIFECYCLE: ReadonlySet<string> = new Set(['vm.placed', 'vm.unplaceable', 'host.memory-state', 'alarm.raised', 'alarm.cleared']);

/** The timeline lane of a lifecycle event type (a type this viewer does not know goes by its prefix); null for other types. */
export function lifecycleLane(type: string): LifecycleLane | null {
  const lane = (LANE_OF as Record<string, LifecycleLane | undefined>)[type];
  if (lane) return lane;
  if (NOT_LIFECYCLE.has(type)) return null;
  if (type.startsWith('migration.') || type.startsWith('drs.')) return 'migration';
  if (type.startsWith('ha.') || type.startsWith('vm.')) return type.includes('fail') || type.includes('down') ? 'failure' : 'restart';
  if (type.startsWith('host.') || type.startsWith('domain.')) return type.includes('fail') ? 'failure' : 'maintenance';
  return null;
}

/** Why VMs were down, in words (the simulator's down reasons). */
export const DOWN_REASON_MEANING: Record<string, string> = {
  'host-failure': 'its host failed; HA had not yet noticed',
  'waiting-for-capacity': 'HA found no host with room: waiting for capacity',
  restarting: 'booting again on a new host',
  isolation: 'its host was isolated and powered it off',
  'site-failure': 'the whole site failed',
  'failed-over': 'its site failed; its replica serves at the DR site (planned, not downtime)',
  'powered-off': 'powered off by the operator, then booting after a power-on (planned, not downtime)',
  'not-protected': 'HA restart priority disabled: down until its host came back',
  reboot: 'rebooting for a configuration change',
  'vm-failure': 'guest OS failure, restarted by VM monitoring',
  'admission-control': 'power-on refused by HA admission control',
  unplaceable: 'fits on no host',
};

/** A flat field of a lifecycle event as text ('' when absent). */
export function field(e: ReportEvent, name: string): string {
  const v = (e as unknown as Record<string, unknown>)[name];
  return v === null || v === undefined ? '' : String(v);
}

/** A numeric field of a lifecycle event (NaN when absent). */
export function numField(e: ReportEvent, name: string): number {
  const v = (e as unknown as Record<string, unknown>)[name];
  return typeof v === 'number' ? v : Number.NaN;
}

const ms = (e: ReportEvent, name: string) => {
  const v = numField(e, name);
  return Number.isFinite(v) ? duration(v) : '?';
};

/** One lifecycle event in words, without its time: "esx-003 failed (scripted), 12 VMs down". */
export function lifecycleText(e: ReportEvent): string {
  const f = (name: string) => field(e, name);
  const s = (name: string) => shortId(field(e, name));
  switch (e.type) {
    case 'host.failed':
      return `${f('host')} failed (${f('cause') || 'failure'}), ${f('vms') || '0'} VMs down`;
    case 'domain.failed':
      return `failure domain ${f('domain')} failed: ${f('hosts')} hosts`;
    case 'ha.failure-detected':
      return `HA declared ${f('host')} dead and restarts its VMs`;
    case 'vm.down':
      return `${f('vm')} down on ${s('host')} (${f('reason')})`;
    case 'ha.restart-failed':
      return `HA could not restart ${f('vm')} (attempt ${f('attempt')}): ${f('why')}`;
    case 'host.isolated':
      return `${f('host')} isolated (${f('response')})`;
    case 'host.isolation-ended':
      return `${f('host')} no longer isolated`;
    case 'vm.restarting':
      return `HA restarts ${f('vm')} on ${s('host')} (priority ${f('priority')}, attempt ${f('attempt')})`;
    case 'vm.restarted':
      return `${f('vm')} running again on ${s('host')} after ${ms(e, 'downMs')} down`;
    case 'ha.incident-recovered':
      return `incident ${f('incident')} recovered: ${f('vms')} VMs running again after ${ms(e, 'recoveryMs')}`;
    case 'host.repaired':
      return `${f('host')} repaired, back in the cluster`;
    case 'site.failed':
      return `site ${f('site')} failed: ${f('hosts')} hosts`;
    case 'site.repaired':
      return `site ${f('site')} repaired: ${f('hosts')} hosts back`;
    case 'dr.failover-started':
      return `DR failover of ${f('group')} to ${f('to')}: ${f('vms')} VMs, ${ms(e, 'sinceFailureMs')} after the failure`;
    case 'dr.replica-running':
      return `${f('vm')} failed over: replica ${f('replica')} runs on ${s('host')}, ${ms(e, 'dataLossMs')} of data lost`;
    case 'dr.failback-completed':
      return `${f('vm')} failed back to ${s('host')}; replica ${f('replica')} deleted`;
    case 'migration.started':
      return `migrating ${f('vm')}: ${s('from')} → ${s('to')} (${f('reason')})`;
    case 'migration.completed':
      return `migrated ${f('vm')}: ${s('from')} → ${s('to')} in ${ms(e, 'durationMs')}, ${num(numField(e, 'downtimeMs'))} ms downtime`;
    case 'migration.aborted':
      return `migration of ${f('vm')} ${s('from')} → ${s('to')} aborted: ${f('why')}`;
    case 'migration.refused':
      return `migration of ${f('vm')} to ${s('to')} refused: ${f('why')}`;
    case 'drs.recommendation':
      return `DRS recommends moving ${f('vm')}: ${s('from')} → ${s('to')}`;
    case 'host.maintenance-entered':
      return `${f('host')} entering maintenance`;
    case 'host.maintenance-ready':
      return `${f('host')} evacuated, ready for maintenance (after ${ms(e, 'evacuatedIn')})`;
    case 'host.maintenance-exited':
      return `${f('host')} left maintenance`;
    case 'host.maintenance-refused':
      return `maintenance of ${f('host')} refused: ${f('why')}`;
    case 'host.evacuation-blocked':
      return `evacuation of ${f('host')} blocked by ${f('vm')}: ${f('why')}`;
    case 'host.power':
      return `${f('host')} power: ${f('from')} → ${f('to')}${f('reason') ? ` (${f('reason')})` : ''}`;
    case 'host.power-skipped':
      return `power change of ${f('host')} skipped: ${f('why')}`;
    case 'host.standby-entering':
      return `${f('host')} entering standby (${f('reason')}), moving ${f('vms')} VMs off: ${f('why')}`;
    case 'host.standby-evacuated':
      return `${f('host')} evacuated for standby (${f('reason')}) after ${ms(e, 'evacuatedIn')}`;
    case 'host.standby-aborted':
      return `standby of ${f('host')} (${f('reason')}) given up, back in service with ${f('vmsLeft')} VMs: ${f('why')}`;
    default: {
      // A type this viewer does not know: its fields as they are.
      const rest = Object.entries(e as unknown as Record<string, unknown>).filter(([k]) => k !== 't' && k !== 'type');
      return `${(e as { type: string }).type} ${rest.map(([k, v]) => `${k}=${String(v)}`).join(' ')}`.trim();
    }
  }
}

/** Any event with its time: "Mon 2 Mar 02:30 UTC: …". */
export function describeEvent(e: ReportEvent, start: number): string {
  const at = when(start, e.t);
  switch (e.type) {
    case 'vm.placed':
      return `${at}: ${e.vm} → ${e.host}`;
    case 'vm.unplaceable':
      return `${at}: ${e.vm} — ${e.reason}`;
    case 'host.memory-state':
      return `${at}: ${e.host} ${e.from} → ${e.to}`;
    case 'alarm.raised':
      return `${at}: ${e.rule} raised on ${e.target}`;
    case 'alarm.cleared':
      return `${at}: ${e.rule} cleared on ${e.target}`;
    default:
      return `${at}: ${lifecycleText(e)}`;
  }
}
