import type { Report, ReportEvent } from './types.js';
export type HostState = Report['hosts'][number]['state'];
export type LifecycleLane = 'failure' | 'restart' | 'migration' | 'maintenance';
export type LifecycleType = Exclude<ReportEvent['type'], 'vm.placed' | 'vm.unplaceable' | 'host.memory-state' | 'alarm.raised' | 'alarm.cleared'>;
export declare const HOST_STATES: readonly HostState[];
export declare const HOST_STATE_MEANING: Record<HostState, string>;
export declare const LIFECYCLE_LANES: ReadonlyArray<{
    lane: LifecycleLane;
    label: string;
}>;
/** The timeline lane of a lifecycle event type (a type this viewer does not know goes by its prefix); null for other types. */
export declare function lifecycleLane(type: string): LifecycleLane | null;
/** Why VMs were down, in words (the simulator's down reasons). */
export declare const DOWN_REASON_MEANING: Record<string, string>;
/** A flat field of a lifecycle event as text ('' when absent). */
export declare function field(e: ReportEvent, name: string): string;
/** A numeric field of a lifecycle event (NaN when absent). */
export declare function numField(e: ReportEvent, name: string): number;
/** One lifecycle event in words, without its time: "esx-003 failed (scripted), 12 VMs down". */
export declare function lifecycleText(e: ReportEvent): string;
/** Any event with its time: "Mon 2 Mar 02:30 UTC: …". */
export declare function describeEvent(e: ReportEvent, start: number): string;
