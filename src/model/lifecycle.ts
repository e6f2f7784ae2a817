/**
 * Lifecycle states of hosts and VMs. Every VM is, at every instant, in exactly one state:
 * running on one host, migrating (still running on its source until switch-over), booting on
 * one host, or down with a reason. Hosts serve VMs only when on, in maintenance, entering standby or isolated.
 */

export const HOST_ON = 0;
/** Serving its VMs, taking no new ones, being evacuated. */
export const HOST_MAINTENANCE = 1;
export const HOST_FAILED = 2;
export const HOST_STANDBY = 3;
export const HOST_BOOTING = 4;
export const HOST_SHUTTING_DOWN = 5;
/** Cut off from the management network: runs its VMs (unless the isolation response powers them off), takes none. */
export const HOST_ISOLATED = 6;
/** Power management is evacuating it for standby (vSphere "entering standby mode"): serves its VMs, takes no new ones. */
export const HOST_ENTERING_STANDBY = 7;
export const HOST_STATES = ['on', 'maintenance', 'failed', 'standby', 'booting', 'shutting-down', 'isolated', 'entering-standby'] as const;
export type HostStateName = (typeof HOST_STATES)[number];

/** Whether a host in this state runs VMs (its CPU and memory exist for them). */
export function hostServes(state: number): boolean {
  return state === HOST_ON || state === HOST_MAINTENANCE || state === HOST_ISOLATED || state === HOST_ENTERING_STANDBY;
}

/** Whether a host in this state is being emptied by live migration (maintenance or entering standby). */
export function hostEvacuating(state: number): boolean {
  return state === HOST_MAINTENANCE || state === HOST_ENTERING_STANDBY;
}

export const VM_RUNNING = 0;
export const VM_MIGRATING = 1;
export const VM_BOOTING = 2;
export const VM_DOWN = 3;
export const VM_STATES = ['running', 'migrating', 'booting', 'down'] as const;

/** Why a VM is down (or booting after an outage). */
export const DOWN_NONE = 0;
export const DOWN_UNPLACEABLE = 1;
export const DOWN_HOST_FAILURE = 2; // its host failed; HA has not restarted it yet
export const DOWN_WAITING_CAPACITY = 3; // HA tried and nothing fits
export const DOWN_RESTARTING = 4; // booting on a new host
export const DOWN_ISOLATION = 5;
export const DOWN_SITE_FAILURE = 6;
export const DOWN_NOT_PROTECTED = 7; // restart priority disabled: stays down until its host returns
export const DOWN_REBOOT = 8; // a configuration change that needs a reboot
export const DOWN_VM_FAILURE = 9; // guest OS failure, restarted by VM monitoring
export const DOWN_ADMISSION = 10; // power-on refused by HA admission control
export const DOWN_NOT_CREATED = 11; // declared up front, not provisioned yet (planned: not an outage)
export const DOWN_PROVISIONING = 12; // booting for the first time after provisioning (planned)
export const DOWN_DATASTORE_FULL = 13; // paused: its datastore has no space for its writes (an outage)
export const DOWN_DELETED = 14; // deleted (scale-in, delete-vms): gone by design, not an outage
/** Its site failed and its replica runs at the DR site (availability.md / dr.ts): planned, not an outage. */
export const DOWN_FAILED_OVER = 15;
/**
 * Powered off by the operator (vm-power off) and, after vm-power on, booting again: an operator
 * action, not an outage (vSphere's own availability figures count a powered-off VM as not
 * protected rather than down: VMware docs, "vSphere HA: VM and Application Monitoring" /
 * "Powered-off VMs are not restarted").
 */
export const DOWN_POWERED_OFF = 16;
export const DOWN_REASONS = [
  'none',
  'unplaceable',
  'host-failure',
  'waiting-for-capacity',
  'restarting',
  'isolation',
  'site-failure',
  'not-protected',
  'reboot',
  'vm-failure',
  'admission-control',
  'not-created',
  'provisioning',
  'datastore-full',
  'deleted',
  'failed-over',
  'powered-off',
] as const;
export type DownReason = (typeof DOWN_REASONS)[number];

/**
 * Reasons for being out of service by design, not by failure: a VM not created yet, being
 * provisioned, deleted, failed over (its replica serves in its place), or powered off by the operator. Time in them is neither downtime nor service time (outages.ts).
 */
export function plannedDown(reason: number): boolean {
  return reason === DOWN_NOT_CREATED || reason === DOWN_PROVISIONING || reason === DOWN_DELETED || reason === DOWN_FAILED_OVER || reason === DOWN_POWERED_OFF;
}

/** vSphere HA restart priorities; higher restarts first. */
export const PRIORITY_DISABLED = 0;
export const PRIORITY_LOW = 1;
export const PRIORITY_MEDIUM = 2;
export const PRIORITY_HIGH = 3;
export const RESTART_PRIORITIES = ['disabled', 'low', 'medium', 'high'] as const;
