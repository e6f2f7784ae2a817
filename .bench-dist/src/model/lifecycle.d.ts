/**
 * Lifecycle states of hosts and VMs. Every VM is, at every instant, in exactly one state:
 * running on one host, migrating (still running on its source until switch-over), booting on
 * one host, or down with a reason. Hosts serve VMs only when on, in maintenance, entering standby or isolated.
 */
export declare const HOST_ON = 0;
/** Serving its VMs, taking no new ones, being evacuated. */
export declare const HOST_MAINTENANCE = 1;
export declare const HOST_FAILED = 2;
export declare const HOST_STANDBY = 3;
export declare const HOST_BOOTING = 4;
export declare const HOST_SHUTTING_DOWN = 5;
/** Cut off from the management network: runs its VMs (unless the isolation response powers them off), takes none. */
export declare const HOST_ISOLATED = 6;
/** Power management is evacuating it for standby (vSphere "entering standby mode"): serves its VMs, takes no new ones. */
export declare const HOST_ENTERING_STANDBY = 7;
export declare const HOST_STATES: readonly ["on", "maintenance", "failed", "standby", "booting", "shutting-down", "isolated", "entering-standby"];
export type HostStateName = (typeof HOST_STATES)[number];
/** Whether a host in this state runs VMs (its CPU and memory exist for them). */
export declare function hostServes(state: number): boolean;
/** Whether a host in this state is being emptied by live migration (maintenance or entering standby). */
export declare function hostEvacuating(state: number): boolean;
export declare const VM_RUNNING = 0;
export declare const VM_MIGRATING = 1;
export declare const VM_BOOTING = 2;
export declare const VM_DOWN = 3;
export declare const VM_STATES: readonly ["running", "migrating", "booting", "down"];
/** Why a VM is down (or booting after an outage). */
export declare const DOWN_NONE = 0;
export declare const DOWN_UNPLACEABLE = 1;
export declare const DOWN_HOST_FAILURE = 2;
export declare const DOWN_WAITING_CAPACITY = 3;
export declare const DOWN_RESTARTING = 4;
export declare const DOWN_ISOLATION = 5;
export declare const DOWN_SITE_FAILURE = 6;
export declare const DOWN_NOT_PROTECTED = 7;
export declare const DOWN_REBOOT = 8;
export declare const DOWN_VM_FAILURE = 9;
export declare const DOWN_ADMISSION = 10;
export declare const DOWN_NOT_CREATED = 11;
export declare const DOWN_PROVISIONING = 12;
export declare const DOWN_DATASTORE_FULL = 13;
export declare const DOWN_DELETED = 14;
/** Its site failed and its replica runs at the DR site (availability.md / dr.ts): planned, not an outage. */
export declare const DOWN_FAILED_OVER = 15;
export declare const DOWN_REASONS: readonly ["none", "unplaceable", "host-failure", "waiting-for-capacity", "restarting", "isolation", "site-failure", "not-protected", "reboot", "vm-failure", "admission-control", "not-created", "provisioning", "datastore-full", "deleted", "failed-over"];
export type DownReason = (typeof DOWN_REASONS)[number];
/**
 * Reasons for being out of service by design, not by failure: a VM not created yet, being
 * provisioned, deleted, or failed over (its replica serves in its place). Time in them is neither downtime nor service time (outages.ts).
 */
export declare function plannedDown(reason: number): boolean;
/** vSphere HA restart priorities; higher restarts first. */
export declare const PRIORITY_DISABLED = 0;
export declare const PRIORITY_LOW = 1;
export declare const PRIORITY_MEDIUM = 2;
export declare const PRIORITY_HIGH = 3;
export declare const RESTART_PRIORITIES: readonly ["disabled", "low", "medium", "high"];
